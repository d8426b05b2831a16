//! Bounce reasons: the specific cause of a failed delivery, told from a reply's codes and text.
//!
//! A code says little: "550 5.7.1" may be a block list, a spam verdict, a DMARC failure or an
//! organisation that refuses outside mail. The cause is in the text, and this folder reads it.
//! From the data up:
//!
//! - `reason`: [`Reason`](crate::Reason), generated from the one table in `data/reasons.rs`, and
//!   the schema of its rows.
//! - `fault`: [`Fault`](crate::Fault), whose problem a reason is.
//! - `normal`: how a text is read for phrases (lower case, white space folded).
//! - `scan`: the phrases servers send (`data/reason_phrases.rs`), indexed at compile time and
//!   found in one pass over a text, lower-casing and folding white space on the fly, with no
//!   allocation.
//! - `rule`: [`Rule`](crate::Rule), a caller's own phrase, tried before the tables.
//! - `decide`: the codes and the text weighed into one reason:
//!   [`Reason::decide`](crate::Reason::decide), [`Reply::reason`](crate::Reply::reason).
//! - `vendor`: a reason in the taxonomies bounce processors store (Amazon SES, SendGrid,
//!   SparkPost, PowerMTA, KumoMTA); `vendor_table.md` is the table of them.
//!
//! This group uses the helpers, the data, the codes, the enhanced codes and the replies; advice
//! (explanations, retry decisions) and the bounce reader build on it.

pub(crate) mod decide;
pub(crate) mod fault;
pub(crate) mod normal;
pub(crate) mod reason;
pub(crate) mod rule;
pub(crate) mod scan;
pub(crate) mod vendor;

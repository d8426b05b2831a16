//! Advice: what a reply means for the program and the person behind it.
//!
//! - `retry`: [`RetryDecision`](crate::RetryDecision), what a sending program should do next and
//!   why.
//! - `explain`: [`Explanation`](crate::Explanation), the texts a mail client shows, chosen between
//!   the reply code's and the enhanced code's.
//! - `diff`: [`diff`](crate::diff()), the structured differences between two codes.
//! - `quirks`: what real servers do that the standards do not say (Microsoft's uses of 5.1.10 and
//!   5.4.1), read as what they mean.
//!
//! Everything here is English data and decisions; the text layer renders it, in any language.

pub(crate) mod diff;
pub(crate) mod explain;
pub(crate) mod quirks;
pub(crate) mod retry;

//! Finds the phrases of `data/reason_phrases.rs` in a text, in one pass and without allocating.
//!
//! The text is read as a stream of normalised bytes: ASCII letters lower-cased, every run of
//! white space (line breaks included) folded into one space, and a space before and after the
//! text. The last 256 of them stay in a ring buffer on the stack, and the last sixteen in two
//! registers.
//!
//! Every phrase part (and every command marker) is indexed at compile time by its last bytes:
//! sixteen for a part of at least sixteen bytes, eight for one of at least eight, four for a
//! shorter one. Each index maps a hash of those bytes to a bucket of the parts that end in them,
//! and has a 65536-bit filter of the hashes that have any. At each byte the scanner makes one
//! test: the hash of its last four bytes against a filter of the last four bytes of every part.
//! About one byte in ten passes (mostly because the text does end in the last four bytes of some
//! part: "ted ", "mail"); only those test the three indexes' filters, and only the one in
//! twenty-five or so that passes one of them compares the parts of its buckets with the text.
//! What decides the speed is not the work per byte so much as how often the processor guesses a
//! test wrong, so each level exists to make the next rarer. The work is linear in the length of
//! the text; the tables are built in `const` blocks.
//!
//! A row of the table matches when its parts appear in order and its condition holds; the first
//! row that matches wins, so the table's order is its precedence.

use crate::Reason;
use crate::reasons::normal::{NORMAL, RING};
use crate::reasons::rule::Rule;
use crate::{EnhancedStatusCode, ReplyCode};

/// Expands the phrase table (`data/reason_phrases.rs`) into its two constants.
macro_rules! reason_phrases {
    (
        phrases: [$($phrase:expr),+ $(,)?],
        commands: [$($command:expr),+ $(,)?] $(,)?
    ) => {
        #[allow(unused_imports)]
        use super::*;
        use crate::Reason::*;

        /// Every row, in order of precedence.
        pub(crate) const PHRASES: &[Phrase] = &[$($phrase),+];

        /// The phrases that say which SMTP command a reply answered.
        pub(crate) const COMMANDS: &[(&str, Command)] = &[$($command),+];
    };
}

#[path = "../data/reason_phrases.rs"]
mod phrases;

/// The most parts one row may have.
const MAX_PARTS: usize = 3;

/// One row of the phrase table: parts that must appear in this order, the reason they name, and
/// when the row counts.
#[derive(Clone, Copy, Debug)]
pub(crate) struct Phrase {
    parts: [&'static str; MAX_PARTS],
    count: u8,
    pub(crate) reason: Reason,
    when: When,
    /// The words leave no doubt that the address does not exist, even after the message data:
    /// a provider that checks its recipients only then (Yahoo).
    firm: bool,
}

/// When a row counts.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum When {
    /// Whenever its parts appear.
    Always,
    /// Only when the codes name no specific reason: generic words that a specific status code
    /// (5.2.3 against 5.3.4 for a size limit, 5.1.1 against "access denied") should overrule.
    Weak,
    /// Only with an enhanced status code of this subject and a detail in this range, of either
    /// class: a provider's phrase that means one thing under one code.
    Status { subject: u16, from: u16, to: u16 },
    /// Only with a reply code in this range.
    Reply { from: u16, to: u16 },
}

/// A row of one phrase.
pub(crate) const fn p(phrase: &'static str, reason: Reason) -> Phrase {
    Phrase { parts: [phrase, "", ""], count: 1, when: When::Always, reason, firm: false }
}

/// A row of two or three phrases that must appear in this order, anything between them.
pub(crate) const fn seq(parts: &'static [&'static str], reason: Reason) -> Phrase {
    assert!(parts.len() >= 2 && parts.len() <= MAX_PARTS, "a sequence has two or three parts");
    let mut row = Phrase { parts: ["", "", ""], count: parts.len() as u8, when: When::Always, reason, firm: false };
    let mut i = 0;
    while i < parts.len() {
        row.parts[i] = parts[i];
        i += 1;
    }
    row
}

impl Phrase {
    /// The row counts only when the codes name no specific reason.
    pub(crate) const fn weak(self) -> Phrase {
        Phrase { when: When::Weak, ..self }
    }

    /// The row counts only with an enhanced code `X.subject.detail`, `from <= detail <= to`.
    pub(crate) const fn status(self, subject: u16, from: u16, to: u16) -> Phrase {
        Phrase { when: When::Status { subject, from, to }, ..self }
    }

    /// The row counts only with a reply code from `from` to `to`.
    pub(crate) const fn reply(self, from: u16, to: u16) -> Phrase {
        Phrase { when: When::Reply { from, to }, ..self }
    }

    /// The row's "user unknown" holds after the message data too, where another's would be a
    /// filter's answer: the provider checks its recipients only then.
    pub(crate) const fn firm(self) -> Phrase {
        Phrase { firm: true, ..self }
    }

    /// True for a row marked [`firm`](Phrase::firm).
    pub(crate) fn is_firm(&self) -> bool {
        self.firm
    }

    /// The parts, in order.
    #[cfg(test)]
    pub(crate) fn parts(&self) -> &[&'static str] {
        &self.parts[..usize::from(self.count)]
    }

    /// True for a row that only counts when the codes are vague: generic words.
    pub(crate) fn is_weak(&self) -> bool {
        self.when == When::Weak
    }
}

/// Every row, in order of precedence.
pub(crate) const PHRASES: &[Phrase] = phrases::PHRASES;

/// Phrases that say which command a reply answered. Indexed with the rows, after them.
const COMMANDS: &[(&str, Command)] = phrases::COMMANDS;

/// An SMTP command a reply answered, as the text around it says.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Command {
    /// The greeting, EHLO or HELO: the client was refused before any mail.
    Greeting = 1,
    /// MAIL FROM: the refusal is about the sender.
    Mail = 2,
    /// RCPT TO: about a recipient.
    Rcpt = 4,
    /// DATA or the end of the message data: about the message.
    Data = 8,
}

/// The commands a scan saw named, as a set of [`Command`] bits.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub(crate) struct Commands(u8);

impl Commands {
    /// True when the text named `command`.
    pub(crate) fn has(self, command: Command) -> bool {
        self.0 & command as u8 != 0
    }

    /// The set of one command.
    pub(crate) const fn only(command: Command) -> Commands {
        Commands(command as u8)
    }

    /// Both sets together.
    pub(crate) const fn with(self, other: Commands) -> Commands {
        Commands(self.0 | other.0)
    }
}

/// What the scan knows of the codes, to test the rows' conditions.
#[derive(Clone, Copy, Debug)]
pub(crate) struct Codes {
    pub(crate) reply: Option<ReplyCode>,
    pub(crate) enhanced: Option<EnhancedStatusCode>,
    /// The codes name a specific reason, which weak rows do not overrule.
    pub(crate) specific: bool,
}

impl When {
    #[inline]
    fn holds(self, codes: &Codes) -> bool {
        match self {
            When::Always => true,
            When::Weak => !codes.specific,
            When::Status { subject, from, to } => codes
                .enhanced
                .is_some_and(|code| code.subject_number() == subject && from <= code.detail() && code.detail() <= to),
            When::Reply { from, to } => codes.reply.is_some_and(|code| from <= code.as_u16() && code.as_u16() <= to),
        }
    }
}

/// Checks a phrase part at compile time: ASCII, already normalised (lower case, single spaces),
/// and between 4 and 255 bytes, so that its last four bytes exist and it fits the ring.
const fn check_part(part: &str) {
    let bytes = part.as_bytes();
    assert!(bytes.len() >= 4, "a phrase part is shorter than four bytes");
    assert!(bytes.len() < RING, "a phrase part is longer than the ring");
    let mut i = 0;
    while i < bytes.len() {
        let byte = bytes[i];
        assert!(byte >= 0x20 && byte < 0x7f, "a phrase has a byte that is not printable ASCII");
        assert!(NORMAL[byte as usize] == byte, "a phrase has an upper-case letter");
        assert!(!(byte == b' ' && i > 0 && bytes[i - 1] == b' '), "a phrase has two spaces in a row");
        i += 1;
    }
}

/// The last eight bytes of a normalised part (or all of a shorter one), as the scanner's window
/// holds them: the newest byte lowest.
const fn tail(bytes: &[u8]) -> u64 {
    let mut tail = 0;
    let mut i = if bytes.len() > 8 { bytes.len() - 8 } else { 0 };
    while i < bytes.len() {
        tail = (tail << 8) | bytes[i] as u64;
        i += 1;
    }
    tail
}

/// How many of a part's last bytes index it: sixteen for a part of at least sixteen bytes, eight
/// for one of at least eight, four for a shorter one. The more bytes, the fewer places in a text
/// end in them by chance: four ("mail", "ted ") end dozens of parts and a tenth of the bytes of a
/// bounce, eight ("rejected") one byte in twenty-five, sixteen one in fifty.
const fn key_len(part_len: usize) -> usize {
    if part_len >= 16 {
        16
    } else if part_len >= 8 {
        8
    } else {
        4
    }
}

/// The bits of a hash that pick a bucket of parts, and the bits that pick a bit of the filter:
/// more of them, so that few windows of text pass the filter by chance.
const BUCKET_BITS: u32 = 12;
const BUCKETS: usize = 1 << BUCKET_BITS;
const FILTER_BITS: u32 = 16;
const FILTER_WORDS: usize = (1 << FILTER_BITS) / 64;

/// The hash of the last `key` bytes: the last eight are in `window`, the eight before them in
/// `before`.
#[inline(always)]
const fn hash(window: u64, before: u64, key: usize) -> u64 {
    let bytes = match key {
        4 => window & 0xFFFF_FFFF,
        8 => window,
        _ => window ^ before.wrapping_mul(0xD6E8_FEB8_6659_FD93),
    };
    bytes.wrapping_mul(0x9E37_79B9_7F4A_7C15)
}

#[inline(always)]
const fn bucket(hash: u64) -> usize {
    (hash >> (64 - BUCKET_BITS)) as usize
}

#[inline(always)]
const fn filter_bit(hash: u64) -> usize {
    ((hash >> (64 - BUCKET_BITS - FILTER_BITS)) & ((1 << FILTER_BITS) - 1)) as usize
}

/// One indexed part.
#[derive(Clone, Copy, Debug)]
struct Needle {
    bytes: &'static [u8],
    /// Its last eight bytes, or all of it when shorter, as the window holds them.
    tail: u64,
    /// The bits of the window that `tail` covers.
    mask: u64,
    /// The eight bytes before those (or as many as there are), as the scanner's `before` holds
    /// them, and the bits they cover: with `tail`, all of a part of up to sixteen bytes.
    before: u64,
    before_mask: u64,
    /// Its row in [`PHRASES`], or `PHRASES.len() + i` for the `i`th of [`COMMANDS`].
    row: u16,
    /// Which part of the row.
    part: u8,
    /// For a part of a row of several parts, the row's slot in the scanner's progress arrays.
    slot: u8,
}

/// The mask of the low `len` bytes of a u64, `len <= 8`.
const fn low_bytes(len: usize) -> u64 {
    if len >= 8 { u64::MAX } else { (1 << (8 * len)) - 1 }
}

/// An indexed part.
const fn needle(bytes: &'static [u8], row: usize, part: usize, slot: u8) -> Needle {
    let len = bytes.len();
    let before_len = if len > 16 { 8 } else { len.saturating_sub(8) };
    let (before_bytes, _) = bytes.split_at(len.saturating_sub(8));
    let (_, before_bytes) = before_bytes.split_at(before_bytes.len() - before_len);
    Needle {
        bytes,
        tail: tail(bytes),
        mask: low_bytes(len),
        before: tail(before_bytes),
        before_mask: low_bytes(before_len),
        row: row as u16,
        part: part as u8,
        slot,
    }
}

/// The number of parts indexed by their last `key` bytes.
const fn count_needles(key: usize) -> usize {
    let mut count = 0;
    let mut row = 0;
    while row < PHRASES.len() {
        let mut part = 0;
        while part < PHRASES[row].count as usize {
            count += (key_len(PHRASES[row].parts[part].len()) == key) as usize;
            part += 1;
        }
        row += 1;
    }
    let mut marker = 0;
    while marker < COMMANDS.len() {
        count += (key_len(COMMANDS[marker].0.len()) == key) as usize;
        marker += 1;
    }
    count
}

const LONG_NEEDLES: usize = count_needles(16);
const MIDDLE_NEEDLES: usize = count_needles(8);
const SHORT_NEEDLES: usize = count_needles(4);

/// The number of rows of more than one part.
const SEQUENCES: usize = {
    let mut count = 0;
    let mut row = 0;
    while row < PHRASES.len() {
        if PHRASES[row].count > 1 {
            count += 1;
        }
        row += 1;
    }
    count
};

/// The parts of one length class, sorted by bucket; `start[b]..start[b + 1]` are bucket `b`'s;
/// `filter` has a bit set for the hash of each part's tail.
struct Index<const N: usize> {
    key: usize,
    needles: [Needle; N],
    start: [u16; BUCKETS + 1],
    filter: [u64; FILTER_WORDS],
}

/// The parts of row `row` of the index and how many there are: a phrase row's, or for `row` past
/// the phrases, the one part of a command marker.
const fn row_parts(row: usize) -> (&'static [&'static str], usize) {
    if row < PHRASES.len() {
        (&PHRASES[row].parts, PHRASES[row].count as usize)
    } else {
        (core::slice::from_ref(&COMMANDS[row - PHRASES.len()].0), 1)
    }
}

/// The parts of every row, and the markers, of one length class, in table order: checked, and
/// sorted by bucket (a counting sort, so that within a bucket they keep table order).
const fn build<const N: usize>(key: usize) -> Index<N> {
    assert!(PHRASES.len() + COMMANDS.len() < u16::MAX as usize, "too many rows");
    assert!(SEQUENCES < u8::MAX as usize, "too many rows of several parts");
    let mut unsorted = [needle(b"", 0, 0, u8::MAX); N];
    let mut n = 0;
    let mut slot = 0;
    let mut row = 0;
    while row < PHRASES.len() + COMMANDS.len() {
        let (parts, count) = row_parts(row);
        let mut part = 0;
        while part < count {
            check_part(parts[part]);
            let bytes = parts[part].as_bytes();
            if key_len(bytes.len()) == key {
                let slot = if count > 1 { slot as u8 } else { u8::MAX };
                unsorted[n] = needle(bytes, row, part, slot);
                n += 1;
            }
            part += 1;
        }
        if count > 1 {
            slot += 1;
        }
        row += 1;
    }
    let mut start = [0u16; BUCKETS + 1];
    let mut i = 0;
    while i < N {
        start[bucket(hash(unsorted[i].tail, unsorted[i].before, key)) + 1] += 1;
        i += 1;
    }
    let mut b = 0;
    while b < BUCKETS {
        start[b + 1] += start[b];
        b += 1;
    }
    let mut next = start;
    let mut needles = unsorted;
    let mut filter = [0u64; FILTER_WORDS];
    let mut i = 0;
    while i < N {
        let hash = hash(unsorted[i].tail, unsorted[i].before, key);
        let b = bucket(hash);
        needles[next[b] as usize] = unsorted[i];
        next[b] += 1;
        let bit = filter_bit(hash);
        filter[bit / 64] |= 1 << (bit % 64);
        i += 1;
    }
    Index { key, needles, start, filter }
}

/// A bit for the hash of the last four bytes of every part and marker: the one test the scanner
/// makes at every byte. About one byte of text in ten passes it, and only those test the
/// indexes' filters. (Longer keys here pass fewer bytes, but the extra work at every byte costs
/// more than the rarer tests save: measured.)
static TAILS: [u64; FILTER_WORDS] = {
    let mut filter = [0u64; FILTER_WORDS];
    let mut row = 0;
    while row < PHRASES.len() + COMMANDS.len() {
        let (parts, count) = row_parts(row);
        let mut part = 0;
        while part < count {
            let bit = tail_bit(tail(parts[part].as_bytes()));
            filter[bit / 64] |= 1 << (bit % 64);
            part += 1;
        }
        row += 1;
    }
    filter
};

/// The bit of [`TAILS`] for the last four bytes of a window.
#[inline(always)]
const fn tail_bit(window: u64) -> usize {
    ((window as u32).wrapping_mul(0x9E37_79B1) >> (32 - FILTER_BITS)) as usize
}

/// True when the text may end in some part here: its last four bytes pass [`TAILS`].
#[inline(always)]
fn may_end_a_part(window: u64) -> bool {
    let bit = tail_bit(window);
    TAILS[bit / 64] & (1 << (bit % 64)) != 0
}

/// Parts of at least sixteen bytes, by their last sixteen.
static LONG_INDEX: Index<LONG_NEEDLES> = build(16);
/// Parts of eight to fifteen bytes, by their last eight.
static MIDDLE_INDEX: Index<MIDDLE_NEEDLES> = build(8);
/// Shorter parts, by their last four bytes.
static SHORT_INDEX: Index<SHORT_NEEDLES> = build(4);

impl<const N: usize> Index<N> {
    /// The bucket of the window's tail when the filter says it may hold a part.
    #[inline(always)]
    fn probe(&self, window: u64, before: u64) -> Option<usize> {
        let hash = hash(window, before, self.key);
        let bit = filter_bit(hash);
        (self.filter[bit / 64] & (1 << (bit % 64)) != 0).then(|| bucket(hash))
    }

    /// True when the filter says the window may end in a part.
    #[inline(always)]
    fn passes(&self, window: u64, before: u64) -> bool {
        let bit = filter_bit(hash(window, before, self.key));
        self.filter[bit / 64] & (1 << (bit % 64)) != 0
    }

    /// The parts of a bucket.
    #[inline]
    fn bucket(&self, bucket: usize) -> &[Needle] {
        let (from, to) = (usize::from(self.start[bucket]), usize::from(self.start[bucket + 1]));
        self.needles.get(from..to).unwrap_or_default()
    }
}

/// What a scan found.
#[derive(Clone, Copy, Debug)]
pub(crate) struct Found {
    /// The first row of the table that matched, if any.
    pub(crate) row: Option<usize>,
    /// The first of the caller's rules that matched, if any.
    pub(crate) rule: Option<Reason>,
    /// The commands the text said the reply answered.
    pub(crate) commands: Commands,
    /// The text held something other than white space.
    pub(crate) had_text: bool,
}

/// The scan in progress.
pub(crate) struct Scanner<'s, 'r> {
    /// Each byte is written twice, at `pos % RING` and `RING` further, so that the last
    /// `RING` bytes always lie in one piece, ending at [`Scanner::end`].
    ring: [u8; 2 * RING],
    /// Normalised bytes written so far.
    pos: usize,
    /// The last eight normalised bytes, the newest lowest, and the eight before them: kept in a
    /// register rather than loaded from the ring, where eight one-byte stores have just written
    /// them (a load the processor cannot serve until those stores are done).
    window: u64,
    before: u64,
    /// The first matching row so far; `usize::MAX` for none.
    best: usize,
    /// For each row of several parts: how many of its parts have been seen in order, and where
    /// the last of them ended.
    stage: [u8; SEQUENCES],
    stage_end: [usize; SEQUENCES],
    commands: Commands,
    codes: &'s Codes,
    rules: &'r [Rule<'r>],
    /// The first matching rule so far; `usize::MAX` for none.
    rule_best: usize,
}

impl<'s, 'r> Scanner<'s, 'r> {
    #[inline(always)]
    pub(crate) fn new(codes: &'s Codes, rules: &'r [Rule<'r>]) -> Scanner<'s, 'r> {
        Scanner {
            ring: [0; 2 * RING],
            pos: 0,
            window: 0,
            before: 0,
            best: usize::MAX,
            stage: [0; SEQUENCES],
            stage_end: [0; SEQUENCES],
            commands: Commands::default(),
            codes,
            rules,
            rule_best: usize::MAX,
        }
    }

    /// Begins the text with a space, before the first [`Scanner::feed`].
    pub(crate) fn start(&mut self) {
        self.separate();
    }

    /// Reads one piece of text; pieces are joined by a space.
    pub(crate) fn feed(&mut self, text: &str) {
        if self.rules.is_empty() {
            self.read::<false>(text.as_bytes());
        } else {
            self.read::<true>(text.as_bytes());
        }
        self.separate();
    }

    /// Ends the current piece with a space.
    fn separate(&mut self) {
        if self.rules.is_empty() {
            self.read::<false>(b" ");
        } else {
            self.read::<true>(b" ");
        }
    }

    /// The hot loop: normalises each byte into the ring and the window and, for the few bytes
    /// whose window passes the filters, checks the candidates (and, with `RULES`, the caller's
    /// rules at every byte). The state stays in registers, written back only when needed.
    #[inline(always)]
    fn read<const RULES: bool>(&mut self, text: &[u8]) {
        let (mut pos, mut window, mut before) = (self.pos, self.window, self.before);
        for &byte in text {
            let next = (window << 8) | u64::from(NORMAL[usize::from(byte)]);
            // A space after a space folds into it.
            if next as u16 == u16::from_be_bytes([b' ', b' ']) {
                continue;
            }
            before = (before << 8) | (window >> 56);
            window = next;
            let at = pos % RING;
            self.ring[at] = next as u8;
            self.ring[at + RING] = next as u8;
            pos += 1;
            if may_end_a_part(window)
                && (LONG_INDEX.passes(window, before)
                    | MIDDLE_INDEX.passes(window, before)
                    | SHORT_INDEX.passes(window, before))
            {
                (self.pos, self.window, self.before) = (pos, window, before);
                self.candidates(before);
            }
            if RULES {
                (self.pos, self.window, self.before) = (pos, window, before);
                self.check_rules();
            }
        }
        (self.pos, self.window, self.before) = (pos, window, before);
    }

    /// The result, once every piece has been fed.
    pub(crate) fn finish(&self) -> Found {
        Found {
            row: (self.best != usize::MAX).then_some(self.best),
            rule: self.rules.get(self.rule_best).map(Rule::reason),
            commands: self.commands,
            // The leading space and one separator per piece fold into one byte when the pieces
            // are blank.
            had_text: self.pos > 1,
        }
    }

    /// Where the last byte written ends in the ring's second half: the last `n <= RING` bytes
    /// are `ring[end - n..end]` (zeros before the first byte, which no part contains).
    #[inline(always)]
    fn end(&self) -> usize {
        self.pos.wrapping_sub(1) % RING + RING + 1
    }

    /// True when the text ends with the needle, given the eight bytes before the last eight.
    #[inline(always)]
    fn ends_with(&self, needle: &Needle, before: u64) -> bool {
        if self.window & needle.mask != needle.tail || before & needle.before_mask != needle.before {
            return false;
        }
        let len = needle.bytes.len();
        if len <= 16 {
            return true;
        }
        let end = self.end();
        match (self.ring.get(end - len..end - 16), needle.bytes.get(..len - 16)) {
            (Some(text), Some(bytes)) => text == bytes,
            _ => false,
        }
    }

    /// Checks the parts of the buckets the filters let through. Out of line: most bytes never
    /// get here.
    #[inline(never)]
    fn candidates(&mut self, before: u64) {
        if let Some(bucket) = LONG_INDEX.probe(self.window, before) {
            self.check(LONG_INDEX.bucket(bucket), before);
        }
        if let Some(bucket) = MIDDLE_INDEX.probe(self.window, before) {
            self.check(MIDDLE_INDEX.bucket(bucket), before);
        }
        if let Some(bucket) = SHORT_INDEX.probe(self.window, before) {
            self.check(SHORT_INDEX.bucket(bucket), before);
        }
    }

    /// Checks the parts of one bucket.
    #[inline(always)]
    fn check(&mut self, bucket: &'static [Needle], before: u64) {
        for needle in bucket {
            if self.ends_with(needle, before) {
                self.found(needle);
            }
        }
    }

    /// Records a part the text ends with.
    #[inline(never)]
    fn found(&mut self, needle: &Needle) {
        let row = usize::from(needle.row);
        let Some(phrase) = PHRASES.get(row) else {
            if let Some((_, command)) = COMMANDS.get(row - PHRASES.len()) {
                self.commands.0 |= *command as u8;
            }
            return;
        };
        if row >= self.best {
            return;
        }
        if phrase.count == 1 {
            if phrase.when.holds(self.codes) {
                self.best = row;
            }
            return;
        }
        let slot = usize::from(needle.slot);
        let start = self.pos - needle.bytes.len();
        let (Some(stage), Some(&end)) = (self.stage.get(slot).copied(), self.stage_end.get(slot)) else {
            return;
        };
        if stage == needle.part && (needle.part == 0 || start >= end) {
            self.stage[slot] = stage + 1;
            self.stage_end[slot] = self.pos;
            if stage + 1 == phrase.count && phrase.when.holds(self.codes) {
                self.best = row;
            }
        }
    }

    /// Checks the caller's rules against the text that ends at the byte just written.
    fn check_rules(&mut self) {
        let Some(ring) = self.ring.first_chunk::<RING>() else { return };
        let last = ring[(self.pos - 1) % RING];
        for (index, rule) in self.rules.iter().enumerate().take(self.rule_best) {
            if rule.ends_in(last) && rule.matches_end(ring, self.pos) {
                self.rule_best = index;
                break;
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn scan(text: &str) -> Option<Reason> {
        let codes = Codes { reply: None, enhanced: None, specific: false };
        let mut scanner = Scanner::new(&codes, &[]);
        scanner.start();
        scanner.feed(text);
        scanner.finish().row.map(|row| PHRASES[row].reason)
    }

    /// What matching every row by plain search gives, without codes: the first unconditional or
    /// weak row whose parts appear in order in the normalised text.
    fn naive(text: &str) -> Option<Reason> {
        let mut normal = String::from(" ");
        for byte in text.bytes() {
            let byte = NORMAL[usize::from(byte)];
            if !(byte == b' ' && normal.ends_with(' ')) {
                normal.push(char::from(byte));
            }
        }
        if !normal.ends_with(' ') {
            normal.push(' ');
        }
        PHRASES.iter().find_map(|row| {
            if !matches!(row.when, When::Always | When::Weak) {
                return None;
            }
            let mut rest = normal.as_str();
            for part in row.parts() {
                let at = rest.find(part)?;
                rest = &rest[at + part.len()..];
            }
            Some(row.reason)
        })
    }

    #[test]
    fn every_part_is_found_where_it_stands() {
        for (index, row) in PHRASES.iter().enumerate() {
            let text: String = row.parts().iter().map(|part| format!("xx {part} yy ")).collect();
            // Codes that meet the row's condition.
            let mut codes = Codes { reply: None, enhanced: None, specific: false };
            match row.when {
                When::Status { subject, from, .. } => {
                    codes.enhanced = Some(EnhancedStatusCode::new(crate::StatusClass::PermanentFailure, subject, from))
                }
                When::Reply { from, .. } => codes.reply = Some(ReplyCode::from(from)),
                When::Always | When::Weak => {}
            }
            let mut scanner = Scanner::new(&codes, &[]);
            scanner.start();
            scanner.feed(&text.to_uppercase());
            let found = scanner.finish().row.expect("some row");
            assert!(found <= index, "row {index} {:?} not found in {text:?}", row.parts());
        }
    }

    /// A row whose phrase contains the phrase of an earlier unconditional row can never win:
    /// wherever it matches, the earlier one matches too.
    #[test]
    fn no_row_is_hidden_by_an_earlier_one() {
        let mut hidden = Vec::new();
        for (index, row) in PHRASES.iter().enumerate() {
            let [phrase] = row.parts() else { continue };
            for earlier in &PHRASES[..index] {
                if let ([part], When::Always) = (earlier.parts(), earlier.when) {
                    if phrase.contains(part) {
                        hidden.push(format!("{phrase:?} ({:?}) behind {part:?} ({:?})", row.reason, earlier.reason));
                    }
                }
            }
        }
        assert!(hidden.is_empty(), "rows that can never win:\n{}", hidden.join("\n"));
    }

    #[test]
    fn the_scan_agrees_with_a_plain_search() {
        let texts = [
            "550 5.1.1 <bob@example.net>: Recipient address rejected: User unknown in local recipient table",
            "550-5.1.1 The email account that you tried to reach does not exist. Please try\r\n550-5.1.1   double-checking",
            "554 5.7.1 Service unavailable; Client host [192.0.2.1] blocked using zen.spamhaus.org",
            "452 4.2.2 Mailbox   full",
            "this user doesn't have a yahoo.com account",
            "",
            "    ",
            "xx",
        ];
        for text in texts {
            assert_eq!(scan(text), naive(text), "{text:?}");
        }
    }

    #[test]
    fn rows_of_several_parts_need_their_parts_in_order() {
        let row = PHRASES.iter().find(|row| row.count == 2 && row.when == When::Always).expect("a row of two parts");
        let [first, second, _] = row.parts;
        assert_eq!(scan(&format!("{first} and {second}")), Some(row.reason));
        // A row of several parts can never be the first to match a text that has its parts in
        // the wrong order, unless another row matches.
        let reversed = format!("{second} and {first}");
        assert_eq!(scan(&reversed), naive(&reversed));
    }

    /// Pieces of text to build inputs from: phrase parts (some upper-cased), markers, white
    /// space of every kind and runs of it, and other bytes.
    fn piece() -> impl proptest::strategy::Strategy<Value = String> {
        use proptest::prelude::*;
        let part = (0..PHRASES.len(), 0..MAX_PARTS, any::<bool>()).prop_map(|(row, part, upper)| {
            let parts = PHRASES[row].parts();
            let part = parts[part % parts.len()];
            if upper { part.to_uppercase() } else { part.to_string() }
        });
        let marker = (0..COMMANDS.len()).prop_map(|i| COMMANDS[i].0.to_string());
        let space =
            prop::sample::select(vec![" ", "  ", "\r\n", "\r\n ", "\t", " \t ", "\n\n   "]).prop_map(String::from);
        let other = "[a-zA-Z0-9.@<>:;_-]{0,12}|[\\x00-\\xff]{0,6}";
        prop_oneof![3 => part, 1 => marker, 2 => space, 2 => other]
    }

    proptest::proptest! {
        #![proptest_config(proptest::prelude::ProptestConfig::with_cases(2000))]

        /// The scanner finds what a plain search of the normalised text finds, on texts made of
        /// phrase parts and white space of every kind, whatever the order and the case.
        #[test]
        fn the_scan_agrees_with_a_plain_search_on_any_mix(pieces in proptest::collection::vec(piece(), 0..12)) {
            let text: String = pieces.concat();
            proptest::prop_assert_eq!(scan(&text), naive(&text), "{:?}", text);
        }
    }
}

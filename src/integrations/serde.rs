//! `Serialize` and `Deserialize` by hand (feature `serde`), so the crate needs no `serde_derive`.
//!
//! - Codes serialize as they are written: `ReplyCode` as its number, `EnhancedStatusCode` as
//!   "5.1.1". A `ReplyCode` deserializes from a number or a string by the one rule of
//!   [`ReplyCode::from_u16`]: it fits the RFC 5321 grammar or the table lists it.
//! - The small enums serialize as their stable lowercase names (`as_str`).
//! - `Diff`, `RetryDecision` and `Explanation` serialize as maps for tools that want JSON.
//!   `Diff` and `RetryDecision` deserialize from the fields that define them (`first` and
//!   `second`; `action` and `reason`) and ignore the derived ones. `Explanation`, `Reply` and
//!   `Difference` borrow their text and are serialize-only.
//! - `Localized` codes serialize as everything the crate knows of the code, in the locale: what a
//!   tool prints as a code's description in JSON.

use core::fmt;
use core::str::FromStr;

use serde::de::{self, DeserializeSeed, IgnoredAny, MapAccess, Visitor};
use serde::ser::{SerializeMap, SerializeSeq};
use serde::{Deserialize, Deserializer, Serialize, Serializer};

use crate::{
    Actor, Category, Class, Diff, Difference, EnhancedStatusCode, Explanation, Fault, Heading, Locale, Localized,
    Outcome, Reason, Reference, Reply, ReplyCode, Retry, RetryDecision, RetryReason, Sentences, SesBounce, Standing,
    StatusClass, Subject, Topic, Usage,
};

/// Serializes a type as its `as_str` and deserializes it with `FromStr`.
macro_rules! as_string {
    ($($Type:ty => $expecting:literal),+ $(,)?) => {$(
        impl Serialize for $Type {
            fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
                serializer.serialize_str(self.as_str())
            }
        }

        impl<'de> Deserialize<'de> for $Type {
            fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<$Type, D::Error> {
                deserializer.deserialize_str(FromStrVisitor::<$Type>::new($expecting))
            }
        }
    )+};
}

as_string! {
    Class => "a reply class such as \"permanent-negative\"",
    Category => "a reply category such as \"mail-system\"",
    StatusClass => "an enhanced status class such as \"permanent-failure\"",
    Subject => "an enhanced status subject such as \"security-or-policy\"",
    Standing => "a standing such as \"standard\"",
    Topic => "a topic such as \"sequence\"",
    Actor => "an actor such as \"sender\"",
    Retry => "a retry action such as \"later\"",
    RetryReason => "a retry reason such as \"greylisted\"",
    Outcome => "an outcome such as \"refused\"",
    Usage => "a usage such as \"never\"",
    Heading => "a heading such as \"how-to-fix\"",
    Fault => "a fault such as \"sending-server\"",
    Reason => "a bounce reason such as \"userunknown\"",
}

struct FromStrVisitor<T> {
    expecting: &'static str,
    marker: core::marker::PhantomData<T>,
}

impl<T> FromStrVisitor<T> {
    const fn new(expecting: &'static str) -> Self {
        FromStrVisitor { expecting, marker: core::marker::PhantomData }
    }
}

impl<T: FromStr> Visitor<'_> for FromStrVisitor<T> {
    type Value = T;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.expecting)
    }

    fn visit_str<E: de::Error>(self, value: &str) -> Result<T, E> {
        value.parse().map_err(|_| E::invalid_value(de::Unexpected::Str(value), &self))
    }
}

/// Reads a map key as the index of one of `names`, or `None` for a key to ignore; works for
/// borrowed and owned keys alike.
struct Key(&'static [&'static str]);

impl<'de> DeserializeSeed<'de> for Key {
    type Value = Option<usize>;

    fn deserialize<D: Deserializer<'de>>(self, deserializer: D) -> Result<Option<usize>, D::Error> {
        deserializer.deserialize_identifier(self)
    }
}

impl Visitor<'_> for Key {
    type Value = Option<usize>;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("a field name")
    }

    fn visit_str<E: de::Error>(self, key: &str) -> Result<Option<usize>, E> {
        Ok(self.0.iter().position(|name| *name == key))
    }
}

/// Reads the two fields `names` of a map, ignoring any others.
fn two_fields<'de, A, T, U>(mut map: A, names: &'static [&'static str; 2]) -> Result<(T, U), A::Error>
where
    A: MapAccess<'de>,
    T: Deserialize<'de>,
    U: Deserialize<'de>,
{
    let (mut first, mut second) = (None, None);
    while let Some(key) = map.next_key_seed(Key(names))? {
        match key {
            Some(0) => first = Some(map.next_value()?),
            Some(_) => second = Some(map.next_value()?),
            None => {
                map.next_value::<IgnoredAny>()?;
            }
        }
    }
    let first = first.ok_or_else(|| de::Error::missing_field(names[0]))?;
    let second = second.ok_or_else(|| de::Error::missing_field(names[1]))?;
    Ok((first, second))
}

impl Serialize for ReplyCode {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_u16(self.as_u16())
    }
}

impl<'de> Deserialize<'de> for ReplyCode {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<ReplyCode, D::Error> {
        // Text formats may hold either form; binary ones hold what `serialize` writes.
        if deserializer.is_human_readable() {
            deserializer.deserialize_any(ReplyCodeVisitor)
        } else {
            deserializer.deserialize_u16(ReplyCodeVisitor)
        }
    }
}

/// Reads a reply code from a number or a string, by the rule of [`ReplyCode::from_u16`].
struct ReplyCodeVisitor;

impl Visitor<'_> for ReplyCodeVisitor {
    type Value = ReplyCode;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("a reply code such as 550 or \"550\"")
    }

    fn visit_u64<E: de::Error>(self, value: u64) -> Result<ReplyCode, E> {
        let unexpected = || E::invalid_value(de::Unexpected::Unsigned(value), &self);
        let number = u16::try_from(value).map_err(|_| unexpected())?;
        ReplyCode::from_u16(number).map_err(|_| unexpected())
    }

    fn visit_i64<E: de::Error>(self, value: i64) -> Result<ReplyCode, E> {
        match u64::try_from(value) {
            Ok(value) => self.visit_u64(value),
            Err(_) => Err(E::invalid_value(de::Unexpected::Signed(value), &self)),
        }
    }

    fn visit_str<E: de::Error>(self, value: &str) -> Result<ReplyCode, E> {
        value.parse().map_err(|_| E::invalid_value(de::Unexpected::Str(value), &self))
    }
}

impl Serialize for EnhancedStatusCode {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_str(self)
    }
}

impl<'de> Deserialize<'de> for EnhancedStatusCode {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<EnhancedStatusCode, D::Error> {
        deserializer.deserialize_str(FromStrVisitor::new("an enhanced status code such as \"5.1.1\""))
    }
}

impl Serialize for Reference {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_str(self)
    }
}

/// A list of sentences.
impl Serialize for Sentences {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut seq = serializer.serialize_seq(Some(self.len()))?;
        for text in self.clone() {
            seq.serialize_element(text)?;
        }
        seq.end()
    }
}

impl Serialize for RetryDecision {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = serializer.serialize_map(Some(3))?;
        map.serialize_entry("action", &self.action())?;
        map.serialize_entry("reason", &self.reason())?;
        map.serialize_entry("suggested_delay_seconds", &self.suggested_delay().map(|d| d.as_secs()))?;
        map.end()
    }
}

impl<'de> Deserialize<'de> for RetryDecision {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<RetryDecision, D::Error> {
        struct DecisionVisitor;

        impl<'de> Visitor<'de> for DecisionVisitor {
            type Value = RetryDecision;

            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str("a retry decision with an action and a reason")
            }

            fn visit_map<A: MapAccess<'de>>(self, map: A) -> Result<RetryDecision, A::Error> {
                let (action, reason) = two_fields(map, &["action", "reason"])?;
                Ok(RetryDecision::new(action, reason))
            }
        }

        deserializer.deserialize_map(DecisionVisitor)
    }
}

impl Serialize for Difference {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = serializer.serialize_map(Some(3))?;
        map.serialize_entry("aspect", self.aspect())?;
        match *self {
            Difference::Class { first, second } => pair(&mut map, &first, &second)?,
            Difference::Outcome { first, second } => pair(&mut map, &first, &second)?,
            Difference::Retry { first, second } => pair(&mut map, &first, &second)?,
            Difference::Category { first, second } => pair(&mut map, &first, &second)?,
            Difference::Topic { first, second } => pair(&mut map, &first, &second)?,
            Difference::Actor { first, second } => pair(&mut map, &first, &second)?,
            Difference::Standing { first, second } => pair(&mut map, &first, &second)?,
        }
        map.end()
    }
}

fn pair<M: SerializeMap, T: Serialize + ?Sized>(map: &mut M, first: &T, second: &T) -> Result<(), M::Error> {
    map.serialize_entry("first", first)?;
    map.serialize_entry("second", second)
}

/// A diff's differences, as a sequence.
struct Differences<'a>(&'a Diff);

impl Serialize for Differences<'_> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_seq(self.0.differences())
    }
}

impl Serialize for Diff {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = serializer.serialize_map(Some(4))?;
        map.serialize_entry("first", &self.first())?;
        map.serialize_entry("second", &self.second())?;
        map.serialize_entry("same_class", &self.same_class())?;
        map.serialize_entry("differences", &Differences(self))?;
        map.end()
    }
}

impl<'de> Deserialize<'de> for Diff {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Diff, D::Error> {
        struct DiffVisitor;

        impl<'de> Visitor<'de> for DiffVisitor {
            type Value = Diff;

            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str("a comparison with the codes `first` and `second`")
            }

            fn visit_map<A: MapAccess<'de>>(self, map: A) -> Result<Diff, A::Error> {
                let (first, second) = two_fields(map, &["first", "second"])?;
                Ok(crate::diff(first, second))
            }
        }

        deserializer.deserialize_map(DiffVisitor)
    }
}

/// A reply's lines, as a sequence.
struct Lines<'a>(&'a Reply<'a>);

impl Serialize for Lines<'_> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_seq(self.0.lines())
    }
}

impl Serialize for Reply<'_> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = serializer.serialize_map(Some(3))?;
        map.serialize_entry("code", &self.code())?;
        map.serialize_entry("enhanced", &self.enhanced())?;
        map.serialize_entry("lines", &Lines(self))?;
        map.end()
    }
}

/// Serializes as its English localization.
impl Serialize for Explanation<'_> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        self.localize(Locale::En).serialize(serializer)
    }
}

/// The explanation in its locale: the codes, its texts, who acts, the retry decision, the
/// server's words and the whole message.
impl Serialize for Localized<Explanation<'_>> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let explanation = self.value();
        let reply = explanation.reply();
        let mut map = serializer.serialize_map(Some(12))?;
        map.serialize_entry("locale", self.locale().tag())?;
        map.serialize_entry("code", &reply.code())?;
        map.serialize_entry("enhanced", &reply.enhanced())?;
        map.serialize_entry("reason", &explanation.reason())?;
        map.serialize_entry("fault", &explanation.fault())?;
        map.serialize_entry("summary", self.summary())?;
        map.serialize_entry("cause", self.cause())?;
        map.serialize_entry("remedy", self.remedy())?;
        map.serialize_entry("actor", &explanation.actor())?;
        map.serialize_entry("retry", &explanation.retry())?;
        map.serialize_entry("server_text", &DisplayStr(&reply.lines()))?;
        map.serialize_entry("message", &DisplayStr(self))?;
        map.end()
    }
}

/// Everything the crate knows of a bounce reason, in the locale: its name, Sisimai's name, whether
/// it makes a bounce hard, whose problem it is, what to do, and its texts, each remedy with who
/// takes it.
impl Serialize for Localized<Reason> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let reason = *self.value();
        let mut map = serializer.serialize_map(Some(10))?;
        map.serialize_entry("locale", self.locale().tag())?;
        map.serialize_entry("reason", &reason)?;
        map.serialize_entry("name", self.name())?;
        map.serialize_entry("sisimai", &reason.sisimai_name().is_some())?;
        map.serialize_entry("hard", &reason.is_hard_bounce())?;
        map.serialize_entry("fault", &reason.fault())?;
        map.serialize_entry("retry", &reason.retry())?;
        map.serialize_entry("meaning", self.meaning())?;
        map.serialize_entry("causes", &self.causes())?;
        map.serialize_entry("remedies", &Steps(self.remedies(), reason.actors()))?;
        map.end()
    }
}

/// Amazon SES's pair as SES writes it in its notifications: `bounceType` and `bounceSubType`.
/// Serialize-only: it is looked up from a reason, not built.
impl Serialize for SesBounce {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = serializer.serialize_map(Some(2))?;
        map.serialize_entry("bounceType", self.bounce_type())?;
        map.serialize_entry("bounceSubType", self.sub_type())?;
        map.end()
    }
}

/// Remedies with who takes each: a list of `{"actor": ..., "text": ...}`.
struct Steps(Sentences, &'static [Actor]);

impl Serialize for Steps {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut seq = serializer.serialize_seq(Some(self.1.len()))?;
        for (text, actor) in self.0.clone().zip(self.1) {
            seq.serialize_element(&Step { actor: *actor, text })?;
        }
        seq.end()
    }
}

/// One remedy and who takes it.
struct Step {
    actor: Actor,
    text: &'static str,
}

impl Serialize for Step {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = serializer.serialize_map(Some(2))?;
        map.serialize_entry("actor", &self.actor)?;
        map.serialize_entry("text", self.text)?;
        map.end()
    }
}

/// Everything the crate knows of a reply code, in the locale.
impl Serialize for Localized<ReplyCode> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let code = *self.value();
        let mut map = serializer.serialize_map(Some(17))?;
        map.serialize_entry("locale", self.locale().tag())?;
        map.serialize_entry("code", &code)?;
        map.serialize_entry("name", self.name())?;
        map.serialize_entry("listed", &code.is_listed())?;
        map.serialize_entry("valid", &code.is_valid())?;
        map.serialize_entry("class", &code.class())?;
        map.serialize_entry("category", &code.category())?;
        map.serialize_entry("standing", &code.standing())?;
        map.serialize_entry("topic", &code.topic())?;
        map.serialize_entry("actor", &code.actor())?;
        map.serialize_entry("usage", &code.usage())?;
        map.serialize_entry("meaning", self.meaning())?;
        map.serialize_entry("causes", &self.causes())?;
        map.serialize_entry("remedies", &self.remedies())?;
        map.serialize_entry("use_when", self.use_when())?;
        map.serialize_entry("note", &self.note())?;
        map.serialize_entry("references", &Seq(code.references()))?;
        map.serialize_entry("enhanced_codes", &Collected(code.enhanced_codes()))?;
        map.end()
    }
}

/// Everything the crate knows of an enhanced status code, in the locale.
impl Serialize for Localized<EnhancedStatusCode> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let code = *self.value();
        let mut map = serializer.serialize_map(Some(14))?;
        map.serialize_entry("locale", self.locale().tag())?;
        map.serialize_entry("code", &code)?;
        map.serialize_entry("name", self.name())?;
        map.serialize_entry("listed", &code.is_listed())?;
        map.serialize_entry("class", &code.class())?;
        map.serialize_entry("subject", &code.subject())?;
        map.serialize_entry("actor", &code.actor())?;
        map.serialize_entry("meaning", self.meaning())?;
        map.serialize_entry("causes", &self.causes())?;
        map.serialize_entry("remedies", &self.remedies())?;
        map.serialize_entry("note", &self.note())?;
        map.serialize_entry("references", &Seq(code.references()))?;
        map.serialize_entry("associated_reply_codes", &Collected(code.associated_reply_codes()))?;
        map.serialize_entry("intended_classes", &Seq(code.intended_classes()))?;
        map.end()
    }
}

/// A retry decision in its locale: the action, the reason, their labels and the sentence.
impl Serialize for Localized<RetryDecision> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let decision = *self.value();
        let mut map = serializer.serialize_map(Some(6))?;
        map.serialize_entry("locale", self.locale().tag())?;
        map.serialize_entry("action", &decision.action())?;
        map.serialize_entry("reason", &decision.reason())?;
        map.serialize_entry("suggested_delay_seconds", &decision.suggested_delay().map(|d| d.as_secs()))?;
        map.serialize_entry("label", decision.action().localize(self.locale()).label())?;
        map.serialize_entry("message", &DisplayStr(self))?;
        map.end()
    }
}

/// A slice, as a sequence.
struct Seq<'a, T>(&'a [T]);

impl<T: Serialize> Serialize for Seq<'_, T> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_seq(self.0)
    }
}

/// An iterator that can be walked again, as a sequence.
struct Collected<I>(I);

impl<I: Iterator + Clone> Serialize for Collected<I>
where
    I::Item: Serialize,
{
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_seq(self.0.clone())
    }
}

/// Serializes anything that implements `Display` as a string, without allocating.
struct DisplayStr<'a, T>(&'a T);

impl<T: fmt::Display> Serialize for DisplayStr<'_, T> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_str(self.0)
    }
}

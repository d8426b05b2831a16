//! `Serialize` for what a bounce says (features `serde` and `bounce`), by hand as for the
//! crate's other types: a recipient as a map (with its diagnostic text, reason, hard or soft and
//! retry decision, which are methods), a bounce as its kind, recipients and original message.

use serde::ser::{Serialize, SerializeMap, Serializer};

use crate::bounce::{Bounce, Kind, Original, Recipient};

impl Serialize for Kind {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

impl Serialize for Recipient<'_> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = serializer.serialize_map(None)?;
        map.serialize_entry("address", self.address())?;
        map.serialize_entry("original_recipient", &self.original_recipient())?;
        map.serialize_entry("action", &self.action().map(|action| action.as_str()))?;
        map.serialize_entry("status", &self.status())?;
        map.serialize_entry("reply", &self.reply())?;
        map.serialize_entry("command", &self.command())?;
        map.serialize_entry("remote_mta", &self.remote_mta())?;
        map.serialize_entry("last_attempt", &self.last_attempt())?;
        map.serialize_entry("retry_until", &self.retry_until())?;
        map.serialize_entry("diagnostic", &self.diagnostic())?;
        map.serialize_entry("reason", &self.reason())?;
        map.serialize_entry("hard", &self.is_hard())?;
        map.serialize_entry("retry", &self.retry())?;
        map.end()
    }
}

impl Serialize for Original {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = serializer.serialize_map(None)?;
        map.serialize_entry("message_id", &self.message_id())?;
        map.serialize_entry("subject", &self.subject())?;
        map.serialize_entry("from", &self.from())?;
        map.serialize_entry("to", &self.to())?;
        map.serialize_entry("date", &self.date())?;
        map.end()
    }
}

impl Serialize for Bounce<'_> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = serializer.serialize_map(None)?;
        map.serialize_entry("kind", &self.kind())?;
        let recipients: std::vec::Vec<Recipient<'_>> = self.recipients().collect();
        map.serialize_entry("recipients", &recipients)?;
        map.serialize_entry("original", self.original())?;
        map.serialize_entry("reporting_mta", &self.reporting_mta())?;
        map.end()
    }
}

//! Lookups by name: the one normalisation of names ("Bad Sequence", "bad-sequence" and
//! "BAD_SEQUENCE" all become "badsequence"), and [`NameIndex`], a hash table built at compile
//! time from a table's names.
//!
//! The index and the lookups normalise with the same `const fn`, so they can never disagree.

/// The longest key a name may have; longer input cannot match.
pub(crate) const MAX_KEY: usize = 40;

/// A normalised name: ASCII letters and digits only, lowercased.
#[derive(Clone, Copy)]
pub(crate) struct Key {
    bytes: [u8; MAX_KEY],
    len: usize,
}

impl Key {
    /// The key of `name`, or `None` if the name holds a character other than ASCII letters,
    /// digits, spaces, `-`, `_` and `.`, or its key is longer than [`MAX_KEY`].
    pub(crate) const fn new(name: &[u8]) -> Option<Key> {
        let mut key = Key { bytes: [0; MAX_KEY], len: 0 };
        let mut index = 0;
        while index < name.len() {
            let byte = name[index];
            index += 1;
            match byte {
                b'a'..=b'z' | b'0'..=b'9' | b'A'..=b'Z' => {
                    if key.len == MAX_KEY {
                        return None;
                    }
                    key.bytes[key.len] = byte.to_ascii_lowercase();
                    key.len += 1;
                }
                b' ' | b'-' | b'_' | b'.' => {}
                _ => return None,
            }
        }
        Some(key)
    }

    /// FNV-1a over the key's bytes: cheap on short keys, and fixed, so the compile-time table and
    /// the lookups agree.
    const fn hash(&self) -> u32 {
        let mut hash: u32 = 0x811c_9dc5;
        let mut index = 0;
        while index < self.len {
            hash ^= self.bytes[index] as u32;
            hash = hash.wrapping_mul(0x0100_0193);
            index += 1;
        }
        hash
    }

    const fn equals(&self, other: &Key) -> bool {
        if self.len != other.len {
            return false;
        }
        let mut index = 0;
        while index < self.len {
            if self.bytes[index] != other.bytes[index] {
                return false;
            }
            index += 1;
        }
        true
    }
}

/// A hash table from normalised names to values, built in a `const`: `KEYS` names at most, in
/// `SLOTS` slots (a power of two, at least twice `KEYS`, so that probes stay short).
pub(crate) struct NameIndex<const KEYS: usize, const SLOTS: usize> {
    keys: [Key; KEYS],
    values: [u16; KEYS],
    /// One more than the index in `keys`, or 0 for an empty slot.
    slots: [u16; SLOTS],
}

impl<const KEYS: usize, const SLOTS: usize> NameIndex<KEYS, SLOTS> {
    /// The index of `names`, each with its value. A name whose key another name already has is
    /// skipped when the two values agree ("Bad Sequence" and "BadSequence"), and stops the build
    /// when they differ: a lookup would be ambiguous.
    pub(crate) const fn new(names: &[(&str, u16)]) -> NameIndex<KEYS, SLOTS> {
        assert!(SLOTS.is_power_of_two() && SLOTS >= 2 * KEYS, "the name index needs more slots");
        assert!(names.len() <= KEYS, "the name index needs room for more keys");
        let mut index =
            NameIndex { keys: [Key { bytes: [0; MAX_KEY], len: 0 }; KEYS], values: [0; KEYS], slots: [0; SLOTS] };
        let mut count = 0;
        let mut position = 0;
        while position < names.len() {
            let (name, value) = names[position];
            position += 1;
            let Some(key) = Key::new(name.as_bytes()) else { panic!("a name holds a character lookups would reject") };
            let mut slot = key.hash() as usize & (SLOTS - 1);
            loop {
                let taken = index.slots[slot] as usize;
                if taken == 0 {
                    index.keys[count] = key;
                    index.values[count] = value;
                    count += 1;
                    index.slots[slot] = count as u16;
                    break;
                }
                if index.keys[taken - 1].equals(&key) {
                    assert!(index.values[taken - 1] == value, "two codes share a lookup key");
                    break;
                }
                slot = (slot + 1) & (SLOTS - 1);
            }
        }
        index
    }

    /// The value of the name whose key is that of `name`, if there is one.
    pub(crate) fn get(&self, name: &str) -> Option<u16> {
        let key = Key::new(name.as_bytes())?;
        let mut slot = key.hash() as usize & (SLOTS - 1);
        loop {
            let taken = usize::from(self.slots[slot]);
            if taken == 0 {
                return None;
            }
            if self.keys[taken - 1].equals(&key) {
                return Some(self.values[taken - 1]);
            }
            slot = (slot + 1) & (SLOTS - 1);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::{Key, NameIndex};

    #[test]
    fn names_normalise_to_one_key() {
        let index: NameIndex<4, 8> = NameIndex::new(&[("Bad Sequence", 503), ("BadSequence", 503), ("OK", 250)]);
        for name in ["bad-sequence", "BAD_SEQUENCE", "Bad.Sequence", "badsequence"] {
            assert_eq!(index.get(name), Some(503), "{name}");
        }
        assert_eq!(index.get("ok"), Some(250));
        assert_eq!(index.get("bad sequences"), None);
        assert_eq!(index.get("bad/sequence"), None);
        assert_eq!(index.get(&"a".repeat(41)), None);
        assert!(Key::new("é".as_bytes()).is_none());
    }
}

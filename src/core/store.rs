//! Draft storage, as pure logic over a small key-value interface.
//!
//! The browser implements [`KeyValue`] with `localStorage` (through
//! gloo-storage, in `web::storage`); tests use [`MemoryKv`]. Everything about
//! keys, the stored schema, its version, revisions and quarantine lives here,
//! so it is tested natively.
//!
//! Layout: one key per dossier, `kiemdiem.dossier.<id>`, holding a
//! [`StoredDossier`] (schema version, revision, dossier). A value that cannot
//! be read is moved to `kiemdiem.quarantine.<id>` and never overwritten.

use std::cell::RefCell;
use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use crate::core::dossier::{Dossier, DossierId};

/// The version of the stored schema written by this build.
pub const SCHEMA_VERSION: u32 = 1;

const DOSSIER_PREFIX: &str = "kiemdiem.dossier.";
const QUARANTINE_PREFIX: &str = "kiemdiem.quarantine.";
const TRASH_PREFIX: &str = "kiemdiem.trash.";

/// The localStorage key of the signing key record, and the prefix of the
/// copies kept aside when it is replaced (`<key>.<ms>`). Never part of a
/// backup nor of the snapshot of storage a worker gets: backups carry
/// dossier keys only.
pub const SIGNING_KEY: &str = "kiemdiem.signing-key";

/// What can go wrong when talking to the key-value store itself.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum KvError {
    /// The browser refused the write because storage is full.
    #[error("storage quota exceeded")]
    QuotaExceeded,
    /// Storage cannot be used at all (disabled, private mode, …).
    #[error("storage unavailable: {0}")]
    Unavailable(String),
}

/// The small interface the draft store needs from the platform.
pub trait KeyValue {
    fn get(&self, key: &str) -> Result<Option<String>, KvError>;
    fn set(&self, key: &str, value: &str) -> Result<(), KvError>;
    fn remove(&self, key: &str) -> Result<(), KvError>;
    fn keys(&self) -> Result<Vec<String>, KvError>;
}

/// An in-memory [`KeyValue`], for tests and as a stand-in when the browser
/// gives no storage. `quota` (in bytes of keys and values) makes writes
/// beyond it fail like a full browser storage.
#[derive(Debug, Default)]
pub struct MemoryKv {
    map: RefCell<BTreeMap<String, String>>,
    pub quota: Option<usize>,
}

impl MemoryKv {
    pub fn with_quota(quota: usize) -> Self {
        Self {
            map: RefCell::default(),
            quota: Some(quota),
        }
    }
}

impl KeyValue for MemoryKv {
    fn get(&self, key: &str) -> Result<Option<String>, KvError> {
        Ok(self.map.borrow().get(key).cloned())
    }
    fn set(&self, key: &str, value: &str) -> Result<(), KvError> {
        let mut map = self.map.borrow_mut();
        if let Some(quota) = self.quota {
            let used: usize = map
                .iter()
                .filter(|(k, _)| k.as_str() != key)
                .map(|(k, v)| k.len() + v.len())
                .sum();
            if used + key.len() + value.len() > quota {
                return Err(KvError::QuotaExceeded);
            }
        }
        map.insert(key.to_owned(), value.to_owned());
        Ok(())
    }
    fn remove(&self, key: &str) -> Result<(), KvError> {
        self.map.borrow_mut().remove(key);
        Ok(())
    }
    fn keys(&self) -> Result<Vec<String>, KvError> {
        Ok(self.map.borrow().keys().cloned().collect())
    }
}

/// A dossier as stored: the schema version, a revision counter (bumped on
/// every save, so that two tabs can tell when the other one wrote) and the
/// dossier.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct StoredDossier {
    pub schema: u32,
    pub revision: u64,
    pub dossier: Dossier,
}

/// Why a stored dossier could not be read.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum LoadError {
    #[error(transparent)]
    Kv(#[from] KvError),
    /// The value was not a readable dossier; it was moved aside under
    /// `quarantined_as` and the original key freed.
    #[error("stored value under {key} is malformed ({reason}); kept as {quarantined_as}")]
    Malformed {
        key: String,
        quarantined_as: String,
        reason: String,
    },
    /// Written by a newer version of the app; left untouched.
    #[error("stored schema {found} is newer than {SCHEMA_VERSION}")]
    NewerSchema { key: String, found: u32 },
}

/// Why a save did not happen.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum SaveError {
    #[error(transparent)]
    Kv(#[from] KvError),
    /// Someone else (another tab) saved a newer revision since this copy was
    /// loaded; nothing was written.
    #[error("stored revision {stored} is not the expected {expected}")]
    Conflict { expected: u64, stored: u64 },
    /// The stored value could not be read, so it is not overwritten.
    #[error(transparent)]
    Load(#[from] LoadError),
}

/// A line of the home page's list.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Summary {
    pub id: DossierId,
    pub year: i32,
    pub template: crate::core::template::TemplateId,
    pub full_name: String,
    pub updated_at: chrono::DateTime<chrono::Utc>,
}

/// The drafts kept on this device.
///
/// ```
/// use chrono::{TimeZone, Utc};
/// use kiemdiem::core::dossier::{Dossier, DossierId, Role};
/// use kiemdiem::core::store::{Drafts, MemoryKv};
/// let drafts = Drafts::new(MemoryKv::default());
/// let now = Utc.with_ymd_and_hms(2026, 11, 29, 8, 0, 0).unwrap();
/// let d = Dossier::new(DossierId("hs-1".into()), 2025, Role::Member, now).unwrap();
/// let rev = drafts.save(&d, 0).unwrap();
/// assert_eq!(rev, 1);
/// assert_eq!(drafts.load(&d.id).unwrap().unwrap().dossier, d);
/// ```
pub struct Drafts<K: KeyValue> {
    kv: K,
}

/// Where a stored value stopped being readable, for the quarantine report:
/// the position only, since serde_json's full message (and the formatting
/// code behind it) would weigh on the first load for a text nobody reads.
fn where_broken(e: &serde_json::Error) -> String {
    format!("{}:{}", e.line(), e.column())
}

impl<K: KeyValue> Drafts<K> {
    pub fn new(kv: K) -> Self {
        Self { kv }
    }

    /// The underlying store (for tests and the browser glue).
    pub fn kv(&self) -> &K {
        &self.kv
    }

    /// The storage key of a dossier.
    pub fn key(id: &DossierId) -> String {
        format!("{DOSSIER_PREFIX}{}", id.0)
    }

    /// The id a storage key belongs to, if it is a dossier key.
    pub fn id_of_key(key: &str) -> Option<DossierId> {
        key.strip_prefix(DOSSIER_PREFIX)
            .map(|id| DossierId(id.to_owned()))
    }

    /// Reads a dossier; `Ok(None)` when there is none under that id.
    pub fn load(&self, id: &DossierId) -> Result<Option<StoredDossier>, LoadError> {
        let key = Self::key(id);
        match self.kv.get(&key)? {
            None => Ok(None),
            Some(raw) => self.decode(&key, &raw).map(Some),
        }
    }

    fn decode(&self, key: &str, raw: &str) -> Result<StoredDossier, LoadError> {
        #[derive(Deserialize)]
        struct Version {
            schema: u32,
        }
        let schema = serde_json::from_str::<Version>(raw).map(|v| v.schema);
        match schema {
            Ok(found) if found > SCHEMA_VERSION => Err(LoadError::NewerSchema {
                key: key.to_owned(),
                found,
            }),
            Ok(_) => serde_json::from_str::<StoredDossier>(raw)
                .map_err(|e| self.quarantine(key, raw, where_broken(&e))),
            Err(e) => Err(self.quarantine(key, raw, where_broken(&e))),
        }
    }

    /// Moves an unreadable value aside, never overwriting an earlier
    /// quarantined copy, and returns the error that reports it.
    fn quarantine(&self, key: &str, raw: &str, reason: String) -> LoadError {
        let stem = key.strip_prefix(DOSSIER_PREFIX).unwrap_or(key);
        let mut target = format!("{QUARANTINE_PREFIX}{stem}");
        let mut n = 1;
        while matches!(self.kv.get(&target), Ok(Some(_))) {
            n += 1;
            target = format!("{QUARANTINE_PREFIX}{stem}.{n}");
        }
        // Only free the original key once the copy is safely written.
        if self.kv.set(&target, raw).is_ok() {
            let _ = self.kv.remove(key);
        } else {
            target = key.to_owned();
        }
        LoadError::Malformed {
            key: key.to_owned(),
            quarantined_as: target,
            reason,
        }
    }

    /// Saves a dossier if the stored revision is still `expected` (0 for a
    /// dossier never saved); returns the new revision.
    pub fn save(&self, dossier: &Dossier, expected: u64) -> Result<u64, SaveError> {
        let stored = self.load(&dossier.id)?.map_or(0, |s| s.revision);
        if stored != expected {
            return Err(SaveError::Conflict { expected, stored });
        }
        let revision = expected + 1;
        let value = StoredDossier {
            schema: SCHEMA_VERSION,
            revision,
            dossier: dossier.clone(),
        };
        let raw =
            serde_json::to_string(&value).map_err(|e| KvError::Unavailable(where_broken(&e)))?;
        self.kv.set(&Self::key(&dossier.id), &raw)?;
        Ok(revision)
    }

    /// Removes a dossier.
    pub fn delete(&self, id: &DossierId) -> Result<(), KvError> {
        self.kv.remove(&Self::key(id))
    }

    /// Every readable dossier, newest change first, and the problems met on
    /// the way (each unreadable value is quarantined, so it is reported
    /// once).
    pub fn list(&self) -> Result<(Vec<Summary>, Vec<LoadError>), KvError> {
        let mut found = Vec::new();
        let mut problems = Vec::new();
        for key in self.kv.keys()? {
            let Some(id) = Self::id_of_key(&key) else {
                continue;
            };
            match self.load(&id) {
                Ok(Some(s)) => found.push(Summary {
                    id: s.dossier.id.clone(),
                    year: s.dossier.year,
                    template: s.dossier.template,
                    full_name: s.dossier.identity.full_name.clone(),
                    updated_at: s.dossier.updated_at,
                }),
                Ok(None) => {}
                Err(e) => problems.push(e),
            }
        }
        found.sort_by_key(|s| std::cmp::Reverse(s.updated_at));
        Ok((found, problems))
    }

    /// Deletes a dossier so that it can be brought back: its stored value
    /// moves to `kiemdiem.trash.<id>` (replacing an earlier deletion of the
    /// same id) and the dossier key is freed.
    pub fn trash(&self, id: &DossierId) -> Result<(), KvError> {
        let key = Self::key(id);
        if let Some(raw) = self.kv.get(&key)? {
            self.kv.set(&format!("{TRASH_PREFIX}{}", id.0), &raw)?;
            self.kv.remove(&key)?;
        }
        Ok(())
    }

    /// Brings back a dossier deleted with [`Drafts::trash`]; `Ok(false)`
    /// when there is nothing to bring back or the id is in use again.
    pub fn untrash(&self, id: &DossierId) -> Result<bool, KvError> {
        let trash = format!("{TRASH_PREFIX}{}", id.0);
        let key = Self::key(id);
        match self.kv.get(&trash)? {
            Some(raw) if self.kv.get(&key)?.is_none() => {
                self.kv.set(&key, &raw)?;
                self.kv.remove(&trash)?;
                Ok(true)
            }
            _ => Ok(false),
        }
    }

    /// Saves a copy of a dossier under a new id, as a starting point: same
    /// review year, template and content; new creation time.
    pub fn duplicate(
        &self,
        id: &DossierId,
        new_id: DossierId,
        now: chrono::DateTime<chrono::Utc>,
    ) -> Result<Option<Dossier>, SaveError> {
        let Some(stored) = self.load(id)? else {
            return Ok(None);
        };
        let mut copy = stored.dossier;
        copy.id = new_id;
        copy.created_at = now;
        copy.updated_at = now;
        self.save(&copy, 0)?;
        Ok(Some(copy))
    }

    /// Keys of quarantined values.
    pub fn quarantined(&self) -> Result<Vec<String>, KvError> {
        Ok(self
            .kv
            .keys()?
            .into_iter()
            .filter(|k| k.starts_with(QUARANTINE_PREFIX))
            .collect())
    }
}

/// Why a signing key could not be stored.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum KeyStoreError {
    #[error(transparent)]
    Kv(#[from] KvError),
    /// A key is stored already (made in another tab meanwhile): the key of
    /// a first export never replaces it.
    #[error("a signing key is already stored")]
    AlreadyStored,
}

/// The signing key kept in this browser profile, under [`SIGNING_KEY`]. Its
/// record is opaque here (the export worker makes and reads it). Replacing
/// a key never loses one: the key it replaces is kept aside under
/// `<SIGNING_KEY>.<ms>` ([`SigningKeys::aside_key`]).
pub struct SigningKeys<K: KeyValue> {
    kv: K,
}

impl<K: KeyValue> SigningKeys<K> {
    pub fn new(kv: K) -> Self {
        Self { kv }
    }

    /// The underlying store (tests look at what was kept aside).
    pub fn kv(&self) -> &K {
        &self.kv
    }

    /// The stored key record, if any.
    pub fn current(&self) -> Result<Option<String>, KvError> {
        self.kv.get(SIGNING_KEY)
    }

    /// The key a replaced key is kept under, at `now_ms`.
    pub fn aside_key(now_ms: i64) -> String {
        format!("{SIGNING_KEY}.{now_ms}")
    }

    /// Stores the key made by a first export, only if none is stored.
    pub fn store_first(&self, record: &str) -> Result<(), KeyStoreError> {
        if self.current()?.is_some() {
            return Err(KeyStoreError::AlreadyStored);
        }
        Ok(self.kv.set(SIGNING_KEY, record)?)
    }

    /// Stores `record` as the signing key (an explicit act of the person),
    /// first keeping the key it replaces aside; if that copy cannot be
    /// written, nothing is replaced. Two replacements in the same
    /// millisecond keep both old keys (the later one a millisecond on).
    pub fn replace(&self, record: &str, now_ms: i64) -> Result<(), KeyStoreError> {
        if let Some(old) = self.current()? {
            let mut ms = now_ms;
            while self.kv.get(&Self::aside_key(ms))?.is_some() {
                ms += 1;
            }
            self.kv.set(&Self::aside_key(ms), &old)?;
        }
        Ok(self.kv.set(SIGNING_KEY, record)?)
    }
}

//! Backup ("Sao lưu") and restore ("Khôi phục") of every dossier on this
//! device, as pure logic over [`Drafts`].
//!
//! The file format, what its checksum covers and the restore rules are in
//! `docs/backup-format.md`; `tests/core_backup.rs` checks the example there.
//!
//! * [`make_backup`] writes one JSON file holding every readable dossier.
//! * [`read_backup`] checks a file (size, JSON, format, version, checksum,
//!   every entry) and refuses it with a typed [`RestoreError`].
//! * [`preview_restore`] says, per dossier in the file, whether it would be
//!   added, is already here, or would replace a different copy here.
//! * [`apply_restore`] adds, and replaces only what the person ticked,
//!   keeping each overwritten copy under [`REPLACED_PREFIX`]. It never
//!   deletes anything.

use std::collections::{BTreeMap, BTreeSet};
use std::ops::Range;

use chrono::{DateTime, Datelike, NaiveDate, Utc};
use serde::Deserialize;
use serde_json::Value;
use sha2::{Digest, Sha256};

use crate::core::dossier::DossierId;
use crate::core::store::{Drafts, KeyValue, KvError, LoadError, SCHEMA_VERSION, StoredDossier};

/// The value of the file's `format` member.
pub const BACKUP_FORMAT: &str = "kiemdiem.sao-luu";

/// The version of the backup format written by this build.
pub const BACKUP_VERSION: u32 = 1;

/// The largest file [`read_backup`] accepts (and [`make_backup`] writes):
/// 20 MiB, several times what a browser's storage can hold.
pub const MAX_BACKUP_BYTES: usize = 20 * 1024 * 1024;

/// Where [`apply_restore`] keeps a dossier it overwrote:
/// `kiemdiem.replaced.<id>.<n>`, `n` counting from 1, never overwritten.
/// Neither a dossier key (`kiemdiem.dossier.`) nor a quarantine key
/// (`kiemdiem.quarantine.`) of [`crate::core::store`].
pub const REPLACED_PREFIX: &str = "kiemdiem.replaced.";

const CHECKSUM_PREFIX: &str = "sha256:";

/// The name offered for a backup made on `date`, e.g.
/// `KiemDiem_SaoLuu_2026-11-29.json`.
///
/// ```
/// use chrono::NaiveDate;
/// use kiemdiem::core::backup::backup_file_name;
/// let date = NaiveDate::from_ymd_opt(2026, 11, 29).unwrap();
/// assert_eq!(backup_file_name(date), "KiemDiem_SaoLuu_2026-11-29.json");
/// ```
pub fn backup_file_name(date: NaiveDate) -> String {
    // By hand: chrono's Display and format code stay out of the bundle.
    format!(
        "KiemDiem_SaoLuu_{:04}-{:02}-{:02}.json",
        date.year(),
        date.month(),
        date.day()
    )
}

/// `sha256:` and the lower-case hex SHA-256 of `bytes`: the checksum of a
/// backup whose `dossiers` array is exactly `bytes`.
///
/// ```
/// use kiemdiem::core::backup::checksum_of;
/// assert_eq!(
///     checksum_of(b"[]"),
///     "sha256:4f53cda18c2baa0c0354bb5f9a3ecbe5ed12ab4d8e11ba873c2f11161202b945"
/// );
/// ```
pub fn checksum_of(bytes: &[u8]) -> String {
    const HEX: &[u8; 16] = b"0123456789abcdef";
    let digest = Sha256::digest(bytes);
    let mut out = String::with_capacity(CHECKSUM_PREFIX.len() + 64);
    out.push_str(CHECKSUM_PREFIX);
    for b in digest {
        out.push(HEX[usize::from(b >> 4)] as char);
        out.push(HEX[usize::from(b & 0xf)] as char);
    }
    out
}

// ---------------------------------------------------------------------------
// Backup

/// What went into a backup, for the message after "Sao lưu".
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct BackupSummary {
    /// Dossiers in the file.
    pub dossiers: usize,
    /// Quarantined values on this device (unreadable, so not dossiers),
    /// left out of the file.
    pub left_out_quarantined: usize,
    /// Dossiers written by a newer version of the app, left out because this
    /// version cannot read them.
    pub left_out_newer: usize,
    /// Size of the file in bytes.
    pub bytes: usize,
}

/// Why no backup was made.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum BackupError {
    #[error(transparent)]
    Kv(#[from] KvError),
    /// The file would be larger than [`MAX_BACKUP_BYTES`], so it could not
    /// be restored.
    #[error("backup would be {bytes} bytes, more than {max}")]
    TooLarge { bytes: usize, max: usize },
    #[error("could not encode the backup: {0}")]
    Encode(String),
}

/// Makes the backup file of every readable dossier in `drafts`, with
/// `created_at` = `now_ms` (milliseconds since the Unix epoch) and the
/// given app version. Returns the file's text (UTF-8 JSON) and a summary.
///
/// Reading the store quarantines values that cannot be read (as
/// [`Drafts::list`] does); those are counted in the summary, not included.
/// Dossiers are ordered by id, so the same dossiers give the same checksum.
pub fn make_backup<K: KeyValue>(
    drafts: &Drafts<K>,
    now_ms: i64,
    app_version: &str,
) -> Result<(String, BackupSummary), BackupError> {
    let mut dossiers = Vec::new();
    let mut left_out_newer = 0;
    for key in drafts.kv().keys()? {
        let Some(id) = Drafts::<K>::id_of_key(&key) else {
            continue;
        };
        match drafts.load(&id) {
            Ok(Some(stored)) => dossiers.push(StoredDossier {
                // Written in this build's shape, so with its schema number.
                schema: SCHEMA_VERSION,
                ..stored
            }),
            Ok(None) => {}
            Err(LoadError::Kv(e)) => return Err(e.into()),
            // Now in quarantine: counted below.
            Err(LoadError::Malformed { .. }) => {}
            Err(LoadError::NewerSchema { .. }) => left_out_newer += 1,
        }
    }
    dossiers.sort_by(|a, b| a.dossier.id.cmp(&b.dossier.id));
    let json = encode(&dossiers, now_ms, app_version)?;
    if json.len() > MAX_BACKUP_BYTES {
        return Err(BackupError::TooLarge {
            bytes: json.len(),
            max: MAX_BACKUP_BYTES,
        });
    }
    let summary = BackupSummary {
        dossiers: dossiers.len(),
        left_out_quarantined: drafts.quarantined()?.len(),
        left_out_newer,
        bytes: json.len(),
    };
    Ok((json, summary))
}

/// The file: one member per line, the `dossiers` array last, on one line,
/// exactly as `serde_json::to_string` writes it (those are the bytes the
/// checksum covers).
fn encode(
    dossiers: &[StoredDossier],
    created_at: i64,
    app_version: &str,
) -> Result<String, BackupError> {
    let enc = |e: serde_json::Error| BackupError::Encode(e.to_string());
    let array = serde_json::to_string(dossiers).map_err(enc)?;
    let app_version = serde_json::to_string(app_version).map_err(enc)?;
    let checksum = checksum_of(array.as_bytes());
    let mut out = String::with_capacity(array.len() + 256);
    out.push_str("{\n  \"format\": \"");
    out.push_str(BACKUP_FORMAT);
    out.push_str("\",\n  \"version\": ");
    out.push_str(&BACKUP_VERSION.to_string());
    out.push_str(",\n  \"created_at\": ");
    out.push_str(&created_at.to_string());
    out.push_str(",\n  \"app_version\": ");
    out.push_str(&app_version);
    out.push_str(",\n  \"checksum\": \"");
    out.push_str(&checksum);
    out.push_str("\",\n  \"dossiers\": ");
    out.push_str(&array);
    out.push_str("\n}\n");
    Ok(out)
}

// ---------------------------------------------------------------------------
// Reading a backup

/// A backup file that passed every check of [`read_backup`].
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Backup {
    pub version: u32,
    /// When it was made, in milliseconds since the Unix epoch.
    pub created_at: i64,
    /// The version of the app that made it.
    pub app_version: String,
    /// Its dossiers, in file order; ids are unique.
    pub dossiers: Vec<StoredDossier>,
}

impl Backup {
    /// When it was made, if `created_at` is a representable instant.
    pub fn created_at_utc(&self) -> Option<DateTime<Utc>> {
        DateTime::from_timestamp_millis(self.created_at)
    }
}

/// Why a file cannot be restored. Every check is reported, none is
/// skipped: nothing is restored from a file that fails one.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum RestoreError {
    /// Larger than [`MAX_BACKUP_BYTES`]; not read at all.
    #[error("file is {size} bytes, more than {max}")]
    TooLarge { size: usize, max: usize },
    /// Not JSON (or not UTF-8, or empty).
    #[error("not a JSON file: {reason}")]
    NotJson { reason: String },
    /// JSON that stops in the middle: the file was cut short (an incomplete
    /// download or copy).
    #[error("the file ends too early (truncated)")]
    Truncated,
    /// JSON, but not a backup of this app: not an object, or its `format`
    /// is missing or not [`BACKUP_FORMAT`].
    #[error("not a Kiểm điểm backup")]
    NotABackup,
    /// Made by a newer version of the app, in a format this one does not know.
    #[error("backup format version {found} is newer than {BACKUP_VERSION}")]
    NewerVersion { found: u64 },
    /// A member of the backup is missing, repeated or of the wrong type.
    #[error("the backup's `{field}` is missing or invalid")]
    BadField { field: String },
    /// No checksum, or not of the form `sha256:<64 hex digits>`.
    #[error("the backup has no usable checksum")]
    ChecksumMissing,
    /// The dossiers do not match the checksum: the file was changed (or
    /// damaged) after it was made.
    #[error("checksum mismatch: the file says {expected}, its dossiers give {actual}")]
    ChecksumMismatch { expected: String, actual: String },
    /// A dossier of the file was written by a newer version of the app.
    #[error("dossier {index} ({id:?}) has schema {found}, newer than {SCHEMA_VERSION}")]
    DossierFromNewerApp {
        index: usize,
        id: Option<String>,
        found: u64,
    },
    /// A dossier of the file cannot be read (or its id is not one this app
    /// makes).
    #[error("dossier {index} ({id:?}) cannot be read: {reason}")]
    UnreadableDossier {
        index: usize,
        id: Option<String>,
        reason: String,
    },
    /// Two dossiers of the file have the same id.
    #[error("dossier id {id} appears twice")]
    DuplicateId { id: String },
}

/// Reads and checks a backup file: size, JSON, format, version, checksum,
/// then every dossier. The checksum is recomputed over the bytes of the
/// `dossiers` value exactly as they are in the file.
pub fn read_backup(bytes: &[u8]) -> Result<Backup, RestoreError> {
    if bytes.len() > MAX_BACKUP_BYTES {
        return Err(RestoreError::TooLarge {
            size: bytes.len(),
            max: MAX_BACKUP_BYTES,
        });
    }
    if bytes.iter().all(u8::is_ascii_whitespace) {
        return Err(RestoreError::NotJson {
            reason: "the file is empty".into(),
        });
    }
    if let Err(e) = serde_json::from_slice::<serde::de::IgnoredAny>(bytes) {
        return Err(if e.is_eof() {
            RestoreError::Truncated
        } else {
            RestoreError::NotJson {
                reason: e.to_string(),
            }
        });
    }
    // Valid JSON from here on.
    let members = top_level_members(bytes).ok_or(RestoreError::NotABackup)?;
    let member = |name: &str| -> Result<Option<&[u8]>, RestoreError> {
        let mut found = members.iter().filter(|(n, _)| n == name);
        match (found.next(), found.next()) {
            (None, _) => Ok(None),
            (Some((_, span)), None) => Ok(Some(&bytes[span.clone()])),
            (Some(_), Some(_)) => Err(bad(name)),
        }
    };
    let parse = |name: &str| -> Result<Option<Value>, RestoreError> {
        member(name)?
            .map(|raw| serde_json::from_slice::<Value>(raw).map_err(|_| bad(name)))
            .transpose()
    };

    match parse("format") {
        Ok(Some(Value::String(f))) if f == BACKUP_FORMAT => {}
        _ => return Err(RestoreError::NotABackup),
    }
    let version = match parse("version")? {
        Some(Value::Number(n)) => n.as_u64().filter(|v| *v >= 1).ok_or(bad("version"))?,
        _ => return Err(bad("version")),
    };
    if version > u64::from(BACKUP_VERSION) {
        return Err(RestoreError::NewerVersion { found: version });
    }
    let raw_dossiers = member("dossiers")?
        .filter(|raw| raw.first() == Some(&b'['))
        .ok_or(bad("dossiers"))?;
    let expected = match parse("checksum") {
        Ok(Some(Value::String(c))) if is_sha256_checksum(&c) => c,
        _ => return Err(RestoreError::ChecksumMissing),
    };
    let actual = checksum_of(raw_dossiers);
    if !expected.eq_ignore_ascii_case(&actual) {
        return Err(RestoreError::ChecksumMismatch { expected, actual });
    }
    let created_at = match parse("created_at")? {
        Some(Value::Number(n)) => n.as_i64().ok_or(bad("created_at"))?,
        _ => return Err(bad("created_at")),
    };
    let app_version = match parse("app_version")? {
        Some(Value::String(v)) => v,
        _ => return Err(bad("app_version")),
    };

    let entries: Vec<Value> = serde_json::from_slice(raw_dossiers).map_err(|_| bad("dossiers"))?;
    let mut dossiers = Vec::with_capacity(entries.len());
    let mut seen = BTreeSet::new();
    for (index, entry) in entries.iter().enumerate() {
        let stored = read_entry(index, entry)?;
        if !seen.insert(stored.dossier.id.clone()) {
            return Err(RestoreError::DuplicateId {
                id: stored.dossier.id.0,
            });
        }
        dossiers.push(stored);
    }
    Ok(Backup {
        version: version as u32,
        created_at,
        app_version,
        dossiers,
    })
}

fn bad(field: &str) -> RestoreError {
    RestoreError::BadField {
        field: field.to_owned(),
    }
}

fn is_sha256_checksum(c: &str) -> bool {
    c.strip_prefix(CHECKSUM_PREFIX)
        .is_some_and(|hex| hex.len() == 64 && hex.bytes().all(|b| b.is_ascii_hexdigit()))
}

fn read_entry(index: usize, entry: &Value) -> Result<StoredDossier, RestoreError> {
    let id = entry
        .pointer("/dossier/id")
        .and_then(Value::as_str)
        .map(str::to_owned);
    if let Some(found) = entry.get("schema").and_then(Value::as_u64)
        && found > u64::from(SCHEMA_VERSION)
    {
        return Err(RestoreError::DossierFromNewerApp { index, id, found });
    }
    let unreadable = |reason: String| RestoreError::UnreadableDossier {
        index,
        id: id.clone(),
        reason,
    };
    let stored = StoredDossier::deserialize(entry).map_err(|e| unreadable(e.to_string()))?;
    if DossierId::parse(&stored.dossier.id.0).is_none() {
        return Err(unreadable(format!(
            "{:?} is not a dossier id this app makes",
            stored.dossier.id.0
        )));
    }
    Ok(stored)
}

/// The members of the top-level object of `json` (valid JSON, checked
/// before), with the byte range of each value; `None` if it is not an
/// object.
fn top_level_members(json: &[u8]) -> Option<Vec<(String, Range<usize>)>> {
    let mut members = Vec::new();
    let mut i = skip_ws(json, 0);
    if json.get(i) != Some(&b'{') {
        return None;
    }
    i = skip_ws(json, i + 1);
    if json.get(i) == Some(&b'}') {
        return Some(members);
    }
    loop {
        let key_end = end_of_string(json, i)?;
        let name: String = serde_json::from_slice(&json[i..key_end]).ok()?;
        i = skip_ws(json, key_end);
        if json.get(i) != Some(&b':') {
            return None;
        }
        let start = skip_ws(json, i + 1);
        let end = end_of_value(json, start)?;
        members.push((name, start..end));
        i = skip_ws(json, end);
        match json.get(i)? {
            b',' => i = skip_ws(json, i + 1),
            b'}' => return Some(members),
            _ => return None,
        }
    }
}

fn skip_ws(json: &[u8], mut i: usize) -> usize {
    while matches!(json.get(i), Some(b' ' | b'\t' | b'\n' | b'\r')) {
        i += 1;
    }
    i
}

/// The index just past the string starting at `i` (a `"`).
fn end_of_string(json: &[u8], i: usize) -> Option<usize> {
    if json.get(i) != Some(&b'"') {
        return None;
    }
    let mut j = i + 1;
    loop {
        match json.get(j)? {
            b'\\' => j += 2,
            b'"' => return Some(j + 1),
            _ => j += 1,
        }
    }
}

/// The index just past the value starting at `i`.
fn end_of_value(json: &[u8], i: usize) -> Option<usize> {
    match json.get(i)? {
        b'"' => end_of_string(json, i),
        b'{' | b'[' => {
            let mut depth = 0usize;
            let mut j = i;
            loop {
                match json.get(j)? {
                    b'"' => {
                        j = end_of_string(json, j)?;
                        continue;
                    }
                    b'{' | b'[' => depth += 1,
                    b'}' | b']' => {
                        depth -= 1;
                        if depth == 0 {
                            return Some(j + 1);
                        }
                    }
                    _ => {}
                }
                j += 1;
            }
        }
        _ => {
            // A number, true, false or null.
            let mut j = i;
            while !matches!(
                json.get(j),
                None | Some(b',' | b'}' | b']' | b' ' | b'\t' | b'\n' | b'\r')
            ) {
                j += 1;
            }
            Some(j)
        }
    }
}

// ---------------------------------------------------------------------------
// Restore

/// What restoring one dossier of the file would do.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum RestoreAction {
    /// No dossier with that id here: it will be added.
    Add,
    /// The same content is here already: nothing to do.
    Same,
    /// A different dossier with the same id is here. It is replaced only if
    /// the person ticks it (see [`RestoreChoices`]).
    Replace {
        /// The revision seen when planning: if the copy here changes before
        /// the restore is applied, it is not replaced.
        here_revision: u64,
        here_updated_at: DateTime<Utc>,
        file_updated_at: DateTime<Utc>,
        /// The file's copy was changed more recently than the one here.
        file_is_newer: bool,
    },
    /// The copy here cannot be read by this version (written by a newer
    /// app, or storage failed); it is left alone.
    Blocked(LoadError),
}

/// One dossier of the file and what restoring it would do.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct RestoreEntry {
    pub id: DossierId,
    pub year: i32,
    pub full_name: String,
    pub action: RestoreAction,
}

/// What a restore would do, one entry per dossier of the file, in file
/// order.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct RestorePreview {
    pub entries: Vec<RestoreEntry>,
}

/// How many entries of a preview fall in each kind.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct RestoreCounts {
    pub add: usize,
    pub same: usize,
    pub replace: usize,
    /// Of `replace`, those whose file copy is newer.
    pub replace_newer: usize,
    pub blocked: usize,
}

impl RestorePreview {
    pub fn counts(&self) -> RestoreCounts {
        let mut c = RestoreCounts::default();
        for e in &self.entries {
            match e.action {
                RestoreAction::Add => c.add += 1,
                RestoreAction::Same => c.same += 1,
                RestoreAction::Replace { file_is_newer, .. } => {
                    c.replace += 1;
                    c.replace_newer += usize::from(file_is_newer);
                }
                RestoreAction::Blocked(_) => c.blocked += 1,
            }
        }
        c
    }

    /// The entry for `id`, if the file has that dossier.
    pub fn entry(&self, id: &DossierId) -> Option<&RestoreEntry> {
        self.entries.iter().find(|e| &e.id == id)
    }
}

/// Compares every dossier of `backup` with the one under the same id here.
/// Reads only (reading may quarantine an unreadable value, as every read of
/// [`Drafts`] does; its key is then free and the dossier counts as added).
pub fn preview_restore<K: KeyValue>(backup: &Backup, drafts: &Drafts<K>) -> RestorePreview {
    let entries = backup
        .dossiers
        .iter()
        .map(|file| {
            let action = match drafts.load(&file.dossier.id) {
                Ok(None) => RestoreAction::Add,
                Ok(Some(here)) if here.dossier == file.dossier => RestoreAction::Same,
                Ok(Some(here)) => RestoreAction::Replace {
                    here_revision: here.revision,
                    here_updated_at: here.dossier.updated_at,
                    file_updated_at: file.dossier.updated_at,
                    file_is_newer: file.dossier.updated_at > here.dossier.updated_at,
                },
                Err(LoadError::Malformed {
                    key,
                    quarantined_as,
                    ..
                }) if quarantined_as != key => RestoreAction::Add,
                Err(e) => RestoreAction::Blocked(e),
            };
            RestoreEntry {
                id: file.dossier.id.clone(),
                year: file.dossier.year,
                full_name: file.dossier.identity.full_name.clone(),
                action,
            }
        })
        .collect();
    RestorePreview { entries }
}

/// The `Replace` entries the person ticked, by id. Nothing is ticked by
/// default.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct RestoreChoices {
    pub replace: BTreeSet<DossierId>,
}

impl RestoreChoices {
    /// Ticks nothing: only additions happen.
    pub fn none() -> Self {
        Self::default()
    }

    /// Ticks every `Replace` of `preview` whose file copy is newer (a
    /// suggestion for the UI's initial state).
    pub fn newer_in(preview: &RestorePreview) -> Self {
        let replace = preview
            .entries
            .iter()
            .filter(|e| {
                matches!(
                    e.action,
                    RestoreAction::Replace {
                        file_is_newer: true,
                        ..
                    }
                )
            })
            .map(|e| e.id.clone())
            .collect();
        Self { replace }
    }

    /// Ticks or unticks the replacement of `id`.
    pub fn set(&mut self, id: &DossierId, ticked: bool) {
        if ticked {
            self.replace.insert(id.clone());
        } else {
            self.replace.remove(id);
        }
    }

    pub fn is_ticked(&self, id: &DossierId) -> bool {
        self.replace.contains(id)
    }
}

/// A dossier that was overwritten, and where its previous value is kept.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ReplacedDossier {
    pub id: DossierId,
    /// `kiemdiem.replaced.<id>.<n>`, holding the previous stored value
    /// verbatim.
    pub kept_as: String,
}

/// Why a dossier of the file was not restored although the preview allowed it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum SkipReason {
    /// The copy here changed (or appeared) after the preview was made: it was
    /// left as it is; preview again to see the difference.
    ChangedSincePreview,
    /// The copy here cannot be read by this version; left as it is.
    LocalUnreadable(LoadError),
    /// The preview names a dossier the backup does not have.
    NotInBackup,
}

/// What [`apply_restore`] did, per dossier of the preview.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct RestoreOutcome {
    pub added: Vec<DossierId>,
    pub replaced: Vec<ReplacedDossier>,
    /// Already the same here (`Same`, or found identical when applying).
    pub unchanged: Vec<DossierId>,
    /// `Replace` entries not ticked: the copy here is kept.
    pub kept_local: Vec<DossierId>,
    pub skipped: Vec<(DossierId, SkipReason)>,
}

/// Applies `preview` (made by [`preview_restore`] from `backup`): adds every
/// `Add`, replaces the `Replace` entries ticked in `choices`, leaves `Same`,
/// `Blocked` and unticked entries alone, and never deletes anything.
///
/// Before a dossier is overwritten its stored value is copied verbatim to
/// `kiemdiem.replaced.<id>.<n>` (the first free `n` from 1). A restored
/// dossier is written with [`SCHEMA_VERSION`] and revision
/// `max(revision here, revision in the file) + 1`, so a tab that has either
/// copy open sees a newer revision and does not overwrite it.
///
/// Each dossier is re-read first: one that changed since the preview was made
/// is skipped, not overwritten. Stops at the first storage error (e.g. a
/// full storage); what was written before stays written, and a new preview
/// shows it as `Same`.
pub fn apply_restore<K: KeyValue>(
    preview: &RestorePreview,
    backup: &Backup,
    drafts: &Drafts<K>,
    choices: &RestoreChoices,
) -> Result<RestoreOutcome, KvError> {
    let in_file: BTreeMap<&DossierId, &StoredDossier> =
        backup.dossiers.iter().map(|s| (&s.dossier.id, s)).collect();
    let mut out = RestoreOutcome::default();
    for entry in &preview.entries {
        let id = &entry.id;
        let Some(file) = in_file.get(id) else {
            out.skipped.push((id.clone(), SkipReason::NotInBackup));
            continue;
        };
        match &entry.action {
            RestoreAction::Same => {
                out.unchanged.push(id.clone());
                continue;
            }
            RestoreAction::Blocked(e) => {
                out.skipped
                    .push((id.clone(), SkipReason::LocalUnreadable(e.clone())));
                continue;
            }
            RestoreAction::Replace { .. } if !choices.is_ticked(id) => {
                out.kept_local.push(id.clone());
                continue;
            }
            RestoreAction::Add | RestoreAction::Replace { .. } => {}
        }
        let here = match drafts.load(id) {
            Ok(here) => here,
            Err(LoadError::Kv(e)) => return Err(e),
            Err(e) => {
                out.skipped
                    .push((id.clone(), SkipReason::LocalUnreadable(e)));
                continue;
            }
        };
        match (&entry.action, here) {
            (_, Some(here)) if here.dossier == file.dossier => out.unchanged.push(id.clone()),
            (RestoreAction::Add, None) => {
                write_restored(drafts, file, 0)?;
                out.added.push(id.clone());
            }
            (RestoreAction::Replace { here_revision, .. }, Some(here))
                if here.revision == *here_revision =>
            {
                let kept_as = keep_aside(drafts, id)?;
                write_restored(drafts, file, here.revision)?;
                out.replaced.push(ReplacedDossier {
                    id: id.clone(),
                    kept_as,
                });
            }
            _ => out
                .skipped
                .push((id.clone(), SkipReason::ChangedSincePreview)),
        }
    }
    Ok(out)
}

/// Copies the stored value of `id` verbatim to the first free
/// `kiemdiem.replaced.<id>.<n>` and returns that key.
fn keep_aside<K: KeyValue>(drafts: &Drafts<K>, id: &DossierId) -> Result<String, KvError> {
    let kv = drafts.kv();
    let raw = kv
        .get(&Drafts::<K>::key(id))?
        .ok_or_else(|| KvError::Unavailable(format!("{id} vanished while restoring")))?;
    let mut n = 1u32;
    let target = loop {
        let target = format!("{REPLACED_PREFIX}{id}.{n}");
        if kv.get(&target)?.is_none() {
            break target;
        }
        n += 1;
    };
    kv.set(&target, &raw)?;
    Ok(target)
}

fn write_restored<K: KeyValue>(
    drafts: &Drafts<K>,
    file: &StoredDossier,
    here_revision: u64,
) -> Result<(), KvError> {
    let value = StoredDossier {
        schema: SCHEMA_VERSION,
        revision: here_revision.max(file.revision) + 1,
        dossier: file.dossier.clone(),
    };
    let raw = serde_json::to_string(&value).map_err(|e| KvError::Unavailable(e.to_string()))?;
    drafts.kv().set(&Drafts::<K>::key(&value.dossier.id), &raw)
}

/// Keys of the copies [`apply_restore`] kept aside, for a screen that lets
/// the person undo a replacement by hand.
pub fn replaced_copies<K: KeyValue>(drafts: &Drafts<K>) -> Result<Vec<String>, KvError> {
    Ok(drafts
        .kv()
        .keys()?
        .into_iter()
        .filter(|k| k.starts_with(REPLACED_PREFIX))
        .collect())
}

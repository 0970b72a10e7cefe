//! The desk's backup file ("Sao lưu bàn làm việc"): the desk's state
//! (roster, what is known of each file, pinned keys, the cell's comments)
//! and every stored sealed file, in one JSON file the secretary keeps or
//! moves to another machine. The format is described in
//! `docs/desk-format.md`.
//!
//! Restoring never trusts the file: each sealed file goes through the
//! import's checks again (a file that does not verify is refused as on
//! import), and the state only adds what this desk lacks
//! ([`super::Desk::merge_from`]); nothing here is overwritten.
//!
//! ```
//! use kiemdiem::core::desk::Desk;
//! use kiemdiem::core::desk::backup::{make_backup, read_backup};
//! let text = make_backup(&Desk::default(), &["{}".to_owned()], 1_764_900_000_000).unwrap();
//! let back = read_backup(text.as_bytes()).unwrap();
//! assert_eq!(back.files, vec!["{}".to_owned()]);
//! ```

use serde::{Deserialize, Serialize};

use super::Desk;

/// The value of the file's `format` member.
pub const DESK_BACKUP_FORMAT: &str = "kiemdiem.ban-lam-viec";
/// The version written by this build.
pub const DESK_BACKUP_VERSION: u32 = 1;
/// The largest backup read: 300 files of 150 KB is 45 MB; 64 MiB leaves
/// room for a grassroots committee's cells.
pub const MAX_DESK_BACKUP_BYTES: usize = 64 * 1024 * 1024;
/// The most files one backup may hold.
pub const MAX_DESK_BACKUP_FILES: usize = 5_000;

/// What a backup file holds.
#[derive(Clone, Debug, PartialEq)]
pub struct DeskBackup {
    pub created_at: i64,
    pub desk: Desk,
    /// The sealed files, each as the exact text that was verified.
    pub files: Vec<String>,
}

/// Why a backup file is refused.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum DeskBackupError {
    #[error("the file is {0} bytes, over the limit")]
    TooLarge(usize),
    #[error("not JSON")]
    NotJson,
    #[error("not a desk backup")]
    NotDeskBackup,
    #[error("made by a newer version ({0})")]
    NewerVersion(u32),
    #[error("the checksum does not match")]
    ChecksumMismatch,
    #[error("too many files ({0})")]
    TooManyFiles(usize),
    #[error("the backup could not be written")]
    Unwritable,
}

#[derive(Serialize, Deserialize)]
struct File {
    format: String,
    version: u32,
    created_at: i64,
    /// `sha256:` and the hex SHA-256 of the `body` member's exact text.
    checksum: String,
    /// The desk and the files, as one JSON text (so that the checksum
    /// covers exact bytes, whatever a reader does to whitespace).
    body: String,
}

#[derive(Serialize)]
struct Body<'a> {
    desk: &'a Desk,
    files: &'a [String],
}

/// The body as read: the desk is read by [`Desk::from_json`], which
/// refuses structs written as arrays.
#[derive(Deserialize)]
struct BodyIn {
    desk: serde_json::Value,
    files: Vec<String>,
}

/// Writes the backup of `desk` with its stored `files`.
pub fn make_backup(desk: &Desk, files: &[String], now_ms: i64) -> Result<String, DeskBackupError> {
    let body =
        serde_json::to_string(&Body { desk, files }).map_err(|_| DeskBackupError::Unwritable)?;
    let file = File {
        format: DESK_BACKUP_FORMAT.to_owned(),
        version: DESK_BACKUP_VERSION,
        created_at: now_ms,
        checksum: crate::core::backup::checksum_of(body.as_bytes()),
        body,
    };
    serde_json::to_string_pretty(&file).map_err(|_| DeskBackupError::Unwritable)
}

/// Checks a backup file (size, JSON, format, version, checksum, number of
/// files) and reads it.
pub fn read_backup(bytes: &[u8]) -> Result<DeskBackup, DeskBackupError> {
    if bytes.len() > MAX_DESK_BACKUP_BYTES {
        return Err(DeskBackupError::TooLarge(bytes.len()));
    }
    let value: serde_json::Value =
        serde_json::from_slice(bytes).map_err(|_| DeskBackupError::NotJson)?;
    if value.get("format").and_then(|f| f.as_str()) != Some(DESK_BACKUP_FORMAT) {
        return Err(DeskBackupError::NotDeskBackup);
    }
    let file: File = serde_json::from_value(value).map_err(|_| DeskBackupError::NotDeskBackup)?;
    if file.version > DESK_BACKUP_VERSION {
        return Err(DeskBackupError::NewerVersion(file.version));
    }
    if crate::core::backup::checksum_of(file.body.as_bytes()) != file.checksum {
        return Err(DeskBackupError::ChecksumMismatch);
    }
    let body: BodyIn =
        serde_json::from_str(&file.body).map_err(|_| DeskBackupError::NotDeskBackup)?;
    if body.files.len() > MAX_DESK_BACKUP_FILES {
        return Err(DeskBackupError::TooManyFiles(body.files.len()));
    }
    let desk = Desk::from_json(&body.desk.to_string()).map_err(|e| match e {
        super::DeskReadError::NewerVersion(v) => {
            DeskBackupError::NewerVersion(u32::try_from(v).unwrap_or(u32::MAX))
        }
        _ => DeskBackupError::NotDeskBackup,
    })?;
    Ok(DeskBackup {
        created_at: file.created_at,
        desk,
        files: body.files,
    })
}

/// The name offered for a desk backup made at `now_ms` (UTC date), e.g.
/// `KiemDiem_BanLamViec_2026-12-05.json`.
pub fn desk_backup_file_name(now_ms: i64) -> String {
    use chrono::Datelike;
    let date = chrono::DateTime::from_timestamp_millis(now_ms)
        .map(|d| d.date_naive())
        .unwrap_or_default();
    format!(
        "KiemDiem_BanLamViec_{:04}-{:02}-{:02}.json",
        date.year(),
        date.month(),
        date.day()
    )
}

/// Adds to `into` what a restored desk knows and this one lacks: roster
/// members (matched by name and birth date, see `roster::name_key`), and
/// the cell's year and names where empty here. Nothing here is
/// overwritten. The restored files themselves go through the import again
/// (see the module's doc), in the order they were received, so that keys
/// are pinned as they were; then [`carry_over`].
pub fn merge(into: &mut Desk, from: &Desk) {
    use super::roster::{birth_key, name_key};
    for m in &from.roster {
        let (name, birth) = (name_key(&m.full_name), birth_key(&m.birth_date));
        let known = into
            .roster
            .iter()
            .any(|h| name_key(&h.full_name) == name && birth_key(&h.birth_date) == birth);
        if !known {
            into.add_member(&m.full_name, &m.birth_date, &m.note);
        }
    }
    if into.cell.year.is_none() {
        into.cell.year = from.cell.year;
    }
    if into.cell.party_cell.is_empty() {
        into.cell.party_cell = from.cell.party_cell.clone();
    }
    if into.cell.party_committee.is_empty() {
        into.cell.party_committee = from.cell.party_committee.clone();
    }
}

/// After the restored files are imported again: the cell's comments and
/// proposals on files that have none here, and the secretary's decisions
/// on changed keys where this desk has not decided yet.
pub fn carry_over(into: &mut Desk, from: &Desk) {
    for (digest, review) in &from.reviews {
        if !into.reviews.contains_key(digest) {
            into.set_review(digest, &review.comment, review.level);
        }
    }
    for f in &from.files {
        if let super::KeyState::Changed {
            decision: Some(accept),
            ..
        } = f.key
        {
            let undecided = into.file(&f.received.digest).is_some_and(|here| {
                matches!(here.key, super::KeyState::Changed { decision: None, .. })
            });
            if undecided {
                into.decide_key(&f.received.digest, accept);
            }
        }
    }
}

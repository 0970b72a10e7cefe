//! The export worker's protocol: sealing a dossier, rendering its PDF,
//! keeping the signing key, and verifying dossier files, as jobs that cross
//! a Web Worker boundary. The heavy parts (Ed25519, RFC 8785, Argon2, the PDF
//! crate and its fonts) live only in the export worker
//! (`src/bin/export_worker.rs`) and the command line; the app's first load
//! carries only these message types.
//!
//! A message is a JS array: a JSON [`Envelope`] first, then an optional
//! binary part (a picked `File` going in, the PDF's bytes coming out), so
//! that files never pass through JSON.
//!
//! Both ends are plain functions, tested natively (`tests/export_protocol.rs`).

use serde::{Deserialize, Serialize};

use crate::check::Envelope;
use crate::core::dossier::Dossier;

/// What the worker posts once it listens.
pub const READY: &str = "ready";

/// The localStorage key of the signing key record (never part of a backup:
/// backups carry dossier keys only).
pub const KEY_STORAGE_KEY: &str = "kiemdiem.signing-key";

/// The largest file the verify page opens (checked before reading, and again
/// in the worker).
pub const MAX_FILE_BYTES: u64 = 8 * 1024 * 1024;

/// Work the page hands to the export worker.
#[allow(clippy::large_enum_variant)]
#[derive(Clone, Debug, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ExportJob {
    /// Seal the dossier and render its PDF. `key` is the stored key record;
    /// without one, a new key is made and sent back to be stored.
    Export {
        dossier: Dossier,
        key: Option<String>,
        now_ms: i64,
        /// Today in the person's time zone (the date line of the PDF).
        today: (i32, u32, u32),
    },
    /// Make a new key (replacing the old one is the page's explicit act).
    NewKey { now_ms: i64 },
    /// The key record, protected by a passphrase, as a file.
    SaveKey { key: String, passphrase: String },
    /// Open a key file (sent alongside) with its passphrase.
    OpenKey { passphrase: String, now_ms: i64 },
    /// Check a dossier file (sent alongside): `.json` or `.pdf`.
    Verify { name: String },
}

/// The worker's answer.
#[derive(Clone, Debug, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ExportAnswer {
    /// The sealed file and the PDF (the PDF's bytes come alongside).
    Exported(Exported),
    /// A key record to store, with its fingerprint.
    Key {
        key: String,
        fingerprint: String,
    },
    /// A file to offer for download.
    File {
        name: String,
        text: String,
    },
    Verified(Report),
    /// What went wrong, in Vietnamese.
    Failed(String),
}

/// A finished export.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Exported {
    pub json_name: String,
    pub json: String,
    pub pdf_name: String,
    pub fingerprint: String,
    pub digest: String,
    /// A key made for this export, to store (the first export).
    pub new_key: Option<String>,
}

/// What the verify page shows for one file.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Report {
    pub file: String,
    /// Whether the seal holds and the content is a dossier of a known
    /// template.
    pub ok: bool,
    /// The verdict in one sentence: what holds, or exactly what is wrong.
    pub verdict: String,
    /// Label and value: name, year, form, fingerprint, digest, sealed at.
    pub facts: Vec<(String, String)>,
    /// The content, read-only: heading and answer, in the form's order.
    pub content: Vec<(String, String)>,
}

/// The part of a key record the page reads (the rest is the worker's).
#[derive(Clone, Debug, Deserialize)]
pub struct KeyView {
    pub fingerprint: String,
}

/// An envelope of a job, as JSON.
pub fn job_json(seq: u32, job: ExportJob) -> Option<String> {
    serde_json::to_string(&Envelope { seq, body: job }).ok()
}

/// Runs one job (the worker's side): the answer's JSON and its binary part.
pub fn answer_job(json: &str, file: Option<Vec<u8>>) -> Option<(String, Option<Vec<u8>>)> {
    let Envelope { seq, body } = serde_json::from_str::<Envelope<ExportJob>>(json).ok()?;
    let (answer, bytes) = run(body, file);
    let json = serde_json::to_string(&Envelope { seq, body: answer }).ok()?;
    Some((json, bytes))
}

/// Runs one job.
pub fn run(job: ExportJob, file: Option<Vec<u8>>) -> (ExportAnswer, Option<Vec<u8>>) {
    let _ = (job, file);
    (ExportAnswer::Failed(String::new()), None)
}

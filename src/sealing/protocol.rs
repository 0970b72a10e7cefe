//! The export and verify workers' messages: each job and answer declared
//! once, with serde's derives as the codec (`crate::wire::wire_enum!` in
//! `json` mode adds the examples the tests round-trip).
//!
//! A message is a JS array: a JSON [`Envelope`] first (the protocol
//! [`VERSION`], the job number, the body), then an optional binary part (a
//! picked `File` going in, the PDF's bytes coming out), so that files never
//! pass through JSON.

use serde::de::DeserializeOwned;
use serde::{Deserialize, Serialize};

use super::view::{Exported, Report};
use crate::core::desk::{Desk, Received};
use crate::core::dossier::{Dossier, Rating};
use crate::wire::wire_enum;

/// The version of these messages, in each envelope. A message of another
/// version (a page and a worker of two builds) is refused: a job with
/// `text::WORKER_BAD_JOB`, an answer with `text::WORKER_BAD_ANSWER`. Raise
/// it whenever a message changes in a way an older reader would misread.
pub const VERSION: u32 = 2;

/// A message with its version and number, so that the page can match
/// answers to jobs.
#[derive(Clone, Debug, Serialize, Deserialize)]
pub struct Envelope<T> {
    pub v: u32,
    pub seq: u32,
    pub body: T,
}

/// What the worker posts once it listens.
pub const READY: &str = "ready";

/// What the worker answers to a message whose job number it cannot read:
/// the page fails every job waiting for this worker (see `web::worker`).
pub const UNREADABLE: &str = "unreadable";

wire_enum! { json;
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
        /// Print a member's sealed file (sent alongside) with the cell's
        /// comment and proposed level in the chi ủy's block (the desk).
        PrintForCell {
            comment: String,
            level: Option<Rating>,
        },
        /// Check a dossier file for the secretary's desk (the same checks as
        /// `Verify`) and read what the desk keeps of it.
        Admit { name: String, received_at: i64 },
        /// Read a roster spreadsheet (`.csv` or `.xlsx`, sent alongside).
        ReadRoster { name: String },
        /// One of the desk's downloads (its bytes come back alongside);
        /// `today` dates the PDF summary.
        DeskSheet {
            desk: Desk,
            sheet: SheetKind,
            today: (i32, u32, u32),
        },
    }
}

wire_enum! { json;
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
        /// A verified file for the desk: what it keeps of it, and the
        /// sealed text to store (of a PDF: its embedded file). A file that
        /// does not verify is answered with its `Verified` report.
        Admitted {
            received: Received,
            json: String,
        },
        /// The rows of a roster: name, birth date, note.
        Roster(Vec<(String, String, String)>),
        /// A file made for download (its bytes come alongside).
        Made {
            name: String,
            mime: String,
        },
        /// What went wrong, in Vietnamese.
        Failed(String),
    }
}

/// The desk's downloads (see `core::desk::sheet`).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum SheetKind {
    /// The cell's summary as a spreadsheet.
    SummaryXlsx,
    /// The same as UTF-8 CSV.
    SummaryCsv,
    /// The dossier index (danh mục hồ sơ) as a spreadsheet.
    IndexXlsx,
    /// The same as UTF-8 CSV.
    IndexCsv,
    /// The cell's summary as a party document (PDF, made by the export
    /// worker, which has the PDF writer).
    SummaryPdf,
}

impl crate::wire::Example for SheetKind {
    fn example(rich: bool) -> Self {
        if rich {
            SheetKind::SummaryXlsx
        } else {
            SheetKind::IndexCsv
        }
    }
}

/// Which worker runs a job.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum WorkerKind {
    /// Sealing, the PDF writer, key files.
    Export,
    /// Verification and the PDF reader (the verify page, the desk's import).
    Verify,
    /// The desk's spreadsheets: rosters in, summaries and indexes out.
    Desk,
}

/// The worker that runs `job`.
pub fn worker_of(job: &ExportJob) -> WorkerKind {
    match job {
        ExportJob::Verify { .. } | ExportJob::Admit { .. } => WorkerKind::Verify,
        ExportJob::DeskSheet {
            sheet: SheetKind::SummaryPdf,
            ..
        } => WorkerKind::Export,
        ExportJob::ReadRoster { .. } | ExportJob::DeskSheet { .. } => WorkerKind::Desk,
        ExportJob::Export { .. }
        | ExportJob::PrintForCell { .. }
        | ExportJob::NewKey { .. }
        | ExportJob::SaveKey { .. }
        | ExportJob::OpenKey { .. } => WorkerKind::Export,
    }
}

/// Whether a job is the verify worker's.
pub fn is_verify(job: &ExportJob) -> bool {
    worker_of(job) == WorkerKind::Verify
}

/// The JSON part of message number `seq`.
pub fn encode<T: Serialize>(seq: u32, body: T) -> Option<String> {
    serde_json::to_string(&Envelope {
        v: VERSION,
        seq,
        body,
    })
    .ok()
}

/// An envelope of a job, as JSON (the page's side).
pub fn job_json(seq: u32, job: ExportJob) -> Option<String> {
    encode(seq, job)
}

/// Reads the JSON part of a message: its number, with its body when the
/// message is of this version and its body reads; `None` when not even the
/// number does.
pub fn decode<T: DeserializeOwned>(json: &str) -> Option<(u32, Option<T>)> {
    match serde_json::from_str::<Envelope<T>>(json) {
        Ok(e) if e.v == VERSION => Some((e.seq, Some(e.body))),
        _ => seq_of(json).map(|seq| (seq, None)),
    }
}

/// The number of a message, whatever its version and body (which are
/// skipped, not decoded).
pub fn seq_of(json: &str) -> Option<u32> {
    #[derive(Deserialize)]
    struct Seq {
        seq: u32,
    }
    serde_json::from_str::<Seq>(json).ok().map(|s| s.seq)
}

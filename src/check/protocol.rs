//! The check worker's messages: each job the page hands over and each
//! answer, declared once with their wire form ([`crate::wire`]: a list of
//! strings, the job number and [`VERSION`] first).

use crate::core::dossier::Dossier;
use crate::core::template::TemplateId;
use crate::wire::{self, wire_enum, wire_struct};

use super::view::{CheckView, RestoreRow};

/// The version of these messages, in each of them. A message of another
/// version (a page and a worker of two builds) is refused: a job with
/// `text::WORKER_BAD_JOB`, an answer with `text::WORKER_BAD_ANSWER`. Raise
/// it whenever a message changes: a field added, removed, moved or retyped,
/// a variant added or renamed (its name is its tag on the wire).
pub const VERSION: u32 = 2;

/// What the worker says once it listens: messages sent before are lost, so
/// the page holds its jobs until then.
pub const READY: &str = "ready";

/// What the worker answers to a message whose job number it cannot read:
/// the page cannot tell which job it was, so it fails every job waiting for
/// this worker (see `web::worker`).
pub const UNREADABLE: &str = "unreadable";

wire_struct! { compact;
    /// What the editor asks.
    #[derive(Clone, Debug)]
    pub struct CheckRequest {
        /// Echoed back, so that a late answer to an older request is ignored.
        pub seq: u32,
        pub dossier: Dossier,
        /// Today in the person's time zone, as (year, month, day).
        pub today: (i32, u32, u32),
    }
}

wire_enum! { compact;
    /// Work the page hands to the worker: pure computation over data the page
    /// sends along (a worker cannot read `localStorage`, so storage-wide jobs get
    /// a snapshot of the app's keys and answer with the writes to make).
    // One message at a time crosses the boundary: the size of a variant does not
    // matter, and boxing would only add code to the bundle.
    #[allow(clippy::large_enum_variant)]
    #[derive(Clone, Debug)]
    pub enum Job {
        Check(CheckRequest),
        /// Add the points of a suggestions file to section IV.
        Suggestions {
            dossier: Dossier,
            file: String,
            now_ms: i64,
        },
        /// Pre-fill section III from last year's dossier.
        CarryOver {
            previous: Dossier,
            dossier: Dossier,
            now_ms: i64,
        },
        /// Make the remediation plan from the measures of section VI.
        StartPlan {
            dossier: Dossier,
            now_ms: i64,
        },
        /// Make the backup file of every dossier.
        MakeBackup {
            entries: Vec<(String, String)>,
            now_ms: i64,
            today: (i32, u32, u32),
        },
        /// Read a backup file and say what restoring it would do.
        PreviewRestore {
            entries: Vec<(String, String)>,
            file: String,
        },
        /// Restore, replacing only the ticked dossiers.
        Restore {
            entries: Vec<(String, String)>,
            file: String,
            ticked: Vec<String>,
        },
        /// The prose of a template (guidance, criteria texts, notes), which the
        /// app's first load is built without (see `core::template::Template::prose`).
        Prose {
            template: TemplateId,
        },
    }
}

wire_enum! { compact;
    /// The worker's answer to a [`Job`].
    #[allow(clippy::large_enum_variant)]
    #[derive(Clone, Debug)]
    pub enum JobAnswer {
        Check(CheckView),
        /// The dossier after a suggestions import, a carry-over or the start
        /// of the plan, with a line to show (`dossier` is `None` when nothing could be done).
        Dossier {
            dossier: Option<Dossier>,
            message: String,
        },
        Backup {
            name: String,
            json: String,
            message: String,
        },
        RestorePreview {
            rows: Vec<RestoreRow>,
        },
        /// Storage writes to make (`None` removes the key), and a line to show.
        Writes {
            writes: Vec<(String, Option<String>)>,
            message: String,
        },
        Failed {
            message: String,
        },
        /// The prose of a template, keyed (see `Template::prose`).
        Prose(Vec<(String, Vec<String>)>),
    }
}

impl Job {
    /// The message for job number `seq` (the page's side); `None` when a
    /// dossier in it cannot be written.
    pub fn encode(&self, seq: u32) -> Option<Vec<String>> {
        wire::encode(seq, VERSION, self)
    }

    /// Reads a message of the page: the job and its number (the worker's
    /// side); `None` when it is not a job of this version.
    pub fn decode(msg: Vec<String>) -> Option<(u32, Job)> {
        wire::decode(msg, VERSION)
    }
}

impl JobAnswer {
    /// The message answering job number `seq` (the worker's side).
    pub fn encode(&self, seq: u32) -> Option<Vec<String>> {
        wire::encode(seq, VERSION, self)
    }

    /// Reads a message of the worker: the answer and the number of the job
    /// it answers (the page's side); `None` when it is not an answer of
    /// this version.
    pub fn decode(msg: Vec<String>) -> Option<(u32, JobAnswer)> {
        wire::decode(msg, VERSION)
    }
}

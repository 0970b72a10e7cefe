//! What the export and verify pages show of a worker's answer: a finished
//! export, a file's verdict, a stored key. Declared once
//! (`crate::wire::wire_struct!` in `json` mode: serde's derives are the
//! codec, the macro adds the examples the tests round-trip).

use serde::{Deserialize, Serialize};

use crate::wire::wire_struct;

wire_struct! { json;
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
}

wire_struct! { json;
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
        /// The whole dossier, read-only, in print order
        /// ([`crate::dossier_view`]).
        pub content: Vec<crate::dossier_view::Row>,
    }
}

/// The part of a key record the page reads (the rest is the worker's).
#[derive(Clone, Debug, Deserialize)]
pub struct KeyView {
    pub fingerprint: String,
}

//! What the editor shows of a check, and of a backup's restore plan: plain
//! strings and counts, worded in Vietnamese by the check worker, ready to
//! display. Each type is declared once with its wire form
//! (`crate::wire::wire_struct!`).

use crate::core::validate::IDENTITY_SECTION;
use crate::wire::{Example, In, Out, Wire, wire_struct};

wire_struct! { compact;
    /// How complete one section (or the identity block) is.
    #[derive(Clone, Debug, PartialEq, Eq)]
    pub struct SectionProgress {
        pub section: String,
        pub answered: usize,
        pub required: usize,
    }
}

wire_struct! { compact;
    /// One validation problem, worded.
    #[derive(Clone, Debug, PartialEq, Eq)]
    pub struct ProblemView {
        /// The field, item, criterion or group it concerns.
        pub key: String,
        /// The section it belongs to (`identity` for the identity block).
        pub section: String,
        pub message: String,
    }
}

/// How strongly a finding speaks.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Tone {
    Info = 0,
    Warning = 1,
    RuledOut = 2,
}

impl Tone {
    /// Every tone, by its number on the wire.
    pub const ALL: [Tone; 3] = [Tone::Info, Tone::Warning, Tone::RuledOut];
}

/// A tone as its number.
impl Wire for Tone {
    fn put(&self, o: &mut Out) {
        o.num(*self as u8)
    }
    fn take(r: &mut In) -> Option<Self> {
        Tone::ALL.get(r.num::<usize>()?).copied()
    }
}

impl Example for Tone {
    fn example(rich: bool) -> Self {
        if rich { Tone::RuledOut } else { Tone::Info }
    }
}

wire_struct! { compact;
    /// One finding of the rating advisor, worded, with its source.
    #[derive(Clone, Debug, PartialEq, Eq)]
    pub struct FindingView {
        pub tone: Tone,
        pub label: String,
        pub text: String,
        pub citation: String,
    }
}

wire_struct! { compact;
    /// What the rating advisor says about the proposed party rating.
    #[derive(Clone, Debug, Default, PartialEq, Eq)]
    pub struct AdviceView {
        /// Set when the person is not rated this year (say so instead of asking
        /// for a rating).
        pub not_rated: Option<String>,
        /// The proposal against what the facts allow, in one line.
        pub summary: Option<String>,
        pub findings: Vec<FindingView>,
    }
}

wire_struct! { compact;
    /// The answer: progress, problems and advice, worded in Vietnamese.
    #[derive(Clone, Debug, Default, PartialEq, Eq)]
    pub struct CheckView {
        pub seq: u32,
        pub progress: Vec<SectionProgress>,
        pub problems: Vec<ProblemView>,
        pub advice: AdviceView,
    }
}

impl CheckView {
    /// The counts of one section.
    pub fn progress_of(&self, section: &str) -> Option<&SectionProgress> {
        self.progress.iter().find(|p| p.section == section)
    }

    /// The first problem of a key.
    pub fn problem_for(&self, key: &str) -> Option<&ProblemView> {
        self.problems.iter().find(|p| p.key == key)
    }
}

/// The section id of the identity block in [`SectionProgress::section`].
pub const IDENTITY: &str = IDENTITY_SECTION;

wire_struct! { compact;
    /// What restoring one dossier of a backup would do, worded.
    #[derive(Clone, Debug, PartialEq, Eq)]
    pub struct RestoreRow {
        pub id: String,
        pub label: String,
        /// What happens without a choice ("sẽ thêm…", "đã có…").
        pub what: String,
        /// Set when the dossier here differs: replacing it needs a tick; the
        /// text says which copy is newer.
        pub replace: Option<String>,
    }
}

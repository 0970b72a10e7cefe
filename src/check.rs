//! The check of a dossier, as a request and an answer that cross a Web
//! Worker boundary: validation (`core::validate`), the rating advisor
//! (`core::rules`) and their Vietnamese wording (`text::validate`,
//! `text::advice`) run in the check worker (`src/bin/check_worker.rs`), so
//! that none of them weighs on the app's first load. The editor sends a
//! [`CheckRequest`] when a check is due (blur, a choice, a new step,
//! "Kiểm tra") and shows the [`CheckView`] it gets back: plain strings and
//! counts, ready to display.
//!
//! Both ends are plain functions over JSON, tested natively
//! (`tests/check_protocol.rs`).

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use crate::core::dossier::{Dossier, IdentityField};
use crate::core::rules::{self, Severity};
use crate::core::validate::{self, IDENTITY_SECTION};
use crate::text;

/// What the editor asks.
#[derive(Clone, Debug, Serialize, Deserialize)]
pub struct CheckRequest {
    /// Echoed back, so that a late answer to an older request is ignored.
    pub seq: u32,
    pub dossier: Dossier,
    /// Today in the person's time zone, as (year, month, day).
    pub today: (i32, u32, u32),
}

/// How complete one section (or the identity block) is.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct SectionProgress {
    pub section: String,
    pub answered: usize,
    pub required: usize,
}

/// One validation problem, worded.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ProblemView {
    /// The field, item, criterion or group it concerns.
    pub key: String,
    /// The section it belongs to (`identity` for the identity block).
    pub section: String,
    pub message: String,
}

/// How strongly a finding speaks.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Tone {
    Info,
    Warning,
    RuledOut,
}

/// One finding of the rating advisor, worded, with its source.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct FindingView {
    pub tone: Tone,
    pub label: String,
    pub text: String,
    pub citation: String,
}

/// What the rating advisor says about the proposed party rating.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct AdviceView {
    /// Set when the person is not rated this year (say so instead of asking
    /// for a rating).
    pub not_rated: Option<String>,
    /// The proposal against what the facts allow, in one line.
    pub summary: Option<String>,
    pub findings: Vec<FindingView>,
}

/// The answer: progress, problems and advice, worded in Vietnamese.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct CheckView {
    pub seq: u32,
    pub progress: Vec<SectionProgress>,
    pub problems: Vec<ProblemView>,
    pub advice: AdviceView,
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

/// Runs the check (the worker's side).
///
/// ```
/// use chrono::{TimeZone, Utc};
/// use kiemdiem::check::{check, CheckRequest};
/// use kiemdiem::core::dossier::{Dossier, DossierId, Role};
/// let now = Utc.with_ymd_and_hms(2026, 11, 29, 8, 0, 0).unwrap();
/// let dossier = Dossier::new(DossierId("hs-1".into()), 2025, Role::Member, now).unwrap();
/// let view = check(&CheckRequest { seq: 7, dossier, today: (2026, 11, 29) });
/// assert_eq!(view.seq, 7);
/// assert!(view.problems.iter().any(|p| p.key == "full_name"));
/// ```
pub fn check(req: &CheckRequest) -> CheckView {
    let d = &req.dossier;
    let (y, m, day) = req.today;
    let today = NaiveDate::from_ymd_opt(y, m, day).unwrap_or_default();
    let template = d.template.template();
    let scheme = template.default_point_scheme();
    let report = validate::validate(d, today, scheme.as_ref());
    let progress = report
        .progress()
        .sections
        .into_iter()
        .map(|(section, c)| SectionProgress {
            section: section.to_owned(),
            answered: c.answered,
            required: c.required,
        })
        .collect();
    let problems = report
        .sections()
        .iter()
        .flat_map(|s| {
            s.problems.iter().map(move |p| ProblemView {
                key: p.key().to_owned(),
                section: s.id.to_owned(),
                message: text::validate::problem(p, template, d.role),
            })
        })
        .collect();
    let advice = rules::advise(d, None, today);
    let findings = advice
        .findings
        .iter()
        .map(|f| FindingView {
            tone: match f.severity {
                Severity::Info => Tone::Info,
                Severity::Warning => Tone::Warning,
                Severity::RuledOut => Tone::RuledOut,
            },
            label: text::advice::severity_label(f.severity).to_owned(),
            text: text::advice::finding(f, template, d.role),
            citation: match text::advice::confidence_note(f.confidence) {
                Some(note) => format!("{} — {note}", text::advice::citation(&f.citation)),
                None => text::advice::citation(&f.citation),
            },
        })
        .collect();
    CheckView {
        seq: req.seq,
        progress,
        problems,
        advice: AdviceView {
            not_rated: text::advice::rating_status(&advice.status),
            summary: text::advice::proposal(&advice.proposal)
                .or_else(|| text::advice::ceiling(&advice)),
            findings,
        },
    }
}

/// The worker's message handler: a [`CheckRequest`] as JSON in, a
/// [`CheckView`] as JSON out (`None` for a message that is not a request).
pub fn answer(request_json: &str) -> Option<String> {
    let req: CheckRequest = serde_json::from_str(request_json).ok()?;
    serde_json::to_string(&check(&req)).ok()
}

/// The key of an identity field in [`ProblemView::key`].
pub fn identity_key(field: IdentityField) -> &'static str {
    field.as_str()
}

/// The section id of the identity block in [`SectionProgress::section`].
pub const IDENTITY: &str = IDENTITY_SECTION;

//! From one year's review to the next: section III («Kết quả khắc phục những
//! hạn chế, khuyết điểm đã được cấp có thẩm quyền kết luận hoặc được chỉ ra
//! ở các kỳ kiểm điểm trước») starts from the previous review, and the
//! measures of section VI become the remediation plan the person ticks
//! through the year.
//!
//! The seed letter asks for that plan: «Ngay sau kiểm điểm, xếp loại chất
//! lượng tập thể, cá nhân phải xây dựng kế hoạch, xác định rõ những giải
//! pháp khắc phục triệt để hạn chế, yếu kém, khuyết điểm.», and QĐ 366 Điều 8
//! makes it the person's duty: «Xây dựng biện pháp và thực hiện việc khắc
//! phục hạn chế, yếu kém, khuyết điểm đã được chỉ ra».
//!
//! # The journey
//!
//! 1. After the review of year *N*, the UI offers «Lập kế hoạch khắc phục»:
//!    [`Dossier::start_plan`] makes one plan item per measure of VI (see
//!    [`plan_from_measures`]); through the year the person ticks items with
//!    [`Dossier::set_plan_done`].
//! 2. When the dossier of year *N + 1* is started, the UI lists
//!    [`previous_candidates`] (the dossiers of year *N*, newest first: the
//!    app cannot know whose they are) and, once the person picks one, calls
//!    [`start_from_previous`]. Section III then holds one line per
//!    shortcoming of the previous «Hạn chế, khuyết điểm» item, per
//!    shortcoming still not fixed in the previous III, and per measure of
//!    the previous VI and plan; a measure ticked done in the plan starts as
//!    [`RemedyStatus::Fixed`].
//! 3. The person marks each line (đã được khắc phục / đang khắc phục /
//!    chưa được khắc phục) with [`Dossier::set_remedy_status`]. Validation
//!    asks for a status on every line that has text
//!    (`Problem::RemedyStatusMissing`).
//!
//! # The count the rating advisor reads
//!
//! `circumstances.earlier_shortcomings` (QĐ 366 Điều 11: «Đã khắc phục 100%
//! các hạn chế, khuyết điểm được chỉ ra ở thời điểm kiểm điểm trước (nếu
//! có).») follows the list: [`sync_earlier_shortcomings`] writes it.
//! **When to call it**: after every change to a line's status, text or
//! origin, after adding or removing a line, and after
//! [`start_from_previous`]. The `Dossier` remedy setters
//! (`add_remedy`, `set_remedy_text`, `set_remedy_origin`,
//! `set_remedy_status`, `remove_remedy`) and [`start_from_previous`]
//! already call it, so the UI only needs it
//! after changing `Dossier::remedies` directly. While the list is not empty
//! it is the source of the count (the facts step should show the count read
//! only); when it is empty the count typed in the facts step stands (and
//! removing the last line resets the count to "not said").
//!
//! Lines are compared by their NFC text with surrounding whitespace trimmed
//! ([`same_text`]), never rewritten: the words the person wrote last year
//! are kept verbatim.

use std::collections::HashSet;

use chrono::{DateTime, Utc};

use crate::core::dossier::{
    Dossier, DossierId, PlanItem, RemedyOrigin, RemedyStatus, ShortcomingCount,
};
use crate::core::edit::{Edit, LineText};
use crate::core::store::Summary;
use crate::core::template::Structured;
use crate::core::textnorm::nfc;

pub use crate::core::linesplit::{same_text, split_items, text_key};

// --- The plan ---------------------------------------------------------------------------------

/// The remediation plan section VI gives: one item per measure
/// ([`split_items`]), not done, with the ids the dossier would hand out
/// next ([`Dossier::plan_from_measures`]). [`Dossier::start_plan`] adds
/// those not already in the plan.
pub fn plan_from_measures(dossier: &Dossier) -> Vec<PlanItem> {
    dossier.plan_from_measures()
}

/// The text of the slot the template marks `structured` (empty when there
/// is none).
fn structured_text(dossier: &Dossier, structured: Structured) -> &str {
    let slot = dossier.template.template().slot_of(structured);
    slot.map_or("", |s| dossier.answer_text(s.key))
}

// --- From the previous review ------------------------------------------------------------

/// What [`start_from_previous`] did: the lines added by source, and the
/// lines left out because section III already had them.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct CarryOver {
    /// From the previous «Hạn chế, khuyết điểm» item.
    pub shortcomings: usize,
    /// Shortcomings of the previous III not marked fixed there (pointed out
    /// at an earlier review and still open).
    pub unresolved: usize,
    /// From the previous VI and remediation plan.
    pub measures: usize,
    /// Of the measures, those ticked done in the plan (added as fixed).
    pub fixed_from_plan: usize,
    /// Lines not added because section III (or an earlier line of the same
    /// run) already says the same.
    pub skipped: usize,
}

impl CarryOver {
    /// The number of lines added.
    pub fn added(&self) -> usize {
        self.shortcomings + self.unresolved + self.measures
    }
}

/// Which step of [`start_from_previous`] a line comes from.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Source {
    Shortcoming,
    Unresolved,
    Measure,
}

/// A line to carry over.
struct Carried {
    source: Source,
    text: String,
    status: Option<RemedyStatus>,
    note: String,
}

impl Carried {
    fn open(source: Source, text: String) -> Self {
        Self {
            source,
            text,
            status: None,
            note: String::new(),
        }
    }

    fn origin(&self) -> RemedyOrigin {
        match self.source {
            Source::Shortcoming | Source::Unresolved => RemedyOrigin::Shortcoming,
            Source::Measure => RemedyOrigin::Measure,
        }
    }
}

/// The measures of the previous review: each line of VI (fixed if the plan
/// item with the same text is ticked done, with that item's note), then
/// each plan item that is not one of those lines.
fn measures_of(prev: &Dossier) -> Vec<Carried> {
    let vi = split_items(structured_text(prev, Structured::Measures));
    let from_plan = |text: &str| prev.plan.iter().find(|p| same_text(&p.text, text));
    let mut out: Vec<Carried> = vi
        .iter()
        .map(|line| match from_plan(line) {
            Some(p) => Carried {
                source: Source::Measure,
                text: line.clone(),
                status: p.done.then_some(RemedyStatus::Fixed),
                note: nfc(&p.note),
            },
            None => Carried::open(Source::Measure, line.clone()),
        })
        .collect();
    for p in &prev.plan {
        if !p.text.trim().is_empty() && !vi.iter().any(|line| same_text(line, &p.text)) {
            out.push(Carried {
                source: Source::Measure,
                text: nfc(p.text.trim()),
                status: p.done.then_some(RemedyStatus::Fixed),
                note: nfc(&p.note),
            });
        }
    }
    out
}

/// Pre-fills section III of `next` from the previous review `prev`:
///
/// 1. each shortcoming of `prev`'s «Hạn chế, khuyết điểm» item (II.1 or
///    A.II.1, whichever `prev`'s template has), split by [`split_items`]:
///    origin [`RemedyOrigin::Shortcoming`];
/// 2. each shortcoming of `prev`'s own section III list that has text and is
///    not marked fixed (still open since an earlier review): origin
///    [`RemedyOrigin::Shortcoming`], status to be said again;
/// 3. each measure of `prev`'s VI, then each item of `prev`'s plan that is
///    not one of them: origin [`RemedyOrigin::Measure`]; a plan item ticked
///    done gives [`RemedyStatus::Fixed`] (and its note).
///
/// Never changes or removes a line `next` already has, and adds no line
/// whose text (NFC, trimmed) `next` already has: running it twice adds
/// nothing the second time. Syncs `next.circumstances.earlier_shortcomings`
/// and bumps `next.updated_at` when something was added. Nothing happens
/// when `prev` and `next` are the same dossier.
pub fn start_from_previous(prev: &Dossier, next: &mut Dossier, now: DateTime<Utc>) -> CarryOver {
    let mut report = CarryOver::default();
    if prev.id == next.id {
        return report;
    }
    let shortcomings = split_items(structured_text(prev, Structured::Shortcomings))
        .into_iter()
        .map(|text| Carried::open(Source::Shortcoming, text));
    let unresolved = prev
        .remedies
        .iter()
        .filter(|r| {
            r.origin.is_shortcoming()
                && r.status != Some(RemedyStatus::Fixed)
                && !r.text.trim().is_empty()
        })
        .map(|r| Carried::open(Source::Unresolved, text_key(&r.text)));
    let measures = measures_of(prev);

    let mut seen: HashSet<String> = next.remedies.iter().map(|r| text_key(&r.text)).collect();
    for line in shortcomings.chain(unresolved).chain(measures) {
        if !seen.insert(text_key(&line.text)) {
            report.skipped += 1;
            continue;
        }
        match line.source {
            Source::Shortcoming => report.shortcomings += 1,
            Source::Unresolved => report.unresolved += 1,
            Source::Measure => {
                report.measures += 1;
                report.fixed_from_plan += usize::from(line.status == Some(RemedyStatus::Fixed));
            }
        }
        // Three edits the editor has anyway (a variant of its own would
        // weigh on the first load).
        next.apply(Edit::AddRemedy(line.origin(), line.text), now);
        let id = next
            .remedies
            .last()
            .map(|r| r.id.clone())
            .unwrap_or_default();
        next.apply(Edit::RemedyStatus(id.clone(), line.status), now);
        next.apply(Edit::LineText(LineText::RemedyNote, id, line.note), now);
    }
    next.sync_earlier_shortcomings();
    report
}

/// Writes the count of earlier shortcomings section III's list gives into
/// `dossier.circumstances.earlier_shortcomings` (see the [module
/// documentation](self) for when to call it); returns whether it changed.
pub fn sync_earlier_shortcomings(dossier: &mut Dossier) -> bool {
    dossier.sync_earlier_shortcomings()
}

/// The count section III's list gives (`None` while the list is empty).
pub fn shortcomings_count(dossier: &Dossier) -> Option<ShortcomingCount> {
    dossier.shortcomings_count()
}

// --- Which dossier is the previous one ------------------------------------------------

/// What [`previous_candidates`] needs to know of a stored dossier: whole
/// dossiers and the home page's [`Summary`] lines both qualify.
pub trait ReviewRecord {
    fn record_id(&self) -> &DossierId;
    /// The review year.
    fn review_year(&self) -> i32;
    fn last_updated(&self) -> DateTime<Utc>;
}

impl ReviewRecord for Dossier {
    fn record_id(&self) -> &DossierId {
        &self.id
    }
    fn review_year(&self) -> i32 {
        self.year
    }
    fn last_updated(&self) -> DateTime<Utc> {
        self.updated_at
    }
}

impl ReviewRecord for Summary {
    fn record_id(&self) -> &DossierId {
        &self.id
    }
    fn review_year(&self) -> i32 {
        self.year
    }
    fn last_updated(&self) -> DateTime<Utc> {
        self.updated_at
    }
}

/// The dossiers `next` can start from: those of the review year before
/// `next.year` (whose they are is not knowable, so all of them), `next`
/// itself left out, most recently updated first.
pub fn previous_candidates<'a, T: ReviewRecord>(all: &'a [T], next: &Dossier) -> Vec<&'a T> {
    let mut found: Vec<&T> = all
        .iter()
        .filter(|d| d.review_year() == next.year - 1 && *d.record_id() != next.id)
        .collect();
    found.sort_by(|a, b| {
        b.last_updated()
            .cmp(&a.last_updated())
            .then_with(|| a.record_id().cmp(b.record_id()))
    });
    found
}

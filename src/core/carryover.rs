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
use crate::core::template::TemplateId;
use crate::core::textnorm::nfc;

// --- Where the structured sections are ------------------------------------------------

/// The ids, in one template, of the parts of the form that have structure.
/// All four exist in every template; the three sections are item-less, so
/// their id is also the key of their text answer.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct SectionIds {
    /// The item «Hạn chế, khuyết điểm» ("II.1", "A.II.1").
    pub shortcomings: &'static str,
    /// Section III «Kết quả khắc phục …» ("III", "A.III").
    pub remedies: &'static str,
    /// Section IV «Giải trình những vấn đề được gợi ý kiểm điểm (nếu có)»
    /// ("IV", "A.IV").
    pub suggestions: &'static str,
    /// Section VI «Phương hướng, biện pháp khắc phục hạn chế, khuyết điểm»
    /// ("VI", "A.VI").
    pub measures: &'static str,
}

/// Where the structured parts are in a template (a new template is a
/// compile error here until it is added).
///
/// ```
/// use kiemdiem::core::carryover::section_ids;
/// use kiemdiem::core::template::TemplateId;
/// assert_eq!(section_ids(TemplateId::Y2019).shortcomings, "II.1");
/// assert_eq!(section_ids(TemplateId::Y2025Member).remedies, "A.III");
/// ```
pub fn section_ids(template: TemplateId) -> SectionIds {
    match template {
        TemplateId::Y2019 | TemplateId::Y2023Member | TemplateId::Y2023Leader => SectionIds {
            shortcomings: "II.1",
            remedies: "III",
            suggestions: "IV",
            measures: "VI",
        },
        TemplateId::Y2025Leader | TemplateId::Y2025Member | TemplateId::Y2025Outside => {
            SectionIds {
                shortcomings: "A.II.1",
                remedies: "A.III",
                suggestions: "A.IV",
                measures: "A.VI",
            }
        }
    }
}

// --- Splitting a text into lines ---------------------------------------------------------

/// Bullet characters stripped from the start of a line: the ASCII ones, the
/// typographic ones, and the private-use bullets Word's Symbol and
/// Wingdings fonts leave in pasted text.
const BULLETS: &[char] = &[
    '-', '+', '*', '•', '–', '—', '−', '·', '●', '○', '◦', '▪', '■', '□', '►', '▸', '➢', '➤', '✓',
    '✔', '\u{f0b7}', '\u{f0a7}', '\u{f0d8}', '\u{f076}',
];

/// The most leading markers stripped from one line ("- 1. a) …").
const MAX_MARKERS: usize = 3;

/// Splits a text of shortcomings or measures into one item per line or
/// bullet: lines are split at any line break (LF, CRLF, CR, U+2028/9);
/// from each line its leading bullet ("-", "+", "•", "*", …) and numbering
/// ("1.", "1)", "1/", "1.2.", "(1)", "a)", "đ)", "b.", "ii)", "IV.") are stripped,
/// with the whitespace around; empty lines are dropped. The words are kept
/// verbatim (NFC), including a line's final punctuation.
///
/// ```
/// use kiemdiem::core::carryover::split_items;
/// let text = "- Chưa mạnh dạn.\r\n\r\n2. Đôi lúc còn chậm;\n  a) Ngại va chạm";
/// assert_eq!(split_items(text), ["Chưa mạnh dạn.", "Đôi lúc còn chậm;", "Ngại va chạm"]);
/// ```
pub fn split_items(text: &str) -> Vec<String> {
    text.split(['\n', '\r', '\u{2028}', '\u{2029}'])
        .map(strip_markers)
        .filter(|line| !line.is_empty())
        .map(nfc)
        .collect()
}

/// A line without its leading markers and surrounding whitespace.
fn strip_markers(line: &str) -> &str {
    let mut rest = line.trim();
    for _ in 0..MAX_MARKERS {
        match strip_marker(rest) {
            Some(r) => rest = r.trim_start(),
            None => break,
        }
    }
    rest
}

/// The line after one leading marker, if it starts with one.
fn strip_marker(line: &str) -> Option<&str> {
    let first = line.chars().next()?;
    if BULLETS.contains(&first) {
        return Some(&line[first.len_utf8()..]);
    }
    if let Some(inner) = line.strip_prefix('(') {
        let close = inner.find(')')?;
        return is_label(&inner[..close]).then(|| &inner[close + 1..]);
    }
    strip_numbering(line)
}

/// Strips a numbering label and its closing mark: a number with ".", ")"
/// or "/" ("1.", "1)", "1/", and dotted "1.2."), or a letter or small Roman
/// numeral with ")" or "." ("a)", "đ)", "b.", "iv)", "IV."). After a number
/// the text may follow at once ("1.Chưa …") but not a digit ("1.5 triệu",
/// "1/2 số" are not numbered); after a letter label with "." a space must
/// follow ("v.v." is not numbered).
fn strip_numbering(line: &str) -> Option<&str> {
    // Labels are ASCII letters and digits, or đ: looking no further keeps
    // Unicode's alphanumeric tables out of the browser bundle.
    let end = line.find(|c: char| !(c.is_ascii_alphanumeric() || c == 'đ' || c == 'Đ'))?;
    let (label, rest) = line.split_at(end);
    let mark = rest.chars().next()?;
    let after = &rest[mark.len_utf8()..];
    if is_number(label) {
        if !matches!(mark, '.' | ')' | '/') {
            return None;
        }
        let mut rest = after;
        if mark == '.' {
            while let Some(next) = dotted_part(rest) {
                rest = next;
            }
        }
        let next_is_digit = rest.starts_with(|c: char| c.is_ascii_digit());
        return (!next_is_digit).then_some(rest);
    }
    let spaced = after.is_empty() || after.starts_with(char::is_whitespace);
    let closes = mark == ')' || (mark == '.' && spaced);
    (is_label(label) && closes).then_some(after)
}

/// After "1.", the rest of a dotted number "2." or "2)" (then the text).
fn dotted_part(s: &str) -> Option<&str> {
    let digits = s.find(|c: char| !c.is_ascii_digit())?;
    if digits == 0 || digits > 3 {
        return None;
    }
    let rest = &s[digits..];
    rest.strip_prefix('.').or_else(|| rest.strip_prefix(')'))
}

/// One to three ASCII digits.
fn is_number(s: &str) -> bool {
    (1..=3).contains(&s.len()) && s.bytes().all(|b| b.is_ascii_digit())
}

/// A list label: a number, one letter (Vietnamese lists use "đ" after "d"),
/// or a small Roman numeral.
fn is_label(s: &str) -> bool {
    const ROMAN: [&str; 12] = [
        "i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix", "x", "xi", "xii",
    ];
    let mut chars = s.chars();
    let single_letter = matches!((chars.next(), chars.next()), (Some(c), None) if c.is_ascii_alphabetic() || c == 'đ' || c == 'Đ');
    is_number(s) || single_letter || ROMAN.iter().any(|r| r.eq_ignore_ascii_case(s))
}

/// The key two lines are compared by: NFC, surrounding whitespace trimmed.
pub fn text_key(s: &str) -> String {
    nfc(s.trim())
}

/// Whether two lines say the same (see [`text_key`]).
pub fn same_text(a: &str, b: &str) -> bool {
    text_key(a) == text_key(b)
}

// --- The plan ---------------------------------------------------------------------------------

/// The remediation plan section VI gives: one item per measure
/// ([`split_items`]), not done, with the ids the dossier would hand out
/// next. [`Dossier::start_plan`] adds those not already in the plan.
pub fn plan_from_measures(dossier: &Dossier) -> Vec<PlanItem> {
    let measures = section_ids(dossier.template).measures;
    let lines = split_items(dossier.answer_text(measures));
    let ids = dossier.next_plan_ids(lines.len());
    ids.into_iter()
        .zip(lines)
        .map(|(id, text)| PlanItem {
            id,
            text,
            ..PlanItem::default()
        })
        .collect()
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
    let vi = split_items(prev.answer_text(section_ids(prev.template).measures));
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
    let ids = section_ids(prev.template);
    let shortcomings = split_items(prev.answer_text(ids.shortcomings))
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

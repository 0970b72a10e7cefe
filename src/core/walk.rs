//! The dossier in print order: one walk over a dossier on its template that
//! every view of the whole dossier follows — the PDF (`core::pdf`),
//! validation (`core::validate`), the verify page's read-only view
//! (`crate::dossier_view`) and the editor's lists (`ui::editor::lists`,
//! through [`lines_under`]).
//!
//! [`print_order`] gives typed [`Block`]s: the identity block, then per
//! section its part heading, its heading and its answer slots for the
//! person's role; after a slot the template marks as
//! [`Structured::Remedies`], [`Structured::Suggestions`] or
//! [`Structured::Measures`] the lines of section III, the points of section
//! IV or the remediation plan; then the slot's self-grade box; after the
//! scored items of 2025 B.I the total; then the line asking for the
//! evidence appendix, the signature and assessment blocks, and the
//! appendix of task results. A view takes the blocks it shows and passes
//! over the others, so that a new part of the dossier is added here once
//! and every view meets it.
//!
//! Lines without text (a blank line of III, a point of IV without text, a
//! plan item without text, a task without task or result) are not printed
//! and not walked; a walked line carries both its place in the dossier's
//! list (what the editor numbers) and its number among the printed lines.

use crate::core::dossier::{
    Dossier, IdentityField, PlanItem, RemedyItem, SuggestionAnswer, TaskEvidence,
};
use crate::core::template::{
    AnswerSlot, EvidenceAppendix, GradeBox, ItemKind, Scoring, Section, SignatureBlock, Structured,
};

/// One line of a list of the dossier, as walked.
#[derive(Debug, PartialEq)]
pub struct Line<'a, T> {
    pub item: &'a T,
    /// Its place in the dossier's list, from 0 (blank lines included: the
    /// editor shows them).
    pub index: usize,
    /// Its number among the lines printed, from 1.
    pub number: usize,
}

impl<T> Clone for Line<'_, T> {
    fn clone(&self) -> Self {
        *self
    }
}

impl<T> Copy for Line<'_, T> {}

/// One block of the dossier in print order (see the [module
/// documentation](self)).
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Block<'a> {
    /// The identity fields the form prints, in order.
    Identity(&'static [IdentityField]),
    /// The heading of a part, before its first section (2025: «A. NỘI
    /// DUNG KIỂM ĐIỂM»).
    Part(&'static str),
    /// A section's heading.
    Section(&'static Section),
    /// An answer slot the person's role fills: the text of a text item
    /// (its grade follows as [`Block::Grade`], after its lines), a proposed
    /// rating, or a scored criteria group.
    Answer(AnswerSlot),
    /// A line of section III, with text.
    Remedy(Line<'a, RemedyItem>),
    /// A suggested point of section IV, with text.
    Suggestion(Line<'a, SuggestionAnswer>),
    /// An item of the remediation plan, with text, after section VI.
    Plan(Line<'a, PlanItem>),
    /// The self-grade box of a slot (every slot that has one; whether it
    /// is shown is the view's choice, see [`GradeBox::shown_by_default`]).
    Grade(AnswerSlot, GradeBox),
    /// The total of the 2025 scoring, after the section's scored items.
    PointsTotal(&'static Scoring),
    /// The line asking to attach the evidence appendix, after the last
    /// section.
    AttachLine(&'static str),
    /// A signature or assessment block.
    Signature(&'static SignatureBlock),
    /// The appendix of task results opens (only when a task has text).
    Appendix(&'static EvidenceAppendix),
    /// A task of the appendix, with a task or a result.
    Task(Line<'a, TaskEvidence>),
}

/// Which list of the dossier follows a slot.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Lines {
    /// `Dossier::remedies`, after section III.
    Remedies,
    /// `Dossier::suggestions`, after section IV.
    Suggestions,
    /// `Dossier::plan`, after section VI.
    Plan,
}

/// The list that follows a slot the template marks so, if any.
///
/// ```
/// use kiemdiem::core::template::TemplateId;
/// use kiemdiem::core::walk::{lines_after, Lines};
/// let t = TemplateId::Y2025Member.template();
/// let iii = t.slots().find(|s| s.key == "A.III").unwrap();
/// assert_eq!(lines_after(&iii), Some(Lines::Remedies));
/// let i1 = t.slots().find(|s| s.key == "A.I.1").unwrap();
/// assert_eq!(lines_after(&i1), None);
/// ```
pub fn lines_after(slot: &AnswerSlot) -> Option<Lines> {
    lines_of(slot.structured()?)
}

/// The list that follows an item-less section the template marks so, if
/// any (the same as [`lines_after`] its one slot; what the editor shows
/// under a section step).
///
/// ```
/// use kiemdiem::core::template::TemplateId;
/// use kiemdiem::core::walk::{lines_under, Lines};
/// let t = TemplateId::Y2019.template();
/// assert_eq!(lines_under(t.section("VI").unwrap()), Some(Lines::Plan));
/// assert_eq!(lines_under(t.section("II").unwrap()), None);
/// ```
pub fn lines_under(section: &Section) -> Option<Lines> {
    if section.items.is_empty() {
        lines_of(section.structured?)
    } else {
        None
    }
}

fn lines_of(structured: Structured) -> Option<Lines> {
    match structured {
        Structured::Remedies => Some(Lines::Remedies),
        Structured::Suggestions => Some(Lines::Suggestions),
        Structured::Measures => Some(Lines::Plan),
        Structured::Shortcomings => None,
    }
}

/// The lines of `items` that `printed` keeps, numbered.
fn lines<'a, T>(items: &'a [T], printed: impl Fn(&T) -> bool) -> Vec<Line<'a, T>> {
    items
        .iter()
        .enumerate()
        .filter(|(_, item)| printed(item))
        .enumerate()
        .map(|(n, (index, item))| Line {
            item,
            index,
            number: n + 1,
        })
        .collect()
}

/// The dossier's blocks in print order, for its template and role (see
/// the [module documentation](self)).
///
/// ```
/// use chrono::{TimeZone, Utc};
/// use kiemdiem::core::dossier::{Dossier, DossierId, RemedyOrigin, Role};
/// use kiemdiem::core::walk::{print_order, Block};
///
/// let now = Utc.with_ymd_and_hms(2025, 12, 1, 8, 0, 0).unwrap();
/// let mut d = Dossier::new(DossierId("hs-1".into()), 2025, Role::Member, now).unwrap();
/// d.add_remedy(RemedyOrigin::Shortcoming, "Chưa mạnh dạn.", now);
/// let blocks = print_order(&d);
/// let iii = blocks
///     .iter()
///     .position(|b| matches!(b, Block::Answer(s) if s.key == "A.III"))
///     .unwrap();
/// assert!(matches!(blocks[iii + 1], Block::Remedy(l) if l.item.text == "Chưa mạnh dạn."));
/// ```
pub fn print_order(dossier: &Dossier) -> Vec<Block<'_>> {
    let template = dossier.template.template();
    let role = dossier.role;
    let mut out = vec![Block::Identity(template.identity)];
    for section in template.sections {
        if let Some(part) = section.part {
            out.push(Block::Part(part));
        }
        out.push(Block::Section(section));
        let mut scored = false;
        for slot in template
            .slots_for(role)
            .filter(|s| s.section.id == section.id)
        {
            scored |= slot.kind == ItemKind::Points;
            out.push(Block::Answer(slot));
            match lines_after(&slot) {
                Some(Lines::Remedies) => out.extend(
                    lines(&dossier.remedies, |r| !r.text.trim().is_empty())
                        .into_iter()
                        .map(Block::Remedy),
                ),
                Some(Lines::Suggestions) => out.extend(
                    lines(&dossier.suggestions, |s| !s.point.trim().is_empty())
                        .into_iter()
                        .map(Block::Suggestion),
                ),
                Some(Lines::Plan) => out.extend(
                    lines(&dossier.plan, |p| !p.text.trim().is_empty())
                        .into_iter()
                        .map(Block::Plan),
                ),
                None => {}
            }
            if let Some(gb) = slot.kind.grade_box() {
                out.push(Block::Grade(slot, gb));
            }
        }
        if let (true, Some(scoring)) = (scored, template.scoring) {
            out.push(Block::PointsTotal(scoring));
        }
    }
    if let Some(line) = template.evidence.and_then(|e| e.attach_line) {
        out.push(Block::AttachLine(line));
    }
    out.extend(template.blocks.iter().map(Block::Signature));
    if let Some(evidence) = template.evidence {
        let tasks = lines(&dossier.tasks, |t| {
            !t.task.trim().is_empty() || !t.result.trim().is_empty()
        });
        if !tasks.is_empty() {
            out.push(Block::Appendix(evidence));
            out.extend(tasks.into_iter().map(Block::Task));
        }
    }
    out
}

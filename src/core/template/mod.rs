//! Templates as data: one file per official form, and the choice of form
//! from the review year and the role.
//!
//! Official wording is copied verbatim from `shared/domain/` (each block of
//! data carries a source comment such as `// criteria.md §6.1 [C-3p]`).
//! Where the reference marks a text as not confirmed, the text carries
//! [`Confidence::Unconfirmed`] or [`Confidence::ThirdParty`] and a
//! [`Template::notes`] entry says so; the editor shows that note next to it.
//!
//! # Ids
//!
//! Ids are the keys a dossier stores its answers under, so they never change
//! once published (correct a wording by bumping [`Template::version`], never
//! by renaming an id). They are ASCII, and built from the printed numbering:
//!
//! * **Sections**: the Roman numeral as printed, `"I"` … `"VII"`; in the 2025
//!   forms prefixed by their part letter: `"A.I"` … `"A.VI"`, `"B.I"`,
//!   `"B.II"`.
//! * **Items**: section id, a dot, the item's printed number: `"I.1"`,
//!   `"II.2"`, `"VII.1"`, `"A.I.3"`, `"A.II.1"`. Two exceptions:
//!   * the three leader items of the 2019 form (and of Mẫu 02B-2023) are
//!     `"I.lanhdao.1"` … `"I.lanhdao.3"`: the 2019 form prints them as 3.–5.
//!     for leaders only, and then prints the cam kết item (`"I.3"`, number 3.
//!     for everybody else) as 6. (see [`Item::number_for`]);
//!   * the two items of 2025 section B.I are the criteria groups,
//!     `"B.I.chung"` (nhóm tiêu chí chung) and `"B.I.nhiemvu"` (nhóm tiêu chí
//!     về kết quả thực hiện nhiệm vụ).
//! * **Criteria** (2025, the keys of `Dossier::points`): group id, a dot, the
//!   criterion's position in its group: `"B.I.chung.1"`, `"B.I.nhiemvu.3"`.
//!   Sector blocks of a criterion (Phụ lục 4): `"B.I.nhiemvu.1.khoi1"` …
//! * **A section without items** is answered as one answer keyed by the
//!   section id (`"III"`, `"A.VI"`).
//! * **Signature and assessment blocks**: `"ca-nhan"`, `"thu-truong"`,
//!   `"chi-uy"`, `"dang-uy"`.
//!
//! All ids (sections, items, criteria, sectors, blocks) are unique within a
//! template.
//!
//! # Where the answers go
//!
//! * [`ItemKind::Text`] and [`ItemKind::TextWithGrade`]: `Dossier::answers`,
//!   under the item (or section) id; the grade in `Answer::grade`.
//! * [`ItemKind::Rating`]: `Dossier::proposal` (2019 section VII, 2025
//!   B.II). The section is still data, so that the editor and the PDF know
//!   where the proposed ratings sit.
//! * [`ItemKind::Points`]: `Dossier::points`, one entry per criterion of the
//!   group, bounded by a [`PointScheme`].

use serde::{Deserialize, Serialize};

use crate::core::vocab::{IdentityField, NewDossierError, Points, Role};

/// Prose the app's first load leaves out: `prose!(expr)` is `expr` with the
/// feature `full` and `&[]` without it; `prose!(expr, empty)` is `empty`
/// without it. It wraps the official texts the editor shows beside a field
/// (guidance, the lines of a criterion, a group's lead paragraph, notes, the
/// basis of the evidence appendix) and those the editor never shows (sector
/// blocks, appendix headings, signature blocks). The app's main bin is built
/// without `full` and asks the check worker for the first kind
/// ([`Template::prose`]); headings, numbers, ids and every structural fact
/// stay in both builds, so that the same code runs on both.
#[cfg(feature = "full")]
macro_rules! prose {
    ($e:expr) => {
        $e
    };
    ($e:expr, $empty:expr) => {
        $e
    };
}
#[cfg(not(feature = "full"))]
macro_rules! prose {
    ($e:expr) => {
        &[]
    };
    ($e:expr, $empty:expr) => {
        $empty
    };
}

// Without `full`, what only `prose!` uses is left unused.
#[cfg_attr(not(feature = "full"), allow(dead_code, unused_imports))]
mod criteria;
mod points;
#[cfg_attr(not(feature = "full"), allow(dead_code, unused_imports))]
mod t2019;
#[cfg_attr(not(feature = "full"), allow(dead_code, unused_imports))]
mod t2023;
#[cfg_attr(not(feature = "full"), allow(dead_code, unused_imports))]
mod t2025;

pub use points::{CriterionMax, GroupScheme, PointScheme, PointSchemeError, SchemeOrigin};

/// Which official form a dossier is written on. Keyed by regime and role,
/// never by the form's letter (the letters swap between 2023 and 2025).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub enum TemplateId {
    /// Mẫu 02-HD KĐ.ĐG 2019 (review years 2019–2022), one form for all.
    #[serde(rename = "2019-02")]
    Y2019,
    /// Mẫu 02A-HD KĐ.ĐG 2023: no leadership post (2023–2024).
    #[serde(rename = "2023-02A")]
    Y2023Member,
    /// Mẫu 02B-HD KĐ.ĐG 2023: leaders and managers (2023–2024).
    #[serde(rename = "2023-02B")]
    Y2023Leader,
    /// Mẫu 02A-HD KĐ.ĐG 2025: leaders and managers (2025 onward).
    #[serde(rename = "2025-2A")]
    Y2025Leader,
    /// Mẫu 02B-HD KĐ.ĐG 2025: no leadership post (2025 onward).
    #[serde(rename = "2025-2B")]
    Y2025Member,
    /// Mẫu 2C-HD KĐ.ĐG 2025: members outside the political system.
    #[serde(rename = "2025-2C")]
    Y2025Outside,
}

impl TemplateId {
    /// Every template, oldest first.
    pub const ALL: [TemplateId; 6] = [
        TemplateId::Y2019,
        TemplateId::Y2023Member,
        TemplateId::Y2023Leader,
        TemplateId::Y2025Leader,
        TemplateId::Y2025Member,
        TemplateId::Y2025Outside,
    ];

    /// The stable id used in files ("2019-02", "2025-2B", …).
    pub fn as_str(self) -> &'static str {
        match self {
            TemplateId::Y2019 => "2019-02",
            TemplateId::Y2023Member => "2023-02A",
            TemplateId::Y2023Leader => "2023-02B",
            TemplateId::Y2025Leader => "2025-2A",
            TemplateId::Y2025Member => "2025-2B",
            TemplateId::Y2025Outside => "2025-2C",
        }
    }

    /// The template's data.
    pub fn template(self) -> &'static Template {
        match self {
            TemplateId::Y2019 => &t2019::TEMPLATE,
            TemplateId::Y2023Member => &t2023::MEMBER,
            TemplateId::Y2023Leader => &t2023::LEADER,
            TemplateId::Y2025Leader => &t2025::LEADER,
            TemplateId::Y2025Member => &t2025::MEMBER,
            TemplateId::Y2025Outside => &t2025::OUTSIDE,
        }
    }
}

/// The regulation regime in force for a review year.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Regime {
    /// QĐ 132-QĐ/TW (2018) with HD 16-HD/BTCTW (2018) as amended by HD
    /// 21-HD/BTCTW (18/10/2019): review years 2019–2022.
    Qd132,
    /// QĐ 124-QĐ/TW (04/10/2023) with HD 25-HD/BTCTW (10/11/2023): 2023–2024.
    Qd124,
    /// QĐ 366-QĐ/TW (30/8/2025) with HD 43-HD/BTCTW (31/10/2025): 2025 on.
    Qd366,
}

impl Regime {
    /// The regime for a review year, or `None` before 2019 (the app has no
    /// template for earlier years).
    pub fn for_year(year: i32) -> Option<Regime> {
        match year {
            ..=2018 => None,
            2019..=2022 => Some(Regime::Qd132),
            2023..=2024 => Some(Regime::Qd124),
            _ => Some(Regime::Qd366),
        }
    }

    /// The review years the regime covers (`None` as end: still in force).
    pub fn years(self) -> (i32, Option<i32>) {
        match self {
            Regime::Qd132 => (2019, Some(2022)),
            Regime::Qd124 => (2023, Some(2024)),
            Regime::Qd366 => (2025, None),
        }
    }
}

/// How sure the reference is of a text (`shared/domain/README.md`, tags).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Confidence {
    /// [C]: seen in a named source.
    Confirmed,
    /// [C-3p]: seen only through a third-party copy or app.
    ThirdParty,
    /// [M]: from memory or inferred; not confirmed.
    Unconfirmed,
}

impl Confidence {
    /// Whether the text is tagged [C].
    pub fn is_confirmed(self) -> bool {
        self == Confidence::Confirmed
    }
}

/// The four-level self-grade box printed after an item ("Tự đánh giá về cấp
/// độ thực hiện: □ Xuất sắc □ Tốt □ Trung bình □ Kém"). The levels are
/// [`crate::core::dossier::Grade`]; their labels are in `crate::text`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct GradeBox {
    /// The label printed before the four boxes, verbatim, if known.
    pub label: Option<&'static str>,
    /// How sure the reference is of the label.
    pub label_confidence: Confidence,
    /// How sure the reference is that the form has the boxes here at all.
    pub confidence: Confidence,
    /// Whether the editor shows the boxes without being asked. `false` where
    /// the boxes are only presumed (2023 forms, gaps.md §7: "an optional
    /// field, off by default for 2023–2024 until confirmed").
    pub shown_by_default: bool,
}

/// Which proposed rating an [`ItemKind::Rating`] slot holds (both are stored
/// in `Dossier::proposal`).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum RatingTarget {
    /// As đảng viên (`Proposal::party`).
    Party,
    /// As cán bộ, công chức, viên chức (`Proposal::civil_servant`; 2019
    /// form VII.1).
    CivilServant,
}

/// What an item (or an item-less section) asks of the person.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum ItemKind {
    /// Free text.
    Text,
    /// Free text plus a self-grade (Xuất sắc / Tốt / Trung bình / Kém).
    TextWithGrade(GradeBox),
    /// One of the four quality levels, proposed by the person. Not stored in
    /// `Dossier::answers` but in `Dossier::proposal`.
    Rating(RatingTarget),
    /// Points for one criteria group (2025 B.I); the item id is the group id
    /// in [`Template::scoring`]. Stored per criterion in `Dossier::points`.
    Points,
}

impl ItemKind {
    /// Whether the answer is a text in `Dossier::answers` (with an optional
    /// grade), as opposed to a rating or points.
    pub fn stores_text(self) -> bool {
        matches!(self, ItemKind::Text | ItemKind::TextWithGrade(_))
    }

    /// The grade box, for [`ItemKind::TextWithGrade`].
    pub fn grade_box(self) -> Option<GradeBox> {
        match self {
            ItemKind::TextWithGrade(g) => Some(g),
            _ => None,
        }
    }
}

/// A text answer the rest of the dossier builds on: the line-by-line lists
/// of sections III and IV, the remediation plan made from section VI, and
/// the shortcomings next year's section III starts from. Every template has
/// each exactly once ([`Template::slot_of`]); the print-order walk
/// (`crate::core::walk`) and the carry-over read it from here.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Structured {
    /// The item «Hạn chế, khuyết điểm» ("II.1", "A.II.1"): next year's
    /// section III starts from its lines.
    Shortcomings,
    /// Section III «Kết quả khắc phục …» ("III", "A.III"): followed by
    /// `Dossier::remedies`, line by line.
    Remedies,
    /// Section IV «Giải trình những vấn đề được gợi ý kiểm điểm (nếu có)»
    /// ("IV", "A.IV"): followed by `Dossier::suggestions`, point by point.
    Suggestions,
    /// Section VI «Phương hướng, biện pháp khắc phục …» ("VI", "A.VI"): its
    /// measures make `Dossier::plan`, which follows it.
    Measures,
}

impl Structured {
    /// All four, in print order.
    pub const ALL: [Structured; 4] = [
        Structured::Shortcomings,
        Structured::Remedies,
        Structured::Suggestions,
        Structured::Measures,
    ];
}

/// One numbered item of a section.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Item {
    /// Unique within the template, e.g. "I.1"; the key of the answer.
    pub id: &'static str,
    /// The item's number as printed ("1.", "-", …).
    pub number: &'static str,
    /// The number printed for leaders when it differs (the 2019 cam kết item
    /// is "3." for members and "6." for leaders). See [`Item::number_for`].
    pub leader_number: Option<&'static str>,
    /// The heading, verbatim (with its printed final punctuation).
    pub heading: &'static str,
    /// Official guidance shown beside the item, verbatim, one paragraph each.
    pub guidance: &'static [&'static str],
    /// How sure the reference is of the guidance (it often comes from another
    /// source than the heading).
    pub guidance_confidence: Confidence,
    pub kind: ItemKind,
    /// Whether the item must be answered before export ("nếu có" items
    /// are optional).
    pub required: bool,
    /// Whether only leaders and managers answer it (the three leader items).
    pub leaders_only: bool,
    /// How sure the reference is of the heading and of the item's place in
    /// the form.
    pub confidence: Confidence,
    /// What the rest of the dossier builds on the answer, if anything.
    pub structured: Option<Structured>,
}

impl Item {
    /// A required free-text item for everybody, without guidance.
    pub const fn text(
        id: &'static str,
        number: &'static str,
        heading: &'static str,
        confidence: Confidence,
    ) -> Item {
        Item {
            id,
            number,
            leader_number: None,
            heading,
            guidance: &[],
            guidance_confidence: confidence,
            kind: ItemKind::Text,
            required: true,
            leaders_only: false,
            confidence,
            structured: None,
        }
    }

    /// The same item with another kind.
    pub const fn with_kind(self, kind: ItemKind) -> Item {
        Item { kind, ..self }
    }

    /// The same item with guidance.
    pub const fn with_guidance(
        self,
        guidance: &'static [&'static str],
        confidence: Confidence,
    ) -> Item {
        Item {
            guidance,
            guidance_confidence: confidence,
            ..self
        }
    }

    /// The same item, optional ("nếu có").
    pub const fn not_required(self) -> Item {
        Item {
            required: false,
            ..self
        }
    }

    /// The same item, which the rest of the dossier builds on.
    pub const fn structured(self, structured: Structured) -> Item {
        Item {
            structured: Some(structured),
            ..self
        }
    }

    /// The same item, answered by leaders and managers only.
    pub const fn for_leaders(self) -> Item {
        Item {
            leaders_only: true,
            ..self
        }
    }

    /// The same item, printed with another number for leaders.
    pub const fn with_leader_number(self, number: &'static str) -> Item {
        Item {
            leader_number: Some(number),
            ..self
        }
    }

    /// The number printed on the form of a person with this role.
    pub fn number_for(&self, role: Role) -> &'static str {
        match (role, self.leader_number) {
            (Role::Leader, Some(n)) => n,
            _ => self.number,
        }
    }

    /// Whether a person with this role answers the item.
    pub fn applies_to(&self, role: Role) -> bool {
        !self.leaders_only || role == Role::Leader
    }
}

/// One section of a template (I, II, …).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Section {
    /// Unique within the template, e.g. "I" or "A.I".
    pub id: &'static str,
    /// The heading of the part the section opens, if any (2025: "A. NỘI
    /// DUNG KIỂM ĐIỂM").
    pub part: Option<&'static str>,
    /// The section's number as printed ("I.", "II.", …).
    pub number: &'static str,
    /// The heading, verbatim.
    pub heading: &'static str,
    /// Official guidance for the section as a whole, verbatim.
    pub guidance: &'static [&'static str],
    /// How sure the reference is of the guidance.
    pub guidance_confidence: Confidence,
    /// The items; a section without items is answered as one answer of
    /// [`Section::kind`] whose key is the section id.
    pub items: &'static [Item],
    /// What an item-less section asks (ignored when it has items).
    pub kind: ItemKind,
    /// Whether the section must be answered before export.
    pub required: bool,
    /// How sure the reference is of the heading (and part heading) and of
    /// the section's place in the form.
    pub confidence: Confidence,
    /// What the rest of the dossier builds on the answer of an item-less
    /// section, if anything.
    pub structured: Option<Structured>,
}

impl Section {
    /// A required section answered as one free text, without guidance.
    pub const fn new(
        id: &'static str,
        number: &'static str,
        heading: &'static str,
        confidence: Confidence,
    ) -> Section {
        Section {
            id,
            part: None,
            number,
            heading,
            guidance: &[],
            guidance_confidence: confidence,
            items: &[],
            kind: ItemKind::Text,
            required: true,
            confidence,
            structured: None,
        }
    }

    /// The same item-less section, which the rest of the dossier builds on.
    pub const fn structured(self, structured: Structured) -> Section {
        Section {
            structured: Some(structured),
            ..self
        }
    }

    /// The same section, opening a part.
    pub const fn opening_part(self, part: &'static str) -> Section {
        Section {
            part: Some(part),
            ..self
        }
    }

    /// The same section with items.
    pub const fn with_items(self, items: &'static [Item]) -> Section {
        Section { items, ..self }
    }

    /// The same section with guidance.
    pub const fn with_guidance(
        self,
        guidance: &'static [&'static str],
        confidence: Confidence,
    ) -> Section {
        Section {
            guidance,
            guidance_confidence: confidence,
            ..self
        }
    }

    /// The same item-less section, answered with another kind.
    pub const fn with_kind(self, kind: ItemKind) -> Section {
        Section { kind, ..self }
    }

    /// The same section, optional ("nếu có").
    pub const fn not_required(self) -> Section {
        Section {
            required: false,
            ..self
        }
    }
}

/// A note the editor shows about the template's sources or gaps.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Note {
    /// What the note is about: a section id, an item id, a signature block
    /// id, or `None` for the whole template.
    pub section: Option<&'static str>,
    /// The note, in Vietnamese (it is shown to the person).
    pub text: &'static str,
}

/// Who fills a signature or assessment block.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Signer {
    /// The person writing the review (signs by hand on the printed copy).
    SelfReviewer,
    /// Thủ trưởng cơ quan, đơn vị (the civil-servant rating, 2019 form).
    HeadOfUnit,
    /// Chi ủy (chi bộ): comments and the proposed rating.
    CellCommittee,
    /// Đảng ủy (chi ủy cơ sở): the rating decided.
    PartyCommittee,
}

impl Signer {
    /// Whether the person writing the review fills it. The other blocks are
    /// printed blank: the app never fills them for the person.
    pub fn filled_by_person(self) -> bool {
        self == Signer::SelfReviewer
    }
}

/// A signature or assessment block printed after the last section, in the
/// template's order.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct SignatureBlock {
    /// Unique within the template ("ca-nhan", "thu-truong", "chi-uy",
    /// "dang-uy").
    pub id: &'static str,
    pub signer: Signer,
    /// The heading printed above the block, verbatim, if any.
    pub heading: Option<&'static str>,
    /// The lines printed for the signer to fill, verbatim ("- Nhận xét, …:").
    pub lines: &'static [&'static str],
    /// The signature caption, verbatim ("T/M CHI ỦY (CHI BỘ)").
    pub caption: &'static str,
    /// The line under the caption, verbatim ("(Xác lập thời điểm, ký, ghi
    /// rõ họ tên)").
    pub caption_note: &'static str,
    pub confidence: Confidence,
}

/// Which group of criteria (QĐ 366 Điều 10: 100 points in two groups).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum GroupKind {
    /// Nhóm tiêu chí chung (30 điểm).
    General,
    /// Nhóm tiêu chí về kết quả thực hiện nhiệm vụ (70 điểm).
    Tasks,
}

/// A sector block of a criterion: the person scores against the block of
/// their own sector (QĐ 366 Phụ lục 4, task group: nine "Khối …").
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Sector {
    /// Unique within the template, e.g. "B.I.nhiemvu.1.khoi1".
    pub id: &'static str,
    /// The number as printed ("1.").
    pub number: &'static str,
    /// The heading, verbatim ("Khối cơ quan tham mưu của Đảng tập trung đánh
    /// giá về:").
    pub heading: &'static str,
    /// The bullets, verbatim, one line each.
    pub body: &'static [&'static str],
}

/// One scored criterion of a criteria group, verbatim from the QĐ 366
/// appendix.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Criterion {
    /// Unique within the template ("B.I.chung.1"); the key in
    /// `Dossier::points`.
    pub id: &'static str,
    /// The number as printed in the appendix ("1.", "(i)", or "" where the
    /// appendix does not number it).
    pub number: &'static str,
    /// The heading, verbatim.
    pub heading: &'static str,
    /// The sub-heads and bullets, verbatim, one line each (with their "-",
    /// "(i)", "(*)" as printed).
    pub body: &'static [&'static str],
    /// Alternative sector blocks (the person picks their own), if any.
    pub sectors: &'static [Sector],
    pub confidence: Confidence,
}

/// One criteria group of the 2025 scoring (B.I).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct CriteriaGroup {
    /// The id of the B.I item that shows the group ("B.I.chung",
    /// "B.I.nhiemvu").
    pub id: &'static str,
    pub kind: GroupKind,
    /// The group's heading in the appendix, verbatim, if it prints one
    /// ("I- NHÓM TIÊU CHÍ CHUNG (30 ĐIỂM)").
    pub appendix_heading: Option<&'static str>,
    /// Lead paragraphs of the group in the appendix, verbatim.
    pub intro: &'static [&'static str],
    /// The group's maximum (QĐ 366: 30 and 70 points).
    pub max: Points,
    /// How sure the reference is of that maximum for this appendix.
    pub max_confidence: Confidence,
    /// The criteria, in the appendix's order.
    pub criteria: &'static [Criterion],
}

/// The 2025 scoring (part B.I): the criteria of one QĐ 366 appendix.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Scoring {
    /// The number of the QĐ 366 appendix (3, 4 or 5).
    pub appendix: u8,
    /// General group first, then task results.
    pub groups: &'static [CriteriaGroup],
    /// The total line's label, verbatim ("Tổng điểm:").
    pub total_label: &'static str,
    /// The total maximum (100 points).
    pub total_max: Points,
}

impl Scoring {
    /// The group with this id.
    pub fn group(&self, id: &str) -> Option<&'static CriteriaGroup> {
        self.groups.iter().find(|g| g.id == id)
    }

    /// Every criterion, with its group.
    pub fn criteria(
        &self,
    ) -> impl Iterator<Item = (&'static CriteriaGroup, &'static Criterion)> + use<> {
        self.groups
            .iter()
            .flat_map(|g| g.criteria.iter().map(move |c| (g, c)))
    }
}

/// Where a wording comes from.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Wording {
    /// Official text, with the reference's confidence.
    Official(Confidence),
    /// The app's own wording (no official text exists in the reference).
    AppOwn,
}

/// What a column of the evidence appendix holds.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum ColumnKind {
    /// Free text.
    Text,
    /// On time or late (đúng hạn / chậm tiến độ).
    Timeliness,
}

/// One column of the evidence appendix.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct EvidenceColumn {
    /// Stable key of the column (ASCII).
    pub id: &'static str,
    pub label: &'static str,
    pub kind: ColumnKind,
    pub wording: Wording,
}

/// The appendix of task results the 2025 forms ask to attach as evidence
/// for the task-group score (HD 43 mục 7.12).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct EvidenceAppendix {
    /// The line the form prints after B.II asking for the appendix,
    /// verbatim, if the form has one.
    pub attach_line: Option<&'static str>,
    pub attach_line_confidence: Confidence,
    /// The rule that asks for it, verbatim (HD 43 mục 7.12).
    pub basis: &'static str,
    /// The table's columns, one row per task.
    pub columns: &'static [EvidenceColumn],
}

/// One official form, as data.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Template {
    pub id: TemplateId,
    /// Version of this data (bumped when a wording is corrected).
    pub version: u32,
    /// The form code printed at the top, e.g. "Mẫu 02-HD KĐ.ĐG 2019".
    pub code: &'static str,
    /// How sure the reference is of the code line.
    pub code_confidence: Confidence,
    /// The title, e.g. "BẢN KIỂM ĐIỂM CÁ NHÂN".
    pub title: &'static str,
    /// The line under "Năm …", e.g. "(Cá nhân giữ chức vụ lãnh đạo, quản
    /// lý)".
    pub subtitle: Option<&'static str>,
    /// How sure the reference is of the title and the subtitle.
    pub title_confidence: Confidence,
    pub regime: Regime,
    /// The identity fields the form prints, in order.
    pub identity: &'static [IdentityField],
    pub sections: &'static [Section],
    /// The 2025 scoring (B.I), if the form has one.
    pub scoring: Option<&'static Scoring>,
    /// The evidence appendix to attach (2025), if any.
    pub evidence: Option<&'static EvidenceAppendix>,
    /// Signature and assessment blocks, printed after the last section.
    pub blocks: &'static [SignatureBlock],
    pub notes: &'static [Note],
}

/// One answer slot of a template: where an answer goes and what it asks.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct AnswerSlot {
    /// The answer key: the item id, or the section id for an item-less
    /// section.
    pub key: &'static str,
    pub section: &'static Section,
    pub item: Option<&'static Item>,
    pub kind: ItemKind,
}

impl AnswerSlot {
    /// Whether it must be answered before export.
    pub fn required(&self) -> bool {
        self.item.map_or(self.section.required, |i| i.required)
    }

    /// Whether only leaders answer it.
    pub fn leaders_only(&self) -> bool {
        self.item.is_some_and(|i| i.leaders_only)
    }

    /// How sure the reference is of what it asks.
    pub fn confidence(&self) -> Confidence {
        self.item.map_or(self.section.confidence, |i| i.confidence)
    }

    /// What the rest of the dossier builds on it, if anything.
    pub fn structured(&self) -> Option<Structured> {
        match self.item {
            Some(i) => i.structured,
            None => self.section.structured,
        }
    }
}

impl Template {
    /// The section with this id.
    pub fn section(&self, id: &str) -> Option<&'static Section> {
        self.sections.iter().find(|s| s.id == id)
    }

    /// The item with this id, with its section.
    pub fn item(&self, id: &str) -> Option<(&'static Section, &'static Item)> {
        self.sections
            .iter()
            .find_map(|s| s.items.iter().find(|i| i.id == id).map(|i| (s, i)))
    }

    /// Every answer slot, in print order (leaders' items included), of every
    /// kind: texts, ratings and points.
    pub fn slots(&self) -> impl Iterator<Item = AnswerSlot> + use<> {
        let sections: &'static [Section] = self.sections;
        sections.iter().flat_map(|s| {
            let slots: Box<dyn Iterator<Item = AnswerSlot>> = if s.items.is_empty() {
                Box::new(std::iter::once(AnswerSlot {
                    key: s.id,
                    section: s,
                    item: None,
                    kind: s.kind,
                }))
            } else {
                Box::new(s.items.iter().map(move |i| AnswerSlot {
                    key: i.id,
                    section: s,
                    item: Some(i),
                    kind: i.kind,
                }))
            };
            slots
        })
    }

    /// The answer slots a person with this role fills, in print order: the
    /// leaders-only items only for [`Role::Leader`].
    pub fn slots_for(&self, role: Role) -> impl Iterator<Item = AnswerSlot> + use<> {
        self.slots()
            .filter(move |s| s.item.is_none_or(|i| i.applies_to(role)))
    }

    /// Every text answer of the template (the keys of `Dossier::answers`)
    /// with what it asks: items, and sections answered as one text. Ratings
    /// and points are left out (see [`Template::slots`]).
    pub fn answer_slots(
        &self,
    ) -> impl Iterator<Item = (&'static Section, Option<&'static Item>)> + use<> {
        self.slots()
            .filter(|s| s.kind.stores_text())
            .map(|s| (s.section, s.item))
    }

    /// [`Template::answer_slots`] for a person with this role (leaders-only
    /// items only for [`Role::Leader`]).
    pub fn answer_slots_for(
        &self,
        role: Role,
    ) -> impl Iterator<Item = (&'static Section, Option<&'static Item>)> + use<> {
        self.slots_for(role)
            .filter(|s| s.kind.stores_text())
            .map(|s| (s.section, s.item))
    }

    /// The slot the rest of the dossier builds on in this way (every
    /// template has each [`Structured`] once).
    ///
    /// ```
    /// use kiemdiem::core::template::{Structured, TemplateId};
    /// let t = TemplateId::Y2019.template();
    /// assert_eq!(t.slot_of(Structured::Shortcomings).unwrap().key, "II.1");
    /// let t = TemplateId::Y2025Member.template();
    /// assert_eq!(t.slot_of(Structured::Remedies).unwrap().key, "A.III");
    /// ```
    pub fn slot_of(&self, structured: Structured) -> Option<AnswerSlot> {
        self.slots().find(|s| s.structured() == Some(structured))
    }

    /// The criterion with this id (2025), with its group.
    pub fn criterion(&self, id: &str) -> Option<(&'static CriteriaGroup, &'static Criterion)> {
        self.scoring?.criteria().find(|(_, c)| c.id == id)
    }

    /// The app's default point scheme for the 2025 scoring (equal shares),
    /// or `None` for a template without scoring. See [`PointScheme`].
    pub fn default_point_scheme(&self) -> Option<PointScheme> {
        PointScheme::default_for(self)
    }

    /// The notes about one section, item or block.
    pub fn notes_for<'a>(&self, id: &'a str) -> impl Iterator<Item = &'static Note> + use<'a> {
        let notes: &'static [Note] = self.notes;
        notes.iter().filter(move |n| n.section == Some(id))
    }

    /// The prose the editor shows beside the fields, keyed as it asks for
    /// it: `g:<id>` the guidance of a section or an item, `c:<id>` the lines
    /// of a criterion, `i:<id>` the lead paragraphs of a criteria group,
    /// `n:<id>` the notes about a section, item or block (`n:` for the whole
    /// template), `b:` the basis of the evidence appendix; empty entries are
    /// left out. The check worker serves it to the app, whose first load is
    /// built without it (see `prose!` in this module).
    pub fn prose(&self) -> Vec<(String, Vec<&'static str>)> {
        let mut out: Vec<(String, Vec<&'static str>)> = Vec::new();
        let mut put = |key: String, lines: &[&'static str]| {
            if lines.iter().all(|l| l.is_empty()) {
                return;
            }
            match out.iter_mut().find(|(k, _)| *k == key) {
                Some((_, all)) => all.extend_from_slice(lines),
                None => out.push((key, lines.to_vec())),
            }
        };
        for s in self.sections {
            put(format!("g:{}", s.id), s.guidance);
            for i in s.items {
                put(format!("g:{}", i.id), i.guidance);
            }
        }
        if let Some(scoring) = self.scoring {
            for g in scoring.groups {
                put(format!("i:{}", g.id), g.intro);
                for c in g.criteria {
                    put(format!("c:{}", c.id), c.body);
                }
            }
        }
        if let Some(e) = self.evidence {
            put("b:".to_owned(), &[e.basis]);
        }
        for n in self.notes {
            put(format!("n:{}", n.section.unwrap_or("")), &[n.text]);
        }
        out
    }

    /// Every id the template defines (sections, items, criteria, sectors,
    /// blocks), in print order; they are all distinct.
    pub fn all_ids(&self) -> Vec<&'static str> {
        let mut ids = Vec::new();
        for s in self.sections {
            ids.push(s.id);
            ids.extend(s.items.iter().map(|i| i.id));
        }
        if let Some(scoring) = self.scoring {
            for (_, c) in scoring.criteria() {
                ids.push(c.id);
                ids.extend(c.sectors.iter().map(|k| k.id));
            }
        }
        ids.extend(self.blocks.iter().map(|b| b.id));
        ids
    }
}

/// The template for a review year and a role.
///
/// ```
/// use kiemdiem::core::dossier::Role;
/// use kiemdiem::core::template::{select, TemplateId};
/// assert_eq!(select(2022, Role::Leader).unwrap().id, TemplateId::Y2019);
/// assert_eq!(select(2024, Role::Leader).unwrap().id, TemplateId::Y2023Leader);
/// assert_eq!(select(2025, Role::Leader).unwrap().id, TemplateId::Y2025Leader);
/// assert!(select(2023, Role::OutsideSystem).is_err());
/// ```
pub fn select(year: i32, role: Role) -> Result<&'static Template, NewDossierError> {
    let regime = Regime::for_year(year).ok_or(NewDossierError::YearOutOfRange(year))?;
    if !role.available_in(year) {
        return Err(NewDossierError::RoleNotAvailable { year, role });
    }
    let id = match (regime, role) {
        (Regime::Qd132, _) => TemplateId::Y2019,
        (Regime::Qd124, Role::Leader) => TemplateId::Y2023Leader,
        (Regime::Qd124, _) => TemplateId::Y2023Member,
        (Regime::Qd366, Role::Leader) => TemplateId::Y2025Leader,
        (Regime::Qd366, Role::Member) => TemplateId::Y2025Member,
        (Regime::Qd366, Role::OutsideSystem) => TemplateId::Y2025Outside,
    };
    Ok(id.template())
}

/// A part of the printed form that was not checked against an original.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum PrintedPart {
    /// The form code line («Mẫu …»).
    Code,
    /// The title and the line under it.
    Title,
    /// A section (its heading, guidance or items), by id ("A.I", "III").
    Section(&'static str),
    /// The signature and assessment blocks.
    Blocks,
}

/// What the printed form takes from sources other than a checked original:
/// the PDF names them in a closing note, so that paper never passes off a
/// reconstruction as official.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Unchecked {
    /// Built by the app from regulations, guidance and partial copies
    /// (\[M\]).
    pub reconstructed: Vec<PrintedPart>,
    /// Taken from a third-party copy (\[C-3p\]).
    pub copied: Vec<PrintedPart>,
    /// The per-criterion points table of part B.I is the app's addition:
    /// the forms ask for the total of each group (HD 43 mục 7.12 leaves the
    /// split to the upper party committees).
    pub points_table: bool,
}

impl Unchecked {
    /// Whether everything printed follows a checked original.
    pub fn is_empty(&self) -> bool {
        self.reconstructed.is_empty() && self.copied.is_empty() && !self.points_table
    }
}

/// The weaker of two confidences.
fn weaker(a: Confidence, b: Confidence) -> Confidence {
    use Confidence::*;
    match (a, b) {
        (Unconfirmed, _) | (_, Unconfirmed) => Unconfirmed,
        (ThirdParty, _) | (_, ThirdParty) => ThirdParty,
        _ => Confirmed,
    }
}

/// The parts of `template` as printed for `role` that follow no checked
/// original, by how they were obtained.
pub fn unchecked_parts(template: &Template, role: Role) -> Unchecked {
    let mut u = Unchecked::default();
    let mut add = |part, c| match c {
        Confidence::Unconfirmed => u.reconstructed.push(part),
        Confidence::ThirdParty => u.copied.push(part),
        Confidence::Confirmed => {}
    };
    add(PrintedPart::Code, template.code_confidence);
    add(PrintedPart::Title, template.title_confidence);
    for s in template.sections {
        let mut c = weaker(s.confidence, s.guidance_confidence);
        for item in s.items.iter().filter(|i| i.applies_to(role)) {
            c = weaker(c, weaker(item.confidence, item.guidance_confidence));
            if let Some(g) = item.kind.grade_box() {
                c = weaker(c, g.label_confidence);
            }
        }
        if s.items.is_empty()
            && let Some(g) = s.kind.grade_box()
        {
            c = weaker(c, g.label_confidence);
        }
        add(PrintedPart::Section(s.id), c);
    }
    let blocks = template
        .blocks
        .iter()
        .fold(Confidence::Confirmed, |c, b| weaker(c, b.confidence));
    add(PrintedPart::Blocks, blocks);
    u.points_table = template.scoring.is_some();
    u
}

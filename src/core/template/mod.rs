//! Templates as data: one file per official form, and the choice of form
//! from the review year and the role.
//!
//! Official wording is copied verbatim from `shared/domain/` (see each
//! file's header for its sources). Where the reference marks a text as not
//! confirmed, the item carries [`Confidence::Unconfirmed`] or
//! [`Confidence::ThirdParty`] and a [`Template::notes`] entry says so; the
//! editor shows that note next to it.

use serde::{Deserialize, Serialize};

use crate::core::dossier::{IdentityField, NewDossierError, Role};

mod t2019;
mod t2023;
mod t2025;

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
    /// Mẫu 2A-HD KĐ.ĐG 2025: leaders and managers (2025 onward).
    #[serde(rename = "2025-2A")]
    Y2025Leader,
    /// Mẫu 2B-HD KĐ.ĐG 2025: no leadership post (2025 onward).
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

/// What an item asks of the person.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum ItemKind {
    /// Free text.
    Text,
    /// Free text plus a self-grade (Xuất sắc / Tốt / Trung bình / Kém).
    TextWithGrade,
}

/// One numbered item of a section.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Item {
    /// Unique within the template, e.g. "I.1"; the key of the answer.
    pub id: &'static str,
    /// The item's number as printed ("1.", "-", …).
    pub number: &'static str,
    /// The heading, verbatim.
    pub heading: &'static str,
    /// Official guidance shown beside the item, verbatim, one paragraph each.
    pub guidance: &'static [&'static str],
    pub kind: ItemKind,
    /// Whether the item must be answered before export ("nếu có" items
    /// are optional).
    pub required: bool,
    /// Whether only leaders and managers answer it (the 2019 form's three
    /// extra items).
    pub leaders_only: bool,
    pub confidence: Confidence,
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
    /// The items; a section without items is answered as one text whose
    /// answer key is the section id.
    pub items: &'static [Item],
    /// Whether the section must be answered before export.
    pub required: bool,
    pub confidence: Confidence,
}

/// A note the editor shows about the template's sources or gaps.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Note {
    /// The section the note is about, or `None` for the whole template.
    pub section: Option<&'static str>,
    /// The note, in Vietnamese (it is shown to the person).
    pub text: &'static str,
}

/// One official form, as data.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Template {
    pub id: TemplateId,
    /// Version of this data (bumped when a wording is corrected).
    pub version: u32,
    /// The form code printed at the top, e.g. "Mẫu 02-HD KĐ.ĐG 2019".
    pub code: &'static str,
    /// The title, e.g. "BẢN KIỂM ĐIỂM CÁ NHÂN".
    pub title: &'static str,
    /// The line under "Năm …", e.g. "(Cá nhân giữ chức vụ lãnh đạo, quản
    /// lý)".
    pub subtitle: Option<&'static str>,
    pub regime: Regime,
    /// The identity fields the form prints, in order.
    pub identity: &'static [IdentityField],
    pub sections: &'static [Section],
    pub notes: &'static [Note],
}

impl Template {
    /// The section with this id.
    pub fn section(&self, id: &str) -> Option<&'static Section> {
        self.sections.iter().find(|s| s.id == id)
    }

    /// Every answer key of the template with what it asks: items, and
    /// sections answered as one text.
    pub fn answer_slots(&self) -> impl Iterator<Item = (&'static Section, Option<&'static Item>)> {
        self.sections.iter().flat_map(|s| {
            let items: Box<dyn Iterator<Item = (&'static Section, Option<&'static Item>)>> =
                if s.items.is_empty() {
                    Box::new(std::iter::once((s, None)))
                } else {
                    Box::new(s.items.iter().map(move |i| (s, Some(i))))
                };
            items
        })
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

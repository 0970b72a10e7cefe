//! The words the dossier and the templates share: who writes the review,
//! the identity fields a form prints, points, and why a dossier cannot be
//! made. A leaf module, so that `core::template` needs nothing of
//! `core::dossier` (which re-exports these) and the two do not import each
//! other.

use serde::{Deserialize, Serialize};

/// Who writes the review; together with the review year it picks the template.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Role {
    /// Đảng viên không giữ chức vụ lãnh đạo, quản lý.
    Member,
    /// Cán bộ lãnh đạo, quản lý.
    Leader,
    /// Đảng viên không làm việc trong hệ thống chính trị (from review year 2025).
    OutsideSystem,
}

impl Role {
    /// Every role, in the order the app offers them.
    pub const ALL: [Role; 3] = [Role::Member, Role::Leader, Role::OutsideSystem];

    /// Whether the role has a template of its own in `year` (HD 43 mục 2.1.b
    /// brings Mẫu 2C for members outside the political system from 2025).
    pub fn available_in(self, year: i32) -> bool {
        match self {
            Role::Member | Role::Leader => true,
            Role::OutsideSystem => year >= 2025,
        }
    }

    /// Stable machine name, as used in URLs and files.
    pub fn as_str(self) -> &'static str {
        match self {
            Role::Member => "member",
            Role::Leader => "leader",
            Role::OutsideSystem => "outside_system",
        }
    }

    /// Inverse of [`Role::as_str`].
    pub fn parse(raw: &str) -> Option<Self> {
        Role::ALL.into_iter().find(|r| r.as_str() == raw)
    }
}

/// One field of the identity block (`crate::core::dossier::Identity`), so that the UI and validation can address
/// fields as data.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum IdentityField {
    FullName,
    BirthDate,
    PartyPost,
    GovernmentPost,
    MassOrgPost,
    WorkUnit,
    PartyCell,
    PartyCommittee,
    Place,
}

impl IdentityField {
    /// Every field, in the order of the 2019 form.
    pub const ALL: [IdentityField; 9] = [
        IdentityField::FullName,
        IdentityField::BirthDate,
        IdentityField::PartyPost,
        IdentityField::GovernmentPost,
        IdentityField::MassOrgPost,
        IdentityField::WorkUnit,
        IdentityField::PartyCell,
        IdentityField::PartyCommittee,
        IdentityField::Place,
    ];

    /// Stable machine name (HTML ids, test selectors).
    pub fn as_str(self) -> &'static str {
        match self {
            IdentityField::FullName => "full_name",
            IdentityField::BirthDate => "birth_date",
            IdentityField::PartyPost => "party_post",
            IdentityField::GovernmentPost => "government_post",
            IdentityField::MassOrgPost => "mass_org_post",
            IdentityField::WorkUnit => "work_unit",
            IdentityField::PartyCell => "party_cell",
            IdentityField::PartyCommittee => "party_committee",
            IdentityField::Place => "place",
        }
    }
}

/// Points in tenths of a point (27.5 points is `Points(275)`), so that no
/// floating-point number is ever stored or signed.
#[derive(
    Clone, Copy, Debug, Default, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize,
)]
#[serde(transparent)]
pub struct Points(pub u32);

/// Why a dossier could not be created.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum NewDossierError {
    #[error("no template for review year {0}")]
    YearOutOfRange(i32),
    #[error("role {role:?} has no template in {year}")]
    RoleNotAvailable { year: i32, role: Role },
}

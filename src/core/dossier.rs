//! The dossier: one person's self-review for one review year.
//!
//! The model is shaped for the whole journey: the person's editor writes it,
//! storage keeps it (with a schema version, see [`crate::core::store`]), the
//! export seals it, and the secretary's desk reads it. Content is keyed by the
//! item ids of the template it was written on, so templates (data) can grow
//! without a new model. No floating-point number appears anywhere: points are
//! kept in tenths ([`Points`]).

use std::collections::BTreeMap;

use chrono::{DateTime, Datelike, NaiveDate, Utc};
use serde::{Deserialize, Serialize};

use crate::core::template::{self, TemplateId};
use crate::core::textnorm::nfc;

/// A dossier's stable identifier (unique within one browser profile).
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(transparent)]
pub struct DossierId(pub String);

impl DossierId {
    /// Builds an id from a timestamp and a random number supplied by the caller
    /// (the core has no clock and no randomness of its own).
    ///
    /// ```
    /// use kiemdiem::core::dossier::DossierId;
    /// assert_eq!(DossierId::from_parts(1_700_000_000_000, 0xabc).0, "hs-18bcfe56800-abc");
    /// ```
    pub fn from_parts(millis: i64, random: u32) -> Self {
        Self(format!("hs-{millis:x}-{random:x}"))
    }

    /// Whether a string looks like an id this app made (used before a URL
    /// parameter is used as a storage key).
    pub fn parse(raw: &str) -> Option<Self> {
        let ok = raw.len() <= 64
            && raw.starts_with("hs-")
            && raw[3..].chars().all(|c| c.is_ascii_hexdigit() || c == '-');
        ok.then(|| Self(raw.to_owned()))
    }
}

impl std::fmt::Display for DossierId {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.0)
    }
}

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

/// The first review year the app has a template for (Mẫu 02-HD KĐ.ĐG 2019).
pub const FIRST_REVIEW_YEAR: i32 = 2019;

/// The review year a new dossier starts with: the current year from October
/// on (reviews happen at the end of the year), else the previous one.
///
/// ```
/// use chrono::NaiveDate;
/// use kiemdiem::core::dossier::default_review_year;
/// let d = |y, m, dd| NaiveDate::from_ymd_opt(y, m, dd).unwrap();
/// assert_eq!(default_review_year(d(2026, 10, 1)), 2026);
/// assert_eq!(default_review_year(d(2026, 9, 30)), 2025);
/// ```
pub fn default_review_year(today: NaiveDate) -> i32 {
    if today.month() >= 10 {
        today.year()
    } else {
        today.year() - 1
    }
}

/// The review years offered on `today`: from the first template to the
/// current calendar year, newest first.
pub fn offered_review_years(today: NaiveDate) -> Vec<i32> {
    (FIRST_REVIEW_YEAR..=today.year()).rev().collect()
}

/// The identity block at the top of every template.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct Identity {
    /// Họ và tên.
    pub full_name: String,
    /// Ngày sinh, as the person typed it (dd/mm/yyyy is expected; see
    /// [`parse_vn_date`]). Kept verbatim so nothing typed is ever lost.
    pub birth_date: String,
    /// Chức vụ Đảng.
    pub party_post: String,
    /// Chức vụ chính quyền.
    pub government_post: String,
    /// Chức vụ đoàn thể.
    pub mass_org_post: String,
    /// Đơn vị công tác.
    pub work_unit: String,
    /// Chi bộ.
    pub party_cell: String,
    /// Đảng bộ.
    pub party_committee: String,
    /// The place name of the date line ("Đức Phố, ngày … tháng … năm …").
    pub place: String,
}

/// One field of [`Identity`], so that the UI and validation can address
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

impl Identity {
    /// The value of one field.
    pub fn get(&self, field: IdentityField) -> &str {
        match field {
            IdentityField::FullName => &self.full_name,
            IdentityField::BirthDate => &self.birth_date,
            IdentityField::PartyPost => &self.party_post,
            IdentityField::GovernmentPost => &self.government_post,
            IdentityField::MassOrgPost => &self.mass_org_post,
            IdentityField::WorkUnit => &self.work_unit,
            IdentityField::PartyCell => &self.party_cell,
            IdentityField::PartyCommittee => &self.party_committee,
            IdentityField::Place => &self.place,
        }
    }

    fn slot(&mut self, field: IdentityField) -> &mut String {
        match field {
            IdentityField::FullName => &mut self.full_name,
            IdentityField::BirthDate => &mut self.birth_date,
            IdentityField::PartyPost => &mut self.party_post,
            IdentityField::GovernmentPost => &mut self.government_post,
            IdentityField::MassOrgPost => &mut self.mass_org_post,
            IdentityField::WorkUnit => &mut self.work_unit,
            IdentityField::PartyCell => &mut self.party_cell,
            IdentityField::PartyCommittee => &mut self.party_committee,
            IdentityField::Place => &mut self.place,
        }
    }
}

/// The four self-grading levels of the 2019 form ("Tự đánh giá về cấp độ
/// thực hiện").
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Grade {
    /// Xuất sắc.
    Excellent,
    /// Tốt.
    Good,
    /// Trung bình.
    Average,
    /// Kém.
    Poor,
}

impl Grade {
    /// The four levels, best first, as the form lists them.
    pub const ALL: [Grade; 4] = [Grade::Excellent, Grade::Good, Grade::Average, Grade::Poor];
}

/// The four quality levels of every regime.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Rating {
    /// Hoàn thành xuất sắc nhiệm vụ.
    Excellent,
    /// Hoàn thành tốt nhiệm vụ.
    Good,
    /// Hoàn thành nhiệm vụ.
    Completed,
    /// Không hoàn thành nhiệm vụ.
    NotCompleted,
}

impl Rating {
    /// The four levels, best first, as the forms list them.
    pub const ALL: [Rating; 4] = [
        Rating::Excellent,
        Rating::Good,
        Rating::Completed,
        Rating::NotCompleted,
    ];
}

/// The answer to one template item: free text, and a self-grade where the
/// item asks for one.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct Answer {
    pub text: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub grade: Option<Grade>,
}

/// Points in tenths of a point (27.5 points is `Points(275)`), so that no
/// floating-point number is ever stored or signed.
#[derive(
    Clone, Copy, Debug, Default, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize,
)]
#[serde(transparent)]
pub struct Points(pub u32);

/// The ratings the person proposes for themselves (section VII of the 2019
/// form, B.II from 2025).
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct Proposal {
    /// As đảng viên.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub party: Option<Rating>,
    /// As cán bộ, công chức, viên chức (2019 form VII.1); `NotApplicable`
    /// for members who are not civil servants.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub civil_servant: Option<CivilServantRating>,
}

/// The civil-servant rating of the 2019 form, which may not apply.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case", tag = "kind", content = "rating")]
pub enum CivilServantRating {
    NotApplicable,
    Rated(Rating),
}

/// One person's self-review for one review year.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Dossier {
    pub id: DossierId,
    /// The review year (năm kiểm điểm), not the year it was written in.
    pub year: i32,
    pub role: Role,
    /// The template it is written on; fixed at creation, never migrated.
    pub template: TemplateId,
    #[serde(default)]
    pub identity: Identity,
    /// Answers keyed by the template's item ids.
    #[serde(default)]
    pub answers: BTreeMap<String, Answer>,
    /// Points per criterion id (2025+ templates).
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub points: BTreeMap<String, Points>,
    #[serde(default)]
    pub proposal: Proposal,
    pub created_at: DateTime<Utc>,
    pub updated_at: DateTime<Utc>,
}

/// Why a dossier could not be created.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum NewDossierError {
    #[error("no template for review year {0}")]
    YearOutOfRange(i32),
    #[error("role {role:?} has no template in {year}")]
    RoleNotAvailable { year: i32, role: Role },
}

impl Dossier {
    /// Starts an empty dossier on the template for `year` and `role`.
    pub fn new(
        id: DossierId,
        year: i32,
        role: Role,
        now: DateTime<Utc>,
    ) -> Result<Self, NewDossierError> {
        let template = template::select(year, role)?;
        Ok(Self {
            id,
            year,
            role,
            template: template.id,
            identity: Identity::default(),
            answers: BTreeMap::new(),
            points: BTreeMap::new(),
            proposal: Proposal::default(),
            created_at: now,
            updated_at: now,
        })
    }

    /// Sets one identity field; the text is stored as NFC.
    pub fn set_identity(&mut self, field: IdentityField, value: &str, now: DateTime<Utc>) {
        let slot = self.identity.slot(field);
        let value = nfc(value);
        if *slot != value {
            *slot = value;
            self.updated_at = now;
        }
    }

    /// Sets the text of one answer; stored as NFC.
    pub fn set_answer_text(&mut self, item: &str, value: &str, now: DateTime<Utc>) {
        let value = nfc(value);
        let answer = self.answers.entry(item.to_owned()).or_default();
        if answer.text != value {
            answer.text = value;
            self.updated_at = now;
        }
    }

    /// Sets (or clears) the self-grade of one answer.
    pub fn set_answer_grade(&mut self, item: &str, grade: Option<Grade>, now: DateTime<Utc>) {
        let answer = self.answers.entry(item.to_owned()).or_default();
        if answer.grade != grade {
            answer.grade = grade;
            self.updated_at = now;
        }
    }

    /// The text of one answer ("" when unanswered).
    pub fn answer_text(&self, item: &str) -> &str {
        self.answers.get(item).map_or("", |a| a.text.as_str())
    }

    /// A short label for lists: the name if typed, else nothing.
    pub fn display_name(&self) -> &str {
        self.identity.full_name.trim()
    }
}

/// Parses a date written the Vietnamese way, `dd/mm/yyyy` (also accepts `-`
/// or `.` as separators and one-digit day or month).
///
/// ```
/// use chrono::NaiveDate;
/// use kiemdiem::core::dossier::parse_vn_date;
/// assert_eq!(parse_vn_date("05/01/1980"), NaiveDate::from_ymd_opt(1980, 1, 5));
/// assert_eq!(parse_vn_date("5-1-1980"), NaiveDate::from_ymd_opt(1980, 1, 5));
/// assert_eq!(parse_vn_date("31/02/1980"), None);
/// ```
pub fn parse_vn_date(raw: &str) -> Option<NaiveDate> {
    let mut parts = raw.trim().split(['/', '-', '.']);
    let day: u32 = parts.next()?.trim().parse().ok()?;
    let month: u32 = parts.next()?.trim().parse().ok()?;
    let year_raw = parts.next()?.trim();
    if parts.next().is_some() || year_raw.len() != 4 {
        return None;
    }
    let year: i32 = year_raw.parse().ok()?;
    NaiveDate::from_ymd_opt(year, month, day)
}

/// Formats a date as `dd/mm/yyyy`.
pub fn format_vn_date(date: NaiveDate) -> String {
    date.format("%d/%m/%Y").to_string()
}

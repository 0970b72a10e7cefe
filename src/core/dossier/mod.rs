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

pub mod edit;

use crate::core::linesplit::{same_text, split_items};
use crate::core::template::{self, Structured, TemplateId};
use crate::core::textnorm::nfc;
pub use crate::core::vocab::{IdentityField, NewDossierError, Points, Role};
use edit::{Edit, LineList, LineText};

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

    pub(crate) fn slot(&mut self, field: IdentityField) -> &mut String {
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

/// A disciplinary measure (hình thức kỷ luật), mildest first, so that
/// "from khiển trách upward" (QĐ 366 Điều 11 khoản 4) is `level >=
/// DisciplineLevel::Reprimand`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum DisciplineLevel {
    /// Khiển trách.
    Reprimand,
    /// Cảnh cáo.
    Warning,
    /// Cách chức.
    Dismissal,
    /// Khai trừ.
    Expulsion,
}

impl DisciplineLevel {
    /// The four levels, mildest first.
    pub const ALL: [DisciplineLevel; 4] = [
        DisciplineLevel::Reprimand,
        DisciplineLevel::Warning,
        DisciplineLevel::Dismissal,
        DisciplineLevel::Expulsion,
    ];
}

/// The two facts the mitigation clauses of QĐ 366 Điều 11 khoản 4 (and the
/// exception of QĐ 124 Điều 12) ask about a violation. Both must hold for
/// the clause to apply.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(default)]
pub struct Mitigation {
    /// «tự giác nhận lỗi, tự phát hiện vi phạm» (members); «đã chủ động
    /// phát hiện, báo cáo và chỉ đạo xử lý kịp thời» (leaders).
    pub self_reported: bool,
    /// «khắc phục xong hậu quả».
    pub remedied: bool,
}

impl Mitigation {
    /// Whether both facts hold.
    pub fn is_complete(self) -> bool {
        self.self_reported && self.remedied
    }
}

/// One disciplinary measure decided in the review year (one violation, one
/// entry).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Discipline {
    pub level: DisciplineLevel,
    /// Whether the violation concerns public duty: «vi phạm liên quan đến
    /// hoạt động công vụ» (members), «vi phạm liên quan đến chức trách,
    /// nhiệm vụ trong thực thi công vụ» (leaders).
    #[serde(default)]
    pub public_duty: bool,
    #[serde(default)]
    pub mitigation: Mitigation,
    /// The violation was already counted when an earlier year was rated
    /// (HD 21: «một vi phạm bị xử lý kỷ luật chỉ tính một lần khi xếp
    /// loại»).
    #[serde(default)]
    pub counted_in_earlier_rating: bool,
}

/// The shortcomings pointed out at the previous review (section III of the
/// forms) and how many of them are fixed.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct ShortcomingCount {
    /// `None`: not said (the field was left empty or cleared).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub pointed_out: Option<u32>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub fixed: Option<u32>,
}

impl ShortcomingCount {
    /// Both counts, when both are said.
    pub fn known(self) -> Option<(u32, u32)> {
        Some((self.pointed_out?, self.fixed?))
    }
}

/// A leader's figures for the localities, fields, bodies and units they
/// directly lead («địa phương, lĩnh vực, cơ quan, đơn vị, bộ phận do cá nhân
/// trực tiếp lãnh đạo, quản lý»), as counts.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct LedUnitResults {
    /// Tasks assigned in the year (programme and plan). The four counts
    /// the facts step asks for are `None` when not said (left empty or
    /// cleared): the advisor then says it could not check.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub tasks_total: Option<u32>,
    /// Tasks completed.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub tasks_done: Option<u32>,
    /// Tasks completed on time, with quality and effect.
    pub tasks_on_time_with_quality: u32,
    /// Tasks completed beyond what was required («vượt mức yêu cầu»).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub tasks_exceeded: Option<u32>,
    /// Tasks behind schedule («chưa bảo đảm tiến độ»).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub tasks_late: Option<u32>,
    /// The 5 basic socio-economic targets were not met, for posts that
    /// carry them (QĐ 366 Điều 11 khoản 4).
    pub core_indicators_not_met: bool,
    /// Units the person is responsible for, and how many of them were rated
    /// "Không hoàn thành nhiệm vụ".
    pub units_total: u32,
    pub units_not_completed: u32,
}

/// The result of a confidence vote (lấy phiếu tín nhiệm) held in the year.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct VoteCount {
    /// Votes of low confidence («tín nhiệm thấp»).
    pub low: u32,
    /// All votes cast.
    pub total: u32,
}

/// The facts of the year the rating advisor (`core::rules`) needs beyond
/// the form's text. All optional: an unknown fact is never held against
/// the person (the advisor says it could not check instead).
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct Circumstances {
    /// Is a cán bộ, công chức or viên chức (`None`: not said; the 2019
    /// form's VII.1 answer is used then).
    pub civil_servant: Option<bool>,
    /// The civil-servant rating decided by the head of unit, once known
    /// (it comes before the party rating).
    pub civil_servant_rating: Option<Rating>,
    /// Disciplinary measures decided in the review year.
    pub disciplines: Vec<Discipline>,
    /// The competent level concluded signs of degradation («kết luận có
    /// biểu hiện suy thoái về tư tưởng chính trị, đạo đức, lối sống, "tự
    /// diễn biến", "tự chuyển hoá"»).
    pub degradation_concluded: bool,
    /// A violation of what party members must not do («vi phạm những điều
    /// đảng viên không được làm»), with its mitigation facts.
    pub prohibited_acts: Option<Mitigation>,
    /// A violation of the duty to set an example that harmed the standing of
    /// the person and their unit («vi phạm quy định về trách nhiệm nêu
    /// gương, gây ảnh hưởng xấu đến uy tín…»), with its mitigation facts.
    pub exemplary_duty_breach: Option<Mitigation>,
    /// Miễn công tác và sinh hoạt đảng.
    pub exempted: bool,
    /// Đình chỉ sinh hoạt đảng (not a suspension from party-committee
    /// activity only: such a committee member is still rated).
    pub suspended: bool,
    /// Ngày kết nạp Đảng, for the "admitted less than 6 months ago" rule.
    #[serde(with = "iso_date")]
    pub admitted_on: Option<NaiveDate>,
    /// Shortcomings pointed out at the previous review, and fixed.
    pub earlier_shortcomings: Option<ShortcomingCount>,
    /// Leaders: results of what they directly lead.
    pub led_unit: Option<LedUnitResults>,
    /// Leaders: a confidence vote held in the year.
    pub confidence_vote: Option<VoteCount>,
    /// Leaders: corruption, waste or wrongdoing occurred in an organisation
    /// or with a person under their direct management and was disciplined,
    /// with the leader's mitigation facts.
    pub misconduct_in_scope: Option<Mitigation>,
}

impl Circumstances {
    /// Whether nothing was entered (old dossiers, new dossiers).
    pub fn is_empty(&self) -> bool {
        *self == Circumstances::default()
    }
}

/// Whether a task was completed.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum TaskStatus {
    /// Hoàn thành.
    Done,
    /// Không hoàn thành.
    NotDone,
}

/// Whether a task kept to its schedule.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Timeliness {
    /// Đúng hạn.
    OnTime,
    /// Chưa bảo đảm tiến độ.
    Late,
}

/// Whether a task met its quality and effect («bảo đảm chất lượng, hiệu
/// quả»).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum TaskQuality {
    Assured,
    NotAssured,
}

/// One line of the task appendix («Phụ lục về kết quả thực hiện nhiệm vụ …
/// sản phẩm, tiến độ, chất lượng»). Texts are stored as NFC.
///
/// The 2025 templates' evidence columns map to: `nhiem_vu` → `task`,
/// `ke_hoach` → `target`, `ket_qua` → `result`, `tien_do` → `timeliness`,
/// `chat_luong` → `quality_note` (as printed) and `quality` (for the
/// advisor), `minh_chung` → `evidence`.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct TaskEvidence {
    /// The task (nhiệm vụ).
    pub task: String,
    /// Its plan or target (kế hoạch, chỉ tiêu).
    pub target: String,
    /// What was achieved (kết quả, sản phẩm).
    pub result: String,
    pub status: Option<TaskStatus>,
    pub timeliness: Option<Timeliness>,
    pub quality: Option<TaskQuality>,
    /// The quality as the person describes it (printed in the appendix).
    pub quality_note: String,
    /// Completed beyond what was required («hoàn thành vượt mức yêu cầu»).
    pub exceeded: bool,
    /// Where the evidence is (document, product, figure).
    pub evidence: String,
}

impl TaskEvidence {
    pub(crate) fn normalized(mut self) -> Self {
        for s in [
            &mut self.task,
            &mut self.target,
            &mut self.result,
            &mut self.quality_note,
            &mut self.evidence,
        ] {
            *s = nfc(s);
        }
        self
    }
}

/// One point suggested for the review («vấn đề được gợi ý kiểm điểm»,
/// section IV of every form) and the person's explanation of it. The forms
/// ask for one explanation per point: «Giải trình từng vấn đề được gợi ý
/// kiểm điểm, nêu nguyên nhân, xác định trách nhiệm của cá nhân đối với
/// từng vấn đề được gợi ý kiểm điểm.» Texts are stored as NFC.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct SuggestionAnswer {
    /// Stable within the dossier ("s1", "s2", …), never reused.
    pub id: String,
    /// The suggested point, as given (typed, or from a suggestions file,
    /// see [`crate::core::suggestions`]).
    pub point: String,
    /// The person's explanation: causes and personal responsibility.
    #[serde(skip_serializing_if = "String::is_empty")]
    pub answer: String,
}

/// Where a line of section III («Kết quả khắc phục những hạn chế, khuyết
/// điểm …») comes from.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum RemedyOrigin {
    /// A shortcoming written in the previous review (its «Hạn chế, khuyết
    /// điểm» item, II.1 or A.II.1), or one carried over unresolved from an
    /// earlier one.
    Shortcoming,
    /// A measure of the previous review's section VI («Phương hướng, biện
    /// pháp khắc phục hạn chế, khuyết điểm») or of its remediation plan.
    Measure,
    /// Typed by the person (for example a shortcoming concluded by the
    /// competent level during the year).
    #[default]
    Added,
}

impl RemedyOrigin {
    /// Whether the line is a shortcoming pointed out (counted in
    /// [`ShortcomingCount::pointed_out`]), as opposed to a measure.
    pub fn is_shortcoming(self) -> bool {
        matches!(self, RemedyOrigin::Shortcoming | RemedyOrigin::Added)
    }
}

/// How far a shortcoming is remedied, in the words of the 2025 guidance for
/// section III: «đã được khắc phục; đang khắc phục, mức độ khắc phục; chưa
/// được khắc phục».
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum RemedyStatus {
    /// Đã được khắc phục.
    Fixed,
    /// Đang khắc phục (the degree goes in [`RemedyItem::note`]).
    InProgress,
    /// Chưa được khắc phục.
    NotFixed,
}

impl RemedyStatus {
    /// The three statuses, in the guidance's order.
    pub const ALL: [RemedyStatus; 3] = [
        RemedyStatus::Fixed,
        RemedyStatus::InProgress,
        RemedyStatus::NotFixed,
    ];
}

/// One line of section III: a shortcoming (or measure) from an earlier
/// review and how far it is remedied. Texts are stored as NFC.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct RemedyItem {
    /// Stable within the dossier ("r1", "r2", …), never reused.
    pub id: String,
    pub origin: RemedyOrigin,
    /// The shortcoming or measure, verbatim as carried over or typed.
    pub text: String,
    /// `None` until the person says.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub status: Option<RemedyStatus>,
    /// The degree of remedy, difficulties («những khó khăn, vướng mắc»),
    /// personal responsibility.
    #[serde(skip_serializing_if = "String::is_empty")]
    pub note: String,
}

/// One measure of the remediation plan the person keeps after the review
/// (built from section VI, ticked through the year; next year's section III
/// starts from it, see [`crate::core::carryover`]). Text is stored as NFC.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct PlanItem {
    /// Stable within the dossier ("p1", "p2", …), never reused.
    pub id: String,
    pub text: String,
    #[serde(skip_serializing_if = "std::ops::Not::not")]
    pub done: bool,
    /// The day it was ticked done, as "yyyy-mm-dd".
    #[serde(with = "iso_date", skip_serializing_if = "Option::is_none")]
    pub done_on: Option<NaiveDate>,
    #[serde(skip_serializing_if = "String::is_empty")]
    pub note: String,
}

/// The last number handed out for each kind of list line, so that an id is
/// never reused within a dossier, even after the line with the highest
/// number is removed.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct LastIds {
    #[serde(skip_serializing_if = "is_zero")]
    pub suggestion: u32,
    #[serde(skip_serializing_if = "is_zero")]
    pub remedy: u32,
    #[serde(skip_serializing_if = "is_zero")]
    pub plan: u32,
}

impl LastIds {
    /// Whether no id was ever handed out.
    pub fn is_empty(&self) -> bool {
        *self == LastIds::default()
    }
}

fn is_zero(n: &u32) -> bool {
    *n == 0
}

/// Id prefixes of the list lines.
const SUGGESTION_PREFIX: char = 's';
const REMEDY_PREFIX: char = 'r';
const PLAN_PREFIX: char = 'p';

/// The highest number in use among ids of the form `<prefix><n>`.
fn highest_in_use<'a>(prefix: char, ids: impl Iterator<Item = &'a str>) -> u32 {
    ids.filter_map(|id| id.strip_prefix(prefix)?.parse::<u32>().ok())
        .max()
        .unwrap_or(0)
}

/// The next `count` ids of a list: numbered on from both the last number
/// handed out and the highest number in use (a dossier written by another
/// build may carry ids this one never handed out). Returns the ids and the
/// new last number.
fn fresh_ids<'a>(
    prefix: char,
    last: u32,
    in_use: impl Iterator<Item = &'a str>,
    count: usize,
) -> (Vec<String>, u32) {
    let mut n = last.max(highest_in_use(prefix, in_use));
    let ids = (0..count)
        .map(|_| {
            n = n.saturating_add(1);
            format!("{prefix}{n}")
        })
        .collect();
    (ids, n)
}

/// Sets `slot` to the NFC form of `value`; whether it changed.
pub(crate) fn set_text(slot: &mut String, value: &str) -> bool {
    let value = nfc(value);
    if *slot == value {
        false
    } else {
        *slot = value;
        true
    }
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
    /// The facts of the year the rating advisor needs.
    #[serde(default, skip_serializing_if = "Circumstances::is_empty")]
    pub circumstances: Circumstances,
    /// The task appendix (from 2025 the advisor derives the task figures of
    /// QĐ 366 Điều 11 from it).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub tasks: Vec<TaskEvidence>,
    /// Section IV: the suggested points and their explanations, in order.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub suggestions: Vec<SuggestionAnswer>,
    /// Section III: the earlier shortcomings and measures and how far each is
    /// remedied, in order (see [`crate::core::carryover`]).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub remedies: Vec<RemedyItem>,
    /// The remediation plan kept after the review, from section VI.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub plan: Vec<PlanItem>,
    /// The last list-line numbers handed out (ids are never reused).
    #[serde(default, skip_serializing_if = "LastIds::is_empty")]
    pub last_ids: LastIds,
    /// Milliseconds since the Unix epoch in JSON (an integer: no float, and
    /// no date-format code in the browser bundle).
    #[serde(with = "chrono::serde::ts_milliseconds")]
    pub created_at: DateTime<Utc>,
    #[serde(with = "chrono::serde::ts_milliseconds")]
    pub updated_at: DateTime<Utc>,
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
            circumstances: Circumstances::default(),
            tasks: Vec::new(),
            suggestions: Vec::new(),
            remedies: Vec::new(),
            plan: Vec::new(),
            last_ids: LastIds::default(),
            created_at: now,
            updated_at: now,
        })
    }

    /// Sets one identity field; the text is stored as NFC.
    pub fn set_identity(&mut self, field: IdentityField, value: &str, now: DateTime<Utc>) {
        self.apply(Edit::Identity(field, value.to_owned()), now);
    }

    /// Sets the text of one answer; stored as NFC.
    pub fn set_answer_text(&mut self, item: &str, value: &str, now: DateTime<Utc>) {
        self.apply(Edit::AnswerText(item.to_owned(), value.to_owned()), now);
    }

    /// Sets (or clears) the self-grade of one answer.
    pub fn set_answer_grade(&mut self, item: &str, grade: Option<Grade>, now: DateTime<Utc>) {
        self.apply(Edit::AnswerGrade(item.to_owned(), grade), now);
    }

    /// Replaces the facts of the year.
    pub fn set_circumstances(&mut self, circumstances: Circumstances, now: DateTime<Utc>) {
        self.apply(Edit::Circumstances(Box::new(circumstances)), now);
    }

    /// Replaces the task appendix; texts are stored as NFC.
    pub fn set_tasks(&mut self, tasks: Vec<TaskEvidence>, now: DateTime<Utc>) {
        self.apply(Edit::Tasks(tasks), now);
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

/// Section IV (suggested points), section III (remedies) and the
/// remediation plan, as methods over [`Dossier::apply`]: NFC text,
/// `updated_at` bumped only when something changed. The setters return
/// whether the line `id` exists (an unknown id changes nothing).
impl Dossier {
    /// Adds a suggested point (section IV) at the end; returns its id.
    pub fn add_suggestion(&mut self, point: &str, now: DateTime<Utc>) -> String {
        self.apply(Edit::AddSuggestion(point.to_owned()), now);
        self.suggestions
            .last()
            .map(|s| s.id.clone())
            .unwrap_or_default()
    }

    /// Pushes a suggested point with a fresh id (no timestamp).
    pub(crate) fn push_suggestion(&mut self, point: String) -> String {
        let (mut ids, last) = fresh_ids(
            SUGGESTION_PREFIX,
            self.last_ids.suggestion,
            self.suggestions.iter().map(|s| s.id.as_str()),
            1,
        );
        self.last_ids.suggestion = last;
        let id = ids.remove(0);
        self.suggestions.push(SuggestionAnswer {
            id: id.clone(),
            point,
            answer: String::new(),
        });
        id
    }

    fn line_exists(&self, list: LineList, id: &str) -> bool {
        match list {
            LineList::Remedies => self.remedies.iter().any(|r| r.id == id),
            LineList::Suggestions => self.suggestions.iter().any(|s| s.id == id),
            LineList::Plan => self.plan.iter().any(|p| p.id == id),
        }
    }

    /// Applies an edit of the line `id` of `list`; whether the line exists.
    fn apply_to_line(&mut self, list: LineList, id: &str, edit: Edit, now: DateTime<Utc>) -> bool {
        let exists = self.line_exists(list, id);
        self.apply(edit, now);
        exists
    }

    /// Sets the text of a suggested point.
    pub fn set_suggestion_point(&mut self, id: &str, value: &str, now: DateTime<Utc>) -> bool {
        let edit = Edit::LineText(LineText::SuggestionPoint, id.to_owned(), value.to_owned());
        self.apply_to_line(LineList::Suggestions, id, edit, now)
    }

    /// Sets the person's explanation of a suggested point.
    pub fn set_suggestion_answer(&mut self, id: &str, value: &str, now: DateTime<Utc>) -> bool {
        let edit = Edit::LineText(LineText::SuggestionAnswer, id.to_owned(), value.to_owned());
        self.apply_to_line(LineList::Suggestions, id, edit, now)
    }

    /// Removes a suggested point (its id is not handed out again).
    pub fn remove_suggestion(&mut self, id: &str, now: DateTime<Utc>) -> bool {
        self.apply(Edit::RemoveLine(LineList::Suggestions, id.to_owned()), now)
    }

    /// Adds a line to section III at the end; returns its id.
    pub fn add_remedy(&mut self, origin: RemedyOrigin, text: &str, now: DateTime<Utc>) -> String {
        self.apply(Edit::AddRemedy(origin, text.to_owned()), now);
        self.remedies
            .last()
            .map(|r| r.id.clone())
            .unwrap_or_default()
    }

    /// Pushes a remedy line with a fresh id (no sync, no timestamp).
    pub(crate) fn push_remedy(&mut self, origin: RemedyOrigin, text: String) -> String {
        let (mut ids, last) = fresh_ids(
            REMEDY_PREFIX,
            self.last_ids.remedy,
            self.remedies.iter().map(|r| r.id.as_str()),
            1,
        );
        self.last_ids.remedy = last;
        let id = ids.remove(0);
        self.remedies.push(RemedyItem {
            id: id.clone(),
            origin,
            text,
            ..RemedyItem::default()
        });
        id
    }

    /// Sets the text of a line of section III.
    pub fn set_remedy_text(&mut self, id: &str, value: &str, now: DateTime<Utc>) -> bool {
        let edit = Edit::LineText(LineText::RemedyText, id.to_owned(), value.to_owned());
        self.apply_to_line(LineList::Remedies, id, edit, now)
    }

    /// Sets where a line of section III comes from (a shortcoming or a
    /// measure: only shortcomings are counted in
    /// `circumstances.earlier_shortcomings`).
    pub fn set_remedy_origin(
        &mut self,
        id: &str,
        origin: RemedyOrigin,
        now: DateTime<Utc>,
    ) -> bool {
        let edit = Edit::RemedyOrigin(id.to_owned(), origin);
        self.apply_to_line(LineList::Remedies, id, edit, now)
    }

    /// Sets (or clears) how far a line of section III is remedied; keeps
    /// `circumstances.earlier_shortcomings` in step (see
    /// [`Dossier::sync_earlier_shortcomings`]).
    pub fn set_remedy_status(
        &mut self,
        id: &str,
        status: Option<RemedyStatus>,
        now: DateTime<Utc>,
    ) -> bool {
        let edit = Edit::RemedyStatus(id.to_owned(), status);
        self.apply_to_line(LineList::Remedies, id, edit, now)
    }

    /// Sets the note of a line of section III (degree of remedy,
    /// difficulties, responsibility).
    pub fn set_remedy_note(&mut self, id: &str, value: &str, now: DateTime<Utc>) -> bool {
        let edit = Edit::LineText(LineText::RemedyNote, id.to_owned(), value.to_owned());
        self.apply_to_line(LineList::Remedies, id, edit, now)
    }

    /// Removes a line of section III (its id is not handed out again).
    pub fn remove_remedy(&mut self, id: &str, now: DateTime<Utc>) -> bool {
        self.apply(Edit::RemoveLine(LineList::Remedies, id.to_owned()), now)
    }

    /// The count of earlier shortcomings that section III's list gives:
    /// pointed out = the lines of origin [`RemedyOrigin::Shortcoming`] or
    /// [`RemedyOrigin::Added`] that have text; fixed = those of them marked
    /// [`RemedyStatus::Fixed`]. `None` when the list is empty (the person
    /// does not use it; the count typed in the facts step stands).
    pub fn shortcomings_count(&self) -> Option<ShortcomingCount> {
        if self.remedies.is_empty() {
            return None;
        }
        let counted = self
            .remedies
            .iter()
            .filter(|r| r.origin.is_shortcoming() && !r.text.trim().is_empty());
        let (mut pointed_out, mut fixed) = (0, 0);
        for r in counted {
            pointed_out += 1;
            fixed += u32::from(r.status == Some(RemedyStatus::Fixed));
        }
        Some(ShortcomingCount {
            pointed_out: Some(pointed_out),
            fixed: Some(fixed),
        })
    }

    /// Writes [`Dossier::shortcomings_count`] into
    /// `circumstances.earlier_shortcomings`, which the rating advisor
    /// (`core::rules`) reads; leaves it alone when the list is empty.
    /// Returns whether it changed. The remedy edits call it already.
    pub fn sync_earlier_shortcomings(&mut self) -> bool {
        match self.shortcomings_count() {
            Some(count) if self.circumstances.earlier_shortcomings != Some(count) => {
                self.circumstances.earlier_shortcomings = Some(count);
                true
            }
            _ => false,
        }
    }

    /// Adds a measure to the remediation plan at the end; returns its id.
    pub fn add_plan_item(&mut self, text: &str, now: DateTime<Utc>) -> String {
        self.apply(Edit::AddPlanItem(text.to_owned()), now);
        self.plan.last().map(|p| p.id.clone()).unwrap_or_default()
    }

    pub(crate) fn push_plan_item(&mut self, text: String) -> String {
        let (mut ids, last) = fresh_ids(
            PLAN_PREFIX,
            self.last_ids.plan,
            self.plan.iter().map(|p| p.id.as_str()),
            1,
        );
        self.last_ids.plan = last;
        let id = ids.remove(0);
        self.plan.push(PlanItem {
            id: id.clone(),
            text,
            ..PlanItem::default()
        });
        id
    }

    /// The ids the next `count` plan items will get.
    pub(crate) fn next_plan_ids(&self, count: usize) -> Vec<String> {
        let in_use = self.plan.iter().map(|p| p.id.as_str());
        fresh_ids(PLAN_PREFIX, self.last_ids.plan, in_use, count).0
    }

    /// Fills the remediation plan from section VI: one plan item per measure
    /// ([`Dossier::plan_from_measures`]) not already in the plan
    /// (same NFC text, trimmed). Items already there keep their ticks and
    /// notes, so calling it again adds nothing, or only measures added to
    /// VI since. Returns how many were added. (Made of
    /// [`Edit::AddPlanItem`]s rather than an edit of its own, so that the
    /// splitting of VI stays in the check worker, out of the first load.)
    pub fn start_plan(&mut self, now: DateTime<Utc>) -> usize {
        let mut added = 0;
        for item in self.plan_from_measures() {
            if self.plan.iter().any(|p| same_text(&p.text, &item.text)) {
                continue;
            }
            self.apply(Edit::AddPlanItem(item.text), now);
            added += 1;
        }
        added
    }

    /// Sets the text of a plan item.
    pub fn set_plan_text(&mut self, id: &str, value: &str, now: DateTime<Utc>) -> bool {
        let edit = Edit::LineText(LineText::PlanText, id.to_owned(), value.to_owned());
        self.apply_to_line(LineList::Plan, id, edit, now)
    }

    /// Sets the note of a plan item.
    pub fn set_plan_note(&mut self, id: &str, value: &str, now: DateTime<Utc>) -> bool {
        let edit = Edit::LineText(LineText::PlanNote, id.to_owned(), value.to_owned());
        self.apply_to_line(LineList::Plan, id, edit, now)
    }

    /// Ticks a plan item done (on `today`, kept if it was already done) or
    /// not done (the date is cleared).
    pub fn set_plan_done(
        &mut self,
        id: &str,
        done: bool,
        today: NaiveDate,
        now: DateTime<Utc>,
    ) -> bool {
        let edit = Edit::PlanDone(id.to_owned(), done, today);
        self.apply_to_line(LineList::Plan, id, edit, now)
    }

    /// Removes a plan item (its id is not handed out again).
    pub fn remove_plan_item(&mut self, id: &str, now: DateTime<Utc>) -> bool {
        self.apply(Edit::RemoveLine(LineList::Plan, id.to_owned()), now)
    }
}

/// What the carry-over of section III and the plan build on
/// (`core::carryover`), with no way around the dossier's own rules.
impl Dossier {
    /// The remediation plan section VI (the slot the template marks
    /// [`Structured::Measures`]) gives: one item per measure (see
    /// [`crate::core::linesplit::split_items`]), not done, with the ids the
    /// dossier would hand out next. Changes nothing.
    pub fn plan_from_measures(&self) -> Vec<PlanItem> {
        let measures = self.template.template().slot_of(Structured::Measures);
        let lines = split_items(measures.map_or("", |s| self.answer_text(s.key)));
        let ids = self.next_plan_ids(lines.len());
        ids.into_iter()
            .zip(lines)
            .map(|(id, text)| PlanItem {
                id,
                text,
                ..PlanItem::default()
            })
            .collect()
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
    format!("{:02}/{:02}/{:04}", date.day(), date.month(), date.year())
}

/// Optional dates as "yyyy-mm-dd" in JSON. Written out rather than through
/// chrono's `Display`/`FromStr`, whose general format parser would be the
/// only user of that code in the browser bundle.
mod iso_date {
    use chrono::{Datelike, NaiveDate};
    use serde::{Deserialize, Deserializer, Serializer, de::Error};

    pub fn serialize<S: Serializer>(date: &Option<NaiveDate>, s: S) -> Result<S::Ok, S::Error> {
        match date {
            Some(d) => s.serialize_str(&format!("{:04}-{:02}-{:02}", d.year(), d.month(), d.day())),
            None => s.serialize_none(),
        }
    }

    pub fn deserialize<'de, D: Deserializer<'de>>(d: D) -> Result<Option<NaiveDate>, D::Error> {
        let Some(raw) = Option::<String>::deserialize(d)? else {
            return Ok(None);
        };
        let mut parts = raw.splitn(3, '-').map(str::parse::<u32>);
        match (parts.next(), parts.next(), parts.next()) {
            (Some(Ok(y)), Some(Ok(m)), Some(Ok(day))) => {
                NaiveDate::from_ymd_opt(y as i32, m, day).map(Some)
            }
            _ => None,
        }
        .ok_or_else(|| D::Error::custom(format!("not a yyyy-mm-dd date: {raw}")))
    }
}

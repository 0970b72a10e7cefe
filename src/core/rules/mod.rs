//! The rating advisor: the rating rules of each regime as code.
//!
//! The person only *proposes* a rating; the cell proposes and the competent
//! level decides (`shared/domain/README.md`). So nothing here locks the
//! form: [`advise`] compares the proposal with what the facts allow and
//! returns [`Finding`]s, each citing its source and carrying the
//! reference's confidence tag. Only what the form itself rules out (a
//! proposal by someone who is not rated) gets [`Severity::RuledOut`].
//!
//! Three regimes, one module each:
//! * [`hd21`]: review years 2019–2022 (HD 21-HD/BTCTW mục 2.3, QĐ 132 Điều
//!   12 khoản 4);
//! * [`qd124`]: 2023–2024 (QĐ 124-QĐ/TW Điều 12, only partly known);
//! * [`qd366`]: 2025 on (QĐ 366-QĐ/TW Điều 5 and 11).
//!
//! Conventions:
//! * No user-facing text: every finding carries a typed [`Reason`] with the
//!   numbers needed to explain it; the Vietnamese wording lives in
//!   `crate::text`.
//! * Unconfirmed rules (\[M\] in the reference) are reported as findings with
//!   [`Confidence::Unconfirmed`]; they never set a ceiling and are always
//!   [`Severity::Info`].
//! * Unknown facts are never held against the person: a rule that lacks a
//!   fact says so ([`Reason::Missing`]) and sets no ceiling.
//! * No floating point: points are tenths ([`Points`]) and percentages are
//!   compared as integer products.

use std::fmt;

use chrono::{Months, NaiveDate};

use crate::core::dossier::{
    Circumstances, CivilServantRating, DisciplineLevel, Dossier, Grade, Mitigation, Points, Rating,
    TaskEvidence, TaskQuality, TaskStatus, Timeliness,
};
use crate::core::template::{Confidence, Regime};

pub mod hd21;
pub mod qd124;
pub mod qd366;

/// Where a rule comes from: the document, the place in it, and where the
/// app's domain reference quotes it.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct Citation {
    /// The document's number, e.g. "QĐ 366-QĐ/TW".
    pub document: &'static str,
    /// The place in it, e.g. "Điều 11, khoản 1" (`None` when the reference
    /// does not give it).
    pub part: Option<&'static str>,
    /// Where `shared/domain/` quotes it (for maintainers, not for display).
    pub seen_in: &'static str,
}

impl fmt::Display for Citation {
    /// "QĐ 366-QĐ/TW, Điều 11, khoản 1".
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.document)?;
        if let Some(part) = self.part {
            write!(f, ", {part}")?;
        }
        Ok(())
    }
}

/// How much a finding matters for the proposal.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Severity {
    /// An explanation: the proposal is within what the finding allows, or
    /// the finding cannot be checked.
    Info,
    /// The proposal is above what the finding allows (or the outcome is for
    /// the competent level to weigh); the person may keep it.
    Warning,
    /// The form itself rules the proposal out (a rating proposed by someone
    /// who is not rated).
    RuledOut,
}

/// Stable identifier of a rule (see [`RuleId::as_str`]).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum RuleId {
    // QĐ 366 (2025 on)
    Qd366NotRated,
    Qd366Score,
    Qd366ScoreScale,
    Qd366ExcellentTasks,
    Qd366ExcellentLedUnit,
    Qd366ExcellentShortcomings,
    Qd366ExcellentQuota,
    Qd366GoodTasks,
    Qd366GoodLedUnit,
    Qd366CompletedTasks,
    Qd366CompletedLedUnit,
    Qd366NotCompletedTasks,
    Qd366NotCompletedLedUnit,
    Qd366NotCompletedConfidenceVote,
    Qd366NotCompletedDiscipline,
    Qd366NotCompletedDegradation,
    Qd366NotCompletedConduct,
    Qd366NotCompletedMisconductInScope,
    Qd366CivilServantBasis,
    // HD 21 and QĐ 132 (2019–2022)
    Hd21NotRated,
    Hd21ExcellentGrades,
    Hd21ExcellentCivilServant,
    Hd21ExcellentQualities,
    Hd21ExcellentQuota,
    Hd21GoodGrades,
    Hd21GoodCivilServant,
    Hd21Completed,
    Hd21NotCompletedDegradation,
    Hd21NotCompletedTasks,
    Hd21NotCompletedCivilServant,
    Hd21NotCompletedDiscipline,
    Hd21Leaders,
    Hd21CivilServantStatus,
    Qd132PoorGrade,
    // QĐ 124 (2023–2024)
    Qd124NotRated,
    Qd124Levels,
    Qd124PoorGrade,
    Qd124NotCompletedConduct,
    Qd124NotCompletedDiscipline,
    Qd124NotCompletedLedUnit,
}

impl RuleId {
    /// Stable machine name (logs, tests, test selectors).
    pub fn as_str(self) -> &'static str {
        match self {
            RuleId::Qd366NotRated => "qd366.d5.k2.not_rated",
            RuleId::Qd366Score => "qd366.d11.score",
            RuleId::Qd366ScoreScale => "qd366.d10.scale",
            RuleId::Qd366ExcellentTasks => "qd366.d11.k1.tasks",
            RuleId::Qd366ExcellentLedUnit => "qd366.d11.k1.led_unit",
            RuleId::Qd366ExcellentShortcomings => "qd366.d11.k1.shortcomings",
            RuleId::Qd366ExcellentQuota => "qd366.d11.k1.quota",
            RuleId::Qd366GoodTasks => "qd366.d11.k2.tasks",
            RuleId::Qd366GoodLedUnit => "qd366.d11.k2.led_unit",
            RuleId::Qd366CompletedTasks => "qd366.d11.k3.tasks",
            RuleId::Qd366CompletedLedUnit => "qd366.d11.k3.led_unit",
            RuleId::Qd366NotCompletedTasks => "qd366.d11.k4.tasks",
            RuleId::Qd366NotCompletedLedUnit => "qd366.d11.k4.led_unit",
            RuleId::Qd366NotCompletedConfidenceVote => "qd366.d11.k4.confidence_vote",
            RuleId::Qd366NotCompletedDiscipline => "qd366.d11.k4.discipline",
            RuleId::Qd366NotCompletedDegradation => "qd366.d11.k4.degradation",
            RuleId::Qd366NotCompletedConduct => "qd366.d11.k4.conduct",
            RuleId::Qd366NotCompletedMisconductInScope => "qd366.d11.k4.misconduct_in_scope",
            RuleId::Qd366CivilServantBasis => "qd366.d3.k4.civil_servant",
            RuleId::Hd21NotRated => "hd21.not_rated",
            RuleId::Hd21ExcellentGrades => "hd21.2_3.a.grades",
            RuleId::Hd21ExcellentCivilServant => "hd21.2_3.a.civil_servant",
            RuleId::Hd21ExcellentQualities => "hd21.2_3.a.qualities",
            RuleId::Hd21ExcellentQuota => "hd21.2_3.a.quota",
            RuleId::Hd21GoodGrades => "hd21.2_3.b.grades",
            RuleId::Hd21GoodCivilServant => "hd21.2_3.b.civil_servant",
            RuleId::Hd21Completed => "hd21.2_3.c",
            RuleId::Hd21NotCompletedDegradation => "hd21.2_3.d.degradation",
            RuleId::Hd21NotCompletedTasks => "hd21.2_3.d.tasks",
            RuleId::Hd21NotCompletedCivilServant => "hd21.2_3.d.civil_servant",
            RuleId::Hd21NotCompletedDiscipline => "hd21.2_3.d.discipline",
            RuleId::Hd21Leaders => "hd21.leaders",
            RuleId::Hd21CivilServantStatus => "hd21.form.civil_servant_status",
            RuleId::Qd132PoorGrade => "qd132.d12.k4.poor_grade",
            RuleId::Qd124NotRated => "qd124.not_rated",
            RuleId::Qd124Levels => "qd124.d12.levels",
            RuleId::Qd124PoorGrade => "qd124.d12.poor_grade",
            RuleId::Qd124NotCompletedConduct => "qd124.d12.conduct",
            RuleId::Qd124NotCompletedDiscipline => "qd124.d12.discipline",
            RuleId::Qd124NotCompletedLedUnit => "qd124.d12.led_unit",
        }
    }
}

/// Whose tasks a task figure is about.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Whose {
    /// The person's own tasks (the task appendix, [`Dossier::tasks`]).
    Own,
    /// The units a leader directly leads ([`Circumstances::led_unit`]).
    LedUnit,
}

/// Which criteria of the 2019 form a grade rule is about.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum CriteriaGroup {
    /// «Các tiêu chí về kết quả thực hiện nhiệm vụ chính trị được giao»
    /// (see [`hd21::task_criteria`]).
    Tasks,
    /// «các tiêu chí còn lại».
    Others,
}

/// One graded item of the form.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct ItemGrade {
    /// The template's item id, e.g. "I.2".
    pub item: String,
    pub grade: Grade,
}

/// Where the civil-servant rating used by a rule comes from.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum RatingSource {
    /// Decided by the head of unit ([`Circumstances::civil_servant_rating`]).
    Decided,
    /// The person's own proposal on the 2019 form (VII.1).
    Proposed,
}

/// A violation a rule names.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Violation {
    /// A disciplinary measure decided in the year.
    Discipline {
        level: DisciplineLevel,
        public_duty: bool,
    },
    /// «vi phạm những điều đảng viên không được làm».
    ProhibitedActs,
    /// «vi phạm quy định về trách nhiệm nêu gương, gây ảnh hưởng xấu đến uy
    /// tín…».
    ExemplaryDuty,
    /// Corruption, waste or wrongdoing disciplined in an organisation or
    /// with a person under the leader's direct management.
    MisconductInScope,
}

/// A fact a rule needed and did not have.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub enum MissingFact {
    /// No total score (2025 on).
    Score,
    /// No task appendix.
    TaskList,
    /// `unknown` of `total` tasks lack their status, or (when done) their
    /// timeliness or quality.
    TaskDetails { unknown: u32, total: u32 },
    /// A leader's figures for what they lead.
    LedUnitResults,
    /// How many earlier shortcomings were pointed out and fixed.
    EarlierShortcomings,
    /// These items have no self-grade yet.
    Grades { items: Vec<String> },
    /// Whether the person is a cán bộ, công chức, viên chức.
    CivilServantStatus,
    /// The civil-servant rating (neither decided nor proposed).
    CivilServantRating,
}

/// Why a person is not rated.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum NotRatedReason {
    /// Miễn công tác và sinh hoạt đảng.
    Exempted,
    /// Đình chỉ sinh hoạt đảng.
    Suspended,
    /// Admitted less than 6 months before `reference` (the date the rule is
    /// measured at, [`reference_date`]): `six_months_on` is the first day
    /// the person counts as admitted for 6 months.
    NewlyAdmitted {
        admitted_on: NaiveDate,
        six_months_on: NaiveDate,
        reference: NaiveDate,
    },
}

/// Why a finding was made: typed, with the numbers needed to explain it.
/// The Vietnamese wording for each variant belongs in `crate::text`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Reason {
    /// The person is not rated this year.
    NotRated(NotRatedReason),

    /// The total score `score` falls in the band of `band`, which runs from
    /// `min` up to (not including) `below` (`None`: no upper bound).
    ScoreBand {
        score: Points,
        band: Rating,
        min: Points,
        below: Option<Points>,
    },
    /// The total score is above the 100-point scale.
    ScoreOverMaximum { score: Points, max: Points },

    /// Not every task is done (`level` asks for 100%).
    TasksNotAllDone {
        whose: Whose,
        level: Rating,
        done: u32,
        total: u32,
    },
    /// Not every task is done on time with quality (`level` asks for 100%).
    TasksNotAllOnTimeWithQuality {
        whose: Whose,
        level: Rating,
        on_time_with_quality: u32,
        total: u32,
    },
    /// Fewer than `min_percent`% of the tasks were exceeded (HTXS).
    TooFewExceeding {
        whose: Whose,
        exceeded: u32,
        total: u32,
        min_percent: u32,
    },
    /// More than `max_percent`% of the tasks are behind schedule (HT).
    TooManyLate {
        whose: Whose,
        late: u32,
        total: u32,
        max_percent: u32,
    },
    /// More than `max_percent`% of the tasks were not done (KHT).
    TooManyFailed {
        not_done: u32,
        total: u32,
        max_percent: u32,
    },
    /// Under `min_percent`% of the tasks were done (KHT).
    TooFewDone {
        whose: Whose,
        done: u32,
        total: u32,
        min_percent: u32,
    },
    /// The 5 basic socio-economic targets were not met (KHT, leaders).
    CoreIndicatorsNotMet,
    /// More than `max_percent`% of the units the leader is responsible for
    /// were rated KHT.
    SubUnitsNotCompleted {
        not_completed: u32,
        total: u32,
        max_percent: u32,
    },
    /// More than `max_percent`% low-confidence votes.
    LowConfidenceVotes {
        low: u32,
        total: u32,
        max_percent: u32,
    },
    /// Only `fixed` of the `pointed_out` earlier shortcomings are fixed
    /// (HTXS asks for 100%).
    ShortcomingsNotAllFixed { fixed: u32, pointed_out: u32 },

    /// A violation that makes the rating KHT. `mitigation` is the person's
    /// mitigation facts where the regime has a mitigation clause for it
    /// (then they do not both hold), `None` where it has none.
    Violation {
        violation: Violation,
        mitigation: Option<Mitigation>,
    },
    /// A KHT case whose mitigation facts both hold: the text leaves the
    /// rating to the competent level, which weighs the circumstances (QĐ
    /// 366 Điều 11 khoản 4). Not a pass, not a KHT.
    MitigationClause {
        violation: Violation,
        mitigation: Mitigation,
    },
    /// A violation the text itself excepts («trừ trường hợp tự phát hiện và
    /// khắc phục xong hậu quả», QĐ 124).
    ViolationExcepted { violation: Violation },
    /// Disciplined, but not for a violation in public duty: not one of the
    /// cases QĐ 366 Điều 11 khoản 4 lists.
    DisciplineNotInPublicDuty { level: DisciplineLevel },
    /// Disciplined, for a violation already counted in an earlier year's
    /// rating (HD 21: counted once).
    DisciplineCountedEarlier { level: DisciplineLevel },
    /// The competent level concluded signs of degradation (KHT).
    Degradation,

    /// Graded items below what `level` asks of `group`.
    GradesBelow {
        level: Rating,
        group: CriteriaGroup,
        required: Grade,
        items: Vec<ItemGrade>,
    },
    /// Items graded "Kém" (KHT).
    PoorGrades { items: Vec<String> },

    /// The civil-servant rating is below what `level` asks (`required` or
    /// better).
    CivilServantBelow {
        level: Rating,
        required: Rating,
        rating: Rating,
        source: RatingSource,
    },
    /// The civil-servant rating is KHT, so the party rating is KHT.
    CivilServantNotCompleted { source: RatingSource },
    /// The person says they are (`stated`) or are not a civil servant, and
    /// the form's VII.1 answer says the opposite.
    CivilServantStatusMismatch {
        stated: bool,
        proposal: CivilServantRating,
    },
    /// The civil-servant rating is the basis of the party rating (QĐ 366
    /// Điều 3 khoản 4) and the proposal is above it.
    CivilServantBasis {
        rating: Rating,
        source: RatingSource,
    },

    /// A condition of `level` that is a judgement, not a fact the app can
    /// check (HD 21 mục 2.3 a, first bullet).
    QualitiesNotCheckable { level: Rating },
    /// The HTXS quota is for the competent level across a group:
    /// `percent`% of those rated HTT, up to `raised_percent`% where allowed.
    GroupQuota {
        percent: u32,
        raised_percent: Option<u32>,
    },
    /// The reference has not confirmed the criteria of these levels, so
    /// the app cannot check them.
    CriteriaNotConfirmed { levels: Vec<Rating> },
    /// The leaders' own framework of this regime is not confirmed; only the
    /// members' rules are checked.
    LeaderConditionsNotConfirmed,

    /// A rule could not be checked for want of a fact.
    Missing(MissingFact),
}

/// One result of one rule.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Finding {
    pub rule: RuleId,
    pub citation: Citation,
    /// The reference's tag for the rule's text.
    pub confidence: Confidence,
    /// Set by [`advise`] from the proposal.
    pub severity: Severity,
    /// The highest rating this finding allows (`None`: it sets no limit).
    /// Always `None` for [`Confidence::Unconfirmed`].
    pub ceiling: Option<Rating>,
    pub reason: Reason,
}

impl Finding {
    pub(crate) fn new(
        rule: RuleId,
        citation: Citation,
        confidence: Confidence,
        ceiling: Option<Rating>,
        reason: Reason,
    ) -> Self {
        let ceiling = match confidence {
            Confidence::Unconfirmed => None,
            Confidence::Confirmed | Confidence::ThirdParty => ceiling,
        };
        Finding {
            rule,
            citation,
            confidence,
            severity: Severity::Info,
            ceiling,
            reason,
        }
    }
}

/// One ground for not rating a person.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct NotRatedGround {
    pub reason: NotRatedReason,
    pub citation: Citation,
    pub confidence: Confidence,
}

/// Whether the person is rated at all this year.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum RatingStatus {
    /// Rated: the form asks for a proposal.
    Rated,
    /// Not rated on at least one confirmed or third-party ground: the form
    /// does not ask for a proposal.
    NotRated(Vec<NotRatedGround>),
    /// Only unconfirmed grounds apply (2023–2024): the person is probably
    /// not rated, but the reference cannot say.
    Uncertain(Vec<NotRatedGround>),
}

impl RatingStatus {
    /// Whether the form should ask for a proposal.
    pub fn asks_for_rating(&self) -> bool {
        !matches!(self, RatingStatus::NotRated(_))
    }

    /// The grounds found (empty when rated).
    pub fn grounds(&self) -> &[NotRatedGround] {
        match self {
            RatingStatus::Rated => &[],
            RatingStatus::NotRated(g) | RatingStatus::Uncertain(g) => g,
        }
    }
}

/// How the person's party-rating proposal compares with the facts.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ProposalCheck {
    /// Nothing proposed yet.
    NoProposal,
    /// A rating is proposed by someone who is not rated (ruled out).
    WhileNotRated { proposed: Rating },
    /// The proposal is at or below what the checked rules allow (`None`:
    /// no checked rule sets a limit).
    Within {
        proposed: Rating,
        ceiling: Option<Rating>,
    },
    /// The proposal is above what the checked rules allow.
    Above { proposed: Rating, ceiling: Rating },
}

/// Task figures derived from the task appendix.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub struct TaskStats {
    pub total: u32,
    /// Status "done".
    pub done: u32,
    /// Status "not done".
    pub not_done: u32,
    /// No status yet.
    pub status_unknown: u32,
    /// Done, on time, quality assured.
    pub on_time_with_quality: u32,
    /// Known to fall short of "done, on time, quality assured" (not done,
    /// late, or quality not assured).
    pub not_on_time_with_quality: u32,
    /// Behind schedule.
    pub late: u32,
    /// No timeliness yet (tasks not done left out: their schedule no
    /// longer decides anything).
    pub timeliness_unknown: u32,
    /// Marked exceeded and not "not done" (a task without a status yet
    /// gets the benefit of the doubt).
    pub exceeded: u32,
    /// Lacking the status, or (when done) the timeliness or quality.
    pub incomplete: u32,
}

impl TaskStats {
    /// Counts the task appendix.
    pub fn of(tasks: &[TaskEvidence]) -> Self {
        let mut s = TaskStats::default();
        for t in tasks {
            s.total += 1;
            let done = t.status == Some(TaskStatus::Done);
            match t.status {
                Some(TaskStatus::Done) => s.done += 1,
                Some(TaskStatus::NotDone) => s.not_done += 1,
                None => s.status_unknown += 1,
            }
            if done
                && t.timeliness == Some(Timeliness::OnTime)
                && t.quality == Some(TaskQuality::Assured)
            {
                s.on_time_with_quality += 1;
            } else if t.status == Some(TaskStatus::NotDone)
                || t.timeliness == Some(Timeliness::Late)
                || t.quality == Some(TaskQuality::NotAssured)
            {
                s.not_on_time_with_quality += 1;
            }
            match t.timeliness {
                Some(Timeliness::Late) => s.late += 1,
                Some(Timeliness::OnTime) => {}
                None if t.status != Some(TaskStatus::NotDone) => s.timeliness_unknown += 1,
                None => {}
            }
            if t.exceeded && t.status != Some(TaskStatus::NotDone) {
                s.exceeded += 1;
            }
            if t.status.is_none() || (done && (t.timeliness.is_none() || t.quality.is_none())) {
                s.incomplete += 1;
            }
        }
        s
    }

    /// Tasks neither known to meet nor known to miss "done, on time,
    /// quality assured".
    pub fn on_time_with_quality_unknown(&self) -> u32 {
        self.total - self.on_time_with_quality - self.not_on_time_with_quality
    }
}

/// The advisor's answer for one dossier.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Advice {
    pub regime: Regime,
    pub status: RatingStatus,
    /// The total score used (2025 on).
    pub score: Option<Points>,
    /// The task figures used.
    pub tasks: TaskStats,
    /// In the order the rules ran: not-rated grounds first, then (when
    /// rated) the regime's rules: KHT cases before the conditions of each
    /// level from the top, notes last.
    pub findings: Vec<Finding>,
    /// The highest rating the checked (confirmed or third-party) rules
    /// allow; `None` when none sets a limit or the person is not rated.
    pub ceiling: Option<Rating>,
    pub proposal: ProposalCheck,
}

impl Advice {
    /// The findings of one severity.
    pub fn with_severity(&self, severity: Severity) -> impl Iterator<Item = &Finding> {
        self.findings.iter().filter(move |f| f.severity == severity)
    }

    /// The most severe finding's severity (`None` without findings).
    pub fn worst(&self) -> Option<Severity> {
        self.findings.iter().map(|f| f.severity).max()
    }
}

/// Whether `a` is a better rating than `b` (Rating orders best first).
pub fn is_better(a: Rating, b: Rating) -> bool {
    a < b
}

/// The next lower rating (KHT stays KHT).
pub fn next_lower(r: Rating) -> Rating {
    match r {
        Rating::Excellent => Rating::Good,
        Rating::Good => Rating::Completed,
        Rating::Completed | Rating::NotCompleted => Rating::NotCompleted,
    }
}

/// The total score the advisor uses: `scheme_total` when the point scheme
/// computed one, else the sum of [`Dossier::points`] (`None` when there
/// are no points).
pub fn total_points(dossier: &Dossier, scheme_total: Option<Points>) -> Option<Points> {
    scheme_total.or_else(|| {
        (!dossier.points.is_empty()).then(|| Points(dossier.points.values().map(|p| p.0).sum()))
    })
}

/// The date at which the 6-month rule is measured for a review year: 31/12
/// of that year, so that the same dossier gets the same answer whenever it
/// is checked (on 20/11 or on 05/01 of the next year).
///
/// \[M\] Unconfirmed: QĐ 366 Điều 5 khoản 2 says «đảng viên mới kết nạp chưa
/// đủ 6 tháng» without the date it is counted at (`shared/domain/`
/// regulations.md §4.3); the end of the review year is the app's reading. A
/// cell's settings file may give another date: pass it to [`advise`] and
/// [`rating_status`] instead.
pub fn reference_date(year: i32) -> NaiveDate {
    NaiveDate::from_ymd_opt(year, 12, 31).unwrap_or(NaiveDate::MIN)
}

/// Whether the person is rated at all in the dossier's review year, with
/// the 6-month rule measured at `reference` (normally
/// [`reference_date`] of the review year, never the device's today).
pub fn rating_status(dossier: &Dossier, reference: NaiveDate) -> RatingStatus {
    let table = match dossier.template.template().regime {
        Regime::Qd132 => &hd21::NOT_RATED,
        Regime::Qd124 => &qd124::NOT_RATED,
        Regime::Qd366 => &qd366::NOT_RATED,
    };
    let grounds = table.grounds(&dossier.circumstances, reference);
    if grounds.is_empty() {
        RatingStatus::Rated
    } else if grounds
        .iter()
        .any(|g| g.confidence != Confidence::Unconfirmed)
    {
        RatingStatus::NotRated(grounds)
    } else {
        RatingStatus::Uncertain(grounds)
    }
}

/// Advises on the dossier's proposed party rating: what the facts allow
/// under the regime of its review year, and why.
///
/// `scheme_total` is the total computed by the point scheme (2025 on);
/// without it the dossier's points are summed. `reference` is the date the
/// 6-month rule is measured at ([`reference_date`] of the review year
/// unless the cell's settings give another).
pub fn advise(dossier: &Dossier, scheme_total: Option<Points>, reference: NaiveDate) -> Advice {
    let regime = dossier.template.template().regime;
    let status = rating_status(dossier, reference);
    let facts = Facts {
        dossier,
        score: total_points(dossier, scheme_total),
        tasks: TaskStats::of(&dossier.tasks),
    };
    let proposed = dossier.proposal.party;

    let mut findings: Vec<Finding> = status
        .grounds()
        .iter()
        .map(|g| {
            Finding::new(
                regime_not_rated_rule(regime),
                g.citation,
                g.confidence,
                None,
                Reason::NotRated(g.reason),
            )
        })
        .collect();
    let rated = status.asks_for_rating();
    if rated {
        findings.extend(match regime {
            Regime::Qd132 => hd21::findings(&facts),
            Regime::Qd124 => qd124::findings(&facts),
            Regime::Qd366 => qd366::findings(&facts),
        });
    }

    for f in &mut findings {
        f.severity = severity(f, proposed);
    }
    let ceiling = if rated {
        findings.iter().filter_map(|f| f.ceiling).max()
    } else {
        None
    };
    let proposal = match (proposed, rated, ceiling) {
        (None, _, _) => ProposalCheck::NoProposal,
        (Some(p), false, _) => ProposalCheck::WhileNotRated { proposed: p },
        (Some(p), true, Some(c)) if is_better(p, c) => ProposalCheck::Above {
            proposed: p,
            ceiling: c,
        },
        (Some(p), true, c) => ProposalCheck::Within {
            proposed: p,
            ceiling: c,
        },
    };
    Advice {
        regime,
        status,
        score: facts.score,
        tasks: facts.tasks,
        findings,
        ceiling,
        proposal,
    }
}

fn regime_not_rated_rule(regime: Regime) -> RuleId {
    match regime {
        Regime::Qd132 => RuleId::Hd21NotRated,
        Regime::Qd124 => RuleId::Qd124NotRated,
        Regime::Qd366 => RuleId::Qd366NotRated,
    }
}

fn severity(f: &Finding, proposed: Option<Rating>) -> Severity {
    if f.confidence == Confidence::Unconfirmed {
        return Severity::Info;
    }
    match &f.reason {
        Reason::NotRated(_) if proposed.is_some() => Severity::RuledOut,
        Reason::MitigationClause { .. } if proposed != Some(Rating::NotCompleted) => {
            Severity::Warning
        }
        Reason::ScoreOverMaximum { .. } | Reason::CivilServantStatusMismatch { .. } => {
            Severity::Warning
        }
        // The basis rule sets no ceiling; it is only emitted when the
        // proposal is above the civil-servant rating.
        Reason::CivilServantBasis { .. } => Severity::Warning,
        // The conditions of "Hoàn thành nhiệm vụ" are not met, but the text
        // names no KHT case for it: no ceiling, the competent level decides.
        Reason::TasksNotAllDone {
            level: Rating::Completed,
            ..
        }
        | Reason::TooManyLate { .. }
            if f.ceiling.is_none() =>
        {
            match proposed {
                Some(p) if p != Rating::NotCompleted => Severity::Warning,
                _ => Severity::Info,
            }
        }
        _ => match (f.ceiling, proposed) {
            (Some(c), Some(p)) if is_better(p, c) => Severity::Warning,
            _ => Severity::Info,
        },
    }
}

/// What the regime modules read.
pub(crate) struct Facts<'a> {
    pub dossier: &'a Dossier,
    pub score: Option<Points>,
    pub tasks: TaskStats,
}

/// The not-rated grounds of one regime, with their sources.
pub(crate) struct NotRatedTable {
    pub exempted: (Citation, Confidence),
    pub suspended: (Citation, Confidence),
    pub newly_admitted: (Citation, Confidence),
}

impl NotRatedTable {
    fn grounds(&self, c: &Circumstances, reference: NaiveDate) -> Vec<NotRatedGround> {
        let mut out = Vec::new();
        let mut push = |reason, (citation, confidence): (Citation, Confidence)| {
            out.push(NotRatedGround {
                reason,
                citation,
                confidence,
            })
        };
        if c.exempted {
            push(NotRatedReason::Exempted, self.exempted);
        }
        if c.suspended {
            push(NotRatedReason::Suspended, self.suspended);
        }
        if let Some(admitted_on) = c.admitted_on
            && let Some(six_months_on) = admitted_on.checked_add_months(Months::new(6))
            && reference < six_months_on
        {
            push(
                NotRatedReason::NewlyAdmitted {
                    admitted_on,
                    six_months_on,
                    reference,
                },
                self.newly_admitted,
            );
        }
        out
    }
}

/// `part` is at least `percent`% of `whole`.
pub(crate) fn at_least_percent(part: u32, whole: u32, percent: u32) -> bool {
    u64::from(part) * 100 >= u64::from(whole) * u64::from(percent)
}

/// `part` is more than `percent`% of `whole`.
pub(crate) fn over_percent(part: u32, whole: u32, percent: u32) -> bool {
    u64::from(part) * 100 > u64::from(whole) * u64::from(percent)
}

/// `part` is under `percent`% of `whole`.
pub(crate) fn under_percent(part: u32, whole: u32, percent: u32) -> bool {
    u64::from(part) * 100 < u64::from(whole) * u64::from(percent)
}

/// Collects findings, keeping one copy of each.
#[derive(Default)]
pub(crate) struct Out(pub Vec<Finding>);

impl Out {
    pub fn push(
        &mut self,
        rule: RuleId,
        citation: Citation,
        confidence: Confidence,
        ceiling: Option<Rating>,
        reason: Reason,
    ) {
        let f = Finding::new(rule, citation, confidence, ceiling, reason);
        if !self.0.contains(&f) {
            self.0.push(f);
        }
    }
}

/// The outcome of checking one level's conditions.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub(crate) struct LevelCheck {
    /// A condition is known to fail.
    pub failed: bool,
    /// A condition could not be checked.
    pub unknown: bool,
    /// A condition fails only on the app's unconfirmed reading of the text.
    pub doubtful: bool,
}

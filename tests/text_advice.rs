//! The Vietnamese wording of the rating advisor (`text::advice`): every
//! `Reason` the rules produce gets a sentence that is NFC, carries its
//! numbers the Vietnamese way and says what it means for the proposal.

use std::collections::BTreeSet;

use chrono::NaiveDate;
use kiemdiem::core::dossier::{
    CivilServantRating, Discipline, DisciplineLevel, Dossier, Grade, Mitigation, Rating, Role,
    ShortcomingCount, VoteCount,
};
use kiemdiem::core::rules::{
    Advice, Citation, Finding, MissingFact, ProposalCheck, Reason, RuleId, Severity, advise,
    rating_status,
};
use kiemdiem::core::template::Confidence;
use kiemdiem::core::textnorm::is_nfc;
use kiemdiem::text::{STEP_FACTS, STEP_TASKS, advice, rating_label};

// --- Helpers -----------------------------------------------------------------

mod common;
use common::advisor::*;

fn discipline(level: DisciplineLevel, public_duty: bool, m: Mitigation) -> Discipline {
    Discipline {
        level,
        public_duty,
        mitigation: m,
        counted_in_earlier_rating: false,
    }
}

const FULL: Mitigation = Mitigation {
    self_reported: true,
    remedied: true,
};

/// Points written the Vietnamese way, independently of the app: "89,9".
fn vn(p: u32) -> String {
    if p.is_multiple_of(10) {
        (p / 10).to_string()
    } else {
        format!("{},{}", p / 10, p % 10)
    }
}

/// The variant's name; exhaustive, so a new `Reason` must be covered here.
fn kind(r: &Reason) -> &'static str {
    match r {
        Reason::NotRated(_) => "NotRated",
        Reason::ScoreBand { .. } => "ScoreBand",
        Reason::ScoreOverMaximum { .. } => "ScoreOverMaximum",
        Reason::TasksNotAllDone { .. } => "TasksNotAllDone",
        Reason::TasksNotAllOnTimeWithQuality { .. } => "TasksNotAllOnTimeWithQuality",
        Reason::TooFewExceeding { .. } => "TooFewExceeding",
        Reason::TooManyLate { .. } => "TooManyLate",
        Reason::TooManyFailed { .. } => "TooManyFailed",
        Reason::TooFewDone { .. } => "TooFewDone",
        Reason::CoreIndicatorsNotMet => "CoreIndicatorsNotMet",
        Reason::SubUnitsNotCompleted { .. } => "SubUnitsNotCompleted",
        Reason::LowConfidenceVotes { .. } => "LowConfidenceVotes",
        Reason::ShortcomingsNotAllFixed { .. } => "ShortcomingsNotAllFixed",
        Reason::Violation { .. } => "Violation",
        Reason::MitigationClause { .. } => "MitigationClause",
        Reason::ViolationExcepted { .. } => "ViolationExcepted",
        Reason::DisciplineNotInPublicDuty { .. } => "DisciplineNotInPublicDuty",
        Reason::DisciplineCountedEarlier { .. } => "DisciplineCountedEarlier",
        Reason::Degradation => "Degradation",
        Reason::GradesBelow { .. } => "GradesBelow",
        Reason::PoorGrades { .. } => "PoorGrades",
        Reason::CivilServantBelow { .. } => "CivilServantBelow",
        Reason::CivilServantNotCompleted { .. } => "CivilServantNotCompleted",
        Reason::CivilServantStatusMismatch { .. } => "CivilServantStatusMismatch",
        Reason::CivilServantBasis { .. } => "CivilServantBasis",
        Reason::QualitiesNotCheckable { .. } => "QualitiesNotCheckable",
        Reason::GroupQuota { .. } => "GroupQuota",
        Reason::CriteriaNotConfirmed { .. } => "CriteriaNotConfirmed",
        Reason::LeaderConditionsNotConfirmed => "LeaderConditionsNotConfirmed",
        Reason::Missing(m) => match m {
            MissingFact::Score => "Missing::Score",
            MissingFact::TaskList => "Missing::TaskList",
            MissingFact::TaskDetails { .. } => "Missing::TaskDetails",
            MissingFact::LedUnitResults => "Missing::LedUnitResults",
            MissingFact::EarlierShortcomings => "Missing::EarlierShortcomings",
            MissingFact::Grades { .. } => "Missing::Grades",
            MissingFact::CivilServantStatus => "Missing::CivilServantStatus",
            MissingFact::CivilServantRating => "Missing::CivilServantRating",
        },
    }
}

const ALL_KINDS: usize = 37;

/// The numbers a reason carries, as its sentence must show them.
fn numbers(r: &Reason) -> Vec<String> {
    let frac = |a: u32, b: u32| format!("{a}/{b}");
    match r {
        Reason::ScoreBand {
            score, band, min, ..
        } => vec![
            format!("{}/100 điểm", vn(score.0)),
            vn(min.0),
            rating_label(*band).to_owned(),
        ],
        Reason::ScoreOverMaximum { score, max } => {
            vec![
                format!("{} điểm", vn(score.0)),
                format!("{} điểm", vn(max.0)),
            ]
        }
        Reason::TasksNotAllDone {
            level, done, total, ..
        } => vec![frac(*done, *total), rating_label(*level).to_owned()],
        Reason::TasksNotAllOnTimeWithQuality {
            level,
            on_time_with_quality,
            total,
            ..
        } => vec![
            frac(*on_time_with_quality, *total),
            rating_label(*level).to_owned(),
        ],
        Reason::TooFewExceeding {
            exceeded,
            total,
            min_percent,
            ..
        } => vec![frac(*exceeded, *total), format!("{min_percent}%")],
        Reason::TooManyLate {
            late,
            total,
            max_percent,
            ..
        } => vec![frac(*late, *total), format!("{max_percent}%")],
        Reason::TooManyFailed {
            not_done,
            total,
            max_percent,
        } => vec![frac(*not_done, *total), format!("{max_percent}%")],
        Reason::TooFewDone {
            done,
            total,
            min_percent,
            ..
        } => vec![frac(*done, *total), format!("{min_percent}%")],
        Reason::SubUnitsNotCompleted {
            not_completed,
            total,
            max_percent,
        } => vec![frac(*not_completed, *total), format!("{max_percent}%")],
        Reason::LowConfidenceVotes {
            low,
            total,
            max_percent,
        } => vec![frac(*low, *total), format!("{max_percent}%")],
        Reason::ShortcomingsNotAllFixed { fixed, pointed_out } => {
            vec![frac(*fixed, *pointed_out), "100%".to_owned()]
        }
        Reason::Missing(MissingFact::TaskDetails { unknown, total }) => {
            vec![frac(*unknown, *total)]
        }
        Reason::GroupQuota {
            percent,
            raised_percent,
        } => {
            let mut v = vec![format!("{percent}%")];
            v.extend(raised_percent.map(|r| format!("{r}%")));
            v
        }
        Reason::CivilServantBelow {
            required, rating, ..
        } => vec![
            rating_label(*required).to_owned(),
            rating_label(*rating).to_owned(),
        ],
        Reason::CivilServantBasis { rating, .. } => vec![rating_label(*rating).to_owned()],
        Reason::CriteriaNotConfirmed { levels } => {
            levels.iter().map(|l| rating_label(*l).to_owned()).collect()
        }
        Reason::DisciplineNotInPublicDuty { level }
        | Reason::DisciplineCountedEarlier { level } => {
            vec![kiemdiem::text::discipline_label(*level).to_lowercase()]
        }
        _ => Vec::new(),
    }
}

/// Runs the advisor and renders every finding, checking what holds for
/// all of them.
fn render(d: &Dossier, on: NaiveDate) -> (Advice, Vec<(Finding, String)>) {
    let a = advise(d, None, on);
    let template = d.template.template();
    let out = a
        .findings
        .iter()
        .map(|f| {
            let s = advice::finding(f, template, d.role);
            check(f, &s);
            (f.clone(), s)
        })
        .collect();
    (a, out)
}

fn check(f: &Finding, s: &str) {
    assert!(!s.trim().is_empty(), "{f:?}");
    assert!(is_nfc(s), "not NFC: {s}");
    assert!(s.ends_with('.'), "{s}");
    assert!(!s.contains(['{', '}']) && !s.contains("  "), "{s}");
    if let Some(c) = f.ceiling {
        assert!(s.contains(rating_label(c)), "ceiling missing: {s}");
    }
    if f.confidence == Confidence::Unconfirmed {
        assert!(s.contains("không kiểm tra được"), "{s}");
    }
    for n in numbers(&f.reason) {
        assert!(s.contains(&n), "{n:?} missing from: {s}");
    }
}

/// The sentence of the one finding of `rule` in `d`.
fn sentence(d: &Dossier, rule: RuleId, pred: impl Fn(&Reason) -> bool) -> String {
    let (_, out) = render(d, today());
    let found: Vec<&String> = out
        .iter()
        .filter(|(f, _)| f.rule == rule && pred(&f.reason))
        .map(|(_, s)| s)
        .collect();
    assert_eq!(found.len(), 1, "{rule:?} in {out:#?}");
    found[0].clone()
}

/// Dossiers that together trigger every reason, with the day they are
/// advised on.
fn scenarios() -> Vec<(Dossier, NaiveDate)> {
    let mut all = Vec::new();
    let mut push = |d: Dossier| all.push((d, today()));

    // 2025, members.
    push(member25(899));
    push(member25(1005));
    let mut d = member25(600);
    d.tasks = tasks(10, 0, 3, 1);
    push(d);
    let mut d = member25(950);
    d.tasks = tasks(10, 2, 1, 0);
    push(d);
    let mut d = member25(950);
    d.tasks = tasks(10, 0, 0, 6);
    push(d);
    let mut d = member25(950);
    d.circumstances.earlier_shortcomings = Some(ShortcomingCount {
        pointed_out: Some(3),
        fixed: Some(2),
    });
    push(d);
    let mut d = member25(950);
    d.proposal.party = Some(Rating::Excellent);
    d.circumstances.civil_servant_rating = Some(Rating::Good);
    d.circumstances.prohibited_acts = Some(Mitigation::default());
    d.circumstances.exemplary_duty_breach = Some(FULL);
    d.circumstances.degradation_concluded = true;
    d.circumstances
        .disciplines
        .push(discipline(DisciplineLevel::Warning, false, FULL));
    push(d);
    push(new_dossier(2025, Role::Member));
    let mut d = member25(950);
    d.tasks[5].timeliness = None;
    push(d);
    let mut d = member25(950);
    d.circumstances.admitted_on = Some(date(2025, 10, 1));
    push(d);

    // 2025, leaders.
    let mut d = leader25(950);
    let u = d.circumstances.led_unit.as_mut().unwrap();
    u.tasks_done = Some(6);
    u.core_indicators_not_met = true;
    u.units_not_completed = 3;
    d.circumstances.confidence_vote = Some(VoteCount { low: 6, total: 10 });
    d.circumstances.misconduct_in_scope = Some(Mitigation::default());
    push(d);
    let mut d = leader25(950);
    d.circumstances.led_unit = None;
    push(d);

    // 2019–2022.
    push(d2019(
        Role::Member,
        Grade::Good,
        CivilServantRating::Rated(Rating::Excellent),
    ));
    push(d2019(
        Role::Member,
        Grade::Poor,
        CivilServantRating::NotApplicable,
    ));
    push(d2019(
        Role::Member,
        Grade::Excellent,
        CivilServantRating::Rated(Rating::Good),
    ));
    push(d2019(
        Role::Member,
        Grade::Excellent,
        CivilServantRating::Rated(Rating::NotCompleted),
    ));
    let mut d = d2019(
        Role::Member,
        Grade::Excellent,
        CivilServantRating::Rated(Rating::Excellent),
    );
    d.proposal.party = Some(Rating::Excellent);
    push(d.clone());
    d.circumstances.civil_servant = Some(false);
    let mut earlier = discipline(DisciplineLevel::Reprimand, false, Mitigation::default());
    earlier.counted_in_earlier_rating = true;
    d.circumstances.disciplines.push(earlier);
    push(d);
    push(d2019(
        Role::Leader,
        Grade::Excellent,
        CivilServantRating::NotApplicable,
    ));
    push(new_dossier(2022, Role::Member));
    let mut d = d2019(
        Role::Member,
        Grade::Excellent,
        CivilServantRating::NotApplicable,
    );
    d.proposal.civil_servant = None;
    d.circumstances.civil_servant = Some(true);
    push(d);

    // 2023–2024.
    let mut d = new_dossier(2024, Role::Leader);
    d.circumstances.exempted = true;
    d.circumstances
        .disciplines
        .push(discipline(DisciplineLevel::Reprimand, true, FULL));
    d.circumstances.disciplines.push(discipline(
        DisciplineLevel::Warning,
        true,
        Mitigation::default(),
    ));
    push(d);
    all
}

// --- Every reason ------------------------------------------------------------------

#[test]
fn every_reason_gets_a_checked_sentence() {
    let mut seen = BTreeSet::new();
    for (d, on) in scenarios() {
        for (f, _) in render(&d, on).1 {
            seen.insert(kind(&f.reason));
        }
    }
    assert_eq!(seen.len(), ALL_KINDS, "seen: {seen:?}");
}

#[test]
fn sentences_differ_by_reason() {
    // A wording must not collapse two different reasons into one sentence.
    let mut by_text = std::collections::BTreeMap::new();
    for (d, on) in scenarios() {
        for (f, s) in render(&d, on).1 {
            let k = kind(&f.reason);
            if let Some(other) = by_text.insert(s.clone(), k) {
                assert_eq!(other, k, "{s}");
            }
        }
    }
}

// --- Scores and tasks --------------------------------------------------------

#[test]
fn the_score_band_is_written_with_a_decimal_comma_and_its_ceiling() {
    let s = sentence(&member25(899), RuleId::Qd366Score, |_| true);
    assert_eq!(
        s,
        "Tổng điểm tự chấm đạt 89,9/100 điểm, thuộc khung điểm của mức \"Hoàn thành tốt nhiệm vụ\" (từ 70 đến dưới 90 điểm)."
    );
    let s = sentence(&member25(455), RuleId::Qd366Score, |_| true);
    assert!(s.contains("45,5/100 điểm"), "{s}");
    assert!(s.contains("(dưới 50 điểm)"), "{s}");
    assert!(s.contains("\"Không hoàn thành nhiệm vụ\""), "{s}");
    let s = sentence(&member25(950), RuleId::Qd366Score, |_| true);
    assert!(
        s.contains("95/100 điểm") && s.contains("từ 90 điểm trở lên"),
        "{s}"
    );
    let s = sentence(&member25(1005), RuleId::Qd366ScoreScale, |_| true);
    assert!(s.contains("100,5 điểm") && s.contains("100 điểm"), "{s}");
    assert!(s.contains("Mục B.I"), "{s}");
}

#[test]
fn percentages_are_whole_numbers_that_never_read_as_the_limit() {
    let mut d = member25(600);
    d.tasks = tasks(10, 0, 3, 1);
    let s = sentence(&d, RuleId::Qd366CompletedTasks, |r| {
        matches!(r, Reason::TooManyLate { .. })
    });
    assert!(
        s.contains("3/10 nhiệm vụ (30%)") && s.contains("20%"),
        "{s}"
    );
    assert!(s.contains("\"Không hoàn thành nhiệm vụ\""), "{s}");

    // 101 of 200 is 50,5%: shown as 51%, above the 50% it exceeds.
    let mut d = leader25(950);
    d.circumstances.confidence_vote = Some(VoteCount {
        low: 101,
        total: 200,
    });
    let s = sentence(&d, RuleId::Qd366NotCompletedConfidenceVote, |_| true);
    assert!(s.contains("101/200") && s.contains("(51%)"), "{s}");

    // 2 of 7 is 28,6%: shown as 28%, under the 30% it misses.
    let mut d = member25(950);
    d.tasks = tasks(7, 2, 0, 0);
    let s = sentence(&d, RuleId::Qd366ExcellentTasks, |r| {
        matches!(r, Reason::TooFewExceeding { .. })
    });
    assert!(s.contains("2/7 nhiệm vụ (28%)") && s.contains("30%"), "{s}");
    assert!(s.contains("\"Hoàn thành tốt nhiệm vụ\""), "{s}");
}

#[test]
fn a_leaders_figures_are_the_units() {
    let mut d = leader25(950);
    d.circumstances.led_unit.as_mut().unwrap().tasks_done = Some(6);
    let s = sentence(&d, RuleId::Qd366NotCompletedLedUnit, |_| true);
    assert!(
        s.starts_with("Địa phương, đơn vị do đồng chí trực tiếp lãnh đạo"),
        "{s}"
    );
    assert!(
        s.contains("6/10 nhiệm vụ (60%)") && s.contains("70%"),
        "{s}"
    );
}

// --- Violations ----------------------------------------------------------------

#[test]
fn the_mitigation_clause_is_a_possibility_for_the_competent_level() {
    let mut d = member25(950);
    d.circumstances.prohibited_acts = Some(FULL);
    let s = sentence(&d, RuleId::Qd366NotCompletedConduct, |_| true);
    assert!(s.contains("cấp có thẩm quyền"), "{s}");
    assert!(s.contains("không tự động"), "{s}");
    assert!(s.contains("\"Không hoàn thành nhiệm vụ\""), "{s}");
    assert!(s.contains("«căn cứ vào hoàn cảnh"), "{s}");
}

#[test]
fn an_unmitigated_violation_names_what_is_not_ticked() {
    let mut d = member25(950);
    d.circumstances.disciplines.push(discipline(
        DisciplineLevel::Reprimand,
        true,
        Mitigation {
            self_reported: true,
            remedied: false,
        },
    ));
    let s = sentence(&d, RuleId::Qd366NotCompletedDiscipline, |_| true);
    assert!(s.contains("bằng hình thức khiển trách"), "{s}");
    assert!(s.contains("hoạt động công vụ"), "{s}");
    assert!(s.contains("\"Đã khắc phục xong hậu quả\""), "{s}");
    assert!(!s.contains("\"Tự giác nhận lỗi"), "{s}");
    assert!(
        s.ends_with("Theo quy định, trường hợp này xếp loại \"Không hoàn thành nhiệm vụ\"."),
        "{s}"
    );
}

// --- Unconfirmed rules ---------------------------------------------------------------

#[test]
fn an_unconfirmed_finding_says_it_cannot_be_checked() {
    let mut d = new_dossier(2024, Role::Member);
    d.circumstances.disciplines.push(discipline(
        DisciplineLevel::Warning,
        true,
        Mitigation::default(),
    ));
    let s = sentence(&d, RuleId::Qd124NotCompletedDiscipline, |_| true);
    assert!(s.contains("bằng hình thức cảnh cáo"), "{s}");
    assert!(s.contains("không kiểm tra được"), "{s}");
    // No limit is claimed from an unconfirmed rule.
    assert!(!s.contains("Theo quy định, trường hợp này"), "{s}");
    let s = sentence(&d, RuleId::Qd124Levels, |_| true);
    assert!(s.contains("không kiểm tra được"), "{s}");
    assert_eq!(s.matches("không kiểm tra được").count(), 1, "{s}");
}

// --- Who is rated --------------------------------------------------------------------

#[test]
fn the_not_rated_status_names_the_dates() {
    let mut d = member25(950);
    d.circumstances.admitted_on = Some(date(2025, 6, 15));
    let s = advice::rating_status(&rating_status(&d, date(2025, 12, 14))).unwrap();
    assert!(
        s.starts_with("Theo Quy định số 366-QĐ/TW, Điều 5, khoản 2, đồng chí không thuộc đối tượng kiểm điểm, đánh giá, xếp loại chất lượng năm nay"),
        "{s}"
    );
    assert!(s.contains("15/06/2025") && s.contains("15/12/2025"), "{s}");
    assert!(s.contains("được kết nạp vào Đảng ngày 15/06/2025"), "{s}");
    // The date it is measured at, and that this choice is unconfirmed.
    assert!(s.contains("tính đến ngày 14/12/2025"), "{s}");
    assert!(
        s.contains("cách tính của ứng dụng, chưa được xác nhận"),
        "{s}"
    );
    // What is handed in instead.
    assert!(s.contains("không phải đề xuất mức xếp loại"), "{s}");
    assert!(s.contains("theo yêu cầu của chi bộ"), "{s}");
    assert!(is_nfc(&s));
    assert_eq!(
        advice::rating_status(&rating_status(&d, date(2025, 12, 15))),
        None
    );

    d.circumstances.suspended = true;
    let s = advice::rating_status(&rating_status(&d, date(2025, 12, 14))).unwrap();
    assert!(
        s.contains("đình chỉ sinh hoạt đảng") && s.contains("15/06/2025"),
        "{s}"
    );

    let mut d = new_dossier(2024, Role::Member);
    d.circumstances.exempted = true;
    let s = advice::rating_status(&rating_status(&d, date(2024, 12, 1))).unwrap();
    assert!(
        s.starts_with("Có thể") && s.contains("miễn công tác"),
        "{s}"
    );
}

// --- The proposal --------------------------------------------------------------------

#[test]
fn a_proposal_above_the_ceiling_gets_the_warning_line() {
    let mut d = member25(899);
    d.proposal.party = Some(Rating::Excellent);
    let a = advise(&d, None, today());
    assert!(matches!(a.proposal, ProposalCheck::Above { .. }));
    let s = advice::proposal(&a.proposal).unwrap();
    assert_eq!(
        s,
        "Mức đồng chí đề xuất, \"Hoàn thành xuất sắc nhiệm vụ\", cao hơn mức mà các thông tin đã \
         ghi cho phép (\"Hoàn thành tốt nhiệm vụ\"). Đây là cảnh báo, không ngăn đồng chí đề xuất."
    );
    let c = advice::ceiling(&a).unwrap();
    assert!(c.contains("\"Hoàn thành tốt nhiệm vụ\""), "{c}");

    d.proposal.party = Some(Rating::Good);
    let a = advise(&d, None, today());
    let s = advice::proposal(&a.proposal).unwrap();
    assert!(
        s.contains("không vượt quá") && !s.contains("cảnh báo"),
        "{s}"
    );

    d.proposal.party = None;
    assert_eq!(advice::proposal(&advise(&d, None, today()).proposal), None);
}

#[test]
fn a_proposal_while_not_rated_is_asked_to_be_removed() {
    let mut d = member25(950);
    d.circumstances.exempted = true;
    d.proposal.party = Some(Rating::Good);
    let a = advise(&d, None, today());
    let s = advice::proposal(&a.proposal).unwrap();
    assert!(
        s.contains("bỏ chọn") && s.contains("\"Hoàn thành tốt nhiệm vụ\""),
        "{s}"
    );
    assert_eq!(advice::ceiling(&a), None);
    let f = a.findings.iter().find(|f| f.severity == Severity::RuledOut);
    assert_eq!(
        advice::severity_label(f.unwrap().severity),
        "Không thể đề xuất"
    );
}

// --- Missing facts, citations, labels --------------------------------------------------------

#[test]
fn missing_facts_point_to_where_they_are_entered() {
    let t = kiemdiem::core::template::TemplateId::Y2025Member.template();
    let s = advice::missing_fact(&MissingFact::Score, t, Role::Member);
    assert!(s.contains("tổng điểm") && s.contains("Mục B.I"), "{s}");
    let s = advice::missing_fact(&MissingFact::TaskList, t, Role::Member);
    assert!(s.contains(STEP_TASKS), "{s}");
    let s = advice::missing_fact(&MissingFact::LedUnitResults, t, Role::Leader);
    assert!(s.contains(STEP_FACTS), "{s}");
    let s = advice::missing_fact(&MissingFact::EarlierShortcomings, t, Role::Member);
    assert!(s.contains(STEP_FACTS), "{s}");

    let t = kiemdiem::core::template::TemplateId::Y2019.template();
    let items: Vec<String> = ["I.1", "I.2", "I.3", "II", "III"]
        .map(String::from)
        .to_vec();
    let s = advice::missing_fact(&MissingFact::Grades { items }, t, Role::Member);
    assert!(
        s.contains("Mục I.2 \"") && s.contains("và 2 mục khác"),
        "{s}"
    );
}

#[test]
fn citations_severities_and_confidence_notes() {
    let c = Citation {
        document: "QĐ 366-QĐ/TW",
        part: Some("Điều 11, khoản 4"),
        seen_in: "criteria.md",
    };
    assert_eq!(
        advice::citation(&c),
        "Căn cứ: QĐ 366-QĐ/TW, Điều 11, khoản 4"
    );
    assert_eq!(advice::severity_label(Severity::Info), "Lưu ý");
    assert_eq!(advice::severity_label(Severity::Warning), "Cảnh báo");
    assert_eq!(advice::confidence_note(Confidence::Confirmed), None);
    for c in [Confidence::ThirdParty, Confidence::Unconfirmed] {
        let n = advice::confidence_note(c).unwrap();
        assert!(is_nfc(n) && n.contains("văn bản gốc"), "{n}");
    }
}

// --- No ceiling the regulation does not state ---------------------------------------

#[test]
fn missing_some_tasks_says_the_competent_level_decides_not_a_rating() {
    // 1 of 10 tasks not done: not «trên 50%», so not a KHT case.
    let mut d = member25(600);
    d.tasks = tasks(10, 0, 0, 1);
    let s = sentence(&d, RuleId::Qd366CompletedTasks, |_| true);
    assert!(
        s.contains("chưa đáp ứng điều kiện của mức \"Hoàn thành nhiệm vụ\""),
        "{s}"
    );
    assert!(
        s.contains("«có trên 50% số nhiệm vụ trong năm bị đánh giá không hoàn thành»"),
        "{s}"
    );
    assert!(s.contains("cấp có thẩm quyền xem xét, quyết định"), "{s}");
    assert!(!s.contains("Theo quy định, trường hợp này xếp loại"), "{s}");

    // Over 50% not done is the stated case: then the rule's ceiling is said.
    d.tasks = tasks(10, 0, 0, 6);
    let s = sentence(&d, RuleId::Qd366NotCompletedTasks, |_| true);
    assert!(
        s.contains("Theo quy định, trường hợp này xếp loại \"Không hoàn thành nhiệm vụ\""),
        "{s}"
    );

    // A leader's units between 70% and 100%: the leaders' case is named.
    let mut d = leader25(600);
    let u = d
        .circumstances
        .led_unit
        .get_or_insert_with(Default::default);
    u.tasks_total = Some(10);
    u.tasks_done = Some(8);
    u.tasks_on_time_with_quality = 8;
    let s = sentence(&d, RuleId::Qd366CompletedLedUnit, |r| {
        matches!(r, Reason::TasksNotAllDone { .. })
    });
    assert!(s.contains("«hoàn thành dưới 70% số nhiệm vụ"), "{s}");
    assert!(!s.contains("Theo quy định, trường hợp này xếp loại"), "{s}");
}

#[test]
fn the_score_is_said_against_its_band() {
    let d = member25(600);
    let s = sentence(&d, RuleId::Qd366Score, |_| true);
    assert_eq!(
        s,
        "Tổng điểm tự chấm đạt 60/100 điểm, thuộc khung điểm của mức \"Hoàn thành nhiệm vụ\" \
         (từ 50 đến dưới 70 điểm)."
    );
}

#[test]
fn discipline_is_said_in_the_partys_words() {
    let mut d = member25(950);
    d.circumstances.disciplines.push(discipline(
        DisciplineLevel::Reprimand,
        false,
        Mitigation::default(),
    ));
    let s = sentence(&d, RuleId::Qd366NotCompletedDiscipline, |_| true);
    assert!(
        s.starts_with("Trong năm, đồng chí bị thi hành kỷ luật bằng hình thức khiển trách"),
        "{s}"
    );
}

#[test]
fn leaders_read_the_leaders_clauses_in_2025() {
    use kiemdiem::core::template::Regime;
    use kiemdiem::text::{discipline_public_duty, mitigation_self_reported};
    assert_eq!(
        discipline_public_duty(Role::Leader, Regime::Qd366),
        "Vi phạm liên quan đến chức trách, nhiệm vụ trong thực thi công vụ"
    );
    assert_eq!(
        mitigation_self_reported(Role::Leader, Regime::Qd366),
        "Đã chủ động phát hiện, báo cáo và chỉ đạo xử lý kịp thời"
    );
    assert_eq!(
        discipline_public_duty(Role::Member, Regime::Qd366),
        "Vi phạm liên quan đến hoạt động công vụ"
    );
    assert_eq!(
        mitigation_self_reported(Role::Member, Regime::Qd366),
        "Tự giác nhận lỗi, tự phát hiện vi phạm"
    );

    // The advisor names the tick the leader sees.
    let mut d = leader25(950);
    d.circumstances.disciplines.push(discipline(
        DisciplineLevel::Reprimand,
        true,
        Mitigation {
            self_reported: false,
            remedied: true,
        },
    ));
    let s = sentence(&d, RuleId::Qd366NotCompletedDiscipline, |_| true);
    assert!(
        s.contains("chức trách, nhiệm vụ trong thực thi công vụ"),
        "{s}"
    );
    assert!(
        s.contains("\"Đã chủ động phát hiện, báo cáo và chỉ đạo xử lý kịp thời\""),
        "{s}"
    );
}

#[test]
fn a_finding_on_the_apps_reading_of_the_2019_form_says_so() {
    let mut d = new_dossier(2022, Role::Member);
    let now = d.updated_at;
    for slot in ["I.1", "I.2", "I.3", "II.1", "II.2", "III"] {
        d.set_answer_grade(slot, Some(Grade::Excellent), now);
    }
    d.proposal.civil_servant = Some(CivilServantRating::NotApplicable);
    d.set_answer_grade("I.2", Some(Grade::Good), now);
    let s = sentence(&d, RuleId::Hd21ExcellentGrades, |r| {
        matches!(r, Reason::GradesBelow { .. })
    });
    assert!(
        s.contains("cách hiểu của ứng dụng, chưa được xác nhận"),
        "{s}"
    );
    assert!(!s.contains("mức cao nhất có thể đề xuất"), "{s}");
}

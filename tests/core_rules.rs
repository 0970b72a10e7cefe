//! The rating advisor (`core::rules`): every branch of every rule, at its
//! boundaries. Points are tenths (89.9 points is `Points(899)`).

use kiemdiem::core::dossier::{
    CivilServantRating, Discipline, DisciplineLevel, Dossier, Grade, LedUnitResults, Mitigation,
    Points, Rating, Role, ShortcomingCount, TaskEvidence, TaskQuality, TaskStatus, Timeliness,
    VoteCount,
};
use kiemdiem::core::rules::{
    Advice, CriteriaGroup, Finding, ItemGrade, MissingFact, NotRatedReason, ProposalCheck,
    RatingSource, RatingStatus, Reason, RuleId, Severity, TaskStats, Violation, Whose, advise,
    hd21, qd366, rating_status, total_points,
};
use kiemdiem::core::template::{Confidence, Regime};

// --- Helpers -----------------------------------------------------------------

mod common;
use common::advisor::*;

fn run(d: &Dossier) -> Advice {
    advise(d, None, today())
}

fn find(a: &Advice, rule: RuleId) -> Vec<&Finding> {
    a.findings.iter().filter(|f| f.rule == rule).collect()
}

fn one(a: &Advice, rule: RuleId) -> &Finding {
    let found = find(a, rule);
    assert_eq!(found.len(), 1, "{rule:?} in {:#?}", a.findings);
    found[0]
}

fn has_reason(a: &Advice, pred: impl Fn(&Reason) -> bool) -> bool {
    a.findings.iter().any(|f| pred(&f.reason))
}

// --- Shared machinery --------------------------------------------------------

#[test]
fn citations_read_like_references() {
    let a = run(&member25(950));
    let f = one(&a, RuleId::Qd366Score);
    assert_eq!(f.citation.to_string(), "QĐ 366-QĐ/TW, Điều 11, khoản 1");
    let mut d = d2019(
        Role::Member,
        Grade::Excellent,
        CivilServantRating::NotApplicable,
    );
    d.circumstances.degradation_concluded = true;
    let a = run(&d);
    assert_eq!(
        one(&a, RuleId::Hd21NotCompletedDegradation)
            .citation
            .to_string(),
        "HD 21-HD/BTCTW, mục 2.3, điểm d"
    );
}

#[test]
fn rule_ids_are_distinct() {
    let ids = [
        RuleId::Qd366NotRated,
        RuleId::Qd366Score,
        RuleId::Qd366ScoreScale,
        RuleId::Qd366ExcellentTasks,
        RuleId::Qd366ExcellentLedUnit,
        RuleId::Qd366ExcellentShortcomings,
        RuleId::Qd366ExcellentQuota,
        RuleId::Qd366GoodTasks,
        RuleId::Qd366GoodLedUnit,
        RuleId::Qd366CompletedTasks,
        RuleId::Qd366CompletedLedUnit,
        RuleId::Qd366NotCompletedTasks,
        RuleId::Qd366NotCompletedLedUnit,
        RuleId::Qd366NotCompletedConfidenceVote,
        RuleId::Qd366NotCompletedDiscipline,
        RuleId::Qd366NotCompletedDegradation,
        RuleId::Qd366NotCompletedConduct,
        RuleId::Qd366NotCompletedMisconductInScope,
        RuleId::Qd366CivilServantBasis,
        RuleId::Hd21NotRated,
        RuleId::Hd21ExcellentGrades,
        RuleId::Hd21ExcellentCivilServant,
        RuleId::Hd21ExcellentQualities,
        RuleId::Hd21ExcellentQuota,
        RuleId::Hd21GoodGrades,
        RuleId::Hd21GoodCivilServant,
        RuleId::Hd21Completed,
        RuleId::Hd21NotCompletedDegradation,
        RuleId::Hd21NotCompletedTasks,
        RuleId::Hd21NotCompletedCivilServant,
        RuleId::Hd21NotCompletedDiscipline,
        RuleId::Hd21Leaders,
        RuleId::Hd21CivilServantStatus,
        RuleId::Qd132PoorGrade,
        RuleId::Qd124NotRated,
        RuleId::Qd124Levels,
        RuleId::Qd124PoorGrade,
        RuleId::Qd124NotCompletedConduct,
        RuleId::Qd124NotCompletedDiscipline,
        RuleId::Qd124NotCompletedLedUnit,
    ];
    let mut names: Vec<&str> = ids.iter().map(|r| r.as_str()).collect();
    names.sort_unstable();
    names.dedup();
    assert_eq!(names.len(), ids.len());
}

#[test]
fn the_regime_follows_the_review_year() {
    assert_eq!(run(&new_dossier(2022, Role::Member)).regime, Regime::Qd132);
    assert_eq!(run(&new_dossier(2023, Role::Member)).regime, Regime::Qd124);
    assert_eq!(run(&new_dossier(2025, Role::Member)).regime, Regime::Qd366);
}

#[test]
fn task_figures_are_counted_from_the_appendix() {
    let mut t = tasks(10, 3, 2, 1);
    t.push(TaskEvidence::default()); // nothing filled in
    t.push(TaskEvidence {
        status: Some(TaskStatus::Done),
        quality: Some(TaskQuality::NotAssured),
        timeliness: Some(Timeliness::OnTime),
        ..TaskEvidence::default()
    });
    let s = TaskStats::of(&t);
    assert_eq!(s.total, 12);
    assert_eq!(s.done, 10);
    assert_eq!(s.not_done, 1);
    assert_eq!(s.status_unknown, 1);
    assert_eq!(s.exceeded, 3);
    assert_eq!(s.late, 2);
    assert_eq!(s.on_time_with_quality, 7);
    assert_eq!(s.not_on_time_with_quality, 4);
    assert_eq!(s.on_time_with_quality_unknown(), 1);
    assert_eq!(s.timeliness_unknown, 1);
    assert_eq!(s.incomplete, 1);
}

#[test]
fn the_total_comes_from_the_scheme_else_from_the_points() {
    let mut d = new_dossier(2025, Role::Member);
    assert_eq!(total_points(&d, None), None);
    d.points.insert("B.I.chung.1".into(), Points(255));
    d.points.insert("B.I.nhiemvu.1".into(), Points(600));
    assert_eq!(total_points(&d, None), Some(Points(855)));
    assert_eq!(total_points(&d, Some(Points(910))), Some(Points(910)));
    let a = advise(&d, Some(Points(910)), today());
    assert_eq!(a.score, Some(Points(910)));
}

#[test]
fn unconfirmed_findings_never_limit_nor_warn() {
    let mut samples = vec![
        d2019(
            Role::Leader,
            Grade::Average,
            CivilServantRating::NotApplicable,
        ),
        new_dossier(2023, Role::Leader),
    ];
    let mut d = new_dossier(2024, Role::Member);
    d.circumstances.exempted = true;
    d.circumstances.disciplines.push(Discipline {
        level: DisciplineLevel::Expulsion,
        public_duty: true,
        mitigation: Mitigation::default(),
        counted_in_earlier_rating: false,
    });
    samples.push(d);
    let mut seen = 0;
    for mut d in samples {
        d.proposal.party = Some(Rating::Excellent);
        for f in run(&d).findings {
            if f.confidence == Confidence::Unconfirmed {
                seen += 1;
                assert_eq!(f.ceiling, None, "{f:?}");
                assert_eq!(f.severity, Severity::Info, "{f:?}");
            }
        }
    }
    assert!(seen >= 5);
}

// --- Who is rated ---------------------------------------------------------------

#[test]
fn a_member_is_rated_by_default() {
    let d = member25(950);
    assert_eq!(rating_status(&d, today()), RatingStatus::Rated);
    assert!(rating_status(&d, today()).asks_for_rating());
}

#[test]
fn exempted_members_are_not_rated_and_a_proposal_is_ruled_out() {
    let mut d = member25(950);
    d.circumstances.exempted = true;
    let status = rating_status(&d, today());
    assert!(!status.asks_for_rating());
    let g = status.grounds();
    assert_eq!(g.len(), 1);
    assert_eq!(g[0].reason, NotRatedReason::Exempted);
    assert_eq!(g[0].confidence, Confidence::Confirmed);
    assert_eq!(g[0].citation.to_string(), "QĐ 366-QĐ/TW, Điều 5, khoản 2");

    // Without a proposal the ground is an explanation.
    let a = run(&d);
    let f = one(&a, RuleId::Qd366NotRated);
    assert_eq!(f.severity, Severity::Info);
    assert_eq!(a.proposal, ProposalCheck::NoProposal);
    // The level rules do not run for someone not rated.
    assert!(find(&a, RuleId::Qd366Score).is_empty());
    assert_eq!(a.ceiling, None);

    d.proposal.party = Some(Rating::Good);
    let a = run(&d);
    assert_eq!(one(&a, RuleId::Qd366NotRated).severity, Severity::RuledOut);
    assert_eq!(
        a.proposal,
        ProposalCheck::WhileNotRated {
            proposed: Rating::Good
        }
    );
    assert_eq!(a.worst(), Some(Severity::RuledOut));
}

#[test]
fn suspended_members_are_not_rated() {
    let mut d = member25(950);
    d.circumstances.suspended = true;
    let status = rating_status(&d, today());
    assert_eq!(status.grounds()[0].reason, NotRatedReason::Suspended);
    assert!(matches!(status, RatingStatus::NotRated(_)));
}

#[test]
fn members_admitted_under_six_months_are_not_rated_from_2025() {
    let mut d = member25(950);
    // 15/06/2025 → 14/12/2025 is 5 months 29 days; 15/12/2025 is 6 months.
    d.circumstances.admitted_on = Some(date(2025, 6, 15));
    let status = rating_status(&d, date(2025, 12, 14));
    assert_eq!(
        status.grounds(),
        &[kiemdiem::core::rules::NotRatedGround {
            reason: NotRatedReason::NewlyAdmitted {
                admitted_on: date(2025, 6, 15),
                six_months_on: date(2025, 12, 15),
                reference: date(2025, 12, 14),
            },
            citation: status.grounds()[0].citation,
            confidence: Confidence::Confirmed,
        }]
    );
    assert!(!status.asks_for_rating());
    assert_eq!(rating_status(&d, date(2025, 12, 15)), RatingStatus::Rated);
    // Measured at the review year's end, whatever today is.
    assert_eq!(
        kiemdiem::core::rules::reference_date(2025),
        date(2025, 12, 31)
    );
    d.circumstances.admitted_on = Some(date(2025, 7, 1));
    let reference = kiemdiem::core::rules::reference_date(d.year);
    assert!(!rating_status(&d, reference).asks_for_rating());
    assert!(!advise(&d, None, reference).status.asks_for_rating());
    d.circumstances.admitted_on = Some(date(2025, 6, 30));
    assert!(rating_status(&d, reference).asks_for_rating());
    // Admitted long ago.
    d.circumstances.admitted_on = Some(date(1999, 3, 2));
    assert_eq!(rating_status(&d, today()), RatingStatus::Rated);
}

#[test]
fn several_grounds_are_all_listed() {
    let mut d = member25(950);
    d.circumstances.exempted = true;
    d.circumstances.suspended = true;
    d.circumstances.admitted_on = Some(date(2025, 10, 1));
    assert_eq!(rating_status(&d, today()).grounds().len(), 3);
}

#[test]
fn the_2019_not_rated_list_carries_its_tags() {
    let mut d = d2019(
        Role::Member,
        Grade::Excellent,
        CivilServantRating::NotApplicable,
    );
    d.circumstances.exempted = true;
    d.circumstances.suspended = true;
    d.circumstances.admitted_on = Some(date(2022, 9, 1));
    let status = rating_status(&d, date(2022, 12, 1));
    let tags: Vec<(NotRatedReason, Confidence)> = status
        .grounds()
        .iter()
        .map(|g| (g.reason, g.confidence))
        .collect();
    assert_eq!(tags[0], (NotRatedReason::Exempted, Confidence::ThirdParty));
    assert_eq!(tags[1], (NotRatedReason::Suspended, Confidence::Confirmed));
    assert!(matches!(tags[2].0, NotRatedReason::NewlyAdmitted { .. }));
    assert_eq!(tags[2].1, Confidence::ThirdParty);
    assert!(!status.asks_for_rating());
    d.proposal.party = Some(Rating::Good);
    let a = advise(&d, None, date(2022, 12, 1));
    assert!(
        find(&a, RuleId::Hd21NotRated)
            .iter()
            .all(|f| f.severity == Severity::RuledOut)
    );
}

#[test]
fn in_2023_the_not_rated_grounds_are_unconfirmed() {
    let mut d = new_dossier(2023, Role::Member);
    d.circumstances.exempted = true;
    d.proposal.party = Some(Rating::Good);
    let status = rating_status(&d, date(2023, 12, 1));
    assert!(matches!(status, RatingStatus::Uncertain(_)));
    assert!(status.asks_for_rating());
    let a = advise(&d, None, date(2023, 12, 1));
    let f = one(&a, RuleId::Qd124NotRated);
    assert_eq!(f.confidence, Confidence::Unconfirmed);
    assert_eq!(f.severity, Severity::Info);
    // The rules still run.
    assert_eq!(find(&a, RuleId::Qd124Levels).len(), 1);
    assert!(matches!(a.proposal, ProposalCheck::Within { .. }));
}

// --- 2025: score bands (QĐ 366 Điều 11) ---------------------------------------

fn band_of(score: u32) -> (Option<Rating>, Reason) {
    let a = run(&member25(score));
    let f = one(&a, RuleId::Qd366Score);
    (f.ceiling, f.reason.clone())
}

#[test]
fn ninety_points_is_the_excellent_band() {
    let (ceiling, reason) = band_of(900);
    assert_eq!(ceiling, Some(Rating::Excellent));
    assert_eq!(
        reason,
        Reason::ScoreBand {
            score: Points(900),
            band: Rating::Excellent,
            min: Points(900),
            below: None,
        }
    );
    let (ceiling, reason) = band_of(899);
    assert_eq!(ceiling, Some(Rating::Good));
    assert_eq!(
        reason,
        Reason::ScoreBand {
            score: Points(899),
            band: Rating::Good,
            min: Points(700),
            below: Some(Points(900)),
        }
    );
}

#[test]
fn seventy_points_is_the_good_band() {
    assert_eq!(band_of(700).0, Some(Rating::Good));
    assert_eq!(band_of(699).0, Some(Rating::Completed));
}

#[test]
fn fifty_points_is_the_completed_band() {
    assert_eq!(band_of(500).0, Some(Rating::Completed));
    assert_eq!(band_of(499).0, Some(Rating::NotCompleted));
    assert_eq!(qd366::band(Points(0)), Rating::NotCompleted);
    assert_eq!(
        qd366::band_bounds(Rating::NotCompleted),
        (Points(0), Some(Points(500)))
    );
}

#[test]
fn all_conditions_met_at_ninety_allows_excellent_with_the_quota_note() {
    let mut d = member25(900);
    d.proposal.party = Some(Rating::Excellent);
    let a = run(&d);
    assert_eq!(a.ceiling, Some(Rating::Excellent));
    assert_eq!(
        a.proposal,
        ProposalCheck::Within {
            proposed: Rating::Excellent,
            ceiling: Some(Rating::Excellent)
        }
    );
    let quota = one(&a, RuleId::Qd366ExcellentQuota);
    assert_eq!(
        quota.reason,
        Reason::GroupQuota {
            percent: 20,
            raised_percent: Some(25)
        }
    );
    assert_eq!(quota.ceiling, None);
    assert!(a.with_severity(Severity::Warning).next().is_none());
}

#[test]
fn a_proposal_above_the_band_warns_with_the_numbers() {
    let mut d = member25(850);
    d.proposal.party = Some(Rating::Excellent);
    let a = run(&d);
    assert_eq!(
        a.proposal,
        ProposalCheck::Above {
            proposed: Rating::Excellent,
            ceiling: Rating::Good
        }
    );
    let f = one(&a, RuleId::Qd366Score);
    assert_eq!(f.severity, Severity::Warning);
    assert!(matches!(
        f.reason,
        Reason::ScoreBand {
            score: Points(850),
            below: Some(Points(900)),
            ..
        }
    ));
    // A lower or equal proposal is the person's choice.
    d.proposal.party = Some(Rating::Good);
    assert_eq!(one(&run(&d), RuleId::Qd366Score).severity, Severity::Info);
    d.proposal.party = Some(Rating::Completed);
    assert_eq!(
        run(&d).proposal,
        ProposalCheck::Within {
            proposed: Rating::Completed,
            ceiling: Some(Rating::Good)
        }
    );
}

#[test]
fn without_a_score_the_band_cannot_be_checked() {
    let mut d = member25(900);
    d.points.clear();
    let a = run(&d);
    let f = one(&a, RuleId::Qd366Score);
    assert_eq!(f.reason, Reason::Missing(MissingFact::Score));
    assert_eq!(f.ceiling, None);
    assert_eq!(a.ceiling, None);
}

#[test]
fn a_score_above_one_hundred_is_flagged() {
    let a = run(&member25(1001));
    let f = one(&a, RuleId::Qd366ScoreScale);
    assert_eq!(f.severity, Severity::Warning);
    assert_eq!(
        f.reason,
        Reason::ScoreOverMaximum {
            score: Points(1001),
            max: Points(1000)
        }
    );
    assert!(find(&run(&member25(1000)), RuleId::Qd366ScoreScale).is_empty());
}

// --- 2025: HTXS conditions -----------------------------------------------------

#[test]
fn excellent_needs_thirty_percent_exceeded() {
    let mut d = member25(950);
    d.tasks = tasks(100, 30, 0, 0);
    let a = run(&d);
    assert_eq!(a.ceiling, Some(Rating::Excellent));
    assert!(find(&a, RuleId::Qd366ExcellentTasks).is_empty());

    d.tasks = tasks(100, 29, 0, 0);
    let a = run(&d);
    let f = one(&a, RuleId::Qd366ExcellentTasks);
    assert_eq!(
        f.reason,
        Reason::TooFewExceeding {
            whose: Whose::Own,
            exceeded: 29,
            total: 100,
            min_percent: 30
        }
    );
    assert_eq!(f.ceiling, Some(Rating::Good));
    assert_eq!(a.ceiling, Some(Rating::Good));
    assert!(find(&a, RuleId::Qd366ExcellentQuota).is_empty());
}

#[test]
fn excellent_needs_every_task_on_time_with_quality() {
    let mut d = member25(950);
    d.tasks = tasks(10, 3, 1, 0); // one late
    let a = run(&d);
    let excellent = one(&a, RuleId::Qd366ExcellentTasks);
    assert_eq!(
        excellent.reason,
        Reason::TasksNotAllOnTimeWithQuality {
            whose: Whose::Own,
            level: Rating::Excellent,
            on_time_with_quality: 9,
            total: 10
        }
    );
    // The same fact fails HTT, and HT (10% late) holds.
    let good = one(&a, RuleId::Qd366GoodTasks);
    assert_eq!(good.ceiling, Some(Rating::Completed));
    assert!(find(&a, RuleId::Qd366CompletedTasks).is_empty());
    assert_eq!(a.ceiling, Some(Rating::Completed));

    // Quality not assured counts the same.
    let mut d = member25(950);
    d.tasks[5].quality = Some(TaskQuality::NotAssured);
    assert_eq!(run(&d).ceiling, Some(Rating::Completed));
}

#[test]
fn excellent_needs_every_earlier_shortcoming_fixed() {
    let mut d = member25(950);
    d.circumstances.earlier_shortcomings = Some(ShortcomingCount {
        pointed_out: Some(3),
        fixed: Some(2),
    });
    let a = run(&d);
    let f = one(&a, RuleId::Qd366ExcellentShortcomings);
    assert_eq!(
        f.reason,
        Reason::ShortcomingsNotAllFixed {
            fixed: 2,
            pointed_out: 3
        }
    );
    assert_eq!(a.ceiling, Some(Rating::Good));

    // None pointed out ("nếu có"): met.
    d.circumstances.earlier_shortcomings = Some(ShortcomingCount {
        pointed_out: Some(0),
        fixed: Some(0),
    });
    assert_eq!(run(&d).ceiling, Some(Rating::Excellent));

    // Not said: cannot be checked, not held against the person.
    d.circumstances.earlier_shortcomings = None;
    let a = run(&d);
    let f = one(&a, RuleId::Qd366ExcellentShortcomings);
    assert_eq!(f.reason, Reason::Missing(MissingFact::EarlierShortcomings));
    assert_eq!(a.ceiling, Some(Rating::Excellent));
    assert!(find(&a, RuleId::Qd366ExcellentQuota).is_empty());
}

#[test]
fn without_a_task_appendix_the_conditions_cannot_be_checked() {
    let mut d = member25(950);
    d.tasks.clear();
    let a = run(&d);
    let f = one(&a, RuleId::Qd366ExcellentTasks);
    assert_eq!(f.reason, Reason::Missing(MissingFact::TaskList));
    assert_eq!(a.ceiling, Some(Rating::Excellent));
}

#[test]
fn unfilled_task_details_are_reported_not_held_against() {
    let mut d = member25(950);
    d.tasks[9].timeliness = None;
    let a = run(&d);
    let f = one(&a, RuleId::Qd366ExcellentTasks);
    assert_eq!(
        f.reason,
        Reason::Missing(MissingFact::TaskDetails {
            unknown: 1,
            total: 10
        })
    );
    assert_eq!(a.ceiling, Some(Rating::Excellent));
}

// --- 2025: HTT and HT conditions ----------------------------------------------

#[test]
fn good_needs_every_task_on_time_with_quality() {
    let mut d = member25(800);
    let a = run(&d);
    assert_eq!(a.ceiling, Some(Rating::Good));
    assert!(find(&a, RuleId::Qd366GoodTasks).is_empty());

    d.tasks[0].quality = Some(TaskQuality::NotAssured);
    let a = run(&d);
    let f = one(&a, RuleId::Qd366GoodTasks);
    assert_eq!(
        f.reason,
        Reason::TasksNotAllOnTimeWithQuality {
            whose: Whose::Own,
            level: Rating::Good,
            on_time_with_quality: 9,
            total: 10
        }
    );
    assert_eq!(a.ceiling, Some(Rating::Completed));
    // The HTXS conditions are not checked below the HTXS band.
    assert!(find(&a, RuleId::Qd366ExcellentTasks).is_empty());
}

#[test]
fn completed_allows_up_to_twenty_percent_late() {
    let mut d = member25(600);
    d.tasks = tasks(10, 0, 2, 0);
    let a = run(&d);
    assert_eq!(a.ceiling, Some(Rating::Completed));
    assert!(find(&a, RuleId::Qd366CompletedTasks).is_empty());

    d.tasks = tasks(100, 0, 21, 0);
    let a = run(&d);
    let f = one(&a, RuleId::Qd366CompletedTasks);
    assert_eq!(
        f.reason,
        Reason::TooManyLate {
            whose: Whose::Own,
            late: 21,
            total: 100,
            max_percent: 20
        }
    );
    // Not a KHT case of khoản 4: no ceiling, the competent level decides;
    // the score band stays the only limit.
    assert_eq!(f.ceiling, None);
    assert_eq!(f.confidence, Confidence::Confirmed);
    assert_eq!(a.ceiling, Some(Rating::Completed));
    assert_eq!(f.severity, Severity::Info);
    d.proposal.party = Some(Rating::Completed);
    let a = run(&d);
    assert_eq!(
        one(&a, RuleId::Qd366CompletedTasks).severity,
        Severity::Warning
    );
    d.proposal.party = Some(Rating::NotCompleted);
    let a = run(&d);
    assert_eq!(
        one(&a, RuleId::Qd366CompletedTasks).severity,
        Severity::Info
    );
    d.proposal.party = None;

    d.tasks = tasks(100, 0, 20, 0);
    assert_eq!(run(&d).ceiling, Some(Rating::Completed));
}

#[test]
fn completed_needs_every_task_done() {
    let mut d = member25(600);
    d.tasks = tasks(10, 0, 0, 1);
    let a = run(&d);
    let f = one(&a, RuleId::Qd366CompletedTasks);
    assert_eq!(
        f.reason,
        Reason::TasksNotAllDone {
            whose: Whose::Own,
            level: Rating::Completed,
            done: 9,
            total: 10
        }
    );
    // One failed task is not the KHT case of "over 50% not done": the
    // conditions of HT are not met, but no ceiling is stated.
    assert_eq!(f.ceiling, None);
    assert_eq!(a.ceiling, Some(Rating::Completed));
    assert!(find(&a, RuleId::Qd366NotCompletedTasks).is_empty());
}

#[test]
fn a_high_score_falls_level_by_level() {
    // 95 points, 25% late: HTXS and HTT fail (late), HT fails (>20% late).
    let mut d = member25(950);
    d.tasks = tasks(4, 3, 1, 0);
    let a = run(&d);
    assert_eq!(find(&a, RuleId::Qd366ExcellentTasks).len(), 1);
    assert_eq!(find(&a, RuleId::Qd366GoodTasks).len(), 1);
    assert_eq!(one(&a, RuleId::Qd366CompletedTasks).ceiling, None);
    // HTT's condition failing caps at HT; HT's own conditions failing
    // states no KHT.
    assert_eq!(a.ceiling, Some(Rating::Completed));
}

// --- 2025: KHT cases -----------------------------------------------------------

#[test]
fn more_than_half_of_the_tasks_not_done_is_not_completed() {
    let mut d = member25(800);
    d.tasks = tasks(100, 0, 0, 50);
    assert!(!has_reason(&run(&d), |r| matches!(
        r,
        Reason::TooManyFailed { .. }
    )));

    d.tasks = tasks(100, 0, 0, 51);
    let a = run(&d);
    let f = one(&a, RuleId::Qd366NotCompletedTasks);
    assert_eq!(
        f.reason,
        Reason::TooManyFailed {
            not_done: 51,
            total: 100,
            max_percent: 50
        }
    );
    assert_eq!(f.ceiling, Some(Rating::NotCompleted));
    // The level conditions are moot then.
    assert!(find(&a, RuleId::Qd366GoodTasks).is_empty());
}

fn discipline(level: DisciplineLevel, public_duty: bool, m: Mitigation) -> Discipline {
    Discipline {
        level,
        public_duty,
        mitigation: m,
        counted_in_earlier_rating: false,
    }
}

#[test]
fn discipline_in_public_duty_from_reprimand_up_is_not_completed() {
    for level in DisciplineLevel::ALL {
        let mut d = member25(950);
        d.proposal.party = Some(Rating::Good);
        d.circumstances
            .disciplines
            .push(discipline(level, true, Mitigation::default()));
        let a = run(&d);
        let f = one(&a, RuleId::Qd366NotCompletedDiscipline);
        assert_eq!(
            f.reason,
            Reason::Violation {
                violation: Violation::Discipline {
                    level,
                    public_duty: true
                },
                mitigation: Some(Mitigation::default()),
            },
            "{level:?}"
        );
        assert_eq!(f.ceiling, Some(Rating::NotCompleted));
        assert_eq!(f.severity, Severity::Warning);
        assert_eq!(a.ceiling, Some(Rating::NotCompleted));
    }
}

#[test]
fn discipline_outside_public_duty_is_not_a_listed_case() {
    for level in DisciplineLevel::ALL {
        let mut d = member25(950);
        d.circumstances
            .disciplines
            .push(discipline(level, false, Mitigation::default()));
        let a = run(&d);
        let f = one(&a, RuleId::Qd366NotCompletedDiscipline);
        assert_eq!(f.reason, Reason::DisciplineNotInPublicDuty { level });
        assert_eq!(f.ceiling, None);
        assert_eq!(a.ceiling, Some(Rating::Excellent));
    }
}

#[test]
fn the_mitigation_clause_is_shown_not_passed() {
    let both = Mitigation {
        self_reported: true,
        remedied: true,
    };
    let mut d = member25(950);
    d.proposal.party = Some(Rating::Excellent);
    d.circumstances
        .disciplines
        .push(discipline(DisciplineLevel::Warning, true, both));
    let a = run(&d);
    let f = one(&a, RuleId::Qd366NotCompletedDiscipline);
    assert_eq!(
        f.reason,
        Reason::MitigationClause {
            violation: Violation::Discipline {
                level: DisciplineLevel::Warning,
                public_duty: true
            },
            mitigation: both,
        }
    );
    assert_eq!(f.ceiling, None);
    assert_eq!(f.severity, Severity::Warning);
    assert_eq!(a.ceiling, Some(Rating::Excellent));

    // Proposing KHT needs no warning.
    d.proposal.party = Some(Rating::NotCompleted);
    assert_eq!(
        one(&run(&d), RuleId::Qd366NotCompletedDiscipline).severity,
        Severity::Info
    );

    // One fact alone is not enough.
    for half in [
        Mitigation {
            self_reported: true,
            remedied: false,
        },
        Mitigation {
            self_reported: false,
            remedied: true,
        },
    ] {
        let mut d = member25(950);
        d.circumstances
            .disciplines
            .push(discipline(DisciplineLevel::Reprimand, true, half));
        let a = run(&d);
        assert_eq!(
            one(&a, RuleId::Qd366NotCompletedDiscipline).reason,
            Reason::Violation {
                violation: Violation::Discipline {
                    level: DisciplineLevel::Reprimand,
                    public_duty: true
                },
                mitigation: Some(half),
            }
        );
        assert_eq!(a.ceiling, Some(Rating::NotCompleted));
    }
}

#[test]
fn concluded_degradation_is_not_completed() {
    let mut d = member25(950);
    d.circumstances.degradation_concluded = true;
    let a = run(&d);
    let f = one(&a, RuleId::Qd366NotCompletedDegradation);
    assert_eq!(f.reason, Reason::Degradation);
    assert_eq!(a.ceiling, Some(Rating::NotCompleted));
}

#[test]
fn prohibited_acts_and_example_duty_are_not_completed_unless_mitigated() {
    let mut d = member25(950);
    d.circumstances.prohibited_acts = Some(Mitigation::default());
    let a = run(&d);
    assert_eq!(
        one(&a, RuleId::Qd366NotCompletedConduct).reason,
        Reason::Violation {
            violation: Violation::ProhibitedActs,
            mitigation: Some(Mitigation::default())
        }
    );
    assert_eq!(a.ceiling, Some(Rating::NotCompleted));

    let mut d = member25(950);
    d.circumstances.exemplary_duty_breach = Some(Mitigation {
        self_reported: true,
        remedied: true,
    });
    let a = run(&d);
    assert!(matches!(
        one(&a, RuleId::Qd366NotCompletedConduct).reason,
        Reason::MitigationClause {
            violation: Violation::ExemplaryDuty,
            ..
        }
    ));
    assert_eq!(a.ceiling, Some(Rating::Excellent));
}

#[test]
fn members_outside_the_system_follow_the_members_rules() {
    let mut d = new_dossier(2025, Role::OutsideSystem);
    d.points.insert("x".into(), Points(950));
    d.tasks = tasks(100, 0, 0, 51);
    let a = run(&d);
    assert_eq!(find(&a, RuleId::Qd366NotCompletedTasks).len(), 1);
}

#[test]
fn the_civil_servant_rating_is_the_basis_of_the_party_rating() {
    let mut d = member25(950);
    d.circumstances.civil_servant_rating = Some(Rating::Completed);
    d.proposal.party = Some(Rating::Good);
    let a = run(&d);
    let f = one(&a, RuleId::Qd366CivilServantBasis);
    assert_eq!(
        f.reason,
        Reason::CivilServantBasis {
            rating: Rating::Completed,
            source: RatingSource::Decided
        }
    );
    assert_eq!(f.ceiling, None);
    assert_eq!(f.severity, Severity::Warning);
    d.proposal.party = Some(Rating::Completed);
    assert!(find(&run(&d), RuleId::Qd366CivilServantBasis).is_empty());
}

// --- 2025: leaders --------------------------------------------------------------

#[test]
fn a_leader_is_judged_on_the_units_led() {
    let a = run(&leader25(950));
    assert_eq!(a.ceiling, Some(Rating::Excellent));
    // Own tasks are not what Điều 11 names for leaders.
    let mut d = leader25(950);
    d.tasks = tasks(100, 0, 0, 60);
    let a = run(&d);
    assert!(find(&a, RuleId::Qd366NotCompletedTasks).is_empty());
    assert_eq!(a.ceiling, Some(Rating::Excellent));
}

fn unit(d: &mut Dossier) -> &mut LedUnitResults {
    d.circumstances.led_unit.as_mut().unwrap()
}

#[test]
fn a_leaders_excellent_needs_the_units_complete_with_thirty_percent_exceeded() {
    let mut d = leader25(950);
    unit(&mut d).tasks_exceeded = Some(2); // 20%
    let a = run(&d);
    assert_eq!(
        one(&a, RuleId::Qd366ExcellentLedUnit).reason,
        Reason::TooFewExceeding {
            whose: Whose::LedUnit,
            exceeded: 2,
            total: 10,
            min_percent: 30
        }
    );
    assert_eq!(a.ceiling, Some(Rating::Good));

    let mut d = leader25(950);
    let u = unit(&mut d);
    u.tasks_total = Some(100);
    u.tasks_done = Some(100);
    u.tasks_on_time_with_quality = 100;
    u.tasks_exceeded = Some(29);
    assert_eq!(run(&d).ceiling, Some(Rating::Good));
    unit(&mut d).tasks_exceeded = Some(30);
    assert_eq!(run(&d).ceiling, Some(Rating::Excellent));

    let mut d = leader25(950);
    unit(&mut d).tasks_done = Some(9);
    let a = run(&d);
    assert_eq!(
        one(&a, RuleId::Qd366ExcellentLedUnit).reason,
        Reason::TasksNotAllDone {
            whose: Whose::LedUnit,
            level: Rating::Excellent,
            done: 9,
            total: 10
        }
    );
}

#[test]
fn a_leaders_good_needs_the_units_on_time_with_quality() {
    let mut d = leader25(800);
    unit(&mut d).tasks_on_time_with_quality = 9;
    let a = run(&d);
    assert_eq!(
        one(&a, RuleId::Qd366GoodLedUnit).reason,
        Reason::TasksNotAllOnTimeWithQuality {
            whose: Whose::LedUnit,
            level: Rating::Good,
            on_time_with_quality: 9,
            total: 10
        }
    );
    assert_eq!(a.ceiling, Some(Rating::Completed));
}

#[test]
fn a_leaders_completed_allows_twenty_percent_late() {
    let mut d = leader25(600);
    let u = unit(&mut d);
    u.tasks_total = Some(100);
    u.tasks_done = Some(100);
    u.tasks_on_time_with_quality = 80;
    u.tasks_late = Some(20);
    assert_eq!(run(&d).ceiling, Some(Rating::Completed));
    unit(&mut d).tasks_late = Some(21);
    let a = run(&d);
    assert_eq!(
        one(&a, RuleId::Qd366CompletedLedUnit).reason,
        Reason::TooManyLate {
            whose: Whose::LedUnit,
            late: 21,
            total: 100,
            max_percent: 20
        }
    );
    assert_eq!(one(&a, RuleId::Qd366CompletedLedUnit).ceiling, None);
    assert_eq!(a.ceiling, Some(Rating::Completed));

    let mut d = leader25(600);
    unit(&mut d).tasks_done = Some(9);
    let a = run(&d);
    assert!(matches!(
        one(&a, RuleId::Qd366CompletedLedUnit).reason,
        Reason::TasksNotAllDone {
            whose: Whose::LedUnit,
            ..
        }
    ));
}

#[test]
fn a_leader_without_unit_figures_cannot_be_checked() {
    let mut d = leader25(950);
    d.circumstances.led_unit = None;
    let a = run(&d);
    assert_eq!(
        one(&a, RuleId::Qd366ExcellentLedUnit).reason,
        Reason::Missing(MissingFact::LedUnitResults)
    );
    assert_eq!(a.ceiling, Some(Rating::Excellent));
}

#[test]
fn a_leaders_unit_under_seventy_percent_is_not_completed() {
    let mut d = leader25(950);
    let u = unit(&mut d);
    u.tasks_total = Some(100);
    u.tasks_done = Some(70);
    u.tasks_on_time_with_quality = 70;
    u.tasks_exceeded = Some(30);
    let a = run(&d);
    assert!(find(&a, RuleId::Qd366NotCompletedLedUnit).is_empty());
    unit(&mut d).tasks_done = Some(69);
    let a = run(&d);
    assert_eq!(
        one(&a, RuleId::Qd366NotCompletedLedUnit).reason,
        Reason::TooFewDone {
            whose: Whose::LedUnit,
            done: 69,
            total: 100,
            min_percent: 70
        }
    );
    assert_eq!(a.ceiling, Some(Rating::NotCompleted));
}

#[test]
fn a_leaders_core_targets_missed_is_not_completed() {
    let mut d = leader25(950);
    unit(&mut d).core_indicators_not_met = true;
    let a = run(&d);
    assert_eq!(
        one(&a, RuleId::Qd366NotCompletedLedUnit).reason,
        Reason::CoreIndicatorsNotMet
    );
    assert_eq!(a.ceiling, Some(Rating::NotCompleted));
}

#[test]
fn a_leader_with_over_half_the_units_not_completed_is_not_completed() {
    let mut d = leader25(950);
    let u = unit(&mut d);
    u.units_total = 100;
    u.units_not_completed = 50;
    assert!(find(&run(&d), RuleId::Qd366NotCompletedLedUnit).is_empty());
    unit(&mut d).units_not_completed = 51;
    let a = run(&d);
    assert_eq!(
        one(&a, RuleId::Qd366NotCompletedLedUnit).reason,
        Reason::SubUnitsNotCompleted {
            not_completed: 51,
            total: 100,
            max_percent: 50
        }
    );
}

#[test]
fn a_leader_with_over_half_low_confidence_votes_is_not_completed() {
    let mut d = leader25(950);
    d.circumstances.confidence_vote = Some(VoteCount {
        low: 50,
        total: 100,
    });
    assert!(find(&run(&d), RuleId::Qd366NotCompletedConfidenceVote).is_empty());
    d.circumstances.confidence_vote = Some(VoteCount {
        low: 51,
        total: 100,
    });
    let a = run(&d);
    assert_eq!(
        one(&a, RuleId::Qd366NotCompletedConfidenceVote).reason,
        Reason::LowConfidenceVotes {
            low: 51,
            total: 100,
            max_percent: 50
        }
    );
    assert_eq!(a.ceiling, Some(Rating::NotCompleted));
}

#[test]
fn a_leaders_discipline_and_misconduct_in_scope_follow_the_leaders_clause() {
    let mut d = leader25(950);
    d.circumstances.disciplines.push(discipline(
        DisciplineLevel::Reprimand,
        true,
        Mitigation::default(),
    ));
    assert_eq!(run(&d).ceiling, Some(Rating::NotCompleted));

    let mut d = leader25(950);
    d.circumstances.degradation_concluded = true;
    assert_eq!(run(&d).ceiling, Some(Rating::NotCompleted));

    let mut d = leader25(950);
    d.circumstances.misconduct_in_scope = Some(Mitigation::default());
    let a = run(&d);
    assert_eq!(
        one(&a, RuleId::Qd366NotCompletedMisconductInScope).reason,
        Reason::Violation {
            violation: Violation::MisconductInScope,
            mitigation: Some(Mitigation::default())
        }
    );
    assert_eq!(a.ceiling, Some(Rating::NotCompleted));

    d.circumstances.misconduct_in_scope = Some(Mitigation {
        self_reported: true,
        remedied: true,
    });
    let a = run(&d);
    assert!(matches!(
        one(&a, RuleId::Qd366NotCompletedMisconductInScope).reason,
        Reason::MitigationClause { .. }
    ));
    assert_eq!(a.ceiling, Some(Rating::Excellent));
}

// --- 2019–2022 (HD 21 mục 2.3, QĐ 132 Điều 12.4) ------------------------------

fn excellent_2019() -> Dossier {
    d2019(
        Role::Member,
        Grade::Excellent,
        CivilServantRating::Rated(Rating::Excellent),
    )
}

#[test]
fn all_excellent_with_an_excellent_civil_servant_rating_sets_no_limit() {
    let mut d = excellent_2019();
    d.proposal.party = Some(Rating::Excellent);
    let a = run(&d);
    assert_eq!(a.ceiling, None);
    assert_eq!(
        a.proposal,
        ProposalCheck::Within {
            proposed: Rating::Excellent,
            ceiling: None
        }
    );
    // What stays for others to judge is said.
    assert_eq!(
        one(&a, RuleId::Hd21ExcellentQualities).reason,
        Reason::QualitiesNotCheckable {
            level: Rating::Excellent
        }
    );
    assert_eq!(
        one(&a, RuleId::Hd21ExcellentQuota).reason,
        Reason::GroupQuota {
            percent: 20,
            raised_percent: None
        }
    );
    assert!(find(&a, RuleId::Hd21Completed).is_empty());
    assert!(a.with_severity(Severity::Warning).next().is_none());
}

#[test]
fn excellent_2019_needs_the_task_criterion_excellent() {
    let mut d = excellent_2019();
    let now = d.updated_at;
    d.set_answer_grade("I.2", Some(Grade::Good), now);
    d.proposal.party = Some(Rating::Excellent);
    let a = run(&d);
    let f = one(&a, RuleId::Hd21ExcellentGrades);
    assert_eq!(
        f.reason,
        Reason::GradesBelow {
            level: Rating::Excellent,
            group: CriteriaGroup::Tasks,
            required: Grade::Excellent,
            items: vec![ItemGrade {
                item: "I.2".into(),
                grade: Grade::Good
            }],
        }
    );
    // "Tốt" fails HTXS only if I.2 is a task criterion: that mapping is the
    // app's unconfirmed reading, so no ceiling and no warning.
    assert_eq!(f.confidence, Confidence::Unconfirmed);
    assert_eq!(f.ceiling, None);
    assert_eq!(f.severity, Severity::Info);
    assert_eq!(a.ceiling, None);
    assert_eq!(
        a.proposal,
        ProposalCheck::Within {
            proposed: Rating::Excellent,
            ceiling: None
        }
    );
}

#[test]
fn a_grade_below_good_fails_excellent_2019_whatever_the_mapping() {
    let mut d = excellent_2019();
    let now = d.updated_at;
    d.set_answer_grade("I.2", Some(Grade::Average), now);
    d.proposal.party = Some(Rating::Excellent);
    let a = run(&d);
    let f = one(&a, RuleId::Hd21ExcellentGrades);
    assert_eq!(f.confidence, Confidence::Confirmed);
    assert_eq!(f.severity, Severity::Warning);
    assert_eq!(f.ceiling, Some(Rating::Good));
}

#[test]
fn a_poor_grade_in_section_iii_of_2019_is_unconfirmed() {
    let mut d = excellent_2019();
    let now = d.updated_at;
    d.set_answer_grade("III", Some(Grade::Poor), now);
    d.proposal.party = Some(Rating::Good);
    let a = run(&d);
    let poor = find(&a, RuleId::Qd132PoorGrade);
    assert_eq!(poor.len(), 1);
    assert_eq!(poor[0].confidence, Confidence::Unconfirmed);
    assert_eq!(poor[0].ceiling, None);
    assert_eq!(poor[0].severity, Severity::Info);
    assert_ne!(a.ceiling, Some(Rating::NotCompleted));
    // The same grade on I.1 is a criterion of the form: KHT, confirmed.
    d.set_answer_grade("I.1", Some(Grade::Poor), now);
    let a = run(&d);
    assert!(
        find(&a, RuleId::Qd132PoorGrade)
            .iter()
            .any(|f| f.confidence == Confidence::Confirmed
                && f.ceiling == Some(Rating::NotCompleted))
    );
}

#[test]
fn excellent_2019_needs_the_other_criteria_good() {
    let mut d = excellent_2019();
    let now = d.updated_at;
    d.set_answer_grade("I.1", Some(Grade::Good), now);
    assert_eq!(run(&d).ceiling, None);
    d.set_answer_grade("I.1", Some(Grade::Average), now);
    let a = run(&d);
    assert!(matches!(
        &one(&a, RuleId::Hd21ExcellentGrades).reason,
        Reason::GradesBelow {
            group: CriteriaGroup::Others,
            required: Grade::Good,
            ..
        }
    ));
    // b) lets the others be "Trung bình".
    assert!(find(&a, RuleId::Hd21GoodGrades).is_empty());
    assert_eq!(a.ceiling, Some(Rating::Good));
}

#[test]
fn good_2019_needs_the_task_criterion_good_third_party() {
    let mut d = excellent_2019();
    let now = d.updated_at;
    d.set_answer_grade("I.2", Some(Grade::Average), now);
    let a = run(&d);
    // "Trung bình" fails b) only as a task criterion (the others may be
    // "Trung bình"): unconfirmed mapping, no ceiling below HTT.
    let f = one(&a, RuleId::Hd21GoodGrades);
    assert_eq!(f.confidence, Confidence::Unconfirmed);
    assert_eq!(f.ceiling, None);
    assert_eq!(a.ceiling, Some(Rating::Good));
    // A "Kém" task criterion fails b) whatever the mapping (third-party text).
    d.set_answer_grade("I.2", Some(Grade::Poor), now);
    let a = run(&d);
    assert_eq!(a.ceiling, Some(Rating::NotCompleted));
    d.set_answer_grade("I.2", Some(Grade::Average), now);
    let a = run(&d);
    // Below HTT, HT cannot be checked: c) is not confirmed.
    let c = one(&a, RuleId::Hd21Completed);
    assert_eq!(c.confidence, Confidence::Unconfirmed);
    assert_eq!(
        c.reason,
        Reason::CriteriaNotConfirmed {
            levels: vec![Rating::Completed]
        }
    );
}

#[test]
fn good_2019_needs_the_other_criteria_average() {
    let mut d = d2019(
        Role::Member,
        Grade::Good,
        CivilServantRating::Rated(Rating::Good),
    );
    let now = d.updated_at;
    d.set_answer_grade("I.1", Some(Grade::Average), now);
    assert_eq!(run(&d).ceiling, Some(Rating::Good));
}

#[test]
fn a_poor_grade_is_not_completed_under_qd_132() {
    let mut d = excellent_2019();
    let now = d.updated_at;
    d.set_answer_grade("I.1", Some(Grade::Poor), now);
    let a = run(&d);
    let f = one(&a, RuleId::Qd132PoorGrade);
    assert_eq!(
        f.reason,
        Reason::PoorGrades {
            items: vec!["I.1".into()]
        }
    );
    assert_eq!(f.citation.to_string(), "QĐ 132-QĐ/TW, Điều 12, khoản 4");
    assert_eq!(a.ceiling, Some(Rating::NotCompleted));
}

#[test]
fn the_civil_servant_rating_bounds_the_party_rating_in_2019() {
    // HTXS needs CBCCVC HTXS.
    let d = d2019(
        Role::Member,
        Grade::Excellent,
        CivilServantRating::Rated(Rating::Good),
    );
    let a = run(&d);
    assert_eq!(
        one(&a, RuleId::Hd21ExcellentCivilServant).reason,
        Reason::CivilServantBelow {
            level: Rating::Excellent,
            required: Rating::Excellent,
            rating: Rating::Good,
            source: RatingSource::Proposed
        }
    );
    assert_eq!(a.ceiling, Some(Rating::Good));

    // HTT needs CBCCVC HTT or better [C-3p].
    let d = d2019(
        Role::Member,
        Grade::Excellent,
        CivilServantRating::Rated(Rating::Completed),
    );
    let a = run(&d);
    let f = one(&a, RuleId::Hd21GoodCivilServant);
    assert_eq!(f.confidence, Confidence::ThirdParty);
    assert_eq!(a.ceiling, Some(Rating::Completed));

    // CBCCVC KHT makes the party rating KHT.
    let d = d2019(
        Role::Member,
        Grade::Excellent,
        CivilServantRating::Rated(Rating::NotCompleted),
    );
    let a = run(&d);
    assert_eq!(
        one(&a, RuleId::Hd21NotCompletedCivilServant).reason,
        Reason::CivilServantNotCompleted {
            source: RatingSource::Proposed
        }
    );
    assert_eq!(a.ceiling, Some(Rating::NotCompleted));

    // The head of unit's decision, when known, counts over the proposal.
    let mut d = excellent_2019();
    d.circumstances.civil_servant_rating = Some(Rating::NotCompleted);
    assert_eq!(
        one(&run(&d), RuleId::Hd21NotCompletedCivilServant).reason,
        Reason::CivilServantNotCompleted {
            source: RatingSource::Decided
        }
    );

    // Not a civil servant: no link.
    let d = d2019(
        Role::Member,
        Grade::Excellent,
        CivilServantRating::NotApplicable,
    );
    let a = run(&d);
    assert!(find(&a, RuleId::Hd21ExcellentCivilServant).is_empty());
    assert_eq!(a.ceiling, None);
}

#[test]
fn an_unknown_civil_servant_standing_is_reported() {
    let mut d = excellent_2019();
    d.proposal.civil_servant = None;
    let a = run(&d);
    assert_eq!(
        one(&a, RuleId::Hd21ExcellentCivilServant).reason,
        Reason::Missing(MissingFact::CivilServantStatus)
    );
    assert_eq!(a.ceiling, None);
    // A civil servant without any rating yet.
    d.circumstances.civil_servant = Some(true);
    assert_eq!(
        one(&run(&d), RuleId::Hd21ExcellentCivilServant).reason,
        Reason::Missing(MissingFact::CivilServantRating)
    );
}

#[test]
fn a_civil_servant_rating_from_a_non_civil_servant_is_flagged() {
    let mut d = excellent_2019();
    d.circumstances.civil_servant = Some(false);
    let a = run(&d);
    let f = one(&a, RuleId::Hd21CivilServantStatus);
    assert_eq!(
        f.reason,
        Reason::CivilServantStatusMismatch {
            stated: false,
            proposal: CivilServantRating::Rated(Rating::Excellent)
        }
    );
    assert_eq!(f.severity, Severity::Warning);
    let mut d = d2019(
        Role::Member,
        Grade::Excellent,
        CivilServantRating::NotApplicable,
    );
    d.circumstances.civil_servant = Some(true);
    assert_eq!(find(&run(&d), RuleId::Hd21CivilServantStatus).len(), 1);
}

#[test]
fn any_discipline_in_the_year_is_not_completed_in_2019() {
    for level in DisciplineLevel::ALL {
        for public_duty in [false, true] {
            let mut d = excellent_2019();
            d.circumstances
                .disciplines
                .push(discipline(level, public_duty, Mitigation::default()));
            let a = run(&d);
            let f = one(&a, RuleId::Hd21NotCompletedDiscipline);
            assert_eq!(
                f.reason,
                Reason::Violation {
                    violation: Violation::Discipline { level, public_duty },
                    mitigation: None
                }
            );
            assert_eq!(a.ceiling, Some(Rating::NotCompleted));
        }
    }
}

#[test]
fn a_violation_is_counted_once_in_2019() {
    let mut d = excellent_2019();
    d.circumstances.disciplines.push(Discipline {
        level: DisciplineLevel::Warning,
        public_duty: false,
        mitigation: Mitigation::default(),
        counted_in_earlier_rating: true,
    });
    let a = run(&d);
    let f = one(&a, RuleId::Hd21NotCompletedDiscipline);
    assert_eq!(
        f.reason,
        Reason::DisciplineCountedEarlier {
            level: DisciplineLevel::Warning
        }
    );
    assert_eq!(f.ceiling, None);
    assert_eq!(a.ceiling, None);
}

#[test]
fn concluded_degradation_is_not_completed_in_2019() {
    let mut d = excellent_2019();
    d.circumstances.degradation_concluded = true;
    assert_eq!(run(&d).ceiling, Some(Rating::NotCompleted));
}

#[test]
fn under_half_of_the_tasks_done_is_not_completed_in_2019() {
    let mut d = excellent_2019();
    d.tasks = tasks(10, 0, 0, 5);
    assert!(find(&run(&d), RuleId::Hd21NotCompletedTasks).is_empty());
    d.tasks = tasks(10, 0, 0, 6);
    let a = run(&d);
    assert_eq!(
        one(&a, RuleId::Hd21NotCompletedTasks).reason,
        Reason::TooFewDone {
            whose: Whose::Own,
            done: 4,
            total: 10,
            min_percent: 50
        }
    );
    assert_eq!(a.ceiling, Some(Rating::NotCompleted));
    // Tasks without a status get the benefit of the doubt.
    let mut t = tasks(10, 0, 0, 4);
    for x in t.iter_mut().skip(6) {
        x.status = None;
    }
    d.tasks = t;
    let a = run(&d);
    assert_eq!(
        one(&a, RuleId::Hd21NotCompletedTasks).reason,
        Reason::Missing(MissingFact::TaskDetails {
            unknown: 4,
            total: 10
        })
    );
    assert_eq!(a.ceiling, None);
}

#[test]
fn proposing_completed_in_2019_gets_the_unconfirmed_note() {
    let mut d = excellent_2019();
    d.proposal.party = Some(Rating::Completed);
    let a = run(&d);
    let f = one(&a, RuleId::Hd21Completed);
    assert_eq!(f.confidence, Confidence::Unconfirmed);
    assert_eq!(f.ceiling, None);
    assert_eq!(f.severity, Severity::Info);
    assert_eq!(f.citation.to_string(), "HD 21-HD/BTCTW, mục 2.3, điểm c");
}

#[test]
fn missing_grades_are_reported_not_held_against() {
    let mut d = new_dossier(2021, Role::Member);
    d.proposal.civil_servant = Some(CivilServantRating::NotApplicable);
    let a = run(&d);
    let f = find(&a, RuleId::Hd21ExcellentGrades)
        .into_iter()
        .find(|f| matches!(f.reason, Reason::Missing(_)))
        .expect("missing grades");
    match &f.reason {
        Reason::Missing(MissingFact::Grades { items }) => {
            assert!(items.contains(&"I.1".to_owned()));
            assert!(items.contains(&"I.2".to_owned()));
        }
        other => panic!("{other:?}"),
    }
    assert_eq!(a.ceiling, None);
    assert!(find(&a, RuleId::Hd21ExcellentQuota).is_empty());
}

#[test]
fn leaders_2019_add_the_leadership_item_and_an_unconfirmed_note() {
    assert_eq!(hd21::task_criteria(Role::Leader), &["I.2", "I.lanhdao.1"]);
    let mut d = d2019(
        Role::Leader,
        Grade::Excellent,
        CivilServantRating::Rated(Rating::Excellent),
    );
    let a = run(&d);
    let f = one(&a, RuleId::Hd21Leaders);
    assert_eq!(f.confidence, Confidence::Unconfirmed);
    assert_eq!(f.reason, Reason::LeaderConditionsNotConfirmed);
    assert_eq!(a.ceiling, None);

    let now = d.updated_at;
    d.set_answer_grade("I.lanhdao.1", Some(Grade::Good), now);
    let a = run(&d);
    assert!(matches!(
        &one(&a, RuleId::Hd21ExcellentGrades).reason,
        Reason::GradesBelow { group: CriteriaGroup::Tasks, items, .. } if items[0].item == "I.lanhdao.1"
    ));
    // The item's place among the task criteria is unconfirmed: no ceiling.
    assert_eq!(
        one(&a, RuleId::Hd21ExcellentGrades).confidence,
        Confidence::Unconfirmed
    );
    assert_eq!(a.ceiling, None);
    // For a member the same item is one of the others (and not on the form).
    assert!(find(&run(&excellent_2019()), RuleId::Hd21Leaders).is_empty());
}

// --- 2023–2024 (QĐ 124 Điều 12) -------------------------------------------------

fn d2023(role: Role) -> Dossier {
    new_dossier(2024, role)
}

#[test]
fn the_2023_levels_are_reported_as_not_checkable() {
    let a = run(&d2023(Role::Member));
    let f = one(&a, RuleId::Qd124Levels);
    assert_eq!(f.confidence, Confidence::Unconfirmed);
    assert_eq!(
        f.reason,
        Reason::CriteriaNotConfirmed {
            levels: vec![Rating::Excellent, Rating::Good, Rating::Completed]
        }
    );
    assert_eq!(a.ceiling, None);
}

#[test]
fn a_poor_grade_is_not_completed_in_2023_third_party() {
    let mut d = d2023(Role::Member);
    let now = d.updated_at;
    d.set_answer_grade("I.1", Some(Grade::Poor), now);
    let a = run(&d);
    let f = one(&a, RuleId::Qd124PoorGrade);
    assert_eq!(f.confidence, Confidence::ThirdParty);
    assert_eq!(a.ceiling, Some(Rating::NotCompleted));
}

#[test]
fn degradation_and_conduct_in_2023_are_shown_unconfirmed() {
    let mut d = d2023(Role::Member);
    d.circumstances.degradation_concluded = true;
    let a = run(&d);
    // The bullet's text is cut and whom it applies to is unconfirmed: shown,
    // with no ceiling.
    let f = one(&a, RuleId::Qd124NotCompletedConduct);
    assert_eq!(f.confidence, Confidence::Unconfirmed);
    assert_eq!(f.reason, Reason::Degradation);
    assert_eq!(f.ceiling, None);
    assert_eq!(a.ceiling, None);

    let mut d = d2023(Role::Member);
    d.circumstances.prohibited_acts = Some(Mitigation {
        self_reported: true,
        remedied: true,
    });
    let a = run(&d);
    assert_eq!(
        one(&a, RuleId::Qd124NotCompletedConduct).reason,
        Reason::Violation {
            violation: Violation::ProhibitedActs,
            mitigation: None
        }
    );
    assert_eq!(a.ceiling, None);

    let mut d = d2023(Role::Member);
    d.circumstances.exemplary_duty_breach = Some(Mitigation::default());
    d.proposal.party = Some(Rating::Excellent);
    let a = run(&d);
    assert_eq!(a.ceiling, None);
    assert_eq!(
        one(&a, RuleId::Qd124NotCompletedConduct).severity,
        Severity::Info
    );
}

#[test]
fn discipline_in_2023_is_shown_unconfirmed_with_its_exception() {
    let mut d = d2023(Role::Member);
    d.proposal.party = Some(Rating::Excellent);
    d.circumstances.disciplines.push(discipline(
        DisciplineLevel::Reprimand,
        true,
        Mitigation::default(),
    ));
    let a = run(&d);
    let f = one(&a, RuleId::Qd124NotCompletedDiscipline);
    assert_eq!(f.confidence, Confidence::Unconfirmed);
    assert_eq!(f.ceiling, None);
    assert_eq!(f.severity, Severity::Info);
    assert!(matches!(f.reason, Reason::Violation { .. }));
    assert_eq!(a.ceiling, None);

    d.circumstances.disciplines[0].mitigation = Mitigation {
        self_reported: true,
        remedied: true,
    };
    assert!(matches!(
        one(&run(&d), RuleId::Qd124NotCompletedDiscipline).reason,
        Reason::ViolationExcepted { .. }
    ));
}

#[test]
fn a_leaders_unit_under_half_in_2023_is_shown_unconfirmed() {
    let mut d = d2023(Role::Leader);
    let a = run(&d);
    assert_eq!(
        one(&a, RuleId::Qd124NotCompletedLedUnit).reason,
        Reason::Missing(MissingFact::LedUnitResults)
    );
    d.circumstances.led_unit = Some(LedUnitResults {
        tasks_total: Some(10),
        tasks_done: Some(5),
        ..LedUnitResults::default()
    });
    assert!(find(&run(&d), RuleId::Qd124NotCompletedLedUnit).is_empty());
    d.circumstances.led_unit.as_mut().unwrap().tasks_done = Some(4);
    let a = run(&d);
    let f = one(&a, RuleId::Qd124NotCompletedLedUnit);
    assert_eq!(f.confidence, Confidence::Unconfirmed);
    assert_eq!(
        f.reason,
        Reason::TooFewDone {
            whose: Whose::LedUnit,
            done: 4,
            total: 10,
            min_percent: 50
        }
    );
    assert_eq!(a.ceiling, None);
    // Not asked of members.
    assert!(find(&run(&d2023(Role::Member)), RuleId::Qd124NotCompletedLedUnit).is_empty());
}

// --- The dossier model ------------------------------------------------------------

#[test]
fn old_dossiers_without_circumstances_or_tasks_still_load() {
    let d = new_dossier(2025, Role::Member);
    let json = serde_json::to_string(&d).unwrap();
    assert!(!json.contains("circumstances"));
    assert!(!json.contains("\"tasks\""));
    let back: Dossier = serde_json::from_str(&json).unwrap();
    assert_eq!(back, d);
}

#[test]
fn circumstances_and_tasks_round_trip() {
    let mut d = leader25(950);
    d.circumstances.admitted_on = Some(date(2001, 5, 19));
    d.circumstances.disciplines.push(discipline(
        DisciplineLevel::Dismissal,
        true,
        Mitigation {
            self_reported: true,
            remedied: false,
        },
    ));
    d.tasks = tasks(3, 1, 1, 1);
    let json = serde_json::to_string(&d).unwrap();
    assert!(json.contains("\"admitted_on\":\"2001-05-19\""));
    assert!(json.contains("\"level\":\"dismissal\""));
    let back: Dossier = serde_json::from_str(&json).unwrap();
    assert_eq!(back, d);
    // A partial object fills the rest with defaults.
    let partial: kiemdiem::core::dossier::Circumstances =
        serde_json::from_str(r#"{"disciplines":[{"level":"reprimand"}]}"#).unwrap();
    assert_eq!(
        partial.disciplines[0],
        discipline(DisciplineLevel::Reprimand, false, Mitigation::default())
    );
}

#[test]
fn task_texts_are_stored_as_nfc() {
    let mut d = new_dossier(2025, Role::Member);
    let before = d.updated_at;
    let later = before + chrono::Duration::minutes(1);
    d.set_tasks(
        vec![TaskEvidence {
            task: "Nguye\u{302}\u{303}n".into(),
            ..TaskEvidence::default()
        }],
        later,
    );
    assert_eq!(d.tasks[0].task, "Nguyễn");
    assert_eq!(d.updated_at, later);
    let mut c = d.circumstances.clone();
    c.exempted = true;
    let later2 = later + chrono::Duration::minutes(1);
    d.set_circumstances(c.clone(), later2);
    assert_eq!(d.circumstances, c);
    assert_eq!(d.updated_at, later2);
    // Setting the same again changes nothing.
    d.set_circumstances(c, later2 + chrono::Duration::minutes(1));
    assert_eq!(d.updated_at, later2);
}

//! Domain edits (`core::edit`): what the person sees change when the editor
//! sends each edit, and `updated_at` moving exactly when something changed.

use chrono::{DateTime, Duration, NaiveDate, TimeZone, Utc};
use kiemdiem::core::dossier::{
    CivilServantRating, DisciplineLevel, Dossier, Grade, IdentityField, Points, Rating,
    RemedyOrigin, RemedyStatus, Role, TaskStatus,
};
use kiemdiem::core::edit::{
    Count, DisciplineEdit, Edit, Fact, LineList, LineText, TaskEdit, TaskText,
};
use kiemdiem::core::rules::{MissingFact, Reason, RuleId, advise};
use kiemdiem::core::template::RatingTarget;

mod common;
use common::advisor::{member25, new_dossier, today};

fn t(minute: i64) -> DateTime<Utc> {
    Utc.with_ymd_and_hms(2026, 12, 1, 9, 0, 0).unwrap() + Duration::minutes(minute)
}

/// "Hồng" typed with a combining accent (NFD), as some keyboards send it.
const NFD: &str = "Nguye\u{0302}\u{0303}n Thi\u{0323} A\u{0301}nh Ho\u{0302}\u{0300}ng";
const NFC: &str = "Nguyễn Thị Ánh Hồng";

fn reasons(d: &Dossier, rule: RuleId) -> Vec<Reason> {
    advise(d, None, today())
        .findings
        .into_iter()
        .filter(|f| f.rule == rule)
        .map(|f| f.reason)
        .collect()
}

#[test]
fn text_is_stored_as_nfc_and_the_same_text_again_changes_nothing() {
    let mut d = new_dossier(2025, Role::Member);
    assert!(d.apply(Edit::Identity(IdentityField::FullName, NFD.into()), t(1)));
    assert_eq!(d.identity.full_name, NFC);
    assert_eq!(d.updated_at, t(1));
    // The composed form of the same name is the same text.
    assert!(!d.apply(Edit::Identity(IdentityField::FullName, NFC.into()), t(2)));
    assert_eq!(d.updated_at, t(1));

    assert!(d.apply(Edit::AnswerText("A.I.1".into(), NFD.into()), t(3)));
    assert_eq!(d.answer_text("A.I.1"), NFC);
    // No task yet: nothing to write into.
    let no_task = Edit::Task(0, TaskEdit::Text(TaskText::Task, NFD.into()));
    assert!(!d.apply(no_task, t(4)));
    d.apply(Edit::AddTask, t(5));
    d.apply(
        Edit::Task(0, TaskEdit::Text(TaskText::Task, NFD.into())),
        t(6),
    );
    assert_eq!(d.tasks[0].task, NFC);
    let id = d.add_remedy(RemedyOrigin::Added, "", t(7));
    d.apply(Edit::LineText(LineText::RemedyText, id, NFD.into()), t(8));
    assert_eq!(d.remedies[0].text, NFC);
}

#[test]
fn updated_at_moves_exactly_when_something_changed() {
    let mut d = new_dossier(2025, Role::Member);
    d.apply(Edit::AddTask, t(0));
    let plan = d.add_plan_item("Đọc tài liệu.", t(0));
    let edits = [
        Edit::Identity(IdentityField::Place, "Đức Phố".into()),
        Edit::AnswerText("A.I.1".into(), "Luôn giữ vững lập trường.".into()),
        Edit::AnswerGrade("A.I.1".into(), Some(Grade::Good)),
        Edit::Points("B.I.chung.1".into(), Some(Points(275))),
        Edit::Points("B.I.chung.1".into(), None),
        Edit::Rating(
            RatingTarget::Party,
            Some(CivilServantRating::Rated(Rating::Good)),
        ),
        Edit::Fact(Fact::Exempted(true)),
        Edit::Fact(Fact::CivilServant(Some(false))),
        Edit::Fact(Fact::Count(Count::ShortcomingsPointedOut, Some(3))),
        Edit::Task(0, TaskEdit::Status(Some(TaskStatus::Done))),
        Edit::Task(0, TaskEdit::Exceeded(true)),
        Edit::LineText(LineText::PlanNote, plan.clone(), "Quý I.".into()),
        Edit::PlanDone(plan, true, NaiveDate::from_ymd_opt(2026, 3, 1).unwrap()),
    ];
    for (n, edit) in edits.into_iter().enumerate() {
        let n = n as i64 + 1;
        assert!(d.apply(edit.clone(), t(n)), "{edit:?} changes the dossier");
        assert_eq!(d.updated_at, t(n), "{edit:?}");
        let before = d.clone();
        // The same edit again (a second input event with the same value).
        assert!(!d.apply(edit.clone(), t(n + 100)), "{edit:?} twice");
        assert_eq!(
            d, before,
            "{edit:?} twice changes nothing, not even the time"
        );
    }
}

#[test]
fn an_edit_of_something_that_does_not_exist_changes_nothing() {
    let mut d = new_dossier(2025, Role::Member);
    let before = d.clone();
    for edit in [
        Edit::Task(3, TaskEdit::Exceeded(true)),
        Edit::RemoveTask(0),
        Edit::Fact(Fact::RemoveDiscipline(0)),
        Edit::Fact(Fact::Discipline(0, DisciplineEdit::Remedied(true))),
        Edit::LineText(LineText::SuggestionAnswer, "s9".into(), "x".into()),
        Edit::RemedyStatus("r9".into(), Some(RemedyStatus::Fixed)),
        Edit::RemoveLine(LineList::Plan, "p9".into()),
        Edit::Points("B.I.chung.1".into(), None),
    ] {
        assert!(!d.apply(edit.clone(), t(1)), "{edit:?}");
    }
    assert_eq!(d, before);
}

#[test]
fn editing_one_task_leaves_the_others() {
    let mut d = new_dossier(2025, Role::Member);
    for (n, name) in ["Nhiệm vụ 1", "Nhiệm vụ 2", "Nhiệm vụ 3"]
        .iter()
        .enumerate()
    {
        d.apply(Edit::AddTask, t(0));
        d.apply(
            Edit::Task(n, TaskEdit::Text(TaskText::Task, (*name).into())),
            t(0),
        );
    }
    let before = d.tasks.clone();
    d.apply(
        Edit::Task(
            1,
            TaskEdit::Text(TaskText::Evidence, "Báo cáo số 12".into()),
        ),
        t(1),
    );
    assert_eq!(d.tasks[0], before[0]);
    assert_eq!(d.tasks[2], before[2]);
    assert_eq!(d.tasks[1].task, "Nhiệm vụ 2");
    assert_eq!(d.tasks[1].evidence, "Báo cáo số 12");

    // Removing the middle one keeps the first and the last, in order.
    assert!(d.apply(Edit::RemoveTask(1), t(2)));
    let names: Vec<&str> = d.tasks.iter().map(|x| x.text(TaskText::Task)).collect();
    assert_eq!(names, ["Nhiệm vụ 1", "Nhiệm vụ 3"]);
}

#[test]
fn the_appendix_columns_name_the_task_texts() {
    assert_eq!(TaskText::of_column("nhiem_vu"), Some(TaskText::Task));
    assert_eq!(TaskText::of_column("ke_hoach"), Some(TaskText::Target));
    assert_eq!(TaskText::of_column("ket_qua"), Some(TaskText::Result));
    assert_eq!(
        TaskText::of_column("chat_luong"),
        Some(TaskText::QualityNote)
    );
    assert_eq!(TaskText::of_column("minh_chung"), Some(TaskText::Evidence));
    assert_eq!(TaskText::of_column("tien_do"), None);
}

#[test]
fn a_cleared_count_is_not_said_and_the_advisor_says_it_is_missing() {
    // A leader in 2023 (QĐ 124): 4 of 10 tasks done is under half.
    let mut d = new_dossier(2023, Role::Leader);
    d.apply(
        Edit::Fact(Fact::Count(Count::LedTasksTotal, Some(10))),
        t(1),
    );
    d.apply(Edit::Fact(Fact::Count(Count::LedTasksDone, Some(4))), t(1));
    assert!(matches!(
        reasons(&d, RuleId::Qd124NotCompletedLedUnit)[..],
        [Reason::TooFewDone {
            done: 4,
            total: 10,
            ..
        }]
    ));

    // The person clears "done": the old 4 is gone from the model, the total
    // stays, and the advisor no longer holds 4/10 against them.
    assert!(d.apply(Edit::Fact(Fact::Count(Count::LedTasksDone, None)), t(2)));
    assert_eq!(Count::LedTasksDone.get(&d.circumstances), None);
    assert_eq!(Count::LedTasksTotal.get(&d.circumstances), Some(10));
    assert_eq!(
        reasons(&d, RuleId::Qd124NotCompletedLedUnit),
        [Reason::Missing(MissingFact::LedUnitResults)]
    );

    // Every count cleared: the figures are "not said" as a whole.
    d.apply(Edit::Fact(Fact::Count(Count::LedTasksTotal, None)), t(3));
    assert_eq!(d.circumstances.led_unit, None);
    assert!(d.circumstances.is_empty());
}

#[test]
fn a_cleared_shortcoming_count_is_missing_for_the_excellent_rating() {
    // Two earlier shortcomings, both fixed: excellent is open.
    let mut d = member25(950);
    assert!(reasons(&d, RuleId::Qd366ExcellentShortcomings).is_empty());
    d.apply(
        Edit::Fact(Fact::Count(Count::ShortcomingsFixed, Some(1))),
        t(1),
    );
    assert!(matches!(
        reasons(&d, RuleId::Qd366ExcellentShortcomings)[..],
        [Reason::ShortcomingsNotAllFixed {
            fixed: 1,
            pointed_out: 2
        }]
    ));
    // Cleared: not 1, not 0, but not said.
    d.apply(
        Edit::Fact(Fact::Count(Count::ShortcomingsFixed, None)),
        t(2),
    );
    assert_eq!(Count::ShortcomingsFixed.get(&d.circumstances), None);
    assert_eq!(Count::ShortcomingsPointedOut.get(&d.circumstances), Some(2));
    assert_eq!(
        reasons(&d, RuleId::Qd366ExcellentShortcomings),
        [Reason::Missing(MissingFact::EarlierShortcomings)]
    );
    d.apply(
        Edit::Fact(Fact::Count(Count::ShortcomingsPointedOut, None)),
        t(3),
    );
    assert_eq!(d.circumstances.earlier_shortcomings, None);
}

#[test]
fn while_section_three_has_lines_it_gives_the_shortcoming_counts() {
    let mut d = new_dossier(2025, Role::Member);
    d.add_remedy(RemedyOrigin::Shortcoming, "Chưa mạnh dạn phê bình.", t(0));
    assert!(Count::ShortcomingsFixed.from_list(&d));
    let before = d.clone();
    assert!(!d.apply(
        Edit::Fact(Fact::Count(Count::ShortcomingsFixed, Some(1))),
        t(1)
    ));
    assert_eq!(d, before);
    assert_eq!(Count::ShortcomingsPointedOut.get(&d.circumstances), Some(1));
    assert_eq!(Count::ShortcomingsFixed.get(&d.circumstances), Some(0));
    // Other counts are typed as ever.
    assert!(!Count::LedTasksTotal.from_list(&d));
}

#[test]
fn a_proposed_rating_and_not_applicable() {
    let mut d = new_dossier(2019, Role::Member);
    let na = Some(CivilServantRating::NotApplicable);
    d.apply(Edit::Rating(RatingTarget::CivilServant, na), t(1));
    assert_eq!(d.proposed(RatingTarget::CivilServant), na);
    // The party rating has no "not applicable": it means no rating.
    let good = Some(CivilServantRating::Rated(Rating::Good));
    d.apply(Edit::Rating(RatingTarget::Party, good), t(2));
    assert_eq!(d.proposal.party, Some(Rating::Good));
    d.apply(Edit::Rating(RatingTarget::Party, na), t(3));
    assert_eq!(d.proposal.party, None);
    assert_eq!(d.proposed(RatingTarget::Party), None);
}

#[test]
fn cleared_points_are_no_points() {
    let mut d = new_dossier(2025, Role::Member);
    d.apply(Edit::Points("B.I.chung.1".into(), Some(Points(275))), t(1));
    assert_eq!(d.points.get("B.I.chung.1"), Some(&Points(275)));
    assert!(d.apply(Edit::Points("B.I.chung.1".into(), None), t(2)));
    assert!(d.points.is_empty());
}

#[test]
fn disciplines_are_added_changed_and_removed_one_at_a_time() {
    let mut d = new_dossier(2025, Role::Member);
    d.apply(Edit::Fact(Fact::AddDiscipline), t(1));
    d.apply(Edit::Fact(Fact::AddDiscipline), t(1));
    assert_eq!(
        d.circumstances.disciplines[0].level,
        DisciplineLevel::Reprimand
    );
    d.apply(
        Edit::Fact(Fact::Discipline(
            1,
            DisciplineEdit::Level(DisciplineLevel::Warning),
        )),
        t(2),
    );
    d.apply(
        Edit::Fact(Fact::Discipline(1, DisciplineEdit::SelfReported(true))),
        t(2),
    );
    let first = d.circumstances.disciplines[0].clone();
    assert_eq!(first.level, DisciplineLevel::Reprimand);
    assert!(!first.mitigation.self_reported);
    assert!(d.circumstances.disciplines[1].mitigation.self_reported);
    d.apply(Edit::Fact(Fact::RemoveDiscipline(0)), t(3));
    assert_eq!(d.circumstances.disciplines.len(), 1);
    assert_eq!(
        d.circumstances.disciplines[0].level,
        DisciplineLevel::Warning
    );
}

#[test]
fn a_plan_item_ticked_again_keeps_its_day() {
    let mut d = new_dossier(2025, Role::Member);
    let id = d.add_plan_item("Đọc tài liệu.", t(0));
    let march = NaiveDate::from_ymd_opt(2026, 3, 1).unwrap();
    let may = NaiveDate::from_ymd_opt(2026, 5, 1).unwrap();
    d.apply(Edit::PlanDone(id.clone(), true, march), t(1));
    assert!(!d.apply(Edit::PlanDone(id.clone(), true, may), t(2)));
    assert_eq!(d.plan[0].done_on, Some(march));
    d.apply(Edit::PlanDone(id, false, may), t(3));
    assert_eq!((d.plan[0].done, d.plan[0].done_on), (false, None));
}

#[test]
fn a_list_taken_from_the_worker_leaves_what_was_typed() {
    let mut d = new_dossier(2025, Role::Member);
    d.apply(Edit::AnswerText("A.I.1".into(), "Đã viết.".into()), t(1));
    // The worker's copy: two lines carried over into III.
    let mut worker = d.clone();
    worker.add_remedy(RemedyOrigin::Shortcoming, "Hạn chế A.", t(2));
    worker.add_remedy(RemedyOrigin::Measure, "Biện pháp B.", t(2));
    worker.answers.clear();
    assert!(d.apply(
        Edit::TakeLines(LineList::Remedies, Box::new(worker.clone())),
        t(3)
    ));
    assert_eq!(d.remedies, worker.remedies);
    assert_eq!(d.last_ids, worker.last_ids);
    assert_eq!(Count::ShortcomingsPointedOut.get(&d.circumstances), Some(1));
    assert_eq!(d.answer_text("A.I.1"), "Đã viết.");
    assert_eq!(d.updated_at, t(3));
    // A new line after it gets a fresh id.
    let id = d.add_remedy(RemedyOrigin::Added, "", t(4));
    assert_eq!(id, "r3");
}

//! Dossiers the advisor tests build, shared by `core_rules.rs` and
//! `text_advice.rs`.
#![allow(dead_code)]

use chrono::{NaiveDate, TimeZone, Utc};
use kiemdiem::core::dossier::{
    CivilServantRating, Dossier, DossierId, Grade, LedUnitResults, Points, Role, ShortcomingCount,
    TaskEvidence, TaskQuality, TaskStatus, Timeliness,
};

pub fn date(y: i32, m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d).unwrap()
}

pub fn new_dossier(year: i32, role: Role) -> Dossier {
    let now = Utc.with_ymd_and_hms(2026, 11, 29, 8, 0, 0).unwrap();
    Dossier::new(DossierId("hs-1".into()), year, role, now).unwrap()
}

/// The day the advisor runs in the tests.
pub fn today() -> NaiveDate {
    date(2025, 12, 15)
}

pub fn task(status: TaskStatus, timeliness: Option<Timeliness>, exceeded: bool) -> TaskEvidence {
    TaskEvidence {
        task: "Nhiệm vụ".into(),
        status: Some(status),
        timeliness,
        quality: Some(TaskQuality::Assured),
        exceeded,
        ..TaskEvidence::default()
    }
}

/// `total` tasks: the first `exceeded` done and exceeded, then `late` done
/// late, then `failed` not done, the rest done on time.
pub fn tasks(total: u32, exceeded: u32, late: u32, failed: u32) -> Vec<TaskEvidence> {
    (0..total)
        .map(|i| {
            if i < exceeded {
                task(TaskStatus::Done, Some(Timeliness::OnTime), true)
            } else if i < exceeded + late {
                task(TaskStatus::Done, Some(Timeliness::Late), false)
            } else if i < exceeded + late + failed {
                task(TaskStatus::NotDone, None, false)
            } else {
                task(TaskStatus::Done, Some(Timeliness::OnTime), false)
            }
        })
        .collect()
}

/// A 2025 member dossier whose facts meet every HTXS condition: 10 tasks
/// done on time with quality, 3 exceeded, no earlier shortcoming left.
pub fn member25(score: u32) -> Dossier {
    let mut d = new_dossier(2025, Role::Member);
    d.points.insert("B.I.chung.1".into(), Points(score));
    d.tasks = tasks(10, 3, 0, 0);
    d.circumstances.earlier_shortcomings = Some(ShortcomingCount {
        pointed_out: Some(2),
        fixed: Some(2),
    });
    d
}

/// A 2025 leader dossier whose unit figures meet every HTXS condition.
pub fn leader25(score: u32) -> Dossier {
    let mut d = new_dossier(2025, Role::Leader);
    d.points.insert("B.I.chung.1".into(), Points(score));
    d.circumstances.led_unit = Some(LedUnitResults {
        tasks_total: Some(10),
        tasks_done: Some(10),
        tasks_on_time_with_quality: 10,
        tasks_exceeded: Some(3),
        tasks_late: Some(0),
        core_indicators_not_met: false,
        units_total: 4,
        units_not_completed: 0,
    });
    d.circumstances.earlier_shortcomings = Some(ShortcomingCount {
        pointed_out: Some(0),
        fixed: Some(0),
    });
    d
}

/// A 2019 dossier with every graded slot at `grade` and the civil-servant
/// rating proposed as `cs`.
pub fn d2019(role: Role, grade: Grade, cs: CivilServantRating) -> Dossier {
    let mut d = new_dossier(2022, role);
    let now = d.updated_at;
    let keys: Vec<&str> = d
        .template
        .template()
        .slots_for(role)
        .filter(|s| s.kind.grade_box().is_some())
        .map(|s| s.key)
        .collect();
    for key in keys {
        d.set_answer_grade(key, Some(grade), now);
    }
    d.proposal.civil_servant = Some(cs);
    d
}

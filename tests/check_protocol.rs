//! The check worker's protocol: a dossier in, progress, problems and advice
//! out, as JSON, worded in Vietnamese.

use chrono::{TimeZone, Utc};
use kiemdiem::check::{CheckRequest, CheckView, Tone, answer, check};
use kiemdiem::core::dossier::{Dossier, DossierId, IdentityField, Points, Rating, Role};

fn dossier(year: i32, role: Role) -> Dossier {
    let now = Utc.with_ymd_and_hms(2026, 11, 29, 8, 0, 0).unwrap();
    Dossier::new(DossierId("hs-1".into()), year, role, now).unwrap()
}

#[test]
fn an_answer_round_trips_as_json_and_echoes_the_request_number() {
    let req = CheckRequest {
        seq: 41,
        dossier: dossier(2022, Role::Leader),
        today: (2026, 11, 29),
    };
    let json = answer(&serde_json::to_string(&req).unwrap()).unwrap();
    let view: CheckView = serde_json::from_str(&json).unwrap();
    assert_eq!(view.seq, 41);
    assert_eq!(view, check(&req));
}

#[test]
fn an_empty_dossier_lists_what_is_missing_per_section_in_vietnamese() {
    let view = check(&CheckRequest {
        seq: 1,
        dossier: dossier(2022, Role::Leader),
        today: (2026, 11, 29),
    });
    let name = view.problem_for("full_name").unwrap();
    assert_eq!(name.section, "identity");
    assert!(name.message.contains("Họ và tên"), "{}", name.message);
    let identity = view.progress_of("identity").unwrap();
    assert_eq!((identity.answered, identity.required), (0, 4));
    // The leader items of section I are required of a leader.
    assert!(
        view.problems
            .iter()
            .any(|p| p.key == "I.lanhdao.1" && p.section == "I")
    );
}

#[test]
fn progress_moves_when_a_field_is_filled() {
    let mut d = dossier(2025, Role::Member);
    d.set_identity(IdentityField::FullName, "Nguyễn Thị Ánh Hồng", d.updated_at);
    let view = check(&CheckRequest {
        seq: 1,
        dossier: d,
        today: (2026, 11, 29),
    });
    assert_eq!(view.progress_of("identity").unwrap().answered, 1);
    assert!(view.problem_for("full_name").is_none());
}

#[test]
fn a_proposal_above_what_the_score_allows_is_a_warning_with_its_source() {
    let mut d = dossier(2025, Role::Member);
    d.points.insert("B.I.chung.1".into(), Points(600));
    d.proposal.party = Some(Rating::Excellent);
    let view = check(&CheckRequest {
        seq: 1,
        dossier: d,
        today: (2026, 11, 29),
    });
    let summary = view.advice.summary.expect("a summary line");
    assert!(summary.contains("cao hơn"), "{summary}");
    let warning = view
        .advice
        .findings
        .iter()
        .find(|f| f.tone == Tone::Warning)
        .expect("a warning");
    assert!(
        warning.citation.contains("QĐ 366-QĐ/TW"),
        "{}",
        warning.citation
    );
    assert!(view.advice.not_rated.is_none());
}

#[test]
fn a_member_exempted_from_party_work_is_told_they_are_not_rated() {
    let mut d = dossier(2025, Role::Member);
    d.circumstances.exempted = true;
    let view = check(&CheckRequest {
        seq: 1,
        dossier: d,
        today: (2026, 11, 29),
    });
    assert!(
        view.advice
            .not_rated
            .expect("not rated")
            .contains("không xếp loại")
    );
}

#[test]
fn a_message_that_is_not_a_request_gets_no_answer() {
    assert_eq!(answer("hello"), None);
    assert_eq!(answer("{\"seq\": 1}"), None);
}

//! The dossier model: creation per year and role, edits stored as NFC,
//! serialisation round trip, Vietnamese dates.

use chrono::{NaiveDate, TimeZone, Utc};
use kiemdiem::core::dossier::{
    Dossier, DossierId, Grade, IdentityField, NewDossierError, Rating, Role, default_review_year,
    offered_review_years, parse_vn_date,
};
use kiemdiem::core::template::TemplateId;

fn now() -> chrono::DateTime<Utc> {
    Utc.with_ymd_and_hms(2026, 11, 29, 8, 30, 0).unwrap()
}

#[test]
fn the_template_follows_year_and_role() {
    let cases = [
        (2019, Role::Member, TemplateId::Y2019),
        (2022, Role::Leader, TemplateId::Y2019),
        (2023, Role::Member, TemplateId::Y2023Member),
        (2024, Role::Leader, TemplateId::Y2023Leader),
        (2025, Role::Leader, TemplateId::Y2025Leader),
        (2025, Role::Member, TemplateId::Y2025Member),
        (2026, Role::OutsideSystem, TemplateId::Y2025Outside),
    ];
    for (year, role, expected) in cases {
        let d = Dossier::new(DossierId("hs-1".into()), year, role, now()).unwrap();
        assert_eq!(d.template, expected, "{year} {role:?}");
    }
}

#[test]
fn years_and_roles_without_a_template_are_refused() {
    assert_eq!(
        Dossier::new(DossierId("hs-1".into()), 2018, Role::Member, now()).unwrap_err(),
        NewDossierError::YearOutOfRange(2018)
    );
    assert_eq!(
        Dossier::new(DossierId("hs-1".into()), 2024, Role::OutsideSystem, now()).unwrap_err(),
        NewDossierError::RoleNotAvailable {
            year: 2024,
            role: Role::OutsideSystem
        }
    );
}

#[test]
fn the_default_review_year_turns_in_october() {
    let d = |y, m, dd| NaiveDate::from_ymd_opt(y, m, dd).unwrap();
    assert_eq!(default_review_year(d(2026, 11, 29)), 2026);
    assert_eq!(default_review_year(d(2026, 10, 1)), 2026);
    assert_eq!(default_review_year(d(2026, 9, 30)), 2025);
    assert_eq!(default_review_year(d(2027, 1, 15)), 2026);
    assert_eq!(offered_review_years(d(2026, 11, 29)).first(), Some(&2026));
    assert_eq!(offered_review_years(d(2026, 11, 29)).last(), Some(&2019));
}

#[test]
fn typed_text_is_stored_as_nfc() {
    let mut d = Dossier::new(DossierId("hs-1".into()), 2025, Role::Member, now()).unwrap();
    // "Nguyễn Thị Ánh Hồng" with decomposed marks, as some input methods send it.
    let decomposed = "Nguye\u{302}\u{303}n Thi\u{323} A\u{301}nh Ho\u{302}\u{300}ng";
    d.set_identity(IdentityField::FullName, decomposed, now());
    assert_eq!(d.identity.full_name, "Nguyễn Thị Ánh Hồng");
    d.set_answer_text("I.1", "Đức Phố\u{301}", now());
    assert!(kiemdiem::core::textnorm::is_nfc(d.answer_text("I.1")));
}

#[test]
fn an_edit_moves_updated_at_and_a_no_op_does_not() {
    let mut d = Dossier::new(DossierId("hs-1".into()), 2025, Role::Member, now()).unwrap();
    let later = now() + chrono::Duration::minutes(5);
    d.set_identity(IdentityField::PartyCell, "Chi bộ Khu phố 3", later);
    assert_eq!(d.updated_at, later);
    let even_later = later + chrono::Duration::minutes(5);
    d.set_identity(IdentityField::PartyCell, "Chi bộ Khu phố 3", even_later);
    assert_eq!(d.updated_at, later);
}

#[test]
fn a_full_dossier_survives_a_json_round_trip() {
    let mut d = Dossier::new(DossierId("hs-1".into()), 2022, Role::Leader, now()).unwrap();
    for (i, field) in IdentityField::ALL.into_iter().enumerate() {
        d.set_identity(field, &format!("Giá trị {i} — Đức Phố"), now());
    }
    d.set_answer_text("I.1", "Luôn giữ vững lập trường tư tưởng.", now());
    d.set_answer_grade("I.1", Some(Grade::Good), now());
    d.proposal.party = Some(Rating::Good);
    let json = serde_json::to_string(&d).unwrap();
    assert!(json.contains("\"template\":\"2019-02\""));
    assert!(
        no_floats(&serde_json::from_str(&json).unwrap()),
        "no floats"
    );
    let back: Dossier = serde_json::from_str(&json).unwrap();
    assert_eq!(back, d);
}

#[test]
fn vietnamese_dates_parse_as_day_month_year() {
    assert_eq!(
        parse_vn_date("05/01/1980"),
        NaiveDate::from_ymd_opt(1980, 1, 5)
    );
    assert_eq!(
        parse_vn_date(" 5.1.1980 "),
        NaiveDate::from_ymd_opt(1980, 1, 5)
    );
    assert_eq!(parse_vn_date("29/02/2023"), None);
    assert_eq!(parse_vn_date("1980-01-05"), None);
    assert_eq!(parse_vn_date("05/01/80"), None);
}

#[test]
fn ids_from_urls_are_checked_before_use() {
    assert!(DossierId::parse("hs-18bcfe56800-abc").is_some());
    assert!(DossierId::parse("../../etc").is_none());
    assert!(DossierId::parse("kiemdiem.dossier.x").is_none());
}

/// Whether a JSON value holds no floating-point number anywhere.
fn no_floats(v: &serde_json::Value) -> bool {
    match v {
        serde_json::Value::Number(n) => n.is_i64() || n.is_u64(),
        serde_json::Value::Array(a) => a.iter().all(no_floats),
        serde_json::Value::Object(o) => o.values().all(no_floats),
        _ => true,
    }
}

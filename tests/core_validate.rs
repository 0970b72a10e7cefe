//! Local validation of a dossier (`core::validate`) and its Vietnamese
//! messages (`text::validate`): the «còn thiếu» list in template order, a
//! complete dossier without problems, and one test per rule at its
//! boundary.

use std::collections::BTreeSet;

use chrono::{DateTime, NaiveDate, TimeZone, Utc};
use kiemdiem::core::dossier::{
    CivilServantRating, Dossier, DossierId, Grade, IdentityField, Points, Rating, Role,
};
use kiemdiem::core::template::{ItemKind, RatingTarget, SchemeOrigin, Template, TemplateId};
use kiemdiem::core::textnorm::is_nfc;
use kiemdiem::core::validate::{
    Counts, IDENTITY_SECTION, ITEM_TEXT_MAX_CHARS, NAME_MAX_CHARS, Problem, REQUIRED_IDENTITY,
    YEAR_KEY, check_identity_field, identity_max_chars, validate,
};
use kiemdiem::text::validate::{count, problem, slot_label};

fn now() -> DateTime<Utc> {
    Utc.with_ymd_and_hms(2026, 11, 29, 8, 30, 0).unwrap()
}

fn today() -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 11, 29).unwrap()
}

fn date(y: i32, m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d).unwrap()
}

fn empty(year: i32, role: Role) -> Dossier {
    Dossier::new(DossierId("hs-1".into()), year, role, now()).unwrap()
}

fn template(d: &Dossier) -> &'static Template {
    d.template.template()
}

/// Every field, item, grade, rating and criterion filled in, within limits.
fn complete(year: i32, role: Role) -> Dossier {
    let mut d = empty(year, role);
    let t = template(&d);
    for &f in t.identity {
        let value = match f {
            IdentityField::FullName => "Nguyễn Văn Ân",
            IdentityField::BirthDate => "05/01/1980",
            IdentityField::PartyCell => "Chi bộ Văn phòng",
            IdentityField::PartyCommittee => "Đảng bộ phường Phổ Ninh",
            IdentityField::Place => "Đức Phố",
            _ => "Chuyên viên",
        };
        d.set_identity(f, value, now());
    }
    let scheme = t.default_point_scheme();
    for slot in t.slots_for(role) {
        match slot.kind {
            ItemKind::Text => d.set_answer_text(slot.key, "Đã thực hiện đầy đủ.", now()),
            ItemKind::TextWithGrade(_) => {
                d.set_answer_text(slot.key, "Hoàn thành tốt công việc.", now());
                d.set_answer_grade(slot.key, Some(Grade::Good), now());
            }
            ItemKind::Rating(RatingTarget::Party) => d.proposal.party = Some(Rating::Good),
            ItemKind::Rating(RatingTarget::CivilServant) => {
                d.proposal.civil_servant = Some(CivilServantRating::Rated(Rating::Good));
            }
            ItemKind::Points => {
                let group = t.scoring.unwrap().group(slot.key).unwrap();
                for c in group.criteria {
                    let max = scheme.as_ref().unwrap().criterion_max(c.id).unwrap();
                    d.points.insert(c.id.to_owned(), max);
                }
            }
        }
    }
    d
}

/// Every (year, role) pair with a template of its own.
const CASES: [(i32, Role); 7] = [
    (2022, Role::Member),
    (2022, Role::Leader),
    (2023, Role::Member),
    (2024, Role::Leader),
    (2025, Role::Leader),
    (2025, Role::Member),
    (2026, Role::OutsideSystem),
];

fn problems(d: &Dossier) -> Vec<Problem> {
    validate(d, today(), None).problems().cloned().collect()
}

// --- The «còn thiếu» list and completeness --------------------------------------

#[test]
fn an_empty_2022_leader_dossier_lists_every_required_item_in_template_order() {
    let d = empty(2022, Role::Leader);
    let report = validate(&d, today(), None);
    assert_eq!(
        report.missing(),
        [
            "I.1",
            "I.2",
            "I.lanhdao.1",
            "I.lanhdao.2",
            "I.lanhdao.3",
            "I.3",
            "II.1",
            "II.2",
            "III",
            "VI",
            "VII.1",
            "VII.2",
        ]
    );
    assert_eq!(report.missing_identity(), REQUIRED_IDENTITY);
    // The optional sections IV and V are not asked for.
    assert!(report.is_complete("IV") && report.is_complete("V"));
    assert!(!report.is_complete("I") && !report.is_complete(IDENTITY_SECTION));
    // Problems come in print order, grouped by section.
    let ids: Vec<&str> = report.sections().iter().map(|s| s.id).collect();
    assert_eq!(
        ids,
        [IDENTITY_SECTION, "I", "II", "III", "IV", "V", "VI", "VII"]
    );
    assert_eq!(
        report.problems_in("I")[..3],
        [
            Problem::AnswerMissing { item: "I.1" },
            Problem::GradeMissing { item: "I.1" },
            Problem::AnswerMissing { item: "I.2" },
        ]
    );
    assert_eq!(
        report.problems_in("VII"),
        [
            Problem::RatingMissing {
                item: "VII.1",
                target: RatingTarget::CivilServant
            },
            Problem::RatingMissing {
                item: "VII.2",
                target: RatingTarget::Party
            },
        ]
    );
    let progress = report.progress();
    assert_eq!(
        progress.section("I"),
        Some(Counts {
            answered: 0,
            required: 6
        })
    );
    assert_eq!(
        progress.section(IDENTITY_SECTION),
        Some(Counts {
            answered: 0,
            required: 4
        })
    );
    assert_eq!(
        progress.overall,
        Counts {
            answered: 0,
            required: 16
        }
    );
}

#[test]
fn a_member_is_not_asked_for_the_leader_items() {
    let report = validate(&empty(2022, Role::Member), today(), None);
    assert_eq!(
        report.missing(),
        [
            "I.1", "I.2", "I.3", "II.1", "II.2", "III", "VI", "VII.1", "VII.2"
        ]
    );
}

#[test]
fn an_empty_2025_dossier_asks_for_every_criterion() {
    let d = empty(2025, Role::Member);
    let t = template(&d);
    let report = validate(&d, today(), None);
    assert!(report.missing().contains(&"B.I.chung"));
    assert!(report.missing().contains(&"B.I.nhiemvu"));
    assert_eq!(report.missing().last(), Some(&"B.II"));
    let unscored: Vec<&str> = report
        .problems_in("B.I")
        .iter()
        .filter_map(|p| match p {
            Problem::PointsMissing { criterion } => Some(*criterion),
            _ => None,
        })
        .collect();
    let all: Vec<&str> = t.scoring.unwrap().criteria().map(|(_, c)| c.id).collect();
    assert_eq!(unscored, all);
}

#[test]
fn a_complete_dossier_has_no_problem() {
    for (year, role) in CASES {
        let d = complete(year, role);
        let report = validate(&d, today(), None);
        assert_eq!(problems(&d), [], "{year} {role:?}");
        assert!(report.is_clean());
        assert!(report.missing().is_empty() && report.missing_identity().is_empty());
        for s in report.sections() {
            assert!(report.is_complete(s.id), "{year} {role:?} {}", s.id);
        }
        let progress = report.progress();
        assert!(progress.overall.is_done() && progress.overall.required > 0);
        assert!(progress.sections.iter().all(|(_, c)| c.is_done()));
    }
}

#[test]
fn unknown_sections_are_not_complete() {
    let report = validate(&complete(2022, Role::Member), today(), None);
    assert!(!report.is_complete("A.I"));
    assert!(report.problems_in("A.I").is_empty());
}

// --- Identity --------------------------------------------------------------------------

#[test]
fn required_identity_fields_must_be_filled_and_the_others_need_not() {
    for (year, role) in CASES {
        for &field in template(&empty(year, role)).identity {
            let mut d = complete(year, role);
            d.set_identity(field, " \t ", now());
            let expected = if REQUIRED_IDENTITY.contains(&field) {
                vec![Problem::IdentityMissing { field }]
            } else {
                vec![]
            };
            assert_eq!(problems(&d), expected, "{year} {role:?} {field:?}");
            let report = validate(&d, today(), None);
            assert_eq!(
                report.is_complete(IDENTITY_SECTION),
                expected.is_empty(),
                "{field:?}"
            );
        }
    }
    // Every template prints the four required fields.
    for id in TemplateId::ALL {
        for f in REQUIRED_IDENTITY {
            assert!(id.template().identity.contains(&f), "{id:?} {f:?}");
        }
    }
}

#[test]
fn a_name_may_have_100_characters_but_not_101() {
    // "Ễ" is one character (two bytes and more): limits count characters.
    let at_limit = "Ễ".repeat(NAME_MAX_CHARS as usize);
    let mut d = complete(2022, Role::Member);
    d.set_identity(IdentityField::FullName, &at_limit, now());
    assert_eq!(problems(&d), []);
    d.set_identity(IdentityField::FullName, &format!("{at_limit}n"), now());
    assert_eq!(
        problems(&d),
        [Problem::IdentityTooLong {
            field: IdentityField::FullName,
            chars: 101,
            max: 100
        }]
    );
}

#[test]
fn every_identity_field_has_its_length_limit() {
    for field in IdentityField::ALL {
        let Some(max) = identity_max_chars(field) else {
            assert_eq!(field, IdentityField::BirthDate);
            continue;
        };
        let mut d = complete(2022, Role::Leader);
        d.set_identity(field, &"a".repeat(max as usize), now());
        assert_eq!(problems(&d), [], "{field:?}");
        d.set_identity(field, &"a".repeat(max as usize + 1), now());
        assert_eq!(
            problems(&d),
            [Problem::IdentityTooLong {
                field,
                chars: max + 1,
                max
            }],
            "{field:?}"
        );
    }
}

fn with_birth(year: i32, birth: &str) -> Vec<Problem> {
    let mut d = complete(year, Role::Member);
    d.set_identity(IdentityField::BirthDate, birth, now());
    problems(&d)
}

#[test]
fn a_member_is_at_least_18_in_the_review_year() {
    // 18 on 31/12/2022.
    assert_eq!(with_birth(2022, "31/12/2004"), []);
    assert_eq!(
        with_birth(2022, "01/01/2005"),
        [Problem::TooYoung {
            birth: date(2005, 1, 1),
            year: 2022,
            age: 17,
            min: 18
        }]
    );
}

#[test]
fn a_member_is_at_most_100_in_the_review_year() {
    assert_eq!(with_birth(2022, "01/01/1922"), []);
    assert_eq!(
        with_birth(2022, "31/12/1921"),
        [Problem::TooOld {
            birth: date(1921, 12, 31),
            year: 2022,
            age: 101,
            max: 100
        }]
    );
}

#[test]
fn a_birth_date_must_be_a_real_dd_mm_yyyy_date() {
    for raw in ["31/02/1980", "1980-01-05", "05/01/80", "năm 1980"] {
        assert_eq!(
            with_birth(2022, raw),
            [Problem::BirthDateUnparsable {
                value: raw.to_owned()
            }],
            "{raw}"
        );
    }
    assert_eq!(with_birth(2022, "5-1-1980"), []);
}

#[test]
fn a_birth_date_cannot_be_after_today() {
    assert_eq!(
        with_birth(2026, "30/11/2026"),
        [Problem::BirthDateInFuture {
            birth: date(2026, 11, 30),
            today: today()
        }]
    );
}

#[test]
fn the_review_year_is_between_2019_and_this_year() {
    let mut d = complete(2019, Role::Member);
    assert_eq!(problems(&d), []);
    d.year = 2018;
    assert_eq!(
        problems(&d),
        [Problem::YearOutOfRange {
            year: 2018,
            first: 2019,
            last: 2026
        }]
    );
    let report = validate(&d, today(), None);
    assert!(!report.is_complete(IDENTITY_SECTION));
    assert_eq!(report.problems_for(YEAR_KEY).len(), 1);

    let mut d = complete(2026, Role::Member);
    assert_eq!(problems(&d), []);
    d.year = 2027;
    assert_eq!(
        problems(&d),
        [Problem::YearOutOfRange {
            year: 2027,
            first: 2019,
            last: 2026
        }]
    );
}

#[test]
fn the_blur_check_gives_what_validate_gives() {
    let cases: [(IdentityField, &str); 8] = [
        (IdentityField::FullName, ""),
        (IdentityField::FullName, "Nguyễn Văn Ân"),
        (IdentityField::FullName, &"x".repeat(101)),
        (IdentityField::BirthDate, "31/02/1980"),
        (IdentityField::BirthDate, "01/01/2005"),
        (IdentityField::BirthDate, "31/12/2004"),
        (IdentityField::PartyPost, "   "),
        (IdentityField::Place, " "),
    ];
    for (field, value) in cases {
        let mut d = complete(2022, Role::Leader);
        d.set_identity(field, value, now());
        let full = validate(&d, today(), None);
        let expected: Vec<Problem> = full
            .problems_for(field.as_str())
            .into_iter()
            .cloned()
            .collect();
        let blur = check_identity_field(field, value, 2022, today());
        assert_eq!(
            blur.into_iter().collect::<Vec<_>>(),
            expected,
            "{field:?} {value:?}"
        );
    }
}

// --- Answers --------------------------------------------------------------------------------

#[test]
fn a_whitespace_only_answer_is_missing() {
    let mut d = complete(2022, Role::Member);
    d.set_answer_text("I.2", " \n\t  ", now());
    let report = validate(&d, today(), None);
    assert_eq!(
        report.problems().cloned().collect::<Vec<_>>(),
        [Problem::AnswerMissing { item: "I.2" }]
    );
    assert_eq!(report.missing(), ["I.2"]);
    assert_eq!(report.problems_for("I.2").len(), 1);
    assert!(!report.is_complete("I") && report.is_complete("II"));
    assert_eq!(
        report.progress().section("I"),
        Some(Counts {
            answered: 2,
            required: 3
        })
    );
}

#[test]
fn optional_sections_may_stay_empty_but_not_too_long() {
    let mut d = complete(2025, Role::Member);
    d.answers.remove("A.IV");
    d.answers.remove("A.V");
    assert_eq!(problems(&d), []);
    d.set_answer_text("A.IV", &"a".repeat(ITEM_TEXT_MAX_CHARS as usize + 1), now());
    assert_eq!(
        problems(&d),
        [Problem::TextTooLong {
            item: "A.IV",
            chars: 20_001,
            max: 20_000
        }]
    );
}

#[test]
fn an_item_text_may_have_20_000_characters_but_not_20_001() {
    let at_limit = "ư".repeat(ITEM_TEXT_MAX_CHARS as usize);
    let mut d = complete(2022, Role::Leader);
    d.set_answer_text("I.lanhdao.2", &at_limit, now());
    assert_eq!(problems(&d), []);
    d.set_answer_text("I.lanhdao.2", &format!("{at_limit}!"), now());
    assert_eq!(
        problems(&d),
        [Problem::TextTooLong {
            item: "I.lanhdao.2",
            chars: 20_001,
            max: 20_000
        }]
    );
    // A too-long text is still an answer: it is not in the «còn thiếu» list.
    assert!(validate(&d, today(), None).missing().is_empty());
}

#[test]
fn the_2019_form_asks_for_a_self_grade_and_the_2023_forms_do_not() {
    let mut d = complete(2022, Role::Member);
    d.set_answer_grade("I.1", None, now());
    d.set_answer_grade("III", None, now());
    assert_eq!(
        problems(&d),
        [
            Problem::GradeMissing { item: "I.1" },
            Problem::GradeMissing { item: "III" },
        ]
    );
    assert_eq!(validate(&d, today(), None).missing(), ["I.1", "III"]);

    // 2023: the grade boxes are only presumed, off by default.
    let mut d = complete(2023, Role::Member);
    d.set_answer_grade("I.1", None, now());
    d.set_answer_grade("III", None, now());
    assert_eq!(problems(&d), []);
}

#[test]
fn both_2019_ratings_are_required_and_not_applicable_counts() {
    let mut d = complete(2022, Role::Member);
    d.proposal.civil_servant = Some(CivilServantRating::NotApplicable);
    assert_eq!(problems(&d), []);
    d.proposal.civil_servant = None;
    assert_eq!(
        problems(&d),
        [Problem::RatingMissing {
            item: "VII.1",
            target: RatingTarget::CivilServant
        }]
    );
    d.proposal.party = None;
    assert_eq!(validate(&d, today(), None).missing(), ["VII.1", "VII.2"]);
}

#[test]
fn the_2025_proposed_rating_is_required() {
    let mut d = complete(2025, Role::Leader);
    d.proposal.party = None;
    let report = validate(&d, today(), None);
    assert_eq!(
        report.problems_in("B.II"),
        [Problem::RatingMissing {
            item: "B.II",
            target: RatingTarget::Party
        }]
    );
    assert_eq!(report.missing(), ["B.II"]);
}

#[test]
fn members_who_are_not_rated_are_asked_for_no_rating_and_no_points() {
    // QĐ 366 Điều 5 khoản 2: exempted, suspended, admitted under 6 months.
    for not_rated in [
        |d: &mut Dossier| d.circumstances.exempted = true,
        |d: &mut Dossier| d.circumstances.suspended = true,
        |d: &mut Dossier| d.circumstances.admitted_on = Some(date(2025, 9, 1)),
    ] {
        let mut d = complete(2025, Role::Member);
        d.proposal.party = None;
        d.points.clear();
        not_rated(&mut d);
        let report = validate(&d, today(), None);
        assert_eq!(
            report.problems().collect::<Vec<_>>(),
            Vec::<&Problem>::new()
        );
        assert!(report.missing().is_empty(), "{:?}", report.missing());
    }
    // Admitted on 30/06/2025: 6 months on 30/12/2025, before the review
    // year's reference date (31/12): rated, so both are asked for.
    let mut d = complete(2025, Role::Member);
    d.proposal.party = None;
    d.circumstances.admitted_on = Some(date(2025, 6, 30));
    assert_eq!(validate(&d, today(), None).missing(), ["B.II"]);
}

// --- Points ------------------------------------------------------------------------------------

fn first_general_criterion(d: &Dossier) -> (&'static str, Points) {
    let t = template(d);
    let group = t.scoring.unwrap().group("B.I.chung").unwrap();
    let id = group.criteria[0].id;
    let max = t.default_point_scheme().unwrap().criterion_max(id).unwrap();
    (id, max)
}

/// The default scheme with one committee's name on it: a split issued by
/// a party committee (the same numbers as the app's default).
fn issued_scheme(d: &Dossier) -> kiemdiem::core::template::PointScheme {
    let mut scheme = template(d).default_point_scheme().unwrap();
    scheme.origin = kiemdiem::core::template::SchemeOrigin::Issued {
        issuer: "Đảng ủy phường Phổ Ninh".to_owned(),
        reference: "Hướng dẫn số 05-HD/ĐU".to_owned(),
    };
    scheme
}

#[test]
fn a_criterion_may_reach_an_issued_maximum_but_not_a_tenth_more() {
    let mut d = complete(2025, Role::Member);
    let scheme = issued_scheme(&d);
    let (id, max) = first_general_criterion(&d);
    d.points.insert(id.to_owned(), max);
    assert_eq!(validate(&d, today(), Some(&scheme)).problems().count(), 0);
    let over = Points(max.0 + 1);
    d.points.insert(id.to_owned(), over);
    let ps: Vec<Problem> = validate(&d, today(), Some(&scheme))
        .problems()
        .cloned()
        .collect();
    assert!(
        ps.contains(&Problem::PointsOverMax {
            criterion: id,
            points: over,
            max
        }),
        "{ps:?}"
    );
}

#[test]
fn above_the_apps_default_split_is_no_error_only_the_group_total_is() {
    // HD 43 mục 7.12 leaves the split to the upper committees: a real score
    // sheet that gives a criterion more than the equal share is not wrong.
    let mut d = complete(2025, Role::Member);
    let (id, max) = first_general_criterion(&d);
    let other = template(&d)
        .scoring
        .unwrap()
        .group("B.I.chung")
        .unwrap()
        .criteria[1]
        .id;
    d.points.insert(id.to_owned(), Points(max.0 + 10));
    d.points
        .insert(other.to_owned(), Points(d.points[other].0 - 10));
    assert_eq!(problems(&d), []);
}

#[test]
fn a_group_may_not_add_up_to_more_than_its_maximum() {
    let mut d = complete(2025, Role::Member);
    let (id, max) = first_general_criterion(&d);
    d.points.insert(id.to_owned(), Points(max.0 + 5));
    let report = validate(&d, today(), None);
    assert_eq!(
        report.problems_for("B.I.chung"),
        [&Problem::GroupOverMax {
            group: "B.I.chung",
            total: Points(305),
            max: Points(300)
        }]
    );
    assert!(!report.is_complete("B.I") && report.is_complete("B.II"));

    // Lowering another criterion brings the group back within 30 points;
    // against an issued split the criterion above its own maximum is still
    // reported (against the app's default, nothing is).
    let other = template(&d)
        .scoring
        .unwrap()
        .group("B.I.chung")
        .unwrap()
        .criteria[1]
        .id;
    let lower = Points(d.points[other].0 - 5);
    d.points.insert(other.to_owned(), lower);
    assert_eq!(problems(&d), []);
    let scheme = issued_scheme(&d);
    assert_eq!(
        validate(&d, today(), Some(&scheme))
            .problems()
            .cloned()
            .collect::<Vec<_>>(),
        [Problem::PointsOverMax {
            criterion: id,
            points: Points(max.0 + 5),
            max
        }]
    );
}

#[test]
fn every_criterion_of_a_required_group_is_scored() {
    let mut d = complete(2025, Role::OutsideSystem);
    let last = template(&d)
        .scoring
        .unwrap()
        .group("B.I.nhiemvu")
        .unwrap()
        .criteria
        .last()
        .unwrap()
        .id;
    d.points.remove(last);
    let report = validate(&d, today(), None);
    assert_eq!(
        report.problems().cloned().collect::<Vec<_>>(),
        [Problem::PointsMissing { criterion: last }]
    );
    assert_eq!(report.missing(), ["B.I.nhiemvu"]);
    // A zero is a score.
    d.points.insert(last.to_owned(), Points(0));
    assert_eq!(problems(&d), []);
}

#[test]
fn an_issued_scheme_sets_the_maxima() {
    let d0 = complete(2025, Role::Member);
    let t = template(&d0);
    let mut scheme = t.default_point_scheme().unwrap();
    scheme.origin = SchemeOrigin::Issued {
        issuer: "Đảng ủy phường Phổ Ninh".into(),
        reference: "Hướng dẫn số 01-HD/ĐU".into(),
    };
    // Move one point from the second general criterion to the first.
    let general = &mut scheme.groups[0].criteria;
    general[0].max.0 += 10;
    general[1].max.0 -= 10;
    let second = general[1].criterion.clone();
    scheme.check(t).unwrap();
    let (id, default_max) = first_general_criterion(&d0);
    let mut d = d0.clone();
    d.points.insert(id.to_owned(), Points(default_max.0 + 10));
    d.points
        .insert(second.clone(), Points(d.points[&second].0 - 10));
    assert_eq!(validate(&d, today(), Some(&scheme)).problems().count(), 0);
    // Under the app's default split the same points are no error either
    // (a suggestion, not a rule); under the issued one moved back, they are.
    assert_eq!(problems(&d), []);
    let issued = issued_scheme(&d);
    assert!(
        validate(&d, today(), Some(&issued))
            .problems()
            .any(|p| matches!(p, Problem::PointsOverMax { criterion, .. } if *criterion == id))
    );
}

#[test]
fn a_scheme_that_does_not_fit_is_reported_and_the_default_is_used() {
    let d = complete(2025, Role::Member);
    let wrong = TemplateId::Y2025Leader
        .template()
        .default_point_scheme()
        .unwrap();
    let report = validate(&d, today(), Some(&wrong));
    let ps: Vec<&Problem> = report.problems().collect();
    assert_eq!(ps.len(), 1, "{ps:?}");
    assert!(matches!(
        ps[0],
        Problem::SchemeMismatch { section: "B.I", .. }
    ));
}

// --- Messages ----------------------------------------------------------------------------------

/// One example of every problem, with the dossier it belongs to.
fn every_problem() -> Vec<(Dossier, Problem)> {
    let y2022 = empty(2022, Role::Leader);
    let y2025 = empty(2025, Role::Member);
    let (criterion, max) = first_general_criterion(&y2025);
    let mismatch = validate(
        &y2025,
        today(),
        Some(
            &TemplateId::Y2025Leader
                .template()
                .default_point_scheme()
                .unwrap(),
        ),
    )
    .problems()
    .find(|p| matches!(p, Problem::SchemeMismatch { .. }))
    .cloned()
    .unwrap();
    let on =
        |d: &Dossier, ps: Vec<Problem>| ps.into_iter().map(|p| (d.clone(), p)).collect::<Vec<_>>();
    let mut all = on(
        &y2022,
        vec![
            Problem::YearOutOfRange {
                year: 2018,
                first: 2019,
                last: 2026,
            },
            Problem::YearOutOfRange {
                year: 2027,
                first: 2019,
                last: 2026,
            },
            Problem::IdentityMissing {
                field: IdentityField::FullName,
            },
            Problem::IdentityTooLong {
                field: IdentityField::Place,
                chars: 101,
                max: 100,
            },
            Problem::BirthDateUnparsable {
                value: "31/02/1980".into(),
            },
            Problem::BirthDateInFuture {
                birth: date(2026, 11, 30),
                today: today(),
            },
            Problem::TooYoung {
                birth: date(2005, 1, 1),
                year: 2022,
                age: 17,
                min: 18,
            },
            Problem::TooYoung {
                birth: date(2023, 1, 1),
                year: 2022,
                age: -1,
                min: 18,
            },
            Problem::TooOld {
                birth: date(1921, 12, 31),
                year: 2022,
                age: 101,
                max: 100,
            },
            Problem::AnswerMissing { item: "I.2" },
            Problem::TextTooLong {
                item: "I.1",
                chars: 20_001,
                max: 20_000,
            },
            Problem::GradeMissing { item: "III" },
            Problem::RatingMissing {
                item: "VII.1",
                target: RatingTarget::CivilServant,
            },
            Problem::RatingMissing {
                item: "VII.2",
                target: RatingTarget::Party,
            },
            Problem::SuggestionUnanswered {
                section: "IV",
                id: "s1".into(),
                number: 1,
            },
            Problem::RemedyStatusMissing {
                section: "III",
                id: "r2".into(),
                number: 2,
            },
        ],
    );
    all.extend(on(
        &y2025,
        vec![
            Problem::PointsMissing { criterion },
            Problem::PointsOverMax {
                criterion,
                points: Points(max.0 + 1),
                max,
            },
            Problem::GroupOverMax {
                group: "B.I.chung",
                total: Points(305),
                max: Points(300),
            },
            mismatch,
            Problem::SuggestionUnanswered {
                section: "A.IV",
                id: "s3".into(),
                number: 3,
            },
            Problem::RemedyStatusMissing {
                section: "A.III",
                id: "r1".into(),
                number: 1,
            },
        ],
    ));
    all
}

/// Fails to compile when a problem is added without being listed here (and
/// so in [`every_problem`]).
fn variant(p: &Problem) -> &'static str {
    match p {
        Problem::YearOutOfRange { .. } => "YearOutOfRange",
        Problem::IdentityMissing { .. } => "IdentityMissing",
        Problem::IdentityTooLong { .. } => "IdentityTooLong",
        Problem::BirthDateUnparsable { .. } => "BirthDateUnparsable",
        Problem::BirthDateInFuture { .. } => "BirthDateInFuture",
        Problem::TooYoung { .. } => "TooYoung",
        Problem::TooOld { .. } => "TooOld",
        Problem::AnswerMissing { .. } => "AnswerMissing",
        Problem::TextTooLong { .. } => "TextTooLong",
        Problem::GradeMissing { .. } => "GradeMissing",
        Problem::RatingMissing { .. } => "RatingMissing",
        Problem::PointsMissing { .. } => "PointsMissing",
        Problem::PointsOverMax { .. } => "PointsOverMax",
        Problem::GroupOverMax { .. } => "GroupOverMax",
        Problem::SchemeMismatch { .. } => "SchemeMismatch",
        Problem::SuggestionUnanswered { .. } => "SuggestionUnanswered",
        Problem::RemedyStatusMissing { .. } => "RemedyStatusMissing",
    }
}

#[test]
fn every_message_is_one_vietnamese_nfc_sentence() {
    let all = every_problem();
    let kinds: BTreeSet<&str> = all.iter().map(|(_, p)| variant(p)).collect();
    assert_eq!(kinds.len(), 17, "every kind of problem has an example");
    for (d, p) in &all {
        let m = problem(p, template(d), d.role);
        assert!(is_nfc(&m), "{m}");
        assert!(!m.is_ascii(), "not Vietnamese: {m}");
        assert!(m.ends_with('.'), "{m}");
        assert!(!m.contains('\n') && !m.contains("  "), "{m}");
        assert!(m.chars().next().unwrap().is_uppercase(), "{m}");
    }
    // And every message of real dossiers too.
    for (year, role) in CASES {
        let d = empty(year, role);
        for p in problems(&d) {
            let m = problem(&p, template(&d), role);
            assert!(is_nfc(&m) && m.ends_with('.') && !m.is_ascii(), "{m}");
        }
    }
}

#[test]
fn messages_name_the_item_by_its_printed_number_and_heading() {
    let t = TemplateId::Y2019.template();
    assert_eq!(
        problem(&Problem::AnswerMissing { item: "I.2" }, t, Role::Leader),
        "Mục I.2 \"Việc thực hiện chức trách, nhiệm vụ được giao\" chưa có nội dung."
    );
    // The cam kết item is printed 3. for members and 6. for leaders.
    assert_eq!(
        slot_label(t, Role::Member, "I.3"),
        "Mục I.3 \"Việc thực hiện cam kết tu dưỡng, rèn luyện, phấn đấu hằng năm\""
    );
    assert!(slot_label(t, Role::Leader, "I.3").starts_with("Mục I.6 \""));
    assert_eq!(
        slot_label(t, Role::Member, "VI"),
        "Mục VI \"Phương hướng, biện pháp khắc phục hạn chế, khuyết điểm\""
    );
    // Long headings are shortened at a word.
    let long = slot_label(t, Role::Member, "I.1");
    assert!(
        long.starts_with("Mục I.1 \"Về tư tưởng chính trị;") && long.ends_with("…\""),
        "{long}"
    );
    let t = TemplateId::Y2025Member.template();
    assert!(
        slot_label(t, Role::Member, "A.II.1").starts_with("Mục A.II.1 \"Hạn chế, khuyết điểm\"")
    );
    assert_eq!(
        problem(
            &Problem::RatingMissing {
                item: "B.II",
                target: RatingTarget::Party
            },
            t,
            Role::Member
        ),
        "Mục B.II \"Đề xuất xếp loại mức chất lượng\" chưa chọn mức tự xếp loại chất lượng."
    );
}

#[test]
fn messages_name_fields_and_write_dates_points_and_counts_the_vietnamese_way() {
    let t = TemplateId::Y2019.template();
    let m = |p: Problem| problem(&p, t, Role::Member);
    assert_eq!(
        m(Problem::IdentityMissing {
            field: IdentityField::FullName
        }),
        "Chưa ghi \"Họ và tên\"."
    );
    assert!(
        m(Problem::TooYoung {
            birth: date(2005, 1, 1),
            year: 2022,
            age: 17,
            min: 18
        })
        .starts_with("Theo ngày sinh 01/01/2005, đến cuối năm 2022 mới 17 tuổi, chưa đủ 18 tuổi")
    );
    assert!(
        m(Problem::BirthDateUnparsable {
            value: "31/02/1980".into()
        })
        .starts_with("Ngày sinh ghi là \"31/02/1980\", không phải một ngày hợp lệ")
    );
    assert!(
        m(Problem::TextTooLong {
            item: "II.1",
            chars: 20_001,
            max: 20_000
        })
        .contains("dài 20.001 ký tự, quá giới hạn 20.000 ký tự")
    );
    assert_eq!(count(7), "7");
    assert_eq!(count(1_234_567), "1.234.567");

    let t = TemplateId::Y2025Member.template();
    let (id, _) = first_general_criterion(&empty(2025, Role::Member));
    let over = problem(
        &Problem::PointsOverMax {
            criterion: id,
            points: Points(275),
            max: Points(75),
        },
        t,
        Role::Member,
    );
    assert!(over.starts_with("Tiêu chí 1 \""), "{over}");
    assert!(over.contains("(nhóm tiêu chí chung)"), "{over}");
    assert!(
        over.ends_with("được chấm 27,5 điểm, quá mức tối đa 7,5 điểm."),
        "{over}"
    );
    assert_eq!(
        problem(
            &Problem::GroupOverMax {
                group: "B.I.nhiemvu",
                total: Points(705),
                max: Points(700)
            },
            t,
            Role::Member
        ),
        "Tổng điểm nhóm tiêu chí về kết quả thực hiện nhiệm vụ là 70,5 điểm, quá mức tối đa 70 điểm."
    );
}

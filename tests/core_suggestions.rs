//! Section IV and the suggestions file (`core::suggestions`): the documented
//! example parses, every broken file gives its typed error, text is stored
//! NFC, loading adds only new points, and validation asks for one
//! explanation per point.

use chrono::{DateTime, NaiveDate, TimeZone, Utc};
use kiemdiem::core::dossier::{Dossier, DossierId, Role};
use kiemdiem::core::suggestions::{
    Applied, FORMAT, LABEL_MAX_CHARS, MAX_FILE_BYTES, MAX_POINTS, POINT_MAX_CHARS,
    SuggestionsError, SuggestionsFile, VERSION, apply, check_year, parse_suggestions,
};
use kiemdiem::core::textnorm::is_nfc;
use kiemdiem::core::validate::{Counts, Problem, validate};
use kiemdiem::text::validate::{problem, suggestions_error};

const FIXTURES: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/suggestions");
const DOC: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/docs/suggestions-format.md");

fn fixture(name: &str) -> Vec<u8> {
    std::fs::read(format!("{FIXTURES}/{name}")).unwrap()
}

fn now() -> DateTime<Utc> {
    Utc.with_ymd_and_hms(2026, 11, 29, 8, 30, 0).unwrap()
}

fn today() -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 11, 29).unwrap()
}

fn dossier(year: i32) -> Dossier {
    let start = Utc.with_ymd_and_hms(2026, 11, 1, 8, 0, 0).unwrap();
    Dossier::new(DossierId("hs-1".into()), year, Role::Member, start).unwrap()
}

fn points(d: &Dossier) -> Vec<&str> {
    d.suggestions.iter().map(|s| s.point.as_str()).collect()
}

// --- The documented example --------------------------------------------------------------

#[test]
fn the_example_file_parses() {
    let file = parse_suggestions(&fixture("valid.json")).unwrap();
    assert_eq!(
        file,
        SuggestionsFile {
            year: 2025,
            issued_by: Some("Chi bộ Văn phòng Đảng ủy phường Phổ Ninh".into()),
            person: Some("Nguyễn Văn Ân".into()),
            points: vec![
                "Việc chậm tham mưu xử lý đơn thư của công dân trong quý III năm 2025.".into(),
                "Ý kiến phản ánh về tinh thần, thái độ phục vụ Nhân dân tại bộ phận một cửa."
                    .into(),
            ],
        }
    );
}

#[test]
fn the_documents_example_is_the_fixture() {
    let doc = std::fs::read_to_string(DOC).unwrap();
    let start = doc.find("```json\n").expect("a json block in the doc") + "```json\n".len();
    let end = start + doc[start..].find("```").unwrap();
    let in_doc: serde_json::Value = serde_json::from_str(&doc[start..end]).unwrap();
    let in_fixture: serde_json::Value = serde_json::from_slice(&fixture("valid.json")).unwrap();
    assert_eq!(in_doc, in_fixture);
    assert_eq!(in_doc["format"], FORMAT);
    assert_eq!(in_doc["version"], VERSION);
    // The limits the doc states are the code's.
    assert_eq!(MAX_FILE_BYTES, 65_536);
    assert!(doc.contains("65 536 bytes") && doc.contains("64 KiB"));
    assert!(doc.contains(&format!("1 to {MAX_POINTS} points")));
    assert_eq!(POINT_MAX_CHARS, 2_000);
    assert!(doc.contains("each 1 to 2 000 characters"));
    assert!(doc.contains(&format!("At most {LABEL_MAX_CHARS} characters")));
}

#[test]
fn a_written_file_reads_back_the_same() {
    let file = parse_suggestions(&fixture("valid.json")).unwrap();
    let json = file.to_json();
    assert_eq!(parse_suggestions(json.as_bytes()).unwrap(), file);
    let written: serde_json::Value = serde_json::from_str(&json).unwrap();
    let fixture: serde_json::Value = serde_json::from_slice(&fixture("valid.json")).unwrap();
    assert_eq!(written, fixture);
    // Optional fields left out when absent.
    let bare = SuggestionsFile {
        issued_by: None,
        person: None,
        ..file
    };
    let json = bare.to_json();
    assert!(!json.contains("issued_by") && !json.contains("person"));
    assert!(
        json.find("\"format\"") < json.find("\"points\""),
        "documented order"
    );
}

// --- Broken files ------------------------------------------------------------------------

#[test]
fn each_broken_fixture_gives_its_error() {
    let cases = [
        (
            "not-json.json",
            SuggestionsError::NotJson { line: 1, column: 2 },
        ),
        ("wrong-format.json", SuggestionsError::NotThisFormat),
        (
            "version-2.json",
            SuggestionsError::UnsupportedVersion {
                found: 2,
                supported: 1,
            },
        ),
        (
            "year-as-text.json",
            SuggestionsError::Malformed { field: "year" },
        ),
        ("no-points.json", SuggestionsError::NoPoints),
        (
            "empty-point.json",
            SuggestionsError::EmptyPoint { number: 2 },
        ),
        (
            "long-point.json",
            SuggestionsError::PointTooLong {
                number: 2,
                chars: 2_001,
                max: 2_000,
            },
        ),
        (
            "too-many-points.json",
            SuggestionsError::TooManyPoints { count: 51, max: 50 },
        ),
    ];
    for (name, expected) in cases {
        assert_eq!(parse_suggestions(&fixture(name)), Err(expected), "{name}");
    }
}

fn file_with(extra: &str) -> Vec<u8> {
    format!(r#"{{"format": "kiemdiem.goi-y", "version": 1, "year": 2025{extra}}}"#).into_bytes()
}

#[test]
fn other_broken_files_give_their_errors() {
    let big = vec![b' '; MAX_FILE_BYTES + 1];
    assert_eq!(
        parse_suggestions(&big),
        Err(SuggestionsError::TooLarge {
            bytes: 65_537,
            max: 65_536
        })
    );
    // 64 KiB exactly is read (and then judged on its content).
    let mut padded = file_with(r#", "points": ["Một vấn đề."]"#);
    padded.resize(MAX_FILE_BYTES, b' ');
    assert!(parse_suggestions(&padded).is_ok());

    let not = |bytes: &[u8]| parse_suggestions(bytes).unwrap_err();
    assert_eq!(not(b""), SuggestionsError::NotJson { line: 1, column: 0 });
    assert!(matches!(
        not(b"\xff\xfe{}"),
        SuggestionsError::NotJson { .. }
    ));
    assert_eq!(not(b"[1, 2]"), SuggestionsError::NotThisFormat);
    assert_eq!(
        not(b"{\"points\": [\"x\"]}"),
        SuggestionsError::NotThisFormat
    );
    assert_eq!(
        not(br#"{"format": "kiemdiem.goi-y", "year": 2025, "points": ["x"]}"#),
        SuggestionsError::Malformed { field: "version" }
    );
    assert_eq!(
        not(br#"{"format": "kiemdiem.goi-y", "version": 1.0, "year": 2025, "points": ["x"]}"#),
        SuggestionsError::Malformed { field: "version" }
    );
    assert_eq!(
        not(&file_with("")),
        SuggestionsError::Malformed { field: "points" }
    );
    assert_eq!(
        not(&file_with(r#", "points": "Một vấn đề.""#)),
        SuggestionsError::Malformed { field: "points" }
    );
    assert_eq!(
        not(&file_with(r#", "points": ["Một vấn đề.", 2]"#)),
        SuggestionsError::Malformed { field: "points" }
    );
    assert_eq!(
        not(&file_with(r#", "person": 12, "points": ["x"]"#)),
        SuggestionsError::Malformed { field: "person" }
    );
    let long = "Đ".repeat(LABEL_MAX_CHARS + 1);
    assert_eq!(
        not(&file_with(&format!(
            r#", "issued_by": "{long}", "points": ["x"]"#
        ))),
        SuggestionsError::FieldTooLong {
            field: "issued_by",
            chars: 201,
            max: 200
        }
    );
}

#[test]
fn limits_are_inclusive() {
    let fifty: Vec<String> = (1..=MAX_POINTS)
        .map(|i| format!("\"Vấn đề {i}.\""))
        .collect();
    let file = parse_suggestions(&file_with(&format!(", \"points\": [{}]", fifty.join(","))));
    assert_eq!(file.unwrap().points.len(), 50);
    // 2 000 characters of a two-byte letter: counted in characters.
    let point = "ơ".repeat(POINT_MAX_CHARS);
    let file = parse_suggestions(&file_with(&format!(", \"points\": [\"{point}\"]")));
    assert_eq!(file.unwrap().points[0].chars().count(), 2_000);
}

#[test]
fn blank_optional_fields_are_absent_and_unknown_fields_ignored() {
    let file = parse_suggestions(&file_with(
        r#", "issued_by": "  ", "person": null, "so_hieu": "12-CV/CB", "points": ["x"]"#,
    ))
    .unwrap();
    assert_eq!(file.issued_by, None);
    assert_eq!(file.person, None);
}

#[test]
fn a_byte_order_mark_is_accepted() {
    let mut bytes = b"\xEF\xBB\xBF".to_vec();
    bytes.extend(fixture("valid.json"));
    assert_eq!(
        parse_suggestions(&bytes).unwrap(),
        parse_suggestions(&fixture("valid.json")).unwrap()
    );
}

#[test]
fn decomposed_text_is_stored_nfc_and_trimmed() {
    // "Việc chậm" and "Nguyễn" with decomposed marks, and spaces around.
    let nfd = "  Vie\u{323}\u{302}c cha\u{323}\u{302}m  ";
    let bytes = file_with(&format!(
        r#", "person": "Nguye\u0302\u0303n", "points": ["{nfd}"]"#
    ));
    let file = parse_suggestions(&bytes).unwrap();
    assert_eq!(file.points, ["Việc chậm"]);
    assert_eq!(file.person.as_deref(), Some("Nguyễn"));
    assert!(file.points.iter().all(|p| is_nfc(p)));

    let mut d = dossier(2025);
    d.add_suggestion("Vie\u{323}\u{302}c cha\u{323}\u{302}m", now());
    d.set_suggestion_answer("s1", "Do chu\u{309} quan", now());
    assert_eq!(d.suggestions[0].point, "Việc chậm");
    assert_eq!(d.suggestions[0].answer, "Do chủ quan");
}

// --- Year and loading ------------------------------------------------------------------

#[test]
fn the_year_is_checked_separately() {
    let file = parse_suggestions(&fixture("valid.json")).unwrap();
    assert_eq!(check_year(&file, &dossier(2025)), Ok(()));
    assert_eq!(
        check_year(&file, &dossier(2024)),
        Err(SuggestionsError::YearMismatch {
            file: 2025,
            dossier: 2024
        })
    );
}

#[test]
fn loading_adds_only_the_points_not_there_yet() {
    let file = parse_suggestions(&fixture("valid.json")).unwrap();
    let mut d = dossier(2025);
    // The person had typed the second point (NFD, with spaces) and answered it.
    let typed = d.add_suggestion(
        "  Y\u{301} kiê\u{301}n phản ánh về tinh thần, thái độ phục vụ Nhân dân tại bộ phận một cửa. ",
        now(),
    );
    d.set_suggestion_answer(&typed, "Đã tiếp thu, sửa chữa.", now());
    let before = d.suggestions[0].clone();

    let later = Utc.with_ymd_and_hms(2026, 11, 30, 9, 0, 0).unwrap();
    assert_eq!(
        apply(&file, &mut d, later),
        Applied {
            added: 1,
            skipped: 1
        }
    );
    assert_eq!(
        d.suggestions[0], before,
        "an existing point is never changed"
    );
    assert_eq!(d.suggestions[1].id, "s2");
    assert_eq!(d.suggestions[1].point, file.points[0]);
    assert_eq!(d.suggestions[1].answer, "");
    assert_eq!(d.updated_at, later);

    let loaded = d.clone();
    let again = Utc.with_ymd_and_hms(2026, 12, 1, 9, 0, 0).unwrap();
    assert_eq!(
        apply(&file, &mut d, again),
        Applied {
            added: 0,
            skipped: 2
        }
    );
    assert_eq!(d, loaded, "loading twice changes nothing");
}

#[test]
fn a_point_repeated_in_the_file_is_added_once() {
    let file = parse_suggestions(&file_with(
        r#", "points": ["Việc chậm nộp báo cáo.", " Việc chậm nộp báo cáo."]"#,
    ))
    .unwrap();
    let mut d = dossier(2025);
    assert_eq!(
        apply(&file, &mut d, now()),
        Applied {
            added: 1,
            skipped: 1
        }
    );
    assert_eq!(points(&d), ["Việc chậm nộp báo cáo."]);
}

#[test]
fn suggestion_setters_edit_by_id() {
    let mut d = dossier(2025);
    let a = d.add_suggestion("Điểm A.", now());
    let b = d.add_suggestion("Điểm B.", now());
    assert!(d.set_suggestion_point(&b, "Điểm B (sửa).", now()));
    assert!(!d.set_suggestion_point("s9", "x", now()));
    assert!(d.remove_suggestion(&a, now()));
    assert_eq!(points(&d), ["Điểm B (sửa)."]);
    assert_eq!(d.add_suggestion("Điểm C.", now()), "s3");
}

// --- Validation of section IV ------------------------------------------------------------

#[test]
fn every_point_needs_its_explanation() {
    for (year, section) in [(2025, "A.IV"), (2022, "IV")] {
        let mut d = dossier(year);
        let report = validate(&d, today(), None);
        assert_eq!(report.progress().section(section), Some(Counts::default()));
        assert!(report.is_complete(section), "IV is «nếu có»");
        assert!(!report.missing().contains(&section));

        let s1 = d.add_suggestion("Việc chậm nộp báo cáo.", now());
        d.add_suggestion("  ", now()); // a blank line asks nothing
        let s3 = d.add_suggestion("Thái độ phục vụ.", now());
        d.set_suggestion_answer(&s3, "   ", now()); // whitespace is no answer
        let report = validate(&d, today(), None);
        assert_eq!(
            report.problems_in(section),
            [
                Problem::SuggestionUnanswered {
                    section,
                    id: s1.clone(),
                    number: 1
                },
                Problem::SuggestionUnanswered {
                    section,
                    id: s3.clone(),
                    number: 3
                },
            ]
        );
        assert!(report.problems_in(section).iter().all(|p| p.is_missing()));
        assert_eq!(
            report.progress().section(section),
            Some(Counts {
                answered: 0,
                required: 2
            })
        );
        assert_eq!(report.problems_for(section).len(), 2);
        assert_eq!(
            report.missing().iter().filter(|k| **k == section).count(),
            1
        );

        d.set_suggestion_answer(&s1, "Do chủ quan; trách nhiệm của cá nhân tôi.", now());
        let report = validate(&d, today(), None);
        assert_eq!(report.problems_in(section).len(), 1);
        d.set_suggestion_answer(&s3, "Đã tiếp thu.", now());
        let report = validate(&d, today(), None);
        assert!(report.is_complete(section));
        assert!(!report.missing().contains(&section));
        assert_eq!(
            report.progress().section(section),
            Some(Counts {
                answered: 2,
                required: 2
            })
        );
    }
}

// --- Messages -----------------------------------------------------------------------------

#[test]
fn messages_are_vietnamese_sentences() {
    let errors = [
        SuggestionsError::TooLarge {
            bytes: 70_000,
            max: 65_536,
        },
        SuggestionsError::NotJson { line: 3, column: 7 },
        SuggestionsError::NotThisFormat,
        SuggestionsError::UnsupportedVersion {
            found: 2,
            supported: 1,
        },
        SuggestionsError::Malformed { field: "year" },
        SuggestionsError::FieldTooLong {
            field: "issued_by",
            chars: 201,
            max: 200,
        },
        SuggestionsError::NoPoints,
        SuggestionsError::TooManyPoints { count: 51, max: 50 },
        SuggestionsError::EmptyPoint { number: 2 },
        SuggestionsError::PointTooLong {
            number: 2,
            chars: 2_001,
            max: 2_000,
        },
        SuggestionsError::YearMismatch {
            file: 2024,
            dossier: 2025,
        },
    ];
    for e in &errors {
        let m = suggestions_error(e);
        assert!(is_nfc(&m) && !m.is_ascii(), "{m}");
        assert!(m.ends_with('.') && !m.contains("  "), "{m}");
        assert!(m.chars().next().unwrap().is_uppercase(), "{m}");
    }
    assert_eq!(
        suggestions_error(&errors[0]),
        "Tệp nặng 69 KB, quá giới hạn 64 KB của ứng dụng; đây có lẽ không phải tệp gợi ý kiểm điểm."
    );
    assert_eq!(
        suggestions_error(&errors[9]),
        "Vấn đề được gợi ý thứ 2 trong tệp dài 2.001 ký tự, quá giới hạn 2.000 ký tự của ứng dụng."
    );

    let d = dossier(2025);
    let m = problem(
        &Problem::SuggestionUnanswered {
            section: "A.IV",
            id: "s1".into(),
            number: 1,
        },
        d.template.template(),
        d.role,
    );
    assert_eq!(
        m,
        "Mục A.IV \"Giải trình những vấn đề được gợi ý kiểm điểm (nếu có)\": vấn đề được gợi ý thứ 1 chưa có phần giải trình (nêu nguyên nhân, xác định trách nhiệm của cá nhân)."
    );
}

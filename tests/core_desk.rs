//! The secretary's desk (`core::desk`): admitting files (duplicates, key
//! pinning, other year or cell), the roster (matching, reading .csv and
//! .xlsx), the cell's summary and the HTXS cap per regime.

mod common;

use chrono::{TimeZone, Utc};
use kiemdiem::core::desk::summary::{CapCheck, CapRegime, percent, summarize};
use kiemdiem::core::desk::{
    Admission, Desk, FileFlag, FileState, KeyState, MemberMatch, NotRatedKind, Received,
    RosterError, birth_key, name_key, roster,
};
use kiemdiem::core::dossier::{IdentityField, Rating, Role};
use kiemdiem::core::seal::{KeyPair, seal, verify};
use kiemdiem::core::template::TemplateId;

const KEY_A: &str = "AAAA AAAA AAAA AAAA";
const KEY_B: &str = "BBBB BBBB BBBB BBBB";

/// A received file of 2025 in "Chi bộ Khối vận".
fn rec(digest: &str, name: &str, birth: &str, key: &str, sealed_at: i64) -> Received {
    Received {
        digest: digest.to_owned(),
        file_name: format!("{digest}.json"),
        fingerprint: key.to_owned(),
        sealed_at,
        received_at: 0,
        year: 2025,
        role: Role::Member,
        template: TemplateId::ALL
            .into_iter()
            .find(|t| t.as_str() == "2025-2B")
            .unwrap(),
        full_name: name.to_owned(),
        birth_date: birth.to_owned(),
        party_cell: "Chi bộ Khối vận".to_owned(),
        party_committee: "Đảng bộ phường".to_owned(),
        proposed: Some(Rating::Good),
        not_rated: Vec::new(),
        not_rated_uncertain: false,
        flags: Vec::new(),
    }
}

fn rated(mut r: Received, level: Option<Rating>) -> Received {
    r.proposed = level;
    r
}

fn state(desk: &Desk, digest: &str) -> FileState {
    desk.file(digest).unwrap().state.clone()
}

fn counted(desk: &Desk) -> Vec<String> {
    desk.current().map(|f| f.received.digest.clone()).collect()
}

// ---------------------------------------------------------------------------
// Admitting files

#[test]
fn the_first_file_sets_the_cell_and_a_file_is_admitted_once() {
    let mut desk = Desk::new();
    assert_eq!(
        desk.admit(rec("d1", "Lê Văn Tám", "", KEY_A, 10)),
        Admission::New
    );
    assert_eq!(desk.cell.year, Some(2025));
    assert_eq!(desk.cell.party_cell, "Chi bộ Khối vận");
    assert_eq!(desk.cell.party_committee, "Đảng bộ phường");
    assert_eq!(
        desk.admit(rec("d1", "Lê Văn Tám", "", KEY_A, 10)),
        Admission::AlreadyHere
    );
    assert_eq!(desk.files.len(), 1);
}

#[test]
fn the_same_member_twice_keeps_the_newest_and_lists_both() {
    let mut desk = Desk::new();
    desk.admit(rec("old", "Lê Văn Tám", "", KEY_A, 10));
    let a = desk.admit(rec("new", "LÊ  văn tám", "", KEY_A, 20));
    assert_eq!(
        a,
        Admission::ReplacedOlder {
            older: "old".into()
        }
    );
    assert_eq!(state(&desk, "new"), FileState::Current);
    assert_eq!(
        state(&desk, "old"),
        FileState::Replaced { by: "new".into() }
    );
    assert_eq!(desk.files.len(), 2);
    assert_eq!(counted(&desk), ["new"]);
    assert!(
        desk.flags("old")
            .contains(&FileFlag::Replaced { by: "new".into() })
    );
}

#[test]
fn an_older_file_arriving_after_a_newer_one_is_marked_replaced() {
    let mut desk = Desk::new();
    desk.admit(rec("new", "Lê Văn Tám", "", KEY_A, 20));
    let a = desk.admit(rec("old", "Lê Văn Tám", "", KEY_A, 10));
    assert_eq!(
        a,
        Admission::OlderThanKept {
            newer: "new".into()
        }
    );
    assert_eq!(
        state(&desk, "old"),
        FileState::Replaced { by: "new".into() }
    );
    assert_eq!(counted(&desk), ["new"]);
}

#[test]
fn removing_the_current_file_makes_the_newest_remaining_one_current() {
    let mut desk = Desk::new();
    desk.admit(rec("a", "Lê Văn Tám", "", KEY_A, 10));
    desk.admit(rec("b", "Lê Văn Tám", "", KEY_A, 30));
    desk.admit(rec("c", "Lê Văn Tám", "", KEY_A, 20));
    desk.set_review("b", "Tốt", Some(Rating::Good));
    assert_eq!(counted(&desk), ["b"]);
    assert!(desk.remove_file("b"));
    assert_eq!(counted(&desk), ["c"]);
    assert_eq!(state(&desk, "a"), FileState::Replaced { by: "c".into() });
    assert!(!desk.reviews.contains_key("b"));
    assert!(!desk.remove_file("b"));
}

#[test]
fn the_first_key_is_pinned_and_a_new_key_waits_for_the_secretary() {
    let mut desk = Desk::new();
    assert_eq!(
        desk.admit(rec("k1", "Lê Văn Tám", "", KEY_A, 10)),
        Admission::New
    );
    assert_eq!(desk.file("k1").unwrap().key, KeyState::Pinned);
    let a = desk.admit(rec("k2", "Lê Văn Tám", "", KEY_B, 20));
    assert_eq!(
        a,
        Admission::KeyChanged {
            previous: KEY_A.into()
        }
    );
    // Flagged, listed, not counted, and it does not replace the pinned one.
    assert_eq!(counted(&desk), ["k1"]);
    assert_eq!(state(&desk, "k1"), FileState::Current);
    assert!(desk.flags("k2").contains(&FileFlag::KeyChanged {
        previous: KEY_A.into(),
        decision: None
    }));
    assert_eq!(desk.pins.values().collect::<Vec<_>>(), [KEY_A]);
}

#[test]
fn accepting_a_new_key_pins_it_and_the_file_takes_its_place() {
    let mut desk = Desk::new();
    desk.admit(rec("k1", "Lê Văn Tám", "", KEY_A, 10));
    desk.admit(rec("k2", "Lê Văn Tám", "", KEY_B, 20));
    assert!(desk.decide_key("k2", true));
    assert_eq!(counted(&desk), ["k2"]);
    assert_eq!(state(&desk, "k1"), FileState::Replaced { by: "k2".into() });
    assert_eq!(desk.pins.values().collect::<Vec<_>>(), [KEY_B]);
    // A later file sealed with the old key is now the changed one.
    let a = desk.admit(rec("k3", "Lê Văn Tám", "", KEY_A, 30));
    assert_eq!(
        a,
        Admission::KeyChanged {
            previous: KEY_B.into()
        }
    );
    assert_eq!(counted(&desk), ["k2"]);
    // A file with a pinned key cannot be "decided".
    assert!(!desk.decide_key("k1", true));
    assert!(!desk.decide_key("nope", true));
}

#[test]
fn refusing_a_new_key_keeps_the_file_listed_and_never_counted() {
    let mut desk = Desk::new();
    desk.admit(rec("k1", "Lê Văn Tám", "", KEY_A, 10));
    desk.admit(rec("k2", "Lê Văn Tám", "", KEY_B, 20));
    assert!(desk.decide_key("k2", false));
    assert_eq!(counted(&desk), ["k1"]);
    assert_eq!(desk.files.len(), 2);
    assert!(desk.flags("k2").contains(&FileFlag::KeyChanged {
        previous: KEY_A.into(),
        decision: Some(false)
    }));
    // Still refused after an unrelated change.
    desk.add_member("Trần Thị Bình", "", "");
    assert_eq!(counted(&desk), ["k1"]);
}

#[test]
fn an_accepted_older_file_does_not_replace_a_newer_one() {
    let mut desk = Desk::new();
    desk.admit(rec("k1", "Lê Văn Tám", "", KEY_A, 30));
    desk.admit(rec("k2", "Lê Văn Tám", "", KEY_B, 20));
    desk.decide_key("k2", true);
    assert_eq!(counted(&desk), ["k1"]);
    assert_eq!(state(&desk, "k2"), FileState::Replaced { by: "k1".into() });
}

#[test]
fn a_file_of_another_year_or_cell_is_flagged() {
    let mut desk = Desk::new();
    desk.admit(rec("a", "Lê Văn Tám", "", KEY_A, 10));
    let mut other_year = rec("b", "Trần Thị Bình", "", KEY_A, 10);
    other_year.year = 2024;
    desk.admit(other_year);
    let mut other_cell = rec("c", "Phạm Văn Cường", "", KEY_A, 10);
    other_cell.party_cell = "Chi bộ Khu phố 3".into();
    desk.admit(other_cell);
    let mut same_cell = rec("d", "Võ Thị Dung", "", KEY_A, 10);
    same_cell.party_cell = "  CHI BỘ   khối vận ".into();
    desk.admit(same_cell);
    assert_eq!(desk.flags("a"), []);
    assert_eq!(desk.flags("b"), [FileFlag::OtherYear { year: 2024 }]);
    assert_eq!(
        desk.flags("c"),
        [FileFlag::OtherCell {
            party_cell: "Chi bộ Khu phố 3".into()
        }]
    );
    assert_eq!(desk.flags("d"), []);
    // Another year's file does not count in the cell's summary.
    assert_eq!(summarize(&desk).handed_in, 3);
}

// ---------------------------------------------------------------------------
// The roster

#[test]
fn names_match_whatever_the_normal_form_case_and_spacing() {
    let nfd = "Nguye\u{302}\u{303}n Thi\u{323} A\u{301}nh Ho\u{302}\u{300}ng";
    assert_eq!(name_key(nfd), name_key("Nguyễn Thị Ánh Hồng"));
    assert_eq!(
        name_key("  NGUYỄN  THỊ\u{a0}ÁNH\tHỒNG "),
        "nguyễn thị ánh hồng"
    );
    assert_ne!(
        name_key("Nguyễn Thị Ánh Hồng"),
        name_key("Nguyễn Thị Anh Hồng")
    );
    assert_eq!(birth_key("05/01/1980"), birth_key("5-1-1980"));
    assert_eq!(birth_key("không rõ"), "");

    let mut desk = Desk::new();
    let id = desk.add_member(nfd, "05/01/1980", "");
    assert_eq!(
        desk.roster[0].full_name, "Nguyễn Thị Ánh Hồng",
        "stored NFC"
    );
    let file = rec("x", "nguyễn thị  ánh hồng", "", KEY_A, 1);
    assert_eq!(
        desk.member_of(&file),
        MemberMatch::One(id),
        "missing birth date"
    );
    let file = rec("x", "Nguyễn Thị Ánh Hồng", "5/1/1980", KEY_A, 1);
    assert_eq!(desk.member_of(&file), MemberMatch::One(id));
    let file = rec("x", "Nguyễn Thị Ánh Hồng", "06/01/1980", KEY_A, 1);
    assert_eq!(
        desk.member_of(&file),
        MemberMatch::None,
        "one candidate, another birth date"
    );
}

#[test]
fn namesakes_are_told_apart_by_birth_date_or_shown_never_guessed() {
    let mut desk = Desk::new();
    let older = desk.add_member("Nguyễn Văn An", "01/02/1970", "");
    let younger = desk.add_member("Nguyễn Văn An", "03/04/1990", "");
    let by = |birth: &str| desk.member_of(&rec("x", "NGUYỄN VĂN AN", birth, KEY_A, 1));
    assert_eq!(by("1/2/1970"), MemberMatch::One(older));
    assert_eq!(by("03/04/1990"), MemberMatch::One(younger));
    assert_eq!(by(""), MemberMatch::Ambiguous(vec![older, younger]));
    assert_eq!(
        by("09/09/1999"),
        MemberMatch::Ambiguous(vec![older, younger])
    );

    // On the desk: flagged ambiguous, and not counted as anyone's hand-in.
    desk.admit(rec("x", "Nguyễn Văn An", "", KEY_A, 1));
    assert_eq!(
        desk.flags("x"),
        [FileFlag::Ambiguous {
            candidates: vec![older, younger]
        }]
    );
    assert_eq!(desk.missing().len(), 2);
    desk.admit(rec("y", "Nguyễn Văn An", "03/04/1990", KEY_B, 1));
    assert_eq!(
        desk.missing().iter().map(|m| m.id).collect::<Vec<_>>(),
        [older]
    );
}

#[test]
fn namesakes_keep_their_own_keys_and_files() {
    let mut desk = Desk::new();
    desk.add_member("Nguyễn Văn An", "01/02/1970", "");
    desk.add_member("Nguyễn Văn An", "03/04/1990", "");
    assert_eq!(
        desk.admit(rec("a", "Nguyễn Văn An", "01/02/1970", KEY_A, 1)),
        Admission::New
    );
    assert_eq!(
        desk.admit(rec("b", "Nguyễn Văn An", "03/04/1990", KEY_B, 2)),
        Admission::New
    );
    assert_eq!(counted(&desk), ["a", "b"]);
}

#[test]
fn missing_members_and_a_roster_built_from_the_files() {
    let mut desk = Desk::new();
    desk.admit(rec("a", "Lê Văn Tám", "", KEY_A, 1));
    desk.admit(rec("b", "Trần Thị Bình", "02/03/1985", KEY_B, 1));
    assert!(desk.missing().is_empty());
    assert!(desk.flags("a").is_empty(), "no roster, no roster flag");
    let cuong = desk.add_member("Phạm Văn Cường", "", "");
    assert_eq!(
        desk.missing().iter().map(|m| m.id).collect::<Vec<_>>(),
        [cuong]
    );
    assert_eq!(desk.flags("a"), [FileFlag::NotOnRoster]);
    assert_eq!(desk.roster_from_files(), 2);
    assert_eq!(desk.roster_from_files(), 0, "nothing added twice");
    assert_eq!(desk.roster.len(), 3);
    assert!(desk.flags("a").is_empty());
    assert_eq!(desk.missing().len(), 1);
    // The pins follow the roster: the same member, same key, still pinned.
    assert!(desk.pins.keys().all(|k| k.starts_with("m:")));
    assert_eq!(
        desk.admit(rec("a2", "Lê Văn Tám", "", KEY_B, 5)),
        Admission::KeyChanged {
            previous: KEY_A.into()
        }
    );
}

#[test]
fn roster_edits_keep_ids_and_store_nfc() {
    let mut desk = Desk::new();
    let a = desk.add_member("  Lê Văn Tám ", "", "");
    let b = desk.add_member("Trần Thị Bình", "", "");
    assert!(desk.edit_member(a, "Le\u{302} Va\u{306}n Ta\u{301}m", "01/01/1960", "tổ 1"));
    assert_eq!(desk.roster[0].full_name, "Lê Văn Tám");
    assert!(desk.remove_member(b));
    assert!(!desk.remove_member(b));
    assert!(!desk.edit_member(b, "x", "", ""));
    let c = desk.add_member("Phạm Văn Cường", "", "");
    assert!(c > b, "ids are never reused");
    desk.replace_roster(vec![
        ("Võ Thị Dung".into(), "".into(), "".into()),
        ("  ".into(), "".into(), "".into()),
    ]);
    assert_eq!(desk.roster.len(), 1);
    assert!(desk.roster[0].id > c);
}

#[test]
fn a_roster_is_read_from_csv_with_bom_semicolons_quotes_and_a_stt_column() {
    let text = "\u{feff}DANH SÁCH ĐẢNG VIÊN CHI BỘ KHỐI VẬN;;;\r\n\
        STT;Họ và tên;Ngày sinh;Ghi chú\r\n\
        1;Nguyễn Văn An;01/02/1970;\"Tổ 1; khu phố 2\"\r\n\
        ;;;\r\n\
        2;\"Trần Thị Bình\";;\r\n\
        3;Le\u{302} Va\u{306}n Ta\u{301}m;5/6/1980;\r\n";
    let rows = roster::read_csv(text.as_bytes()).unwrap();
    assert_eq!(
        rows,
        [
            (
                "Nguyễn Văn An".to_owned(),
                "01/02/1970".to_owned(),
                "Tổ 1; khu phố 2".to_owned()
            ),
            ("Trần Thị Bình".into(), "".into(), "".into()),
            ("Lê Văn Tám".into(), "5/6/1980".into(), "".into()),
        ]
    );
}

#[test]
fn a_roster_without_a_header_takes_the_first_text_as_the_name() {
    let text = "1,Nguyễn Văn An,01/02/1970\n2,Trần Thị Bình,\n";
    let rows = roster::read_csv(text.as_bytes()).unwrap();
    assert_eq!(rows.len(), 2);
    assert_eq!(rows[0].0, "Nguyễn Văn An");
    assert_eq!(rows[0].1, "01/02/1970");
    assert_eq!(rows[1].0, "Trần Thị Bình");
}

#[test]
fn a_roster_file_that_cannot_be_one_is_refused() {
    assert_eq!(roster::read_csv(b"\xff\xfe"), Err(RosterError::NotUtf8));
    assert_eq!(roster::read_csv(b"1,2,3\n"), Err(RosterError::NoNames));
    let big = vec![b'a'; roster::MAX_ROSTER_BYTES + 1];
    assert!(matches!(
        roster::read_csv(&big),
        Err(RosterError::TooLarge { .. })
    ));
    let many = "Nguyễn Văn An\n".repeat(roster::MAX_ROSTER_ROWS + 1);
    assert!(matches!(
        roster::read_csv(many.as_bytes()),
        Err(RosterError::TooManyRows { .. })
    ));
    assert!(matches!(
        roster::read_xlsx(b"PK not a zip"),
        Err(RosterError::Xlsx(_))
    ));
    // Worded for the secretary.
    let words = kiemdiem::text::desk::roster_error(&RosterError::NoNames);
    assert!(words.contains("Họ và tên"), "{words}");
}

#[test]
fn a_roster_is_read_from_xlsx_with_dates_as_dates() {
    use rust_xlsxwriter::{ExcelDateTime, Format, Workbook};
    let mut book = Workbook::new();
    let sheet = book.add_worksheet();
    let date = Format::new().set_num_format("dd/mm/yyyy");
    sheet.write_string(0, 0, "DANH SÁCH ĐẢNG VIÊN").unwrap();
    for (c, h) in ["STT", "HỌ VÀ TÊN", "Ngày, tháng, năm sinh", "Ghi chú"]
        .iter()
        .enumerate()
    {
        sheet.write_string(2, c as u16, *h).unwrap();
    }
    sheet.write_number(3, 0, 1).unwrap();
    sheet.write_string(3, 1, "Nguyễn Thị Ánh Hồng").unwrap();
    let born = ExcelDateTime::from_ymd(1980, 1, 5).unwrap();
    sheet
        .write_datetime_with_format(3, 2, &born, &date)
        .unwrap();
    sheet.write_string(3, 3, "Bí thư").unwrap();
    sheet.write_number(4, 0, 2).unwrap();
    sheet.write_string(4, 1, "Đặng Văn Ơn").unwrap();
    // A date typed as a bare serial number (no date format).
    sheet.write_number(4, 2, 33_000).unwrap();
    sheet.write_number(5, 0, 3).unwrap();
    sheet.write_string(5, 1, "Lê Văn Tám").unwrap();
    sheet.write_string(5, 2, "12/12/1975").unwrap();
    let bytes = book.save_to_buffer().unwrap();
    let rows = roster::read_xlsx(&bytes).unwrap();
    assert_eq!(
        rows,
        [
            (
                "Nguyễn Thị Ánh Hồng".to_owned(),
                "05/01/1980".to_owned(),
                "Bí thư".to_owned()
            ),
            ("Đặng Văn Ơn".into(), "07/05/1990".into(), "".into()),
            ("Lê Văn Tám".into(), "12/12/1975".into(), "".into()),
        ]
    );
}

// ---------------------------------------------------------------------------
// The summary

/// A desk of 2025 with these own proposals (and the cell's where given).
fn desk_of(year: i32, levels: &[(Option<Rating>, Option<Rating>)]) -> Desk {
    let mut desk = Desk::new();
    for (i, (own, cell)) in levels.iter().enumerate() {
        let mut r = rated(
            rec(&format!("d{i}"), &format!("Đảng viên {i}"), "", KEY_A, 1),
            *own,
        );
        r.year = year;
        desk.admit(r);
        if cell.is_some() {
            desk.set_review(&format!("d{i}"), "Nhận xét", *cell);
        }
    }
    desk
}

#[test]
fn the_summary_counts_own_and_cell_proposals_side_by_side() {
    use Rating::*;
    let mut desk = desk_of(
        2025,
        &[
            (Some(Excellent), Some(Good)),
            (Some(Good), Some(Good)),
            (Some(Good), None),
            (Some(Completed), Some(Completed)),
            (None, Some(NotCompleted)),
        ],
    );
    for name in ["Đảng viên 0", "Chưa Nộp"] {
        desk.add_member(name, "", "");
    }
    let s = summarize(&desk);
    assert_eq!(s.year, Some(2025));
    assert_eq!(
        (s.roster_size, s.handed_in, s.missing, s.rated),
        (2, 5, 1, 5)
    );
    let own: Vec<u32> = s.levels.iter().map(|l| l.own).collect();
    let cell: Vec<u32> = s.levels.iter().map(|l| l.cell).collect();
    assert_eq!(s.levels[0].level, Excellent);
    assert_eq!(own, [1, 2, 1, 0]);
    assert_eq!(cell, [0, 2, 1, 1]);
    assert_eq!(s.own_missing, 1);
    assert_eq!(s.cell_undecided, 1);
    // The review comment is kept NFC.
    desk.set_review("d0", "Kho\u{302}ng", None);
    assert_eq!(desk.reviews["d0"].comment, "Không");
}

#[test]
fn members_not_rated_are_listed_with_their_grounds_and_left_out_of_the_levels() {
    let mut desk = desk_of(2025, &[(Some(Rating::Good), None)]);
    let mut r = rec("x", "Hoàng Văn Miễn", "", KEY_A, 1);
    r.proposed = None;
    r.not_rated = vec![NotRatedKind::Exempted];
    desk.admit(r);
    let s = summarize(&desk);
    assert_eq!((s.handed_in, s.rated), (2, 1));
    assert_eq!(
        s.not_rated,
        [("Hoàng Văn Miễn".to_owned(), vec![NotRatedKind::Exempted])]
    );
    assert_eq!(s.own_missing, 0, "a member not rated proposes nothing");
    assert_eq!(s.levels.iter().map(|l| l.own).sum::<u32>(), 1);
}

#[test]
fn a_sealed_dossier_of_an_exempted_member_is_received_as_not_rated() {
    let now = Utc.with_ymd_and_hms(2025, 12, 1, 8, 0, 0).unwrap();
    let mut d = common::advisor::new_dossier(2025, Role::Member);
    d.set_identity(IdentityField::FullName, "Hoàng Văn Miễn", now);
    d.set_identity(IdentityField::BirthDate, "01/01/1950", now);
    d.circumstances.exempted = true;
    let file = seal(
        &d,
        &KeyPair::from_seed([3; 32]),
        now.timestamp_millis(),
        "0.1.0",
    )
    .unwrap();
    let v = verify(file.text.as_bytes()).unwrap();
    let r = Received::from_verified(&v, "KiemDiem.json", 5);
    assert_eq!(r.not_rated, [NotRatedKind::Exempted]);
    assert!(!r.not_rated_uncertain);
    assert_eq!(
        (r.digest.as_str(), r.sealed_at),
        (v.digest.as_str(), now.timestamp_millis())
    );
    assert_eq!(r.full_name, "Hoàng Văn Miễn");
    assert!(r.flags.is_empty());
}

#[test]
fn the_advisor_flags_a_discipline_with_a_good_rating_proposed() {
    use kiemdiem::core::dossier::{Discipline, DisciplineLevel, Mitigation};
    let mut d = common::advisor::member25(800);
    d.proposal.party = Some(Rating::Good);
    let none = kiemdiem::text::desk::advice_flags(&d);
    assert!(none.is_empty(), "{none:?}");
    d.circumstances.disciplines.push(Discipline {
        level: DisciplineLevel::Warning,
        public_duty: true,
        mitigation: Mitigation::default(),
        counted_in_earlier_rating: false,
    });
    let flags = kiemdiem::text::desk::advice_flags(&d);
    assert!(!flags.is_empty());
    assert!(
        flags.iter().any(|f| f.contains("QĐ 366-QĐ/TW")),
        "{flags:?}"
    );
}

#[test]
fn the_cap_2022_is_20_percent_of_good_in_the_grassroots_organisation() {
    use Rating::*;
    // 10 HTT, 3 HTXS: at most 2, one over.
    let mut levels = vec![(Some(Good), None); 10];
    levels.extend([(Some(Excellent), None); 3]);
    let s = summarize(&desk_of(2022, &levels));
    assert_eq!(
        s.cap,
        CapCheck {
            regime: CapRegime::Hd21_2019,
            excellent: 3,
            good: 10,
            limit: 2,
            raised_limit: None,
            over: 1,
            confirmed: true,
        }
    );
}

#[test]
fn the_cap_2024_is_marked_unconfirmed() {
    use Rating::*;
    let mut levels = vec![(Some(Good), None); 5];
    levels.push((Some(Excellent), None));
    let s = summarize(&desk_of(2024, &levels));
    assert_eq!(s.cap.regime, CapRegime::Qd124_2023);
    assert!(!s.cap.confirmed);
    let words = kiemdiem::text::desk::cap_regime(s.cap.regime);
    assert!(words.contains("chưa được xác nhận"), "{words}");
    let words = kiemdiem::text::desk::cap_regime(CapRegime::Hd21_2019);
    assert!(words.contains("trong từng tổ chức cơ sở đảng"), "{words}");
    assert_eq!((s.cap.limit, s.cap.over), (1, 0));
}

#[test]
fn the_cap_2025_allows_up_to_25_percent_where_the_competent_level_decides() {
    use Rating::*;
    // 4 HTXS proposed by themselves, but the cell brings one down to HTT
    // (the cell's level counts): 13 HTT, 20% is 2 (2.6), 25% is 3 (3.25).
    let mut levels = vec![(Some(Good), None); 12];
    levels.extend([(Some(Excellent), None); 3]);
    levels.push((Some(Excellent), Some(Good)));
    let s = summarize(&desk_of(2025, &levels));
    assert_eq!(s.cap.regime, CapRegime::Qd366_2025);
    assert_eq!((s.cap.excellent, s.cap.good), (3, 13));
    assert_eq!((s.cap.limit, s.cap.raised_limit), (2, Some(3)));
    assert_eq!(s.cap.over, 1);
    assert!(s.cap.confirmed);
    let line = kiemdiem::text::desk::cap_line(&s.cap);
    assert!(line.contains("vượt 1"), "{line}");
}

#[test]
fn files_that_do_not_count_are_left_out_of_the_summary() {
    let mut desk = desk_of(2025, &[(Some(Rating::Good), None)]);
    desk.admit(rec("k", "Đảng viên 0", "", KEY_B, 9));
    desk.admit(rated(
        rec("old", "Đảng viên 1", "", KEY_A, 1),
        Some(Rating::Excellent),
    ));
    desk.admit(rated(
        rec("new", "Đảng viên 1", "", KEY_A, 2),
        Some(Rating::Completed),
    ));
    let s = summarize(&desk);
    assert_eq!(s.handed_in, 2);
    assert_eq!(
        s.levels.iter().map(|l| l.own).collect::<Vec<_>>(),
        [0, 1, 1, 0]
    );
}

#[test]
fn percentages_round_to_one_decimal() {
    assert_eq!(percent(0, 7), Some(0.0));
    assert_eq!(percent(1, 8), Some(12.5));
    assert_eq!(percent(1, 6), Some(16.7));
    assert_eq!(percent(7, 7), Some(100.0));
    assert_eq!(percent(3, 0), None);
}

#[test]
fn a_desk_survives_its_json_round_trip() {
    let mut desk = desk_of(2025, &[(Some(Rating::Good), Some(Rating::Excellent))]);
    desk.admit(rec("k", "Đảng viên 0", "", KEY_B, 9));
    desk.add_member("Đảng viên 0", "", "ghi chú");
    let json = serde_json::to_string(&desk).unwrap();
    assert!(json.contains(r#""state":"changed""#), "{json}");
    let back: Desk = serde_json::from_str(&json).unwrap();
    assert_eq!(back, desk);
    // A later version's extra member is ignored, not refused.
    let mut value: serde_json::Value = serde_json::from_str(&json).unwrap();
    value["later"] = serde_json::json!(1);
    assert_eq!(serde_json::from_value::<Desk>(value).unwrap(), desk);
}

// ---------------------------------------------------------------------------
// Exports

#[test]
fn csv_cells_that_look_like_formulas_are_neutralised() {
    use kiemdiem::core::desk::sheet::{index_csv, neutralise, summary_csv};
    use kiemdiem::text::desk::SHEET_WORDS;
    for (cell, safe) in [
        ("=HYPERLINK(\"http://x\")", "'=HYPERLINK(\"http://x\")"),
        ("+84 912", "'+84 912"),
        ("-1", "'-1"),
        ("@SUM(A1)", "'@SUM(A1)"),
        ("\tx", "'\tx"),
        ("\rx", "'\rx"),
        ("Nguyễn Văn An", "Nguyễn Văn An"),
        ("a=b", "a=b"),
    ] {
        assert_eq!(neutralise(cell), safe);
    }
    let mut desk = Desk::new();
    let mut r = rec("d1", "=1+2", "-5/1/1980", KEY_A, 1);
    r.file_name = "@evil.json".into();
    desk.admit(r);
    desk.add_member("+Thành viên", "", "=cmd|' /C calc'!A0");
    let csv = summary_csv(&desk, &summarize(&desk), &SHEET_WORDS);
    assert!(csv.starts_with("\u{feff}STT,Họ và tên,"), "{csv}");
    assert!(csv.contains("\r\n1,'=1+2,'-5/1/1980,"), "{csv}");
    assert!(csv.contains(",'+Thành viên,"), "{csv}");
    assert!(
        !csv.contains(",=") && !csv.contains(",+") && !csv.contains(",@"),
        "{csv}"
    );
    let index = index_csv(&desk, &SHEET_WORDS);
    assert!(index.starts_with('\u{feff}'));
    assert!(index.contains(",'@evil.json,"), "{index}");
    assert!(index.contains("AAAA AAAA AAAA AAAA"), "{index}");
}

#[test]
fn the_summary_workbook_reads_back_with_vietnamese_text_and_numbers() {
    use calamine::{Data, Reader, Xlsx};
    use kiemdiem::core::desk::sheet::summary_xlsx;
    use kiemdiem::text::desk::SHEET_WORDS;
    let mut desk = desk_of(
        2025,
        &[
            (Some(Rating::Excellent), Some(Rating::Good)),
            (Some(Rating::Good), None),
            (Some(Rating::Good), None),
        ],
    );
    desk.admit(rec("x", "Nguye\u{302}\u{303}n Thị Ánh Hồng", "", KEY_B, 1));
    let bytes = summary_xlsx(&desk, &summarize(&desk), &SHEET_WORDS).unwrap();
    let mut book = Xlsx::new(std::io::Cursor::new(bytes)).unwrap();
    assert_eq!(book.sheet_names(), ["Danh sách đảng viên", "Tổng hợp"]);
    let members = book.worksheet_range_at(0).unwrap().unwrap();
    assert_eq!(
        members.get((0, 4)),
        Some(&Data::String("Tự đề xuất xếp loại".into()))
    );
    assert_eq!(members.get((1, 0)), Some(&Data::Float(1.0)));
    assert_eq!(
        members.get((1, 4)),
        Some(&Data::String("Hoàn thành xuất sắc nhiệm vụ".into()))
    );
    assert_eq!(
        members.get((1, 5)),
        Some(&Data::String("Hoàn thành tốt nhiệm vụ".into()))
    );
    assert_eq!(
        members.get((4, 1)),
        Some(&Data::String("Nguyễn Thị Ánh Hồng".into())),
        "NFC as sealed"
    );
    let levels = book.worksheet_range_at(1).unwrap().unwrap();
    // HTT: 3 by their own proposal (3 of 4 rated: 75%), 1 by the cell's.
    assert_eq!(levels.get((2, 1)), Some(&Data::Float(3.0)));
    assert_eq!(levels.get((2, 2)), Some(&Data::Float(0.75)));
    assert_eq!(levels.get((2, 3)), Some(&Data::Float(1.0)));
    assert_eq!(levels.get((2, 4)), Some(&Data::Float(0.25)));
}

#[test]
fn text_from_a_file_is_echoed_inert() {
    use kiemdiem::text::desk::echo;
    assert_eq!(echo("OK\u{1b}[2K\rLỖI", 100), "OK\\u{1b}[2K\\u{d}LỖI");
    assert_eq!(echo("abc\u{202e}def", 100), "abc\\u{202e}def");
    assert_eq!(echo("Nguyễn Văn An", 6), "Nguyễn…");
}

#[test]
fn a_stored_desk_with_a_struct_written_as_a_sequence_is_refused() {
    use kiemdiem::core::desk::DeskReadError;
    let mut desk = desk_of(2025, &[(Some(Rating::Good), Some(Rating::Good))]);
    desk.add_member("Đảng viên 0", "", "");
    let json = serde_json::to_string(&desk).unwrap();
    assert_eq!(Desk::from_json(&json), Ok(desk.clone()));
    let mut value: serde_json::Value = serde_json::from_str(&json).unwrap();
    value["files"][0]["received"] = serde_json::json!(["d0", "ke-mao-danh.json"]);
    assert_eq!(
        Desk::from_json(&value.to_string()),
        Err(DeskReadError::NotAnObject("/files/0/received".into()))
    );
    let mut value: serde_json::Value = serde_json::from_str(&json).unwrap();
    value["roster"][0] = serde_json::json!([1, "Kẻ Mạo Danh", "", ""]);
    assert_eq!(
        Desk::from_json(&value.to_string()),
        Err(DeskReadError::NotAnObject("/roster/0".into()))
    );
    // serde alone would have read it.
    assert!(serde_json::from_value::<Desk>(value).is_ok());
    let mut value: serde_json::Value = serde_json::from_str(&json).unwrap();
    value["version"] = serde_json::json!(2);
    assert_eq!(
        Desk::from_json(&value.to_string()),
        Err(DeskReadError::NewerVersion(2))
    );
    assert!(matches!(
        Desk::from_json("{\"version\": 1, \"files\": 3"),
        Err(DeskReadError::NotJson(_))
    ));
}

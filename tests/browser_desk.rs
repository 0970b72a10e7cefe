//! The desk's core in the browser: names matched through the browser's NFC,
//! and the .xlsx written by rust_xlsxwriter (whose clock is JavaScript's
//! there: without its `wasm` feature it would panic) and read back.
#![cfg(target_arch = "wasm32")]

use kiemdiem::core::desk::summary::summarize;
use kiemdiem::core::desk::{Desk, MemberMatch, Received, roster, sheet};
use kiemdiem::core::dossier::{Rating, Role};
use kiemdiem::core::template::TemplateId;
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

fn rec(digest: &str, name: &str) -> Received {
    Received {
        digest: digest.into(),
        file_name: format!("{digest}.json"),
        fingerprint: "AAAA AAAA AAAA AAAA".into(),
        sealed_at: 1_764_550_800_000,
        received_at: 0,
        year: 2025,
        role: Role::Member,
        template: TemplateId::ALL
            .into_iter()
            .find(|t| t.as_str() == "2025-2B")
            .unwrap(),
        full_name: name.into(),
        birth_date: String::new(),
        party_cell: "Chi bộ Khối vận".into(),
        party_committee: String::new(),
        proposed: Some(Rating::Good),
        not_rated: Vec::new(),
        not_rated_uncertain: false,
        flags: Vec::new(),
    }
}

#[wasm_bindgen_test]
fn a_roster_read_in_the_browser_matches_decomposed_names() {
    let rows =
        roster::read_csv("STT;Họ và tên;Ngày sinh\n1;Nguyễn Thị Ánh Hồng;05/01/1980\n".as_bytes())
            .unwrap();
    let mut desk = Desk::new();
    desk.replace_roster(rows);
    let nfd = rec(
        "d",
        "NGUYE\u{302}\u{303}N  thi\u{323} a\u{301}nh ho\u{302}\u{300}ng",
    );
    assert_eq!(desk.member_of(&nfd), MemberMatch::One(1));
}

#[wasm_bindgen_test]
fn the_summary_workbook_is_written_and_read_back_in_the_browser() {
    use calamine::{Data, Reader, Xlsx};
    let mut desk = Desk::new();
    desk.admit(rec("a", "Nguyễn Văn An"));
    desk.admit(rec("b", "Trần Thị Bình"));
    let words = &kiemdiem::text::desk::SHEET_WORDS;
    let bytes = sheet::summary_xlsx(&desk, &summarize(&desk), words).unwrap();
    let mut book = Xlsx::new(std::io::Cursor::new(bytes)).unwrap();
    let members = book.worksheet_range_at(0).unwrap().unwrap();
    assert_eq!(
        members.get((2, 1)),
        Some(&Data::String("Trần Thị Bình".into()))
    );
    let levels = book.worksheet_range_at(1).unwrap().unwrap();
    assert_eq!(levels.get((2, 1)), Some(&Data::Float(2.0)));
    let index = sheet::index_xlsx(&desk, words).unwrap();
    assert!(index.starts_with(b"PK"));
}

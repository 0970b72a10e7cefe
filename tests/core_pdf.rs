//! The printed self-review (`core::pdf`): the PDF is parsed back with
//! lopdf (page size, fonts, text through the ToUnicode maps, the embedded
//! file), and the layout is checked as data (margins, page numbers, check
//! boxes, the QR code).
//!
//! `cargo test --test core_pdf -- --ignored write_samples` writes one PDF
//! per form to the temporary directory, to look at.

use chrono::{DateTime, NaiveDate, TimeZone, Utc};
use kiemdiem::core::dossier::{
    Answer, CivilServantRating, Dossier, DossierId, Grade, IdentityField, Points, Rating,
    RemedyOrigin, RemedyStatus, Role, TaskEvidence, TaskQuality, TaskStatus, Timeliness,
};
use kiemdiem::core::pdf::layout::{Layout, Mark};
use kiemdiem::core::pdf::{
    PdfError, PdfInput, PdfReadError, compose, embedded_dossier, qr_payload, render,
};
use kiemdiem::core::template::TemplateId;
use kiemdiem::core::textnorm::nfc;
use lopdf::{Document, Object};

const SEALED: &[u8] = include_bytes!("fixtures/pdf/sealed-sample.json");
const FILE_NAME: &str = "kiem-diem-2022-nguyen-thi-anh-hong.json";
const DIGEST: &str = "9f2c4e1a7b3d5f60818a2b3c4d5e6f708192a3b4c5d6e7f8091a2b3c4d5e6f7a";
const FINGERPRINT: &str = "KD-7F3A-92C1-E04B";

fn now() -> DateTime<Utc> {
    Utc.with_ymd_and_hms(2025, 12, 1, 8, 0, 0).unwrap()
}

/// The export day: 5 December of the review year.
fn date(year: i32) -> NaiveDate {
    NaiveDate::from_ymd_opt(year, 12, 5).unwrap()
}

fn input(dossier: &Dossier) -> PdfInput<'_> {
    PdfInput {
        dossier,
        sealed_json: SEALED,
        file_name: FILE_NAME,
        digest_hex: DIGEST,
        fingerprint: FINGERPRINT,
        date: date(dossier.year),
        scheme: None,
        words: &kiemdiem::text::pdf::WORDS,
        cell: None,
    }
}

/// Every Vietnamese vowel with every tone, lower then upper case, and Đ đ:
/// 146 letters, NFC, separated by spaces.
fn every_letter() -> String {
    let vowels = ["a", "ă", "â", "e", "ê", "i", "o", "ô", "ơ", "u", "ư", "y"];
    let tones = ["", "\u{300}", "\u{301}", "\u{309}", "\u{303}", "\u{323}"];
    let mut letters = Vec::new();
    for case in [false, true] {
        for v in vowels {
            for t in tones {
                let base = if case { v.to_uppercase() } else { v.to_owned() };
                letters.push(nfc(&format!("{base}{t}")));
            }
        }
    }
    letters.push("Đ".into());
    letters.push("đ".into());
    assert!(letters.iter().all(|l| l.chars().count() == 1));
    letters.join(" ")
}

const SENTENCE: &str = "Đồng chí luôn giữ vững lập trường tư tưởng chính trị, gương mẫu, khiêm tốn, giản dị; \
     thẳng thắn tự phê bình và phê bình, quyết tâm khắc phục những hạn chế, khuyết điểm.";

fn identity(d: &mut Dossier) {
    for (field, value) in [
        (IdentityField::FullName, "Nguyễn Thị Ánh Hồng"),
        (IdentityField::BirthDate, "05/01/1975"),
        (IdentityField::PartyPost, "Bí thư chi bộ"),
        (
            IdentityField::GovernmentPost,
            "Phó Chủ tịch Ủy ban nhân dân phường",
        ),
        (IdentityField::MassOrgPost, ""),
        (
            IdentityField::WorkUnit,
            "Ủy ban nhân dân phường Nguyễn Nghiêm",
        ),
        (IdentityField::PartyCell, "Chi bộ Khu phố 3"),
        (IdentityField::PartyCommittee, "Đảng bộ thị xã Đức Phố"),
        (IdentityField::Place, "Đức Phố"),
    ] {
        d.set_identity(field, value, now());
    }
}

/// Mẫu 02-HD KĐ.ĐG 2019, a leader, every text answered, every item graded.
fn leader_2019() -> Dossier {
    let mut d = Dossier::new(DossierId("hs-2019".into()), 2022, Role::Leader, now()).unwrap();
    identity(&mut d);
    let template = d.template.template();
    let slots: Vec<_> = template.answer_slots_for(Role::Leader).collect();
    for (i, (section, item)) in slots.iter().enumerate() {
        let key = item.map_or(section.id, |i| i.id);
        let text = if key == "I.1" {
            format!("{SENTENCE}\n{}", every_letter())
        } else {
            format!("Nội dung trả lời số {} của mục {key}. {SENTENCE}", i + 1)
        };
        d.set_answer_text(key, &text, now());
        d.set_answer_grade(key, Some(Grade::Good), now());
    }
    d.set_answer_grade("I.1", Some(Grade::Excellent), now());
    d.proposal.party = Some(Rating::Good);
    d.proposal.civil_servant = Some(CivilServantRating::Rated(Rating::Excellent));
    let r = d.add_remedy(RemedyOrigin::Shortcoming, "Chưa mạnh dạn phê bình.", now());
    d.set_remedy_status(&r, Some(RemedyStatus::Fixed), now());
    let s = d.add_suggestion("Việc chậm nộp báo cáo quý III.", now());
    d.set_suggestion_answer(
        &s,
        "Do khối lượng công việc lớn; bản thân nhận trách nhiệm.",
        now(),
    );
    d
}

/// Mẫu 02A-HD KĐ.ĐG 2023, a member, no grades (the 2023 boxes are optional).
fn member_2023() -> Dossier {
    let mut d = Dossier::new(DossierId("hs-2023".into()), 2024, Role::Member, now()).unwrap();
    identity(&mut d);
    d.set_identity(IdentityField::GovernmentPost, "", now());
    d.set_identity(IdentityField::PartyPost, "Đảng viên", now());
    d.set_identity(IdentityField::PartyCell, "Thôn 2", now());
    d.set_identity(IdentityField::PartyCommittee, "xã Phổ Ninh", now());
    for (section, item) in d.template.template().answer_slots_for(Role::Member) {
        let key = item.map_or(section.id, |i| i.id);
        d.set_answer_text(key, &format!("Trả lời mục {key}: {SENTENCE}"), now());
    }
    d.proposal.party = Some(Rating::Completed);
    d.proposal.civil_servant = Some(CivilServantRating::NotApplicable);
    d
}

/// Mẫu 02B-HD KĐ.ĐG 2025 with scores (25/30 + 60/70) and two tasks.
fn member_2025() -> Dossier {
    let mut d = Dossier::new(DossierId("hs-2025".into()), 2025, Role::Member, now()).unwrap();
    identity(&mut d);
    for (section, item) in d.template.template().answer_slots_for(Role::Member) {
        let key = item.map_or(section.id, |i| i.id);
        d.set_answer_text(key, &format!("Trả lời mục {key}: {SENTENCE}"), now());
    }
    for (id, tenths) in [
        ("B.I.chung.1", 90),
        ("B.I.chung.2", 85),
        ("B.I.chung.3", 75),
        ("B.I.nhiemvu.1", 600),
    ] {
        d.points.insert(id.into(), Points(tenths));
    }
    d.proposal.party = Some(Rating::Good);
    d.set_tasks(
        vec![
            TaskEvidence {
                task: "Tham mưu xây dựng kế hoạch chuyển đổi số của phường".into(),
                target: "Trình trước 30/6".into(),
                result: "Kế hoạch số 12/KH-UBND được ban hành".into(),
                status: Some(TaskStatus::Done),
                timeliness: Some(Timeliness::OnTime),
                quality: Some(TaskQuality::Assured),
                quality_note: "Được cấp trên đánh giá cao".into(),
                exceeded: true,
                evidence: "Kế hoạch 12/KH-UBND".into(),
            },
            TaskEvidence {
                task: "Cập nhật hồ sơ đảng viên".into(),
                result: "Hoàn thành 45/47 hồ sơ".into(),
                status: Some(TaskStatus::Done),
                timeliness: Some(Timeliness::Late),
                quality: Some(TaskQuality::NotAssured),
                ..TaskEvidence::default()
            },
        ],
        now(),
    );
    d
}

/// A dossier whose answers run over many pages.
fn long_dossier() -> Dossier {
    let mut d = member_2023();
    let para = format!("{SENTENCE} {SENTENCE} {SENTENCE}");
    let long: Vec<String> = (1..=12).map(|i| format!("{i}. {para}")).collect();
    d.set_answer_text("I.2", &long.join("\n"), now());
    d.set_answer_text("VI", &long.join("\n"), now());
    d
}

fn pages_text(pdf: &[u8]) -> Vec<String> {
    let doc = Document::load_mem(pdf).unwrap();
    let pages = doc.get_pages();
    pages
        .keys()
        .map(|&n| doc.extract_text(&[n]).unwrap())
        .collect()
}

/// Text of a whole PDF with runs of whitespace made single spaces.
fn flat_text(pdf: &[u8]) -> String {
    pages_text(pdf)
        .join(" ")
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
}

fn flat(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

fn runs_text(layout: &Layout) -> String {
    flat(
        &layout
            .pages
            .iter()
            .map(|p| p.text())
            .collect::<Vec<_>>()
            .join(" "),
    )
}

// --- The file -------------------------------------------------------------------------

#[test]
fn every_page_is_a4() {
    let pdf = render(&input(&long_dossier())).unwrap();
    let doc = Document::load_mem(&pdf).unwrap();
    let pages = doc.get_pages();
    assert!(pages.len() > 1);
    for (n, id) in pages {
        let page = doc.get_object(id).unwrap().as_dict().unwrap();
        let mb = page
            .get_deref(b"MediaBox", &doc)
            .unwrap()
            .as_array()
            .unwrap();
        let v: Vec<f32> = mb.iter().map(|o| o.as_float().unwrap()).collect();
        assert_eq!(v.len(), 4, "page {n}");
        assert!((v[2] - v[0] - 595.28).abs() <= 0.5, "page {n} width {v:?}");
        assert!((v[3] - v[1] - 841.89).abs() <= 0.5, "page {n} height {v:?}");
    }
}

#[test]
fn fonts_are_embedded_subsets() {
    let pdf = render(&input(&leader_2019())).unwrap();
    let doc = Document::load_mem(&pdf).unwrap();
    let mut base_fonts = Vec::new();
    let mut font_files = 0;
    for object in doc.objects.values() {
        let Ok(dict) = object.as_dict() else {
            continue;
        };
        if dict.get(b"Type").and_then(Object::as_name).ok() == Some(b"FontDescriptor") {
            assert!(
                dict.has(b"FontFile2"),
                "descriptor without an embedded font"
            );
            font_files += 1;
        }
        if dict.get(b"Type").and_then(Object::as_name).ok() == Some(b"Font")
            && dict.get(b"Subtype").and_then(Object::as_name).ok() == Some(b"Type0")
        {
            let name = dict.get(b"BaseFont").unwrap().as_name().unwrap();
            base_fonts.push(String::from_utf8_lossy(name).into_owned());
        }
    }
    assert_eq!(base_fonts.len(), 3, "{base_fonts:?}");
    assert_eq!(font_files, 3);
    for name in &base_fonts {
        let (tag, rest) = name.split_at(7);
        assert!(
            tag[..6].chars().all(|c| c.is_ascii_uppercase()) && tag.ends_with('+'),
            "not a subset name: {name}"
        );
        assert!(rest.starts_with("Tinos"), "{name}");
    }
}

#[test]
fn vietnamese_text_comes_back_exactly() {
    let d = leader_2019();
    let pdf = render(&input(&d)).unwrap();
    let text = flat_text(&pdf);
    for letter in every_letter().split(' ') {
        assert!(
            text.split(' ').any(|w| w == letter),
            "letter {letter:?} not found as a word"
        );
    }
    assert!(
        text.contains(&flat(SENTENCE)),
        "sentence not found in {text}"
    );
    assert!(text.contains("Nguyễn Thị Ánh Hồng"));
    assert!(text.contains("Chưa mạnh dạn phê bình: đã được khắc phục."));
    assert!(text.contains("1. Việc chậm nộp báo cáo quý III."));
}

#[test]
fn the_sealed_file_is_embedded_byte_for_byte() {
    let pdf = render(&input(&member_2025())).unwrap();
    assert_eq!(embedded_dossier(&pdf).unwrap(), SEALED);

    // As a PDF/A-3 associated file: catalog /AF, relationship Source,
    // application/json, the file name given.
    let doc = Document::load_mem(&pdf).unwrap();
    let catalog = doc.catalog().unwrap();
    let af = catalog.get_deref(b"AF", &doc).unwrap().as_array().unwrap();
    assert_eq!(af.len(), 1);
    let spec = doc.dereference(&af[0]).unwrap().1.as_dict().unwrap();
    assert_eq!(
        spec.get(b"AFRelationship").unwrap().as_name().unwrap(),
        b"Source"
    );
    assert_eq!(
        spec.get(b"F").unwrap().as_str().unwrap(),
        FILE_NAME.as_bytes()
    );
    let ef = spec.get_deref(b"EF", &doc).unwrap().as_dict().unwrap();
    let stream = ef.get_deref(b"F", &doc).unwrap().as_stream().unwrap();
    assert_eq!(
        stream.dict.get(b"Subtype").unwrap().as_name().unwrap(),
        b"application/json"
    );
    let names = catalog
        .get_deref(b"Names", &doc)
        .unwrap()
        .as_dict()
        .unwrap();
    assert!(names.has(b"EmbeddedFiles"));
}

#[test]
fn a_non_pdf_or_broken_pdf_gives_a_typed_error() {
    assert_eq!(embedded_dossier(b""), Err(PdfReadError::NotPdf));
    let garbage = include_bytes!("fixtures/pdf/not-a-pdf.pdf");
    assert_eq!(embedded_dossier(garbage), Err(PdfReadError::NotPdf));
    assert!(matches!(
        embedded_dossier(b"%PDF-1.7\nthis is not a PDF body at all"),
        Err(PdfReadError::Unreadable(_))
    ));
    // A real PDF cut in half: either unreadable or without the file, never
    // a panic and never bytes.
    let pdf = render(&input(&member_2023())).unwrap();
    let cut = &pdf[..pdf.len() / 2];
    assert!(matches!(
        embedded_dossier(cut),
        Err(PdfReadError::Unreadable(_)
            | PdfReadError::NoDossier
            | PdfReadError::BadEmbeddedFile(_))
    ));
    // A valid PDF with no attachment.
    let plain = include_bytes!("fixtures/pdf/no-attachment.pdf");
    assert_eq!(embedded_dossier(plain), Err(PdfReadError::NoDossier));
}

#[test]
fn a_bad_file_name_is_refused() {
    let d = member_2023();
    for name in ["", "  ", "a/b.json", "a\\b.json", "a\nb.json"] {
        let mut i = input(&d);
        i.file_name = name;
        assert_eq!(render(&i), Err(PdfError::FileName(name.into())));
    }
}

#[test]
fn characters_the_font_lacks_are_drawn_as_a_replacement() {
    let mut d = member_2023();
    d.set_answer_text(
        "I.1",
        "Ô trống ☐, dấu ✓ và chữ 漢 vẫn xuất được; → ≥ ₫.",
        now(),
    );
    let pdf = render(&input(&d)).unwrap();
    assert!(flat_text(&pdf).contains("→ ≥ ₫."));
}

// --- The header and the form ----------------------------------------------------------

#[test]
fn the_header_follows_the_party_document_format() {
    let pdf = render(&input(&leader_2019())).unwrap();
    let first = flat(&pages_text(&pdf)[0]);
    for s in [
        "Mẫu 02-HD KĐ.ĐG 2019",
        "ĐẢNG BỘ THỊ XÃ ĐỨC PHỐ",
        "CHI BỘ KHU PHỐ 3",
        "ĐẢNG CỘNG SẢN VIỆT NAM",
        "Đức Phố, ngày 05 tháng 12 năm 2022",
        "BẢN KIỂM ĐIỂM CÁ NHÂN",
        "Năm: 2022",
        "Họ và tên: Nguyễn Thị Ánh Hồng",
        "Ngày sinh: 05/01/1975",
        "Chức vụ chính quyền: Phó Chủ tịch Ủy ban nhân dân phường",
        "I. Ưu điểm, kết quả đạt được",
    ] {
        assert!(first.contains(s), "{s:?} not on page 1: {first}");
    }

    // The organisation words are added when the person did not type them.
    let pdf = render(&input(&member_2023())).unwrap();
    let first = flat(&pages_text(&pdf)[0]);
    for s in [
        "ĐẢNG BỘ XÃ PHỔ NINH",
        "CHI BỘ THÔN 2",
        "Mẫu 02A-HD KĐ.ĐG 2023",
        "Năm 2024",
        "(Cá nhân không giữ chức vụ lãnh đạo, quản lý)",
    ] {
        assert!(first.contains(s), "{s:?} not on page 1: {first}");
    }
}

#[test]
fn the_header_is_laid_out_in_two_columns_with_the_rule() {
    let d = leader_2019();
    let layout = compose(&input(&d)).unwrap();
    let p = layout.profile;
    let page = &layout.pages[0];
    let run = |s: &str| page.runs().find(|r| r.text == s).unwrap().clone();
    let title = run("ĐẢNG CỘNG SẢN VIỆT NAM");
    let committee = run("ĐẢNG BỘ THỊ XÃ ĐỨC PHỐ");
    let code = run("Mẫu 02-HD KĐ.ĐG 2019");
    assert_eq!(title.size, 15.0);
    assert!(
        committee.x + committee.width < title.x,
        "left column overlaps"
    );
    assert!((code.x + code.width - (p.page_width - p.margin_right)).abs() < 0.5);
    assert!(code.baseline < title.baseline);
    // The rule under the title, as long as the title.
    let rule = page
        .marks
        .iter()
        .find_map(|m| match m {
            Mark::Rule(r) if !r.dotted && r.y1 > title.baseline && r.y1 < title.baseline + 8.0 => {
                Some(r)
            }
            _ => None,
        })
        .unwrap();
    assert!((rule.x1 - title.x).abs() < 0.01 && (rule.x2 - (title.x + title.width)).abs() < 0.01);
    let date = page.runs().find(|r| r.text.contains("ngày 05")).unwrap();
    assert!(date.baseline > rule.y1);
}

#[test]
fn grades_and_ratings_are_drawn_check_boxes() {
    let d = leader_2019();
    let layout = compose(&input(&d)).unwrap();
    let boxes: Vec<_> = layout
        .pages
        .iter()
        .flat_map(|p| &p.marks)
        .filter_map(|m| match m {
            Mark::CheckBox(b) => Some(b.checked),
            _ => None,
        })
        .collect();
    // Grade boxes: I.1, I.2, three leader items, III (6 × 4); ratings:
    // VII.1 and VII.2 (2 × 4).
    assert_eq!(boxes.len(), 32);
    assert_eq!(boxes.iter().filter(|&&c| c).count(), 8);
    let text = runs_text(&layout);
    assert!(text.contains("Tự đánh giá về cấp độ thực hiện: Xuất sắc Tốt Trung bình Kém"));
    assert!(text.contains("Tự đánh giá về cấp độ khắc phục:"));
    assert!(text.contains("Hoàn thành xuất sắc nhiệm vụ Hoàn thành tốt nhiệm vụ"));
    // Leader numbering: the cam kết item is 6.
    assert!(text.contains("6. Việc thực hiện cam kết tu dưỡng"));

    // 2023: no grade was chosen, so no grade box; ratings still drawn.
    let d = member_2023();
    let layout = compose(&input(&d)).unwrap();
    let count = layout
        .pages
        .iter()
        .flat_map(|p| &p.marks)
        .filter(|m| matches!(m, Mark::CheckBox(_)))
        .count();
    assert_eq!(count, 8);
    assert!(runs_text(&layout).contains("Không áp dụng"));
}

#[test]
fn the_2025_scores_print_as_a_table_with_totals() {
    let d = member_2025();
    let pdf = render(&input(&d)).unwrap();
    let text = flat_text(&pdf);
    for s in [
        "Mẫu 02B-HD KĐ.ĐG 2025",
        "BẢN KIỂM ĐIỂM, TỰ ĐÁNH GIÁ, XẾP LOẠI CÁ NHÂN",
        "A. NỘI DUNG KIỂM ĐIỂM",
        "B. NỘI DUNG TỰ ĐÁNH GIÁ, XẾP LOẠI",
        "1. Nhóm tiêu chí chung: 25/30",
        "2. Nhóm tiêu chí về kết quả thực hiện nhiệm vụ: 60/70",
        "Tổng điểm: 85/100",
        "Về chính trị, phẩm chất đạo đức và ý thức tổ chức kỷ luật",
        "8,5",
        "Cộng nhóm",
        "(Gửi kèm Phụ lục về kết quả thực hiện nhiệm vụ",
        "PHỤ LỤC",
        "Tham mưu xây dựng kế hoạch chuyển đổi số của phường",
        "Chưa bảo đảm tiến độ",
    ] {
        assert!(text.contains(s), "{s:?} not in {text}");
    }
    // The app's default split is not a rule: no maximum column.
    assert!(!text.contains("Điểm tối đa"));
    // The table's rules: horizontal and vertical lines.
    let layout = compose(&input(&d)).unwrap();
    let rules = layout
        .pages
        .iter()
        .flat_map(|p| &p.marks)
        .filter(|m| matches!(m, Mark::Rule(r) if !r.dotted))
        .count();
    assert!(rules > 20);
}

#[test]
fn an_issued_scheme_prints_the_maxima() {
    let d = member_2025();
    let template = TemplateId::Y2025Member.template();
    let mut scheme = template.default_point_scheme().unwrap();
    scheme.origin = kiemdiem::core::template::SchemeOrigin::Issued {
        issuer: "Đảng ủy phường".into(),
        reference: "Hướng dẫn số 01-HD/ĐU".into(),
    };
    let mut i = input(&d);
    i.scheme = Some(&scheme);
    let text = runs_text(&compose(&i).unwrap());
    assert!(text.contains("Điểm tối đa"));
}

#[test]
fn the_blocks_and_the_signature_carry_the_template_words_and_the_key() {
    let d = leader_2019();
    let layout = compose(&input(&d)).unwrap();
    let text = runs_text(&layout);
    for s in [
        "NGƯỜI TỰ KIỂM ĐIỂM",
        "(ký, ghi rõ họ tên)",
        "ĐÁNH GIÁ, XẾP LOẠI CHẤT LƯỢNG CÔNG CHỨC, VIÊN CHỨC",
        "THỦ TRƯỞNG CƠ QUAN, ĐƠN VỊ",
        "(Xác lập thời điểm, ký, ghi rõ họ tên và đóng dấu)",
        "T/M CHI ỦY (CHI BỘ)",
        "T/M ĐẢNG ỦY (CHI ỦY)",
        "- Đảng ủy, chi ủy cơ sở xếp loại mức chất lượng:",
    ] {
        assert!(text.contains(s), "{s:?} not in {text}");
    }
    // The fingerprint under the signature: on the page of the caption,
    // right after the name.
    let page = layout
        .pages
        .iter()
        .find(|p| p.runs().any(|r| r.text == "NGƯỜI TỰ KIỂM ĐIỂM"))
        .unwrap();
    let runs: Vec<_> = page.runs().map(|r| r.text.as_str()).collect();
    let at = runs
        .iter()
        .position(|&r| r == "NGƯỜI TỰ KIỂM ĐIỂM")
        .unwrap();
    assert_eq!(runs[at + 2], "Nguyễn Thị Ánh Hồng");
    assert_eq!(runs[at + 3], format!("Mã nhận diện khoá: {FINGERPRINT}"));
    // The blocks left to others have dotted lines to write on.
    let dotted = layout
        .pages
        .iter()
        .flat_map(|p| &p.marks)
        .filter(|m| matches!(m, Mark::Rule(r) if r.dotted))
        .count();
    assert!(dotted >= 10, "{dotted}");
}

#[test]
fn the_desks_print_fills_the_cells_block_and_says_it_is_not_sealed() {
    use kiemdiem::core::dossier::Rating;
    use kiemdiem::core::pdf::CellFill;
    let d = member_2025();
    let blank = runs_text(&compose(&input(&d)).unwrap());
    let comment = "Gương mẫu, nhiệt tình; cần chủ động hơn trong công tác tuyên truyền.";
    assert!(!blank.contains("Gương mẫu, nhiệt tình"));
    let mut with_cell = input(&d);
    with_cell.cell = Some(CellFill {
        comment,
        level: Some(Rating::Good),
    });
    let layout = compose(&with_cell).unwrap();
    let text = runs_text(&layout);
    let at = text
        .find("- Nhận xét, đánh giá của chi ủy:")
        .expect("the cell's line");
    let after = &text[at..];
    assert!(after.contains(comment), "{after}");
    let level = after
        .find("- Chi bộ đề xuất xếp loại mức chất lượng:")
        .expect("the level's line");
    assert!(
        after[level..].contains("Hoàn thành tốt nhiệm vụ"),
        "{after}"
    );
    assert!(text.contains("không thuộc hồ sơ do đảng viên niêm phong"));
    // The block of the committee above the cell stays blank.
    let committee = text
        .find("T/M ĐẢNG ỦY")
        .or_else(|| text.find("xếp loại mức chất lượng:"))
        .unwrap();
    assert!(committee > 0);
    // Fewer dotted lines than the blank print: the cell's two lines are written.
    let dotted = |l: &Layout| {
        l.pages
            .iter()
            .flat_map(|p| &p.marks)
            .filter(|m| matches!(m, Mark::Rule(r) if r.dotted))
            .count()
    };
    assert_eq!(dotted(&layout) + 4, dotted(&compose(&input(&d)).unwrap()));
}

#[test]
fn the_last_page_carries_the_qr_code_digest_and_fingerprint() {
    let d = member_2025();
    let layout = compose(&input(&d)).unwrap();
    let last = layout.pages.last().unwrap();
    let qr = last
        .marks
        .iter()
        .find_map(|m| match m {
            Mark::Qr(q) => Some(q),
            _ => None,
        })
        .expect("QR code on the last page");
    let expected = qrcode::QrCode::with_error_correction_level(
        qr_payload(DIGEST, FINGERPRINT),
        qrcode::EcLevel::M,
    )
    .unwrap();
    assert_eq!(qr.width, expected.width());
    let modules: Vec<bool> = expected
        .to_colors()
        .into_iter()
        .map(|c| c == qrcode::Color::Dark)
        .collect();
    assert_eq!(qr.dark, modules);
    assert_eq!(
        qr_payload(DIGEST, FINGERPRINT),
        format!("KIEMDIEM1;sha256={DIGEST};key={FINGERPRINT}")
    );
    let text = flat(&last.text());
    assert!(text.contains(&format!("Mã số hồ sơ: {DIGEST}")), "{text}");
    assert!(text.contains(&format!("Mã nhận diện khoá: {FINGERPRINT}")));
    assert!(text.contains(FILE_NAME));
    // Under the code.
    let digest_run = last.runs().find(|r| r.text.contains(DIGEST)).unwrap();
    assert!(digest_run.baseline > qr.y + qr.module * qr.width as f32);
    // No other page has one.
    let others = layout.pages[..layout.pages.len() - 1]
        .iter()
        .flat_map(|p| &p.marks)
        .filter(|m| matches!(m, Mark::Qr(_)))
        .count();
    assert_eq!(others, 0);
    // And the PDF's last page says it too.
    let pdf = render(&input(&d)).unwrap();
    let pages = pages_text(&pdf);
    assert!(flat(pages.last().unwrap()).contains(&format!("Mã số hồ sơ: {DIGEST}")));
}

// --- Pages ------------------------------------------------------------------------------

#[test]
fn a_long_dossier_makes_several_pages_numbered_from_page_two() {
    let d = long_dossier();
    let pdf = render(&input(&d)).unwrap();
    let pages = pages_text(&pdf);
    assert!(pages.len() >= 4, "{} pages", pages.len());
    assert!(!flat(&pages[0]).starts_with('1'), "page 1 is not numbered");
    for (i, text) in pages.iter().enumerate().skip(1) {
        let first = flat(text).split(' ').next().unwrap_or_default().to_owned();
        assert_eq!(first, (i + 1).to_string(), "page {}", i + 1);
    }
    // In the layout: centred in the top margin.
    let layout = compose(&input(&d)).unwrap();
    let p = layout.profile;
    assert_eq!(layout.pages.len(), pages.len());
    for (i, page) in layout.pages.iter().enumerate() {
        let numbers: Vec<_> = page.runs().filter(|r| r.baseline < p.margin_top).collect();
        if i == 0 {
            assert!(numbers.is_empty());
        } else {
            assert_eq!(numbers.len(), 1);
            let n = numbers[0];
            assert_eq!(n.text, (i + 1).to_string());
            let centre = n.x + n.width / 2.0;
            assert!((centre - (p.margin_left + p.text_width() / 2.0)).abs() < 0.5);
        }
    }
}

#[test]
fn everything_stays_inside_the_margins() {
    for d in [leader_2019(), long_dossier(), member_2025()] {
        let layout = compose(&input(&d)).unwrap();
        let p = layout.profile;
        let (left, right) = (p.margin_left, p.page_width - p.margin_right);
        for (i, page) in layout.pages.iter().enumerate() {
            for m in &page.marks {
                let (l, r) = m.x_extent();
                assert!(l >= left - 0.5 && r <= right + 0.5, "page {} {m:?}", i + 1);
                let (t, b) = m.y_extent();
                let is_number = matches!(m, Mark::Text(t) if t.baseline < p.margin_top);
                if !is_number {
                    assert!(t >= p.margin_top - 2.0, "page {} {m:?}", i + 1);
                    assert!(
                        b <= p.page_height - p.margin_bottom + 2.0,
                        "page {} {m:?}",
                        i + 1
                    );
                }
            }
        }
    }
}

#[test]
fn a_word_too_long_for_a_line_is_broken() {
    let mut d = member_2023();
    let word: String = "Đảngviên".repeat(60);
    d.set_answer_text("I.1", &format!("Mở đầu {word} kết thúc"), now());
    let layout = compose(&input(&d)).unwrap();
    let p = layout.profile;
    let runs: Vec<_> = layout.pages.iter().flat_map(|pg| pg.runs()).collect();
    let start = runs.iter().position(|r| r.text.contains("Mở đầu")).unwrap();
    let end = runs
        .iter()
        .position(|r| r.text.contains("kết thúc"))
        .unwrap();
    assert!(end > start + 1, "the word should take several lines");
    let joined: String = runs[start..=end].iter().map(|r| r.text.as_str()).collect();
    assert_eq!(joined.replace(' ', ""), format!("Mởđầu{word}kếtthúc"));
    for r in &runs[start..=end] {
        assert!(
            r.width <= p.text_width() + 0.5,
            "{} wider than the line",
            r.width
        );
    }
}

#[test]
fn a_long_appendix_row_is_cut_across_pages_with_the_header_repeated() {
    let mut d = member_2025();
    let mut tasks = d.tasks.clone();
    tasks[0].result = (1..=40)
        .map(|i| format!("Kết quả bước {i}: hoàn thành đúng kế hoạch, có sản phẩm cụ thể."))
        .collect::<Vec<_>>()
        .join(" ");
    d.set_tasks(tasks, now());
    let layout = compose(&input(&d)).unwrap();
    let p = layout.profile;
    // Pages of the appendix: from the title on.
    let first = layout
        .pages
        .iter()
        .position(|pg| pg.runs().any(|r| r.text == "PHỤ LỤC"))
        .unwrap();
    let with_rows: Vec<_> = layout.pages[first..]
        .iter()
        .filter(|pg| pg.runs().any(|r| r.text.contains("bước")))
        .collect();
    assert!(with_rows.len() >= 2, "the row should run over pages");
    for pg in &with_rows {
        assert!(
            pg.runs().any(|r| r.text.starts_with("Nhiệm vụ")),
            "header row repeated"
        );
        for m in &pg.marks {
            let (_, bottom) = m.y_extent();
            assert!(bottom <= p.page_height - p.margin_bottom + 2.0, "{m:?}");
        }
    }
    // Every step is printed once.
    let text = runs_text(&layout);
    for i in 1..=40 {
        assert_eq!(text.matches(&format!("bước {i}:")).count(), 1, "step {i}");
    }
}

#[test]
fn justified_lines_fill_the_measure() {
    let d = long_dossier();
    let layout = compose(&input(&d)).unwrap();
    let p = layout.profile;
    let right = p.page_width - p.margin_right;
    let justified = layout
        .pages
        .iter()
        .flat_map(|pg| pg.runs())
        .filter(|r| r.word_spacing > 0.0)
        .collect::<Vec<_>>();
    assert!(justified.len() > 20);
    for r in justified {
        assert!((r.x + r.width - right).abs() < 0.5, "{r:?}");
    }
}

#[test]
fn rendering_twice_reuses_the_fonts_and_gives_the_same_layout() {
    let d = leader_2019();
    assert_eq!(compose(&input(&d)).unwrap(), compose(&input(&d)).unwrap());
    let a = render(&input(&d)).unwrap();
    let b = render(&input(&d)).unwrap();
    assert_eq!(a.len(), b.len());
}

#[test]
fn answers_stored_decomposed_print_composed() {
    let mut d = member_2023();
    // Bypass the setters (which store NFC), as a file from elsewhere might.
    d.answers.insert(
        "I.1".into(),
        Answer {
            text: "Nguye\u{302}\u{303}n Va\u{306}n Đu\u{31b}\u{301}c".into(),
            grade: None,
        },
    );
    let pdf = render(&input(&d)).unwrap();
    assert!(flat_text(&pdf).contains("Nguyễn Văn Đức"));
}

/// Writes one PDF per form to the temporary directory.
#[test]
#[ignore = "writes files; run with --ignored to look at the output"]
fn write_samples() {
    let dir = std::env::temp_dir();
    for (name, d) in [
        ("kiemdiem-sample.pdf", leader_2019()),
        ("kiemdiem-sample-2023.pdf", long_dossier()),
        ("kiemdiem-sample-2025.pdf", member_2025()),
    ] {
        let pdf = render(&input(&d)).unwrap();
        std::fs::write(dir.join(name), pdf).unwrap();
    }
}

#[test]
fn the_cell_line_does_not_repeat_the_word_the_person_typed() {
    let mut lines = 0;
    for mut d in [leader_2019(), member_2023(), member_2025()] {
        d.set_identity(IdentityField::PartyCell, "Chi bộ Khối vận", now());
        let text = runs_text(&compose(&input(&d)).unwrap());
        assert!(!text.contains("Chi bộ: Chi bộ"), "{text}");
        if text.contains("Chi bộ:") {
            lines += 1;
            assert!(text.contains("Chi bộ: Khối vận"), "{text}");
        }
        // The header keeps one organisation word too.
        assert!(text.contains("CHI BỘ KHỐI VẬN") && !text.contains("CHI BỘ CHI BỘ"));
    }
    assert!(lines > 0, "no form prints the cell line");
}

#[test]
fn the_last_page_names_the_parts_not_checked_against_an_original() {
    // 2025 Mẫu 2B: reconstructed headings, code, blocks; the points table
    // is the app's addition.
    let layout = compose(&input(&member_2025())).unwrap();
    let last = flat(&layout.pages.last().unwrap().text());
    assert!(last.contains("Ghi chú: Các phần dựng theo"), "{last}");
    assert!(
        last.contains("chưa đối chiếu với mẫu do cấp ủy ban hành"),
        "{last}"
    );
    assert!(last.contains("số hiệu mẫu"), "{last}");
    assert!(
        last.contains("các khung chữ ký, nhận xét, xếp loại"),
        "{last}"
    );
    assert!(
        last.contains("Bảng chấm điểm theo từng tiêu chí ở mục B.I do ứng dụng bổ sung"),
        "{last}"
    );

    // 2019: the header and I.1 are confirmed; sections II–VII (section III's
    // grade label among them) come from a third-party copy.
    let layout = compose(&input(&leader_2019())).unwrap();
    let last = flat(&layout.pages.last().unwrap().text());
    assert!(
        last.contains("Các phần lấy theo bản sao của bên thứ ba"),
        "{last}"
    );
    assert!(last.contains("mục III"), "{last}");
    assert!(!last.contains("số hiệu mẫu"), "{last}");
    assert!(!last.contains("Bảng chấm điểm"), "{last}");
}

#[test]
fn the_2025_codes_are_spelled_as_the_sources_spell_them() {
    use kiemdiem::core::template::TemplateId;
    assert_eq!(
        TemplateId::Y2025Leader.template().code,
        "Mẫu 02A-HD KĐ.ĐG 2025"
    );
    assert_eq!(
        TemplateId::Y2025Member.template().code,
        "Mẫu 02B-HD KĐ.ĐG 2025"
    );
    assert_eq!(
        TemplateId::Y2025Outside.template().code,
        "Mẫu 2C-HD KĐ.ĐG 2025"
    );
}

#[test]
fn the_cells_summary_prints_as_a_party_document_with_its_csv_attached() {
    use kiemdiem::core::desk::{Desk, Received};
    use kiemdiem::core::dossier::{Rating, Role};
    use kiemdiem::core::template::TemplateId;
    use kiemdiem::sealing::{ExportAnswer, ExportJob, SheetKind, run};
    let mut desk = Desk::default();
    for (i, (name, level)) in [
        ("Nguyễn Văn An", Rating::Excellent),
        ("Trần Thị Bình", Rating::Good),
        ("Lê Quốc Cường", Rating::Good),
    ]
    .into_iter()
    .enumerate()
    {
        desk.admit(Received {
            digest: format!("{i:064x}"),
            file_name: format!("{i}.json"),
            fingerprint: format!("K{i}"),
            sealed_at: 1_764_000_000_000 + i as i64,
            received_at: 1_764_100_000_000,
            year: 2025,
            role: Role::Member,
            template: TemplateId::Y2025Member,
            full_name: name.to_owned(),
            birth_date: String::new(),
            party_cell: "Chi bộ Khu phố 3".to_owned(),
            party_committee: "Phường Phổ Ninh".to_owned(),
            proposed: Some(level),
            not_rated: Vec::new(),
            not_rated_uncertain: false,
            flags: Vec::new(),
        });
    }
    desk.add_member("Phạm Thu Hà", "", "");
    let (answer, bytes) = run(
        ExportJob::DeskSheet {
            desk,
            sheet: SheetKind::SummaryPdf,
            today: (2025, 12, 10),
        },
        None,
    );
    let ExportAnswer::Made { name, mime } = answer else {
        panic!("{answer:?}");
    };
    assert_eq!(name, "KiemDiem_TongHop_2025_ChiBoKhuPho3.pdf");
    assert_eq!(mime, "application/pdf");
    let pdf = bytes.expect("the PDF's bytes");
    let text = flat_text(&pdf);
    for s in [
        "ĐẢNG CỘNG SẢN VIỆT NAM",
        "CHI BỘ KHU PHỐ 3",
        "BẢNG TỔNG HỢP KẾT QUẢ TỰ ĐÁNH GIÁ",
        "Năm 2025",
        "Trần Thị Bình",
        "Phạm Thu Hà",
        "Hoàn thành xuất sắc nhiệm vụ",
        "T/M CHI ỦY (CHI BỘ)",
        "ngày 10 tháng 12 năm 2025",
    ] {
        assert!(text.contains(s), "{s:?} not in {text}");
    }
    // The whole summary rides along as CSV, which is no dossier: the
    // verify page does not take the summary for one.
    assert!(String::from_utf8_lossy(&pdf).contains("KiemDiem_TongHop_2025_ChiBoKhuPho3.csv"));
    assert!(kiemdiem::core::pdf::embedded_dossier(&pdf).is_err());
}

//! The dossier in print order (`core::walk`) and the read-only view the
//! verify page shows of it (`dossier_view`): every template and role, every
//! part of a dossier, in the template's order, each once; the lists of III,
//! IV and the plan under the sections the template marks; the sealed
//! fixtures the end-to-end test opens on the verify page.
//!
//! `KIEMDIEM_BLESS_WALK=1 cargo test --test core_walk` rewrites
//! `tests/e2e/fixtures/whole-dossier-*.json` from the code.

use chrono::{DateTime, NaiveDate, TimeZone, Utc};
use kiemdiem::core::dossier::{
    CivilServantRating, Dossier, DossierId, Grade, IdentityField, Points, Rating, RemedyOrigin,
    RemedyStatus, Role, TaskEvidence, TaskQuality, TaskStatus, Timeliness,
};
use kiemdiem::core::seal::{KeyPair, seal};
use kiemdiem::core::template::{ItemKind, Structured, TemplateId};
use kiemdiem::core::walk::{Block, Lines, lines_after, lines_under, print_order};
use kiemdiem::dossier_view::{Row, rows};
use kiemdiem::sealing::verify_report;

fn now() -> DateTime<Utc> {
    Utc.with_ymd_and_hms(2025, 12, 1, 8, 0, 0).unwrap()
}

/// Every (review year, role) the app offers a template for.
const FORMS: [(i32, Role); 7] = [
    (2022, Role::Leader),
    (2022, Role::Member),
    (2024, Role::Leader),
    (2024, Role::Member),
    (2025, Role::Leader),
    (2025, Role::Member),
    (2025, Role::OutsideSystem),
];

/// A dossier with every part filled: every text answered and graded, both
/// ratings, a score, three lines of III (one blank), three points of IV
/// (one blank), a plan of three (one blank, one done), three tasks (one
/// blank).
fn whole(year: i32, role: Role) -> Dossier {
    let mut d = Dossier::new(DossierId(format!("hs-{year}-{role:?}")), year, role, now()).unwrap();
    for (field, value) in [
        (IdentityField::FullName, "Nguyễn Thị Ánh Hồng"),
        (IdentityField::BirthDate, "05/01/1975"),
        (IdentityField::PartyCell, "Chi bộ Khu phố 3"),
        (IdentityField::Place, "Đức Phố"),
    ] {
        d.set_identity(field, value, now());
    }
    for (section, item) in d.template.template().answer_slots_for(role) {
        let key = item.map_or(section.id, |i| i.id);
        d.set_answer_text(key, &format!("Trả lời mục {key}."), now());
        d.set_answer_grade(key, Some(Grade::Good), now());
    }
    d.proposal.party = Some(Rating::Good);
    d.proposal.civil_servant = Some(CivilServantRating::Rated(Rating::Excellent));
    d.points.insert("B.I.chung.1".into(), Points(90));
    let r = d.add_remedy(RemedyOrigin::Shortcoming, "Chưa mạnh dạn phê bình.", now());
    d.set_remedy_status(&r, Some(RemedyStatus::Fixed), now());
    d.add_remedy(RemedyOrigin::Added, "  ", now());
    let r = d.add_remedy(RemedyOrigin::Measure, "Học tập nghị quyết", now());
    d.set_remedy_status(&r, Some(RemedyStatus::InProgress), now());
    d.set_remedy_note(&r, "Còn hai chuyên đề.", now());
    let s = d.add_suggestion("Việc chậm nộp báo cáo quý III.", now());
    d.set_suggestion_answer(&s, "Do khối lượng công việc lớn.", now());
    d.add_suggestion("", now());
    d.add_suggestion("Ý kiến về tác phong.", now());
    let p = d.add_plan_item("Đọc kỹ Điều lệ Đảng", now());
    d.set_plan_done(
        &p,
        true,
        NaiveDate::from_ymd_opt(2026, 3, 2).unwrap(),
        now(),
    );
    d.add_plan_item(" ", now());
    let p = d.add_plan_item("Dự đủ sinh hoạt chi bộ", now());
    d.set_plan_note(&p, "Đã dự 3/4 buổi.", now());
    d.set_tasks(
        vec![
            TaskEvidence {
                task: "Tham mưu kế hoạch chuyển đổi số".into(),
                target: "Trình trước 30/6".into(),
                result: "Kế hoạch số 12/KH-UBND".into(),
                status: Some(TaskStatus::Done),
                timeliness: Some(Timeliness::OnTime),
                quality: Some(TaskQuality::Assured),
                exceeded: true,
                evidence: "Kế hoạch 12/KH-UBND".into(),
                ..TaskEvidence::default()
            },
            TaskEvidence::default(),
            TaskEvidence {
                task: "Cập nhật hồ sơ đảng viên".into(),
                result: "Hoàn thành 45/47 hồ sơ".into(),
                status: Some(TaskStatus::NotDone),
                ..TaskEvidence::default()
            },
        ],
        now(),
    );
    d
}

/// The key of an answer block, or what the block is, for order checks.
fn tag(b: &Block) -> String {
    match b {
        Block::Identity(_) => "identity".into(),
        Block::Part(_) => "part".into(),
        Block::Section(s) => format!("section {}", s.id),
        Block::Answer(s) => format!("answer {}", s.key),
        Block::Remedy(l) => format!("III {}", l.item.text),
        Block::Suggestion(l) => format!("IV {}", l.item.point),
        Block::Plan(l) => format!("plan {}", l.item.text),
        Block::Grade(s, _) => format!("grade {}", s.key),
        Block::PointsTotal(_) => "total".into(),
        Block::AttachLine(_) => "attach".into(),
        Block::Signature(b) => format!("block {}", b.id),
        Block::Appendix(_) => "appendix".into(),
        Block::Task(l) => format!("task {}", l.item.task),
    }
}

#[test]
fn every_form_is_walked_whole_in_the_templates_order() {
    for (year, role) in FORMS {
        let d = whole(year, role);
        let t = d.template.template();
        let blocks = print_order(&d);
        let tags: Vec<String> = blocks.iter().map(tag).collect();
        let at = |tag: &str| {
            tags.iter()
                .position(|t| t == tag)
                .unwrap_or_else(|| panic!("{year} {role:?}: no {tag} in {tags:?}"))
        };

        // The identity block opens, with the fields the form prints.
        assert_eq!(blocks[0], Block::Identity(t.identity), "{year} {role:?}");
        // Every section once, in the template's order.
        let sections: Vec<&str> = blocks
            .iter()
            .filter_map(|b| match b {
                Block::Section(s) => Some(s.id),
                _ => None,
            })
            .collect();
        let expected: Vec<&str> = t.sections.iter().map(|s| s.id).collect();
        assert_eq!(sections, expected, "{year} {role:?}");
        // Every slot the role fills once, in print order, inside its section.
        let answers: Vec<&str> = blocks
            .iter()
            .filter_map(|b| match b {
                Block::Answer(s) => Some(s.key),
                _ => None,
            })
            .collect();
        let expected: Vec<&str> = t.slots_for(role).map(|s| s.key).collect();
        assert_eq!(answers, expected, "{year} {role:?}");
        for slot in t.slots_for(role) {
            assert!(
                at(&format!("section {}", slot.section.id)) < at(&format!("answer {}", slot.key))
            );
        }

        // III, IV and the plan, line by line, right after the sections the
        // template marks, blank lines left out, before the self-grade.
        let key = |s: Structured| t.slot_of(s).unwrap().key;
        let iii = at(&format!("answer {}", key(Structured::Remedies)));
        assert_eq!(tags[iii + 1], "III Chưa mạnh dạn phê bình.");
        assert_eq!(tags[iii + 2], "III Học tập nghị quyết");
        assert!(!tags[iii + 3].starts_with("III "));
        let iv = at(&format!("answer {}", key(Structured::Suggestions)));
        assert_eq!(tags[iv + 1], "IV Việc chậm nộp báo cáo quý III.");
        assert_eq!(tags[iv + 2], "IV Ý kiến về tác phong.");
        assert!(!tags[iv + 3].starts_with("IV "));
        let vi = at(&format!("answer {}", key(Structured::Measures)));
        assert_eq!(tags[vi + 1], "plan Đọc kỹ Điều lệ Đảng");
        assert_eq!(tags[vi + 2], "plan Dự đủ sinh hoạt chi bộ");
        assert!(!tags[vi + 3].starts_with("plan "));
        assert!(iii < iv && iv < vi);
        // Place in the dossier's list and number among the printed lines.
        let numbers: Vec<(usize, usize)> = blocks
            .iter()
            .filter_map(|b| match b {
                Block::Suggestion(l) => Some((l.index, l.number)),
                _ => None,
            })
            .collect();
        assert_eq!(numbers, [(0, 1), (2, 2)], "{year} {role:?}");

        // A grade box after every slot that has one, after its lines.
        for slot in t.slots_for(role) {
            let grade = tags
                .iter()
                .position(|x| *x == format!("grade {}", slot.key));
            assert_eq!(
                grade.is_some(),
                slot.kind.grade_box().is_some(),
                "{}",
                slot.key
            );
        }
        if t.slot_of(Structured::Remedies)
            .unwrap()
            .kind
            .grade_box()
            .is_some()
        {
            assert_eq!(
                tags[iii + 3],
                format!("grade {}", key(Structured::Remedies))
            );
        }

        // The 2025 score total after the last scored group; then the blocks
        // in the template's order; the task appendix last, blank task left
        // out.
        let scored: Vec<usize> = t
            .slots_for(role)
            .filter(|s| s.kind == ItemKind::Points)
            .map(|s| at(&format!("answer {}", s.key)))
            .collect();
        match scored.last() {
            Some(&last) => assert_eq!(at("total"), last + 1),
            None => assert!(!tags.contains(&"total".to_owned())),
        }
        let blocks_at: Vec<usize> = t
            .blocks
            .iter()
            .map(|b| at(&format!("block {}", b.id)))
            .collect();
        assert!(blocks_at.windows(2).all(|w| w[0] < w[1]));
        if let Some(first) = blocks_at.first() {
            assert!(at(&format!("answer {}", answers.last().unwrap())) < *first);
        }
        if t.evidence.is_some() {
            let appendix = at("appendix");
            assert_eq!(
                &tags[appendix..],
                [
                    "appendix",
                    "task Tham mưu kế hoạch chuyển đổi số",
                    "task Cập nhật hồ sơ đảng viên"
                ]
            );
            assert!(blocks_at.iter().all(|&b| b < appendix));
            match t.evidence.and_then(|e| e.attach_line) {
                Some(_) => assert!(at("attach") < blocks_at[0]),
                None => assert!(!tags.contains(&"attach".to_owned())),
            }
        } else {
            assert!(
                !tags
                    .iter()
                    .any(|t| t == "appendix" || t.starts_with("task "))
            );
        }
    }
}

#[test]
fn leaders_items_are_walked_for_leaders_only() {
    let leader = print_order(&whole(2022, Role::Leader))
        .iter()
        .map(tag)
        .collect::<Vec<_>>();
    let member = print_order(&whole(2022, Role::Member))
        .iter()
        .map(tag)
        .collect::<Vec<_>>();
    assert!(leader.contains(&"answer I.lanhdao.1".to_owned()));
    assert!(!member.iter().any(|t| t.contains("lanhdao")));
}

#[test]
fn an_empty_dossier_walks_its_form_without_lines_or_appendix() {
    for (year, role) in FORMS {
        let d = Dossier::new(DossierId("hs-0".into()), year, role, now()).unwrap();
        let blocks = print_order(&d);
        assert!(!blocks.iter().any(|b| matches!(
            b,
            Block::Remedy(_)
                | Block::Suggestion(_)
                | Block::Plan(_)
                | Block::Appendix(_)
                | Block::Task(_)
        )));
        let answers = blocks
            .iter()
            .filter(|b| matches!(b, Block::Answer(_)))
            .count();
        assert_eq!(answers, d.template.template().slots_for(role).count());
    }
}

#[test]
fn the_lists_follow_the_sections_the_template_marks() {
    for id in TemplateId::ALL {
        let t = id.template();
        let lists: Vec<(&str, Lines)> = t
            .slots()
            .filter_map(|s| lines_after(&s).map(|l| (s.key, l)))
            .collect();
        let expected = match id {
            TemplateId::Y2019 | TemplateId::Y2023Member | TemplateId::Y2023Leader => [
                ("III", Lines::Remedies),
                ("IV", Lines::Suggestions),
                ("VI", Lines::Plan),
            ],
            _ => [
                ("A.III", Lines::Remedies),
                ("A.IV", Lines::Suggestions),
                ("A.VI", Lines::Plan),
            ],
        };
        assert_eq!(lists, expected, "{id:?}");
        // What the editor shows under a section step is what the walk puts
        // after the section's answer.
        for section in t.sections {
            let after = t
                .slots()
                .find(|s| s.key == section.id)
                .and_then(|s| lines_after(&s));
            assert_eq!(lines_under(section), after, "{id:?} {}", section.id);
        }
    }
}

#[test]
fn the_sealed_fixture_walks_completely() {
    let bytes = std::fs::read("tests/fixtures/seal/valid.json").unwrap();
    let v = kiemdiem::core::seal::verify(&bytes).unwrap();
    let d = &v.payload.dossier;
    let blocks = print_order(d);
    let answers = blocks
        .iter()
        .filter(|b| matches!(b, Block::Answer(_)))
        .count();
    assert_eq!(answers, d.template.template().slots_for(d.role).count());
    // The view shows every answer the file has.
    let shown = rows(d);
    for (key, a) in &d.answers {
        assert!(
            shown
                .iter()
                .any(|r| matches!(r, Row::Answer(_, text) if *text == a.text)),
            "{key}"
        );
    }
}

// --- The read-only view -----------------------------------------------------------------

fn position(rows: &[Row], wanted: &Row) -> usize {
    rows.iter()
        .position(|r| r == wanted)
        .unwrap_or_else(|| panic!("{wanted:?} not in {rows:#?}"))
}

fn answer(label: &str, text: &str) -> Row {
    Row::Answer(label.into(), text.into())
}

#[test]
fn the_view_shows_iii_iv_the_plan_and_the_appendix_in_print_order() {
    let d = whole(2025, Role::Member);
    let shown = rows(&d);
    let order = [
        answer("Họ và tên", "Nguyễn Thị Ánh Hồng"),
        Row::Heading("III. Kết quả khắc phục những hạn chế, khuyết điểm đã được cấp có thẩm quyền kết luận hoặc được chỉ ra ở các kỳ kiểm điểm trước".into()),
        answer("", "Trả lời mục A.III."),
        Row::Line("- Chưa mạnh dạn phê bình: đã được khắc phục.".into()),
        Row::Line("- Học tập nghị quyết: đang khắc phục. Còn hai chuyên đề.".into()),
        answer("1. Việc chậm nộp báo cáo quý III.", "Do khối lượng công việc lớn."),
        answer("2. Ý kiến về tác phong.", ""),
        answer("", "Trả lời mục A.VI."),
        Row::Heading("Kế hoạch khắc phục sau kiểm điểm".into()),
        Row::Line("- Đọc kỹ Điều lệ Đảng (đã làm xong, xong ngày 02/03/2026).".into()),
        Row::Line("- Dự đủ sinh hoạt chi bộ. Đã dự 3/4 buổi.".into()),
        Row::Heading("PHỤ LỤC KẾT QUẢ THỰC HIỆN NHIỆM VỤ".into()),
    ];
    let at: Vec<usize> = order.iter().map(|r| position(&shown, r)).collect();
    assert!(at.windows(2).all(|w| w[0] < w[1]), "{at:?}");
    // The tasks, each with its columns.
    let Row::Answer(label, cells) = &shown[at[at.len() - 1] + 1] else {
        panic!("{shown:#?}");
    };
    assert_eq!(label, "1. Tham mưu kế hoạch chuyển đổi số");
    assert!(
        cells.contains("Kế hoạch số 12/KH-UBND (hoàn thành vượt mức yêu cầu)"),
        "{cells}"
    );
    assert!(cells.contains("Trình trước 30/6"), "{cells}");
    let Row::Answer(label, _) = &shown[at[at.len() - 1] + 2] else {
        panic!("{shown:#?}");
    };
    assert_eq!(label, "2. Cập nhật hồ sơ đảng viên");
    assert_eq!(
        shown.len(),
        at[at.len() - 1] + 3,
        "the appendix ends the view"
    );
    // The score and its total; the self-grades.
    assert!(shown.contains(&answer("Tổng điểm:", "9/100")), "{shown:#?}");
}

#[test]
fn the_view_of_the_2019_form_puts_the_grade_of_iii_after_its_lines() {
    let d = whole(2022, Role::Leader);
    let shown = rows(&d);
    let line = position(
        &shown,
        &Row::Line("- Học tập nghị quyết: đang khắc phục. Còn hai chuyên đề.".into()),
    );
    assert!(
        matches!(&shown[line + 1], Row::Answer(_, g) if g == "Tốt"),
        "{:?}",
        shown[line + 1]
    );
    assert!(shown.contains(&answer(
        "1. Việc chậm nộp báo cáo quý III.",
        "Do khối lượng công việc lớn."
    )));
    assert!(
        !shown
            .iter()
            .any(|r| matches!(r, Row::Heading(h) if h.starts_with("PHỤ LỤC")))
    );
}

// --- The sealed files the verify page opens -----------------------------------------------

/// Seals `whole(year, role)` with a fixed test key and time, and checks it
/// against (or, with `KIEMDIEM_BLESS_WALK`, writes) the fixture the
/// end-to-end test opens on the verify page.
fn sealed_fixture(year: i32, role: Role, name: &str) -> Vec<u8> {
    let key = KeyPair::from_seed([7; 32]);
    let sealed = seal(&whole(year, role), &key, 1_764_576_000_000, "0.1.0").unwrap();
    let path = format!("tests/e2e/fixtures/{name}");
    if std::env::var_os("KIEMDIEM_BLESS_WALK").is_some() {
        std::fs::write(&path, &sealed.text).unwrap();
    }
    let stored = std::fs::read(&path).unwrap();
    assert_eq!(
        String::from_utf8_lossy(&stored),
        sealed.text,
        "{path} is not what the code makes: KIEMDIEM_BLESS_WALK=1 cargo test --test core_walk"
    );
    stored
}

#[test]
fn the_verify_report_of_a_sealed_dossier_shows_every_part() {
    for (year, role, name) in [
        (2025, Role::Member, "whole-dossier-2025.json"),
        (2022, Role::Leader, "whole-dossier-2022.json"),
    ] {
        let bytes = sealed_fixture(year, role, name);
        let report = verify_report(name, &bytes);
        assert!(report.ok, "{}", report.verdict);
        assert_eq!(report.content, rows(&whole(year, role)), "{name}");
        for wanted in [
            Row::Line("- Chưa mạnh dạn phê bình: đã được khắc phục.".into()),
            answer(
                "1. Việc chậm nộp báo cáo quý III.",
                "Do khối lượng công việc lớn.",
            ),
            Row::Heading("Kế hoạch khắc phục sau kiểm điểm".into()),
        ] {
            position(&report.content, &wanted);
        }
    }
}

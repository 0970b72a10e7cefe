//! From one review to the next (`core::carryover`): splitting last year's
//! «Hạn chế, khuyết điểm» and «Phương hướng, biện pháp» into lines verbatim,
//! section III started from the previous dossier, the remediation plan, ids
//! that are never reused, the count the rating advisor reads, the
//! validation of section III, and dossiers stored before these fields
//! existed.

use chrono::{DateTime, NaiveDate, TimeZone, Utc};
use kiemdiem::core::carryover::{
    CarryOver, plan_from_measures, previous_candidates, split_items, start_from_previous,
    sync_earlier_shortcomings,
};
use kiemdiem::core::dossier::{
    Dossier, DossierId, LastIds, PlanItem, RemedyOrigin, RemedyStatus, Role, ShortcomingCount,
};
use kiemdiem::core::store::{Drafts, MemoryKv};
use kiemdiem::core::template::{ItemKind, Structured, TemplateId};
use kiemdiem::core::textnorm::is_nfc;
use kiemdiem::core::validate::{Counts, Problem, validate};
use kiemdiem::text::validate::problem;

fn at(day: u32) -> DateTime<Utc> {
    Utc.with_ymd_and_hms(2026, 11, day, 8, 30, 0).unwrap()
}

fn now() -> DateTime<Utc> {
    at(29)
}

fn today() -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 11, 29).unwrap()
}

fn dossier(id: &str, year: i32, role: Role) -> Dossier {
    Dossier::new(DossierId(id.into()), year, role, at(1)).unwrap()
}

fn texts(d: &Dossier) -> Vec<&str> {
    d.remedies.iter().map(|r| r.text.as_str()).collect()
}

// --- Where the structured parts are ----------------------------------------------------

#[test]
fn every_template_marks_its_structured_parts_once_where_the_form_has_them() {
    for id in TemplateId::ALL {
        let t = id.template();
        let key = |s: Structured| t.slot_of(s).expect("marked").key;
        for s in Structured::ALL {
            assert_eq!(
                t.slots()
                    .filter(|slot| slot.structured() == Some(s))
                    .count(),
                1,
                "{id:?} {s:?}"
            );
        }
        let shortcomings = key(Structured::Shortcomings);
        assert!(
            ["II.1", "A.II.1"].contains(&shortcomings),
            "{id:?} {shortcomings}"
        );
        let (_, item) = t.item(shortcomings).expect(shortcomings);
        assert!(item.heading.starts_with("Hạn chế, khuyết điểm"), "{id:?}");
        let expected = [
            (
                key(Structured::Remedies),
                "Kết quả khắc phục những hạn chế, khuyết điểm đã được cấp có thẩm quyền kết luận hoặc được chỉ ra ở các kỳ kiểm điểm trước",
            ),
            (
                key(Structured::Suggestions),
                "Giải trình những vấn đề được gợi ý kiểm điểm (nếu có)",
            ),
            (
                key(Structured::Measures),
                "Phương hướng, biện pháp khắc phục hạn chế, khuyết điểm",
            ),
        ];
        for (section, heading) in expected {
            let s = t.section(section).expect(section);
            assert_eq!(s.heading, heading, "{id:?} {section}");
            // Item-less, answered as text: the section id is the answer key.
            assert!(s.items.is_empty(), "{id:?} {section}");
            assert!(s.kind.stores_text(), "{id:?} {section}");
        }
        assert!(
            !t.section(key(Structured::Suggestions)).unwrap().required,
            "IV is «nếu có»"
        );
    }
}

// --- Splitting ----------------------------------------------------------------------------

#[test]
fn bullets_blank_lines_and_crlf_give_one_line_each_verbatim() {
    let ii_1 = "Hạn chế, khuyết điểm:\r\n\
                - Có lúc chưa chủ động nghiên cứu, cập nhật văn bản mới.\r\n\
                \r\n\
                + Việc tham mưu xử lý một số hồ sơ còn chậm so với thời gian quy định.\r\n\
                •  Chưa mạnh dạn đấu tranh  phê bình trong sinh hoạt chi bộ;  \r\n\
                *\tTinh thần tự học chưa thường xuyên\r\n\
                \u{f0b7} Ngại va chạm.\r\n   \r\n";
    assert_eq!(
        split_items(ii_1),
        [
            "Hạn chế, khuyết điểm:",
            "Có lúc chưa chủ động nghiên cứu, cập nhật văn bản mới.",
            "Việc tham mưu xử lý một số hồ sơ còn chậm so với thời gian quy định.",
            // Inner spacing and final punctuation are the person's words.
            "Chưa mạnh dạn đấu tranh  phê bình trong sinh hoạt chi bộ;",
            "Tinh thần tự học chưa thường xuyên",
            "Ngại va chạm.",
        ]
    );
}

#[test]
fn numbering_is_stripped_but_numbers_in_the_words_are_kept() {
    let vi = "1. Tăng cường học tập, nghiên cứu các văn bản mới.\n\
              2) Chủ động tham mưu, đề xuất.\n\
              3/ Khắc phục tư tưởng ngại va chạm.\n\
              1.2. Bố trí thời gian hợp lý.\n\
              4.Thường xuyên tự phê bình.\n\
              a) Rà soát hồ sơ tồn đọng.\n\
              b. Cập nhật sổ theo dõi.\n\
              đ) Báo cáo chi bộ hằng quý.\n\
              (1) Tham gia đầy đủ sinh hoạt.\n\
              (c) Lắng nghe góp ý.\n\
              IV. Giữ gìn đoàn kết nội bộ.\n\
              ii) Nâng cao trình độ tin học.\n\
              - a) Viết rõ kế hoạch cá nhân.\n\
              1.5 triệu đồng tạm ứng chưa thanh toán xong.\n\
              1/2 số hồ sơ còn tồn.\n\
              2025 là năm đầu thực hiện.\n\
              v.v. các việc khác.\n\
              A.I.3 chưa viết rõ.\n\
              (Ghi chú) Tham khảo ý kiến chi ủy.";
    assert_eq!(
        split_items(vi),
        [
            "Tăng cường học tập, nghiên cứu các văn bản mới.",
            "Chủ động tham mưu, đề xuất.",
            "Khắc phục tư tưởng ngại va chạm.",
            "Bố trí thời gian hợp lý.",
            "Thường xuyên tự phê bình.",
            "Rà soát hồ sơ tồn đọng.",
            "Cập nhật sổ theo dõi.",
            "Báo cáo chi bộ hằng quý.",
            "Tham gia đầy đủ sinh hoạt.",
            "Lắng nghe góp ý.",
            "Giữ gìn đoàn kết nội bộ.",
            "Nâng cao trình độ tin học.",
            "Viết rõ kế hoạch cá nhân.",
            "1.5 triệu đồng tạm ứng chưa thanh toán xong.",
            "1/2 số hồ sơ còn tồn.",
            "2025 là năm đầu thực hiện.",
            "v.v. các việc khác.",
            "A.I.3 chưa viết rõ.",
            "(Ghi chú) Tham khảo ý kiến chi ủy.",
        ]
    );
}

#[test]
fn lone_cr_and_unicode_line_separators_split_and_empty_bullets_drop() {
    assert_eq!(
        split_items("- Một\r- Hai\u{2028}Ba\u{2029}-\n  •  \n1.\n"),
        ["Một", "Hai", "Ba"]
    );
    assert!(split_items("").is_empty());
    assert!(split_items(" \r\n \n\t").is_empty());
}

#[test]
fn decomposed_text_comes_out_nfc() {
    // "Chưa khắc phục" with decomposed marks.
    let nfd = "- Chu\u{31b}a kha\u{306}\u{301}c phu\u{323}c";
    let lines = split_items(nfd);
    assert_eq!(lines, ["Chưa khắc phục"]);
    assert!(lines.iter().all(|l| is_nfc(l)));
}

// --- Section III from the previous review -----------------------------------------------

const PREV_II_1: &str = "- Có lúc chưa chủ động nghiên cứu văn bản mới.\r\n\
                         - Việc tham mưu xử lý hồ sơ còn chậm.\r\n";
const PREV_VI: &str = "1. Tăng cường tự học, cập nhật văn bản.\n\
                       2. Lập sổ theo dõi hồ sơ, xử lý đúng hạn.\n\
                       3. Mạnh dạn phê bình trong sinh hoạt chi bộ.\n";

/// A 2024 dossier (Mẫu 02A-2023, keys "II.1" and "VI") with its plan
/// started and the second measure ticked done.
fn previous() -> Dossier {
    let mut prev = dossier("hs-2024", 2024, Role::Member);
    prev.set_answer_text("II.1", PREV_II_1, at(2));
    prev.set_answer_text("VI", PREV_VI, at(2));
    assert_eq!(prev.start_plan(at(3)), 3);
    let done = prev.plan[1].id.clone();
    let day = NaiveDate::from_ymd_opt(2025, 6, 30).unwrap();
    assert!(prev.set_plan_done(&done, true, day, at(4)));
    assert!(prev.set_plan_note(&done, "Đã lập sổ từ tháng 6.", at(4)));
    prev
}

#[test]
fn section_iii_starts_from_last_years_shortcomings_and_measures() {
    let prev = previous();
    let mut next = dossier("hs-2025", 2025, Role::Member);
    let report = start_from_previous(&prev, &mut next, now());
    assert_eq!(
        report,
        CarryOver {
            shortcomings: 2,
            unresolved: 0,
            measures: 3,
            fixed_from_plan: 1,
            skipped: 0,
        }
    );
    assert_eq!(report.added(), 5);
    assert_eq!(
        texts(&next),
        [
            "Có lúc chưa chủ động nghiên cứu văn bản mới.",
            "Việc tham mưu xử lý hồ sơ còn chậm.",
            "Tăng cường tự học, cập nhật văn bản.",
            "Lập sổ theo dõi hồ sơ, xử lý đúng hạn.",
            "Mạnh dạn phê bình trong sinh hoạt chi bộ.",
        ]
    );
    let origins: Vec<RemedyOrigin> = next.remedies.iter().map(|r| r.origin).collect();
    use RemedyOrigin::{Measure, Shortcoming};
    assert_eq!(
        origins,
        [Shortcoming, Shortcoming, Measure, Measure, Measure]
    );
    let ids: Vec<&str> = next.remedies.iter().map(|r| r.id.as_str()).collect();
    assert_eq!(ids, ["r1", "r2", "r3", "r4", "r5"]);
    assert_eq!(next.updated_at, now());
    // The plan ticked done last year starts as fixed, with its note.
    assert_eq!(next.remedies[3].status, Some(RemedyStatus::Fixed));
    assert_eq!(next.remedies[3].note, "Đã lập sổ từ tháng 6.");
    assert!(
        next.remedies
            .iter()
            .filter(|r| r.id != "r4")
            .all(|r| r.status.is_none())
    );
    // The advisor's count: two shortcomings, none fixed yet (the fixed line
    // is a measure).
    assert_eq!(
        next.circumstances.earlier_shortcomings,
        Some(ShortcomingCount {
            pointed_out: Some(2),
            fixed: Some(0)
        })
    );
}

#[test]
fn starting_twice_adds_nothing_and_never_overwrites() {
    let prev = previous();
    let mut next = dossier("hs-2025", 2025, Role::Member);
    // The person had already typed one of the lines, and marked it.
    let own = next.add_remedy(
        RemedyOrigin::Added,
        "  Việc tham mưu xử lý hồ sơ còn chậm. ",
        at(10),
    );
    next.set_remedy_status(&own, Some(RemedyStatus::InProgress), at(10));
    next.set_remedy_note(&own, "Đã xử lý được 80% hồ sơ.", at(10));
    let first = start_from_previous(&prev, &mut next, at(11));
    assert_eq!(first.added(), 4);
    assert_eq!(first.skipped, 1);
    let own_line = next.remedies.iter().find(|r| r.id == own).unwrap();
    assert_eq!(own_line.status, Some(RemedyStatus::InProgress));
    assert_eq!(own_line.note, "Đã xử lý được 80% hồ sơ.");
    assert_eq!(own_line.origin, RemedyOrigin::Added);

    let after_first = next.clone();
    let second = start_from_previous(&prev, &mut next, at(12));
    assert_eq!(second.added(), 0);
    assert_eq!(second.skipped, 5);
    assert_eq!(next, after_first, "nothing changed, not even updated_at");
}

#[test]
fn a_dossier_is_not_its_own_previous_one() {
    let prev = previous();
    let mut same = prev.clone();
    assert_eq!(
        start_from_previous(&prev, &mut same, now()),
        CarryOver::default()
    );
    assert_eq!(same, prev);
}

#[test]
fn a_measure_ticked_done_in_the_plan_is_fixed_next_year() {
    let mut y2025 = dossier("hs-2025", 2025, Role::Member);
    y2025.set_answer_text(
        "A.VI",
        "- Hoàn thành hồ sơ tồn đọng.\n- Tự học tin học.",
        at(2),
    );
    y2025.start_plan(at(2));
    let day = NaiveDate::from_ymd_opt(2026, 3, 2).unwrap();
    y2025.set_plan_done("p1", true, day, at(3));
    // A measure added to the plan during the year, ticked too.
    let extra = y2025.add_plan_item("Tham gia lớp bồi dưỡng nghiệp vụ.", at(4));
    y2025.set_plan_done(&extra, true, day, at(4));

    let mut y2026 = dossier("hs-2026", 2026, Role::Member);
    let report = start_from_previous(&y2025, &mut y2026, now());
    assert_eq!(report.measures, 3);
    assert_eq!(report.fixed_from_plan, 2);
    let status: Vec<(&str, Option<RemedyStatus>)> = y2026
        .remedies
        .iter()
        .map(|r| (r.text.as_str(), r.status))
        .collect();
    assert_eq!(
        status,
        [
            ("Hoàn thành hồ sơ tồn đọng.", Some(RemedyStatus::Fixed)),
            ("Tự học tin học.", None),
            (
                "Tham gia lớp bồi dưỡng nghiệp vụ.",
                Some(RemedyStatus::Fixed)
            ),
        ]
    );
}

#[test]
fn shortcomings_still_open_in_last_years_iii_are_carried_again() {
    // 2024 (Mẫu 02A-2023) had its own section III list.
    let mut prev = dossier("hs-2024", 2024, Role::Member);
    let fixed = prev.add_remedy(RemedyOrigin::Shortcoming, "Chậm nộp báo cáo.", at(2));
    let open = prev.add_remedy(RemedyOrigin::Added, "Chưa hoàn thành lớp trung cấp.", at(2));
    let measure = prev.add_remedy(RemedyOrigin::Measure, "Sắp xếp lịch học.", at(2));
    let blank = prev.add_remedy(RemedyOrigin::Shortcoming, "  ", at(2));
    prev.set_remedy_status(&fixed, Some(RemedyStatus::Fixed), at(3));
    prev.set_remedy_status(&open, Some(RemedyStatus::InProgress), at(3));
    prev.set_remedy_status(&measure, Some(RemedyStatus::NotFixed), at(3));
    assert!(prev.remedies.iter().any(|r| r.id == blank));

    let mut next = dossier("hs-2025", 2025, Role::Member);
    let report = start_from_previous(&prev, &mut next, now());
    assert_eq!(report.unresolved, 1);
    assert_eq!(report.added(), 1);
    assert_eq!(texts(&next), ["Chưa hoàn thành lớp trung cấp."]);
    let line = &next.remedies[0];
    assert_eq!(line.origin, RemedyOrigin::Shortcoming);
    assert_eq!(line.status, None, "this year's status is said again");
}

#[test]
fn a_2019_form_feeds_a_2023_form_and_a_2023_form_a_2025_form() {
    let mut y2022 = dossier("hs-2022", 2022, Role::Leader);
    y2022.set_answer_text("II.1", "- Một hạn chế.", at(2));
    y2022.set_answer_text("VI", "- Một biện pháp.", at(2));
    let mut y2023 = dossier("hs-2023", 2023, Role::Leader);
    assert_eq!(start_from_previous(&y2022, &mut y2023, now()).added(), 2);

    let mut y2024 = dossier("hs-2024", 2024, Role::Leader);
    y2024.set_answer_text("II.1", "- Hạn chế năm 2024.", at(2));
    let mut y2025 = dossier("hs-2025", 2025, Role::Leader);
    assert_eq!(
        start_from_previous(&y2024, &mut y2025, now()).shortcomings,
        1
    );
    assert_eq!(texts(&y2025), ["Hạn chế năm 2024."]);
}

// --- Which dossier is the previous one ------------------------------------------------

#[test]
fn candidates_are_last_years_dossiers_newest_first() {
    let mut a = dossier("hs-a", 2024, Role::Member);
    a.updated_at = at(5);
    let mut b = dossier("hs-b", 2024, Role::Leader);
    b.updated_at = at(20);
    let c = dossier("hs-c", 2023, Role::Member);
    let next = dossier("hs-n", 2025, Role::Member);
    let all = vec![a.clone(), c.clone(), next.clone(), b.clone()];
    let found: Vec<&str> = previous_candidates(&all, &next)
        .iter()
        .map(|d| d.id.0.as_str())
        .collect();
    assert_eq!(found, ["hs-b", "hs-a"]);

    // The home page's summaries qualify too.
    let drafts = Drafts::new(MemoryKv::default());
    for d in &all {
        drafts.save(d, 0).unwrap();
    }
    let (summaries, problems) = drafts.list().unwrap();
    assert!(problems.is_empty());
    let found: Vec<&str> = previous_candidates(&summaries, &next)
        .iter()
        .map(|s| s.id.0.as_str())
        .collect();
    assert_eq!(found, ["hs-b", "hs-a"]);
    assert!(previous_candidates(&summaries, &c).is_empty());
}

// --- The remediation plan --------------------------------------------------------------

#[test]
fn the_plan_starts_from_vi_once_and_keeps_its_ticks() {
    let mut d = dossier("hs-1", 2025, Role::Member);
    d.set_answer_text("A.VI", PREV_VI, at(2));
    let proposed = plan_from_measures(&d);
    assert_eq!(
        proposed,
        [
            PlanItem {
                id: "p1".into(),
                text: "Tăng cường tự học, cập nhật văn bản.".into(),
                ..PlanItem::default()
            },
            PlanItem {
                id: "p2".into(),
                text: "Lập sổ theo dõi hồ sơ, xử lý đúng hạn.".into(),
                ..PlanItem::default()
            },
            PlanItem {
                id: "p3".into(),
                text: "Mạnh dạn phê bình trong sinh hoạt chi bộ.".into(),
                ..PlanItem::default()
            },
        ]
    );
    assert!(d.plan.is_empty(), "plan_from_measures only proposes");
    assert_eq!(d.start_plan(at(3)), 3);
    assert_eq!(d.plan, proposed);
    assert_eq!(d.updated_at, at(3));

    let day = NaiveDate::from_ymd_opt(2026, 2, 1).unwrap();
    assert!(d.set_plan_done("p2", true, day, at(4)));
    let ticked = d.clone();
    assert_eq!(d.start_plan(at(5)), 0);
    assert_eq!(d, ticked, "second start changes nothing");

    // A measure added to VI later joins the plan; the ticks stay.
    let more = format!("{PREV_VI}4. Tham gia đầy đủ các lớp bồi dưỡng.");
    d.set_answer_text("A.VI", &more, at(6));
    assert_eq!(d.start_plan(at(7)), 1);
    assert_eq!(d.plan.len(), 4);
    assert_eq!(d.plan[3].id, "p4");
    assert!(d.plan[1].done);
    assert_eq!(d.plan[1].done_on, Some(day));
}

#[test]
fn ticking_records_the_day_and_unticking_clears_it() {
    let mut d = dossier("hs-1", 2025, Role::Member);
    let id = d.add_plan_item("Tự học tin học.", at(2));
    let d1 = NaiveDate::from_ymd_opt(2026, 3, 1).unwrap();
    let d2 = NaiveDate::from_ymd_opt(2026, 4, 1).unwrap();
    assert!(d.set_plan_done(&id, true, d1, at(3)));
    assert_eq!(d.plan[0].done_on, Some(d1));
    // Ticking again keeps the first day.
    d.set_plan_done(&id, true, d2, at(4));
    assert_eq!(d.plan[0].done_on, Some(d1));
    assert_eq!(d.updated_at, at(3), "nothing changed");
    d.set_plan_done(&id, false, d2, at(5));
    assert!(!d.plan[0].done);
    assert_eq!(d.plan[0].done_on, None);
    assert!(!d.set_plan_done("p99", true, d2, at(6)), "unknown id");
}

#[test]
fn the_done_day_is_stored_as_yyyy_mm_dd() {
    let mut d = dossier("hs-1", 2025, Role::Member);
    let id = d.add_plan_item("Tự học tin học.", at(2));
    d.set_plan_done(
        &id,
        true,
        NaiveDate::from_ymd_opt(2026, 3, 5).unwrap(),
        at(3),
    );
    let json = serde_json::to_value(&d).unwrap();
    assert_eq!(
        json["plan"][0],
        serde_json::json!({"id": "p1", "text": "Tự học tin học.", "done": true, "done_on": "2026-03-05"})
    );
    let back: Dossier = serde_json::from_value(json).unwrap();
    assert_eq!(back, d);
}

// --- Ids --------------------------------------------------------------------------------

#[test]
fn ids_are_never_reused_after_a_removal() {
    let mut d = dossier("hs-1", 2025, Role::Member);
    for n in 1..=3 {
        assert_eq!(
            d.add_remedy(RemedyOrigin::Added, "x", now()),
            format!("r{n}")
        );
        assert_eq!(d.add_suggestion("x", now()), format!("s{n}"));
        assert_eq!(d.add_plan_item("x", now()), format!("p{n}"));
    }
    assert!(d.remove_remedy("r3", now()));
    assert!(d.remove_suggestion("s3", now()));
    assert!(d.remove_plan_item("p3", now()));
    assert!(!d.remove_remedy("r3", now()), "already gone");
    assert_eq!(d.add_remedy(RemedyOrigin::Added, "y", now()), "r4");
    assert_eq!(d.add_suggestion("y", now()), "s4");
    assert_eq!(d.add_plan_item("y", now()), "p4");

    // Removing everything does not reset the numbering, across storage too.
    for id in ["r1", "r2", "r4"] {
        d.remove_remedy(id, now());
    }
    let stored: Dossier = serde_json::from_str(&serde_json::to_string(&d).unwrap()).unwrap();
    let mut d = stored;
    assert_eq!(
        d.last_ids,
        LastIds {
            suggestion: 4,
            remedy: 4,
            plan: 4
        }
    );
    assert_eq!(d.add_remedy(RemedyOrigin::Added, "z", now()), "r5");

    // Lines written by another build with higher numbers are respected.
    let mut other = dossier("hs-2", 2025, Role::Member);
    other.add_remedy(RemedyOrigin::Added, "a", now());
    other.remedies[0].id = "r9".into();
    assert_eq!(other.add_remedy(RemedyOrigin::Added, "b", now()), "r10");
}

// --- Setters ----------------------------------------------------------------------------

#[test]
fn remedy_texts_are_stored_nfc_and_edits_bump_updated_at() {
    let mut d = dossier("hs-1", 2025, Role::Member);
    let id = d.add_remedy(
        RemedyOrigin::Added,
        "Chu\u{31b}a kha\u{306}\u{301}c phu\u{323}c",
        at(2),
    );
    assert_eq!(d.remedies[0].text, "Chưa khắc phục");
    assert_eq!(d.updated_at, at(2));
    assert!(d.set_remedy_note(
        &id,
        "Ca\u{302}\u{300}n tie\u{302}\u{301}p tu\u{323}c",
        at(3)
    ));
    assert_eq!(d.remedies[0].note, "Cần tiếp tục");
    assert_eq!(d.updated_at, at(3));
    // The same text again is no change.
    assert!(d.set_remedy_text(&id, "Chưa khắc phục", at(4)));
    assert_eq!(d.updated_at, at(3));
    assert!(!d.set_remedy_text("r42", "x", at(5)), "unknown id");
    assert_eq!(d.updated_at, at(3));
    let id = d.add_plan_item("Tu\u{31b}\u{323} ho\u{323}c", at(6));
    d.set_plan_text(&id, "Tu\u{31b}\u{323} ho\u{323}c tin ho\u{323}c", at(6));
    assert_eq!(d.plan[0].text, "Tự học tin học");
    assert!(is_nfc(&serde_json::to_string(&d).unwrap()));
}

// --- The count the rating advisor reads -----------------------------------------------

#[test]
fn the_shortcoming_count_follows_the_list() {
    let mut d = dossier("hs-1", 2025, Role::Member);
    d.circumstances.earlier_shortcomings = Some(ShortcomingCount {
        pointed_out: Some(7),
        fixed: Some(7),
    });
    assert_eq!(
        d.shortcomings_count(),
        None,
        "no list: the typed count stands"
    );
    assert!(!sync_earlier_shortcomings(&mut d));
    assert_eq!(
        d.circumstances.earlier_shortcomings.unwrap().pointed_out,
        Some(7)
    );

    let count = |pointed_out, fixed| {
        Some(ShortcomingCount {
            pointed_out: Some(pointed_out),
            fixed: Some(fixed),
        })
    };
    let a = d.add_remedy(RemedyOrigin::Shortcoming, "Hạn chế A.", now());
    let b = d.add_remedy(RemedyOrigin::Added, "Hạn chế B.", now());
    let m = d.add_remedy(RemedyOrigin::Measure, "Biện pháp.", now());
    let blank = d.add_remedy(RemedyOrigin::Added, "", now());
    assert_eq!(d.circumstances.earlier_shortcomings, count(2, 0));
    d.set_remedy_status(&a, Some(RemedyStatus::Fixed), now());
    d.set_remedy_status(&m, Some(RemedyStatus::Fixed), now());
    assert_eq!(d.circumstances.earlier_shortcomings, count(2, 1));
    d.set_remedy_status(&b, Some(RemedyStatus::InProgress), now());
    assert_eq!(d.circumstances.earlier_shortcomings, count(2, 1));
    d.set_remedy_status(&b, Some(RemedyStatus::Fixed), now());
    assert_eq!(d.circumstances.earlier_shortcomings, count(2, 2));
    d.set_remedy_text(&blank, "Hạn chế C.", now());
    assert_eq!(d.circumstances.earlier_shortcomings, count(3, 2));
    d.set_remedy_origin(&blank, RemedyOrigin::Measure, now());
    assert_eq!(d.circumstances.earlier_shortcomings, count(2, 2));

    // A change made on the list directly is synced by the function.
    d.remedies[0].status = None;
    assert!(sync_earlier_shortcomings(&mut d));
    assert_eq!(d.circumstances.earlier_shortcomings, count(2, 1));
    assert!(!sync_earlier_shortcomings(&mut d), "already in step");

    // Only measures left: nothing pointed out.
    d.remove_remedy(&a, now());
    d.remove_remedy(&b, now());
    assert_eq!(d.circumstances.earlier_shortcomings, count(0, 0));
    // The list emptied: back to "not said".
    d.remove_remedy(&m, now());
    d.remove_remedy(&blank, now());
    assert!(d.remedies.is_empty());
    assert_eq!(d.circumstances.earlier_shortcomings, None);
}

// --- Validation of section III ------------------------------------------------------------

#[test]
fn a_line_without_a_status_is_a_problem_of_section_iii_until_marked() {
    for (year, role, section) in [(2025, Role::Member, "A.III"), (2022, Role::Leader, "III")] {
        let mut d = dossier("hs-1", year, role);
        let empty = validate(&d, today(), None);
        let base = empty.progress().section(section).unwrap();
        assert!(
            empty
                .problems_in(section)
                .iter()
                .all(|p| !matches!(p, Problem::RemedyStatusMissing { .. }))
        );

        let r1 = d.add_remedy(RemedyOrigin::Shortcoming, "Hạn chế A.", now());
        d.add_remedy(RemedyOrigin::Added, "   ", now()); // a blank line asks nothing
        let r3 = d.add_remedy(RemedyOrigin::Measure, "Biện pháp B.", now());
        let report = validate(&d, today(), None);
        let lines: Vec<&Problem> = report
            .problems_for(section)
            .into_iter()
            .filter(|p| matches!(p, Problem::RemedyStatusMissing { .. }))
            .collect();
        assert_eq!(
            lines,
            [
                &Problem::RemedyStatusMissing {
                    section,
                    id: r1.clone(),
                    number: 1
                },
                &Problem::RemedyStatusMissing {
                    section,
                    id: r3.clone(),
                    number: 3
                },
            ]
        );
        assert!(lines.iter().all(|p| p.is_missing() && p.key() == section));
        assert_eq!(
            report.progress().section(section).unwrap(),
            base + Counts {
                answered: 0,
                required: 2
            }
        );
        let listed = report.missing().iter().filter(|k| **k == section).count();
        assert_eq!(
            listed,
            1,
            "the section is listed once: {:?}",
            report.missing()
        );

        d.set_remedy_status(&r1, Some(RemedyStatus::NotFixed), now());
        d.set_remedy_status(&r3, Some(RemedyStatus::InProgress), now());
        let report = validate(&d, today(), None);
        assert!(
            report
                .problems()
                .all(|p| !matches!(p, Problem::RemedyStatusMissing { .. }))
        );
        assert_eq!(
            report.progress().section(section).unwrap(),
            base + Counts {
                answered: 2,
                required: 2
            }
        );
        // The section's own text still follows its rule (required in every
        // form), so the section stays listed only for that.
        assert_eq!(report.missing().contains(&section), !base.is_done());
    }
}

#[test]
fn a_marked_list_completes_section_iii_once_its_text_is_written() {
    let mut d = dossier("hs-1", 2025, Role::Member);
    d.set_answer_text(
        "A.III",
        "Đã khắc phục cơ bản các hạn chế được chỉ ra.",
        now(),
    );
    let r = d.add_remedy(RemedyOrigin::Shortcoming, "Hạn chế A.", now());
    assert!(!validate(&d, today(), None).is_complete("A.III"));
    d.set_remedy_status(&r, Some(RemedyStatus::Fixed), now());
    let report = validate(&d, today(), None);
    assert!(report.is_complete("A.III"));
    assert!(!report.missing().contains(&"A.III"));
}

#[test]
fn the_message_names_the_section_and_the_line() {
    let d = dossier("hs-1", 2025, Role::Member);
    let m = problem(
        &Problem::RemedyStatusMissing {
            section: "A.III",
            id: "r2".into(),
            number: 2,
        },
        d.template.template(),
        d.role,
    );
    assert!(m.starts_with("Mục A.III \"Kết quả khắc phục"), "{m}");
    assert!(
        m.contains("nội dung thứ 2 chưa chọn kết quả khắc phục"),
        "{m}"
    );
    assert!(m.contains("đã được khắc phục, đang khắc phục hoặc chưa được khắc phục"));
    assert!(is_nfc(&m) && m.ends_with('.'));
}

// --- Stored before these fields existed -----------------------------------------------------

/// A 2025 dossier as stored before section III, IV and the plan had lists:
/// `serde_json::to_string` of a dossier of that build.
const OLD_JSON: &str = r#"{"id":"hs-1","year":2025,"role":"member","template":"2025-2B","identity":{"full_name":"","birth_date":"","party_post":"","government_post":"","mass_org_post":"","work_unit":"","party_cell":"","party_committee":"","place":""},"answers":{"A.II.1":{"text":"- Chưa mạnh dạn."}},"proposal":{},"circumstances":{"civil_servant":null,"civil_servant_rating":null,"disciplines":[],"degradation_concluded":false,"prohibited_acts":null,"exemplary_duty_breach":null,"exempted":false,"suspended":false,"admitted_on":null,"earlier_shortcomings":{"pointed_out":2,"fixed":1},"led_unit":null,"confidence_vote":null,"misconduct_in_scope":null},"created_at":1764405000000,"updated_at":1764405000000}"#;

#[test]
fn a_dossier_stored_before_the_lists_still_loads_and_writes_the_same() {
    let d: Dossier = serde_json::from_str(OLD_JSON).unwrap();
    assert!(d.suggestions.is_empty() && d.remedies.is_empty() && d.plan.is_empty());
    assert!(d.last_ids.is_empty());
    assert_eq!(d.answer_text("A.II.1"), "- Chưa mạnh dạn.");
    // Empty lists are not written: the export stays as small as before.
    assert_eq!(serde_json::to_string(&d).unwrap(), OLD_JSON);
    // And a fresh dossier writes none of the new keys either.
    let fresh = serde_json::to_value(dossier("hs-2", 2025, Role::Member)).unwrap();
    for key in ["suggestions", "remedies", "plan", "last_ids"] {
        assert!(fresh.get(key).is_none(), "{key}");
    }
}

#[test]
fn a_dossier_with_lists_round_trips() {
    let mut prev = previous();
    prev.add_suggestion("Việc chậm nộp báo cáo.", now());
    prev.set_suggestion_answer("s1", "Do chủ quan; trách nhiệm của cá nhân tôi.", now());
    let mut next = dossier("hs-2025", 2025, Role::Member);
    start_from_previous(&prev, &mut next, now());
    next.set_remedy_status("r1", Some(RemedyStatus::InProgress), now());
    for d in [prev, next] {
        let json = serde_json::to_string(&d).unwrap();
        let back: Dossier = serde_json::from_str(&json).unwrap();
        assert_eq!(back, d);
        assert!(
            !json.contains("\"note\":\"\""),
            "empty notes are not written"
        );
    }
    // Statuses and origins are written by name.
    let json = serde_json::to_value(RemedyStatus::InProgress).unwrap();
    assert_eq!(json, "in_progress");
    assert_eq!(
        serde_json::to_value(RemedyOrigin::Shortcoming).unwrap(),
        "shortcoming"
    );
}

#[test]
fn the_lists_answer_item_less_text_sections() {
    // The keys carryover reads are text answers of the templates.
    for id in TemplateId::ALL {
        let t = id.template();
        let keys = [Structured::Shortcomings, Structured::Measures]
            .map(|s| t.slot_of(s).expect("marked").key);
        for key in keys {
            let slot = t.slots().find(|s| s.key == key).unwrap();
            assert!(
                matches!(slot.kind, ItemKind::Text | ItemKind::TextWithGrade(_)),
                "{id:?} {key}"
            );
        }
    }
}

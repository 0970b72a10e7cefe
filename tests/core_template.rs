//! The templates as data, checked against the domain reference
//! (`shared/domain/`): structure, verbatim wording, confidence tags, the
//! default point scheme, id uniqueness and Unicode NFC.
//!
//! Every expected Vietnamese string below is copied from the reference
//! (criteria.md §1–4, §6.1; regulations.md §3.1–3.2; gaps.md §3), not from
//! the templates.

use std::collections::BTreeSet;

use kiemdiem::core::dossier::{IdentityField, Points, Role};
use kiemdiem::core::template::{
    ColumnKind, Confidence, GroupKind, ItemKind, PointScheme, PointSchemeError, RatingTarget,
    Regime, SchemeOrigin, Signer, Template, TemplateId, Wording, select,
};
use kiemdiem::core::textnorm::is_nfc;

fn t(id: TemplateId) -> &'static Template {
    id.template()
}

/// (section id, [item ids]) in print order.
fn structure(t: &Template) -> Vec<(&'static str, Vec<&'static str>)> {
    t.sections
        .iter()
        .map(|s| (s.id, s.items.iter().map(|i| i.id).collect()))
        .collect()
}

/// Every heading as the form prints it for a person with this role, in order:
/// part headings, "I. …", "1. …".
fn printed(t: &Template, role: Role) -> Vec<String> {
    let mut out = Vec::new();
    for s in t.sections {
        if let Some(p) = s.part {
            out.push(p.to_owned());
        }
        out.push(format!("{} {}", s.number, s.heading));
        for i in s.items.iter().filter(|i| i.applies_to(role)) {
            let n = i.number_for(role);
            match i.kind {
                ItemKind::Points => {
                    let max = t.scoring.unwrap().group(i.id).unwrap().max.0 / 10;
                    out.push(format!("{n} {} …/{max}", i.heading));
                }
                _ => out.push(format!("{n} {}", i.heading)),
            }
        }
    }
    out
}

fn v(xs: &[&str]) -> Vec<String> {
    xs.iter().map(|s| (*s).to_owned()).collect()
}

// ---------------------------------------------------------------------------
// 2019: Mẫu 02-HD KĐ.ĐG 2019 (criteria.md §6.1, regulations.md §3.1)
// ---------------------------------------------------------------------------

#[test]
fn y2019_sections_and_items() {
    let t = t(TemplateId::Y2019);
    assert_eq!(t.regime, Regime::Qd132);
    assert_eq!(
        structure(t),
        vec![
            (
                "I",
                vec![
                    "I.1",
                    "I.2",
                    "I.lanhdao.1",
                    "I.lanhdao.2",
                    "I.lanhdao.3",
                    "I.3"
                ]
            ),
            ("II", vec!["II.1", "II.2"]),
            ("III", vec![]),
            ("IV", vec![]),
            ("V", vec![]),
            ("VI", vec![]),
            ("VII", vec!["VII.1", "VII.2"]),
        ]
    );
    assert!(t.scoring.is_none());
    assert!(t.evidence.is_none());
}

// regulations.md §3.1 (header, I.1, I.2 heading as the danluat excerpt) and
// criteria.md §6.1 (the rest, and the leaders' numbering 3.–5. then 6.).
const PRINTED_2019_LEADER: &[&str] = &[
    "I. Ưu điểm, kết quả đạt được",
    "1. Về tư tưởng chính trị; phẩm chất đạo đức, lối sống; ý thức tổ chức kỷ luật; tác phong, lề lối làm việc:",
    "2. Việc thực hiện chức trách, nhiệm vụ được giao:",
    "3. Kết quả công tác lãnh đạo, chỉ đạo, quản lý, điều hành; thực hiện chức trách, nhiệm vụ; mức độ hoàn thành nhiệm vụ của các tổ chức, cơ quan, đơn vị thuộc quyền quản lý; khả năng quy tụ, xây dựng đoàn kết nội bộ.",
    "4. Trách nhiệm trong công việc; tinh thần năng động, đổi mới, sáng tạo, dám nghĩ, dám làm, dám chịu trách nhiệm; xử lý những vấn đề khó, phức tạp, nhạy cảm trong thực hiện nhiệm vụ.",
    "5. Trách nhiệm nêu gương của bản thân và gia đình; việc đấu tranh phòng, chống tham nhũng, tiêu cực, lãng phí; sự tín nhiệm của cán bộ, đảng viên.",
    "6. Việc thực hiện cam kết tu dưỡng, rèn luyện, phấn đấu hằng năm:",
    "II. Hạn chế, khuyết điểm và nguyên nhân",
    "1. Hạn chế, khuyết điểm:",
    "2. Nguyên nhân của hạn chế, khuyết điểm.",
    "III. Kết quả khắc phục những hạn chế, khuyết điểm đã được cấp có thẩm quyền kết luận hoặc được chỉ ra ở các kỳ kiểm điểm trước",
    "IV. Giải trình những vấn đề được gợi ý kiểm điểm (nếu có)",
    "V. Làm rõ trách nhiệm của cá nhân đối với những hạn chế, khuyết điểm của tập thể (nếu có)",
    "VI. Phương hướng, biện pháp khắc phục hạn chế, khuyết điểm",
    "VII. Tự nhận mức xếp loại chất lượng",
    "1. Xếp loại cán bộ, công chức, viên chức:",
    "2. Xếp loại đảng viên:",
];

const PRINTED_2019_MEMBER: &[&str] = &[
    "I. Ưu điểm, kết quả đạt được",
    "1. Về tư tưởng chính trị; phẩm chất đạo đức, lối sống; ý thức tổ chức kỷ luật; tác phong, lề lối làm việc:",
    "2. Việc thực hiện chức trách, nhiệm vụ được giao:",
    "3. Việc thực hiện cam kết tu dưỡng, rèn luyện, phấn đấu hằng năm:",
    "II. Hạn chế, khuyết điểm và nguyên nhân",
    "1. Hạn chế, khuyết điểm:",
    "2. Nguyên nhân của hạn chế, khuyết điểm.",
    "III. Kết quả khắc phục những hạn chế, khuyết điểm đã được cấp có thẩm quyền kết luận hoặc được chỉ ra ở các kỳ kiểm điểm trước",
    "IV. Giải trình những vấn đề được gợi ý kiểm điểm (nếu có)",
    "V. Làm rõ trách nhiệm của cá nhân đối với những hạn chế, khuyết điểm của tập thể (nếu có)",
    "VI. Phương hướng, biện pháp khắc phục hạn chế, khuyết điểm",
    "VII. Tự nhận mức xếp loại chất lượng",
    "1. Xếp loại cán bộ, công chức, viên chức:",
    "2. Xếp loại đảng viên:",
];

#[test]
fn y2019_headings_are_verbatim_for_each_role() {
    let t = t(TemplateId::Y2019);
    assert_eq!(t.code, "Mẫu 02-HD KĐ.ĐG 2019");
    assert_eq!(t.title, "BẢN KIỂM ĐIỂM CÁ NHÂN");
    assert_eq!(t.subtitle, None);
    assert_eq!(printed(t, Role::Leader), v(PRINTED_2019_LEADER));
    assert_eq!(printed(t, Role::Member), v(PRINTED_2019_MEMBER));
}

#[test]
fn y2019_grades_ratings_and_optional_sections() {
    let t = t(TemplateId::Y2019);
    let grade = |id: &str| t.item(id).unwrap().1.kind.grade_box();
    for id in ["I.1", "I.2", "I.lanhdao.1", "I.lanhdao.2", "I.lanhdao.3"] {
        let g = grade(id).unwrap_or_else(|| panic!("{id} has a grade box"));
        assert_eq!(g.label, Some("Tự đánh giá về cấp độ thực hiện:"), "{id}");
        assert!(g.shown_by_default, "{id}");
    }
    // The cam kết item has no grade box on the form (criteria.md §6.1).
    assert_eq!(t.item("I.3").unwrap().1.kind, ItemKind::Text);
    // I.1 and its grade label are [C] (danluat excerpt); the rest [C-3p].
    let g1 = grade("I.1").unwrap();
    assert_eq!(
        (g1.confidence, g1.label_confidence),
        (Confidence::Confirmed, Confidence::Confirmed)
    );
    assert_eq!(grade("I.2").unwrap().confidence, Confidence::ThirdParty);
    // Section III: boxes [C-3p], label [M].
    let iii = t.section("III").unwrap();
    let g3 = iii.kind.grade_box().expect("III has a grade box");
    assert_eq!(g3.confidence, Confidence::ThirdParty);
    assert_eq!(g3.label_confidence, Confidence::Unconfirmed);
    assert_eq!(g3.label, Some("Tự đánh giá về cấp độ khắc phục:"));
    // VII: the two proposed ratings.
    assert_eq!(
        t.item("VII.1").unwrap().1.kind,
        ItemKind::Rating(RatingTarget::CivilServant)
    );
    assert_eq!(
        t.item("VII.2").unwrap().1.kind,
        ItemKind::Rating(RatingTarget::Party)
    );
    // IV and V are "nếu có"; everything else must be answered.
    let optional: Vec<&str> = t.slots().filter(|s| !s.required()).map(|s| s.key).collect();
    assert_eq!(optional, vec!["IV", "V"]);
}

#[test]
fn y2019_guidance_is_verbatim() {
    let t = t(TemplateId::Y2019);
    // criteria.md §6.1, the app's tooltips [C-3p].
    assert_eq!(
        t.item("I.1").unwrap().1.guidance,
        &[
            "- Về tư tưởng chính trị",
            "- Về phẩm chất đạo đức, lối sống",
            "- Về ý thức tổ chức kỷ luật",
            "- Về tác phong, lề lối làm việc",
            "- Việc đấu tranh phòng, chống các biểu hiện suy thoái về tư tưởng chính trị, đạo đức, lối sống, “tự diễn biến”, “tự chuyển hóa” của cá nhân (Đối chiếu với các biểu hiện, cá nhân tự nhận diện theo Phụ lục đính kèm)",
        ]
    );
    let i2 = t.item("I.2").unwrap().1;
    assert_eq!(i2.guidance.len(), 4);
    assert_eq!(
        i2.guidance[3],
        "Khi kiểm điểm cần đi sâu làm rõ về khối lượng, chất lượng, tiến độ, hiệu quả thực hiện nhiệm vụ được giao; tinh thần đổi mới, sáng tạo, tự chịu trách nhiệm; ý thức, thái độ phục vụ nhân dân."
    );
    assert_eq!(i2.guidance_confidence, Confidence::ThirdParty);
    assert_eq!(
        t.section("IV").unwrap().guidance,
        &[
            "Giải trình từng vấn đề được gợi ý kiểm điểm, nêu nguyên nhân, xác định trách nhiệm của cá nhân đối với từng vấn đề được gợi ý kiểm điểm."
        ]
    );
}

#[test]
fn y2019_assessment_blocks_are_blank_for_others() {
    let t = t(TemplateId::Y2019);
    let blocks: Vec<(&str, Signer)> = t.blocks.iter().map(|b| (b.id, b.signer)).collect();
    assert_eq!(
        blocks,
        vec![
            ("ca-nhan", Signer::SelfReviewer),
            ("thu-truong", Signer::HeadOfUnit),
            ("chi-uy", Signer::CellCommittee),
            ("dang-uy", Signer::PartyCommittee),
        ]
    );
    // criteria.md §6.1 [C-3p], verbatim.
    let b = |id: &str| t.blocks.iter().find(|b| b.id == id).unwrap();
    assert_eq!(b("ca-nhan").caption, "NGƯỜI TỰ KIỂM ĐIỂM");
    assert_eq!(b("ca-nhan").caption_note, "(ký, ghi rõ họ tên)");
    assert_eq!(
        b("thu-truong").heading,
        Some("Đánh giá, xếp loại chất lượng công chức, viên chức")
    );
    assert_eq!(
        b("thu-truong").lines,
        &[
            "- Nhận xét, đánh giá của người quản lý, sử dụng công chức, viên chức:",
            "- Mức xếp loại chất lượng công chức, viên chức:",
        ]
    );
    assert_eq!(b("thu-truong").caption, "THỦ TRƯỞNG CƠ QUAN, ĐƠN VỊ");
    assert_eq!(
        b("thu-truong").caption_note,
        "(Xác lập thời điểm, ký, ghi rõ họ tên và đóng dấu)"
    );
    assert_eq!(
        b("chi-uy").heading,
        Some("Đánh giá, xếp loại chất lượng đảng viên")
    );
    assert_eq!(
        b("chi-uy").lines,
        &[
            "- Nhận xét, đánh giá của chi ủy:",
            "- Chi bộ đề xuất xếp loại mức chất lượng:",
        ]
    );
    assert_eq!(b("chi-uy").caption, "T/M CHI ỦY (CHI BỘ)");
    assert_eq!(
        b("chi-uy").caption_note,
        "(Xác lập thời điểm, ký, ghi rõ họ tên)"
    );
    assert_eq!(
        b("dang-uy").lines,
        &["- Đảng ủy, chi ủy cơ sở xếp loại mức chất lượng:"]
    );
    assert_eq!(b("dang-uy").caption, "T/M ĐẢNG ỦY (CHI ỦY)");
    for block in t.blocks {
        assert_eq!(block.confidence, Confidence::ThirdParty, "{}", block.id);
        assert_eq!(
            block.signer.filled_by_person(),
            block.id == "ca-nhan",
            "{}",
            block.id
        );
    }
}

// ---------------------------------------------------------------------------
// 2023: Mẫu 02A / 02B-HD KĐ.ĐG 2023 (regulations.md §3.2, gaps.md §3, §7)
// ---------------------------------------------------------------------------

#[test]
fn y2023_headers_are_verbatim() {
    let a = t(TemplateId::Y2023Member);
    let b = t(TemplateId::Y2023Leader);
    // gaps.md §3.1 and §3.2 [C].
    assert_eq!(a.code, "Mẫu 02A-HD KĐ.ĐG 2023");
    assert_eq!(b.code, "Mẫu 02B-HD KĐ.ĐG 2023");
    assert_eq!(a.title, "BẢN KIỂM ĐIỂM CÁ NHÂN");
    assert_eq!(b.title, "BẢN KIỂM ĐIỂM CÁ NHÂN");
    assert_eq!(
        a.subtitle,
        Some("(Cá nhân không giữ chức vụ lãnh đạo, quản lý)")
    );
    assert_eq!(b.subtitle, Some("(Cá nhân giữ chức vụ lãnh đạo, quản lý)"));
    for t in [a, b] {
        assert_eq!(t.regime, Regime::Qd124);
        assert_eq!(t.code_confidence, Confidence::Confirmed);
        assert_eq!(t.title_confidence, Confidence::Confirmed);
    }
}

#[test]
fn y2023_skeleton_is_2019_without_or_with_the_leader_items() {
    let y2019 = structure(t(TemplateId::Y2019));
    let without_leaders: Vec<_> = y2019
        .iter()
        .map(|(s, items)| {
            let items: Vec<&str> = items
                .iter()
                .copied()
                .filter(|i| !i.starts_with("I.lanhdao"))
                .collect();
            (*s, items)
        })
        .collect();
    assert_eq!(structure(t(TemplateId::Y2023Member)), without_leaders);
    assert_eq!(structure(t(TemplateId::Y2023Leader)), y2019);
    // Same wording as 2019, as the reference presumes [M]; 02B prints the
    // cam kết item as 6., 02A as 3.
    assert_eq!(
        printed(t(TemplateId::Y2023Leader), Role::Leader),
        v(PRINTED_2019_LEADER)
    );
    assert_eq!(
        printed(t(TemplateId::Y2023Member), Role::Member),
        v(PRINTED_2019_MEMBER)
    );
}

#[test]
fn y2023_body_is_unconfirmed_and_grades_are_off_by_default() {
    for id in [TemplateId::Y2023Member, TemplateId::Y2023Leader] {
        let t = t(id);
        for slot in t.slots() {
            assert_eq!(
                slot.confidence(),
                Confidence::Unconfirmed,
                "{id:?} {}",
                slot.key
            );
            if let Some(g) = slot.kind.grade_box() {
                assert_eq!(g.confidence, Confidence::Unconfirmed, "{id:?} {}", slot.key);
                assert!(!g.shown_by_default, "{id:?} {}", slot.key);
            }
        }
        for s in t.sections.iter().filter(|s| s.id != "I") {
            assert_eq!(s.confidence, Confidence::Unconfirmed, "{id:?} {}", s.id);
        }
        for b in t.blocks {
            assert_eq!(b.confidence, Confidence::Unconfirmed, "{id:?} {}", b.id);
        }
        assert_eq!(t.blocks.len(), 4);
        // Notes say so: the body, the grade boxes, the blocks.
        assert!(t.notes.iter().any(|n| n.section.is_none()));
        assert_eq!(t.notes_for("I").count(), 1);
        assert_eq!(t.notes_for("thu-truong").count(), 1);
    }
    // The 02B copy shows «I. Ưu điểm, kết quả đạt đư[…cut]» (gaps.md §3.2).
    assert_eq!(
        t(TemplateId::Y2023Leader).section("I").unwrap().confidence,
        Confidence::Confirmed
    );
    assert_eq!(
        t(TemplateId::Y2023Member).section("I").unwrap().confidence,
        Confidence::Unconfirmed
    );
}

// ---------------------------------------------------------------------------
// 2025: Mẫu 2A / 2B / 2C-HD KĐ.ĐG 2025 (criteria.md §4)
// ---------------------------------------------------------------------------

const Y2025: [TemplateId; 3] = [
    TemplateId::Y2025Leader,
    TemplateId::Y2025Member,
    TemplateId::Y2025Outside,
];

#[test]
fn y2025_sections_and_items() {
    let tail = vec![
        ("A.II", vec!["A.II.1", "A.II.2"]),
        ("A.III", vec![]),
        ("A.IV", vec![]),
        ("A.V", vec![]),
        ("A.VI", vec![]),
        ("B.I", vec!["B.I.chung", "B.I.nhiemvu"]),
        ("B.II", vec![]),
    ];
    let with = |a_i: Vec<&'static str>| {
        let mut s = vec![("A.I", a_i)];
        s.extend(tail.clone());
        s
    };
    assert_eq!(
        structure(t(TemplateId::Y2025Leader)),
        with(vec!["A.I.1", "A.I.2", "A.I.3", "A.I.4", "A.I.5", "A.I.6"])
    );
    assert_eq!(
        structure(t(TemplateId::Y2025Member)),
        with(vec!["A.I.1", "A.I.2", "A.I.3"])
    );
    assert_eq!(
        structure(t(TemplateId::Y2025Outside)),
        with(vec!["A.I.1", "A.I.2", "A.I.3"])
    );
    for id in Y2025 {
        let t = t(id);
        assert_eq!(t.regime, Regime::Qd366);
        assert_eq!(t.title, "BẢN KIỂM ĐIỂM, TỰ ĐÁNH GIÁ, XẾP LOẠI CÁ NHÂN");
        assert_eq!(
            t.section("B.II").unwrap().kind,
            ItemKind::Rating(RatingTarget::Party)
        );
        for i in t.section("B.I").unwrap().items {
            assert_eq!(i.kind, ItemKind::Points, "{id:?} {}", i.id);
        }
        let optional: Vec<&str> = t.slots().filter(|s| !s.required()).map(|s| s.key).collect();
        assert_eq!(optional, vec!["A.IV", "A.V"], "{id:?}");
    }
}

// criteria.md §4.1, the 2C copy (ds:e1e9d8b1f2ec7c8b), verbatim.
const PRINTED_2C: &[&str] = &[
    "A. NỘI DUNG KIỂM ĐIỂM",
    "I. Ưu điểm, kết quả đạt được",
    "1. Về phẩm chất chính trị, đạo đức, lối sống; tinh thần đoàn kết, thống nhất trong nội bộ; ý thức tổ chức kỷ luật, trách nhiệm nêu gương, việc thực hiện những điều đảng viên không được làm; tác phong, lề lối làm việc. Liên hệ các biểu hiện về suy thoái, \"tự diễn biến\", \"tự chuyển hoá\".",
    "2. Việc thực hiện quyền và nghĩa vụ của đảng viên theo các nhiệm vụ chính trị được cấp uỷ, chi bộ phân công.",
    "3. Việc thực hiện cam kết tu dưỡng, rèn luyện, phấn đấu của cá nhân theo quy định.",
    "II. Hạn chế, khuyết điểm và nguyên nhân",
    "1. Hạn chế, khuyết điểm.",
    "2. Nguyên nhân của hạn chế, khuyết điểm.",
    "III. Kết quả khắc phục những hạn chế, khuyết điểm đã được cấp có thẩm quyền kết luận hoặc được chỉ ra ở các kỳ kiểm điểm trước",
    "IV. Giải trình những vấn đề được gợi ý kiểm điểm (nếu có)",
    "V. Làm rõ trách nhiệm của cá nhân đối với những hạn chế, khuyết điểm của tập thể (nếu có)",
    "VI. Phương hướng, biện pháp khắc phục hạn chế, khuyết điểm",
    "B. NỘI DUNG TỰ ĐÁNH GIÁ, XẾP LOẠI",
    "I. Đánh giá theo các nhóm tiêu chí",
    "1. Nhóm tiêu chí chung: …/30",
    "2. Nhóm tiêu chí về kết quả thực hiện nhiệm vụ: …/70",
    "II. Đề xuất xếp loại mức chất lượng:",
];

#[test]
fn y2025_2c_headings_are_verbatim() {
    let t = t(TemplateId::Y2025Outside);
    assert_eq!(
        t.subtitle,
        Some("(Đảng viên không làm việc trong hệ thống chính trị)")
    );
    assert_eq!(printed(t, Role::OutsideSystem), v(PRINTED_2C));
    let s = t.scoring.unwrap();
    assert_eq!(
        format!("{} …/{}", s.total_label, s.total_max.0 / 10),
        "Tổng điểm: …/100"
    );
    assert_eq!(
        t.section("A.III").unwrap().guidance,
        &[
            "Kiểm điểm rõ từng hạn chế, khuyết điểm (đã được khắc phục; đang khắc phục, mức độ khắc phục; chưa được khắc phục); những khó khăn, vướng mắc (nếu có); trách nhiệm của cá nhân."
        ]
    );
    assert_eq!(
        t.section("A.IV").unwrap().guidance,
        &[
            "Giải trình từng vấn đề được gợi ý kiểm điểm, nêu nguyên nhân, xác định trách nhiệm của cá nhân đối với từng vấn đề được gợi ý kiểm điểm."
        ]
    );
    assert_eq!(
        t.section("B.I").unwrap().guidance,
        &[
            "Trên cơ sở cụ thể hoá khung tiêu chí đánh giá đối với đảng viên không làm việc trong hệ thống chính trị được quy định tại Phụ lục 5, Quy định 366-QĐ/TW, cá nhân tự đánh giá, chấm điểm theo các tiêu chí được cụ thể hóa như sau:"
        ]
    );
}

#[test]
fn y2025_2b_items_are_verbatim_and_headings_borrowed_from_2c() {
    let t = t(TemplateId::Y2025Member);
    let mut expected = v(PRINTED_2C);
    // criteria.md §4.2 (ds:2268db57654c8d23): A.I.2 of 2B.
    expected[3] = "2. Việc thực hiện nhiệm vụ, quyền hạn và kết quả thực hiện các chỉ tiêu, nhiệm vụ được giao trong năm, gắn với hiệu quả, tiến độ, chất lượng công việc.".to_owned();
    assert_eq!(printed(t, Role::Member), expected);
    assert_eq!(
        t.section("B.I").unwrap().guidance,
        &[
            "Trên cơ sở cụ thể hoá khung tiêu chí đánh giá đối với cá nhân không giữ chức vụ lãnh đạo, quản lý được quy định tại Phụ lục 4, Quy định 366-QĐ/TW, cá nhân tự đánh giá, chấm điểm theo các tiêu chí được cụ thể hóa như sau:"
        ]
    );
    // Items and instruction lines are [C]; the section headings were lost
    // in the 2B copies and come from 2C (gap G5): [M]. Subtitle not seen.
    for s in t.sections {
        assert_eq!(s.confidence, Confidence::Unconfirmed, "{}", s.id);
        for i in s.items {
            assert_eq!(i.confidence, Confidence::Confirmed, "{}", i.id);
        }
        if !s.guidance.is_empty() {
            assert_eq!(s.guidance_confidence, Confidence::Confirmed, "{}", s.id);
        }
    }
    assert_eq!(t.title_confidence, Confidence::Unconfirmed);
    assert!(t.notes.iter().any(|n| n.section.is_none()));
}

#[test]
fn y2025_2a_is_provisional_with_the_leader_items_of_qd366_dieu6() {
    let t = t(TemplateId::Y2025Leader);
    let mut expected = v(PRINTED_2C);
    expected[3] = "2. Việc thực hiện nhiệm vụ, quyền hạn và kết quả thực hiện các chỉ tiêu, nhiệm vụ được giao trong năm, gắn với hiệu quả, tiến độ, chất lượng công việc.".to_owned();
    // criteria.md §4.4, QĐ 366 Điều 6 khoản 2 (ii), verbatim.
    let leader_items = [
        "4. Kết quả công tác lãnh đạo, chỉ đạo, quản lý, điều hành; thực hiện chức trách, nhiệm vụ; mức độ hoàn thành nhiệm vụ của các cấp uỷ, tổ chức đảng trực thuộc, địa phương, tổ chức, cơ quan, đơn vị thuộc quyền quản lý; khả năng quy tụ, xây dựng đoàn kết nội bộ.",
        "5. Trách nhiệm trong công việc; tinh thần năng động, đổi mới sáng tạo, dám nghĩ, dám nói, dám làm, nói đi đôi với làm, dám chịu trách nhiệm, dám đương đầu với khó khăn, thử thách, dám hành động, dám hy sinh lợi ích cá nhân vì lợi ích chung; trách nhiệm trong xây dựng đội ngũ cán bộ, kiểm soát quyền lực, phòng, chống tiêu cực trong phạm vi chức trách, nhiệm vụ được giao; trách nhiệm trong lãnh đạo, chỉ đạo hoàn thiện thể chế góp phần phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số, về mở rộng hợp tác, hội nhập quốc tế, về đổi mới tư duy quản trị, tạo điều kiện phát triển kinh tế tư nhân; xử lý những vấn đề khó, phức tạp, nhạy cảm trong thực hiện nhiệm vụ.",
        "6. Trách nhiệm nêu gương của bản thân và gia đình; việc đấu tranh phòng, chống tham nhũng, lãng phí, tiêu cực; sự tín nhiệm của cán bộ, đảng viên; việc xây dựng phong cách lãnh đạo đổi mới, gần dân, sát dân, trọng dân, thường xuyên nắm bắt tâm tư, nguyện vọng của Nhân dân.",
    ];
    for (k, line) in leader_items.iter().enumerate() {
        expected.insert(5 + k, (*line).to_owned());
    }
    assert_eq!(printed(t, Role::Leader), expected);
    // Mẫu 2A was not found (criteria.md G4, gaps.md §2): everything [M].
    assert_eq!(t.code_confidence, Confidence::Unconfirmed);
    assert_eq!(t.title_confidence, Confidence::Unconfirmed);
    for s in t.sections {
        assert_eq!(s.confidence, Confidence::Unconfirmed, "{}", s.id);
        for i in s.items {
            assert_eq!(i.confidence, Confidence::Unconfirmed, "{}", i.id);
        }
    }
    // No B.I lead-in was found for 2A: none is made up.
    assert!(t.section("B.I").unwrap().guidance.is_empty());
    // Phụ lục 3 prints no 30/70 (gap G2).
    let s = t.scoring.unwrap();
    assert_eq!(s.appendix, 3);
    for g in s.groups {
        assert_eq!(g.max_confidence, Confidence::Unconfirmed, "{}", g.id);
    }
    let whole = t
        .notes
        .iter()
        .find(|n| n.section.is_none())
        .expect("a note on the whole form");
    assert!(whole.text.contains("Mẫu 2A"));
    assert!(t.notes_for("A.I").count() >= 1);
    assert!(t.notes_for("B.I").count() >= 2);
}

#[test]
fn y2025_blocks_are_flagged_unconfirmed() {
    for id in Y2025 {
        let t = t(id);
        let ids: Vec<&str> = t.blocks.iter().map(|b| b.id).collect();
        assert_eq!(ids, vec!["ca-nhan", "chi-uy", "dang-uy"], "{id:?}");
        for b in t.blocks {
            assert_eq!(b.confidence, Confidence::Unconfirmed, "{id:?} {}", b.id);
        }
        assert_eq!(t.notes_for("chi-uy").count(), 1, "{id:?}");
    }
}

#[test]
fn y2025_identity_lines() {
    // criteria.md §4.3: 2B and 2C print no «Chức vụ …» lines.
    for id in [TemplateId::Y2025Member, TemplateId::Y2025Outside] {
        let f = t(id).identity;
        for post in [
            IdentityField::PartyPost,
            IdentityField::GovernmentPost,
            IdentityField::MassOrgPost,
        ] {
            assert!(!f.contains(&post), "{id:?} {post:?}");
        }
        assert_eq!(
            &f[..4],
            &[
                IdentityField::FullName,
                IdentityField::BirthDate,
                IdentityField::WorkUnit,
                IdentityField::PartyCell,
            ]
        );
    }
    assert!(
        t(TemplateId::Y2025Leader)
            .identity
            .contains(&IdentityField::PartyPost)
    );
}

// ---------------------------------------------------------------------------
// Criteria of QĐ 366 Phụ lục 3, 4, 5 (criteria.md §1–3)
// ---------------------------------------------------------------------------

fn criteria_headings(t: &Template, kind: GroupKind) -> Vec<String> {
    let g = t
        .scoring
        .unwrap()
        .groups
        .iter()
        .find(|g| g.kind == kind)
        .unwrap();
    g.criteria
        .iter()
        .map(|c| {
            if c.number.is_empty() {
                c.heading.to_owned()
            } else {
                format!("{} {}", c.number, c.heading)
            }
        })
        .collect()
}

#[test]
fn phu_luc_3_for_2a() {
    let t = t(TemplateId::Y2025Leader);
    assert_eq!(
        criteria_headings(t, GroupKind::General),
        v(&[
            "1. Về chính trị, tư tưởng",
            "2. Về phẩm chất đạo đức và ý thức tổ chức kỷ luật",
            "3. Năng lực lãnh đạo, quản lý và năng lực chuyên môn, nghiệp vụ theo yêu cầu của vị trí việc làm; khả năng đáp ứng yêu cầu thực thi nhiệm vụ được giao; thái độ công tác trong thực hiện nhiệm vụ; tinh thần đổi mới sáng tạo, dám nghĩ, dám làm, dám chịu trách nhiệm vì lợi ích chung",
            "4. Về mức độ tín nhiệm, uy tín và khả năng quy tụ đoàn kết",
            "5. Về tự phê bình và phê bình, tự soi, tự sửa, khắc phục hạn chế, khuyết điểm",
        ])
    );
    assert_eq!(
        criteria_headings(t, GroupKind::Tasks),
        v(&[
            "(i) Kết quả thực hiện chức trách, nhiệm vụ được giao.",
            "(ii) Kết quả lãnh đạo, chỉ đạo, điều hành, tổ chức thực hiện nhiệm vụ trong phạm vi phụ trách.",
            "(iii) Kết quả đánh giá, xếp loại chất lượng của tập thể tổ chức, cơ quan, đơn vị và của đội ngũ cán bộ, đảng viên thuộc quyền quản lý trực tiếp của cá nhân (nếu có).",
        ])
    );
    let s = t.scoring.unwrap();
    let general = s.group("B.I.chung").unwrap();
    // (i)–(vi), (i)–(vi), 3 has 5 sub-heads with bullets, (i)–(ii), a paragraph.
    let lens: Vec<usize> = general.criteria.iter().map(|c| c.body.len()).collect();
    assert_eq!(lens, vec![6, 6, 21, 2, 1]);
    assert_eq!(
        general.criteria[1].body[4],
        "(v) Thực hiện việc kê khai và công khai tài sản, thu nhập theo quy định."
    );
    assert_eq!(
        s.group("B.I.nhiemvu").unwrap().intro,
        &[
            "Đánh giá mức độ hoàn thành các chỉ tiêu, nhiệm vụ được giao (kết quả được lượng hoá bằng sản phẩm, tiến độ, chất lượng hoặc chỉ số đo lường hiệu quả công việc), theo chức năng, nhiệm vụ của từng tổ chức, cơ quan, đơn vị về:"
        ]
    );
    assert_eq!(general.appendix_heading, None);
}

#[test]
fn phu_luc_4_for_2b() {
    let t = t(TemplateId::Y2025Member);
    let s = t.scoring.unwrap();
    assert_eq!(s.appendix, 4);
    assert_eq!(
        s.group("B.I.chung").unwrap().appendix_heading,
        Some("I- NHÓM TIÊU CHÍ CHUNG (30 ĐIỂM)")
    );
    assert_eq!(
        s.group("B.I.nhiemvu").unwrap().appendix_heading,
        Some("II- NHÓM TIÊU CHÍ VỀ KẾT QUẢ THỰC HIỆN NHIỆM VỤ (70 ĐIỂM)")
    );
    assert_eq!(
        criteria_headings(t, GroupKind::General),
        v(&[
            "1. Về chính trị, phẩm chất đạo đức và ý thức tổ chức kỷ luật",
            "2. Năng lực chuyên môn, nghiệp vụ theo yêu cầu của vị trí việc làm; khả năng đáp ứng yêu cầu thực thi nhiệm vụ được giao; thái độ công tác trong thực hiện nhiệm vụ; tinh thần đổi mới sáng tạo, dám nghĩ, dám làm, dám chịu trách nhiệm vì lợi ích chung",
            "3. Về tự phê bình và phê bình, khắc phục hạn chế, khuyết điểm",
        ])
    );
    // Group 1 has 10 bullets (regulations.md §4.3), group 2 four (*) sub-heads.
    let general = s.group("B.I.chung").unwrap();
    assert_eq!(general.criteria[0].body.len(), 10);
    assert_eq!(
        general.criteria[0].body[9],
        "- Gần gũi, sâu sát với cơ sở; thực hiện tốt việc giữ mối liên hệ với cấp uỷ và Nhân dân nơi cư trú."
    );
    assert_eq!(
        general.criteria[1]
            .body
            .iter()
            .filter(|l| l.starts_with("(*)"))
            .count(),
        4
    );
    // The task group: one scored criterion, the lead sentence, with the
    // nine sector blocks to choose from.
    assert_eq!(
        criteria_headings(t, GroupKind::Tasks),
        v(&[
            "Đánh giá mức độ hoàn thành các chỉ tiêu, nhiệm vụ được giao, kết quả được lượng hoá bằng sản phẩm, tiến độ, chất lượng hoặc chỉ số đo lường hiệu quả công việc theo chức năng, nhiệm vụ của từng tổ chức, cơ quan, đơn vị, cụ thể như sau:"
        ])
    );
    let sectors: Vec<String> = s.group("B.I.nhiemvu").unwrap().criteria[0]
        .sectors
        .iter()
        .map(|k| format!("{} {}", k.number, k.heading))
        .collect();
    assert_eq!(
        sectors,
        v(&[
            "1. Khối cơ quan tham mưu của Đảng tập trung đánh giá về:",
            "2. Khối cơ quan hành chính nhà nước tập trung đánh giá về:",
            "3. Khối cơ quan dân cử tập trung đánh giá về:",
            "4. Khối cơ quan Mặt trận Tổ quốc và các tổ chức chính trị - xã hội tập trung đánh giá về:",
            "5. Khối lực lượng vũ trang tập trung đánh giá về:",
            "6. Khối cơ quan tư pháp tập trung đánh giá về:",
            "7. Khối đơn vị sự nghiệp công lập tập trung đánh giá về:",
            "8. Khối doanh nghiệp nhà nước tập trung đánh giá về:",
            "9. Khối cơ quan các hội quần chúng được Đảng và Nhà nước giao nhiệm vụ tập trung đánh giá về:",
        ])
    );
    let bullets: Vec<usize> = s.group("B.I.nhiemvu").unwrap().criteria[0]
        .sectors
        .iter()
        .map(|k| k.body.len())
        .collect();
    assert_eq!(bullets, vec![3, 3, 2, 2, 2, 3, 2, 1, 1]);
    for g in s.groups {
        assert_eq!(g.max_confidence, Confidence::Confirmed);
    }
}

#[test]
fn phu_luc_5_for_2c() {
    let t = t(TemplateId::Y2025Outside);
    let s = t.scoring.unwrap();
    assert_eq!(s.appendix, 5);
    assert_eq!(
        criteria_headings(t, GroupKind::General),
        v(&[
            "1. Về phẩm chất chính trị, đạo đức, lối sống và ý thức tổ chức kỷ luật",
            "2. Nhóm tiêu chí về tự phê bình và phê bình, khắc phục hạn chế, khuyết điểm",
        ])
    );
    assert_eq!(
        criteria_headings(t, GroupKind::Tasks),
        v(&[
            "1. Thực hiện đầy đủ quyền và nghĩa vụ của đảng viên. Hoàn thành các nhiệm vụ chính trị được cấp uỷ, chi bộ phân công.",
            "2. Tham gia học tập nghị quyết, các văn bản chỉ đạo của cấp trên đầy đủ; phát huy vai trò của đảng viên, tích cực phát biểu ý kiến xây dựng chi bộ.",
            "3. Hoàn thành các nhiệm vụ đột xuất, tích cực tham gia các hoạt động do chi bộ và các tổ chức có liên quan tại địa phương giao, phát động, phù hợp với điều kiện và sức khoẻ, độ tuổi.",
        ])
    );
    assert_eq!(
        s.group("B.I.chung").unwrap().criteria[0].body,
        &[
            "- Có lập trường tư tưởng chính trị vững vàng; chấp hành đường lối, chủ trương của Đảng, chính sách, pháp luật của Nhà nước và các quy định nơi lao động, học tập, sinh sống.",
            "- Có phẩm chất đạo đức tốt, lối sống trung thực; không vi phạm Quy định về những điều đảng viên không được làm, văn hoá ứng xử nơi cư trú.",
            "- Chấp hành các nguyên tắc tổ chức, sinh hoạt đảng; nghiêm túc trong tự phê bình và phê bình; có ý thức trách nhiệm trong xây dựng tổ chức đảng, giữ gìn đoàn kết nội bộ trong chi bộ; có quan hệ tốt với quần chúng nhân dân nơi sinh hoạt và nơi cư trú.",
        ]
    );
}

// ---------------------------------------------------------------------------
// Point schemes
// ---------------------------------------------------------------------------

fn maxima(s: &PointScheme) -> Vec<Vec<u32>> {
    s.groups
        .iter()
        .map(|g| g.criteria.iter().map(|c| c.max.0).collect())
        .collect()
}

#[test]
fn default_point_scheme_is_30_plus_70() {
    for id in Y2025 {
        let t = t(id);
        let scheme = t.default_point_scheme().expect("2025 templates score");
        assert!(scheme.is_default());
        assert_eq!(scheme.origin, SchemeOrigin::AppDefault);
        assert_eq!(scheme.template, id);
        assert_eq!(scheme.group_max("B.I.chung"), Some(Points(300)), "{id:?}");
        assert_eq!(scheme.group_max("B.I.nhiemvu"), Some(Points(700)), "{id:?}");
        assert_eq!(scheme.total(), Points(1000), "{id:?}");
        assert_eq!(scheme.total(), t.scoring.unwrap().total_max);
        for g in &scheme.groups {
            let sum: u32 = g.criteria.iter().map(|c| c.max.0).sum();
            assert_eq!(Points(sum), g.max, "{id:?} {}", g.group);
            for c in &g.criteria {
                assert!(c.max.0 > 0, "{id:?} {}", c.criterion);
                assert!(
                    t.criterion(&c.criterion).is_some(),
                    "{id:?} {}",
                    c.criterion
                );
            }
        }
        // One entry per criterion of the template, no more.
        let n = t.scoring.unwrap().criteria().count();
        assert_eq!(
            scheme
                .groups
                .iter()
                .map(|g| g.criteria.len())
                .sum::<usize>(),
            n
        );
        assert_eq!(scheme.check(t), Ok(()));
        // The person is told it is a default.
        assert!(
            t.notes_for("B.I").any(|n| n.text.contains("mặc định")),
            "{id:?}"
        );
    }
    let of = |id| maxima(&t(id).default_point_scheme().unwrap());
    assert_eq!(
        of(TemplateId::Y2025Leader),
        vec![vec![60; 5], vec![234, 233, 233]]
    );
    assert_eq!(
        of(TemplateId::Y2025Member),
        vec![vec![100, 100, 100], vec![700]]
    );
    assert_eq!(
        of(TemplateId::Y2025Outside),
        vec![vec![150, 150], vec![234, 233, 233]]
    );
    assert_eq!(
        t(TemplateId::Y2025Outside)
            .default_point_scheme()
            .unwrap()
            .criterion_max("B.I.nhiemvu.1"),
        Some(Points(234))
    );
}

#[test]
fn no_point_scheme_before_2025() {
    for id in [
        TemplateId::Y2019,
        TemplateId::Y2023Member,
        TemplateId::Y2023Leader,
    ] {
        assert!(t(id).scoring.is_none(), "{id:?}");
        assert_eq!(t(id).default_point_scheme(), None, "{id:?}");
    }
}

#[test]
fn a_committee_scheme_is_data_and_is_checked() {
    let t = t(TemplateId::Y2025Outside);
    let mut s = t.default_point_scheme().unwrap();
    s.origin = SchemeOrigin::Issued {
        issuer: "Đảng ủy xã Phổ Minh".to_owned(),
        reference: "Hướng dẫn số 01-HD/ĐU".to_owned(),
    };
    // 30 = 20 + 10; 70 = 40 + 15 + 15.
    s.groups[0].criteria[0].max = Points(200);
    s.groups[0].criteria[1].max = Points(100);
    s.groups[1].criteria[0].max = Points(400);
    s.groups[1].criteria[1].max = Points(150);
    s.groups[1].criteria[2].max = Points(150);
    assert_eq!(s.check(t), Ok(()));
    assert!(!s.is_default());

    // It travels as JSON.
    let json = serde_json::to_string(&s).unwrap();
    let back: PointScheme = serde_json::from_str(&json).unwrap();
    assert_eq!(back, s);
    assert!(json.contains("\"template\":\"2025-2C\""));

    let mut wrong_sum = s.clone();
    wrong_sum.groups[1].criteria[2].max = Points(149);
    assert!(matches!(
        wrong_sum.check(t),
        Err(PointSchemeError::Sum { ref group, sum: Points(699), max: Points(700) }) if group == "B.I.nhiemvu"
    ));

    let mut zero = s.clone();
    zero.groups[0].criteria[0].max = Points(0);
    zero.groups[0].criteria[1].max = Points(300);
    assert_eq!(
        zero.check(t),
        Err(PointSchemeError::ZeroCriterion("B.I.chung.1".to_owned()))
    );

    let mut group_max = s.clone();
    group_max.groups[0].max = Points(400);
    assert!(matches!(
        group_max.check(t),
        Err(PointSchemeError::GroupMax { .. })
    ));

    let mut missing = s.clone();
    missing.groups[1].criteria.pop();
    assert!(matches!(
        missing.check(t),
        Err(PointSchemeError::Criteria { .. })
    ));

    assert!(matches!(
        s.check(TemplateId::Y2025Member.template()),
        Err(PointSchemeError::WrongTemplate { .. })
    ));
}

// ---------------------------------------------------------------------------
// Evidence appendix (2025)
// ---------------------------------------------------------------------------

#[test]
fn evidence_appendix() {
    // criteria.md §4.2 [C] (2B); absent from the 2C copies (§4.1).
    let line = "(Gửi kèm Phụ lục về kết quả thực hiện nhiệm vụ trong đó thể hiện sản phẩm tiến độ, chất lượng cụ thể - theo hướng dẫn của các cấp uỷ, tổ chức đảng)";
    let e = |id: TemplateId| t(id).evidence.expect("2025 forms ask for evidence");
    assert_eq!(e(TemplateId::Y2025Member).attach_line, Some(line));
    assert_eq!(
        e(TemplateId::Y2025Member).attach_line_confidence,
        Confidence::Confirmed
    );
    assert_eq!(e(TemplateId::Y2025Leader).attach_line, Some(line));
    assert_eq!(
        e(TemplateId::Y2025Leader).attach_line_confidence,
        Confidence::Unconfirmed
    );
    assert_eq!(e(TemplateId::Y2025Outside).attach_line, None);
    for id in Y2025 {
        let ev = e(id);
        assert!(
            ev.basis
                .starts_with("7.12. Căn cứ khung tiêu chí đánh giá tại Phụ lục 1, 3, 4, 5")
        );
        assert!(
            ev.basis
                .ends_with("tại các Mẫu 01, 2A, 2B, 2C, Hướng dẫn này.")
        );
        let ids: Vec<&str> = ev.columns.iter().map(|c| c.id).collect();
        assert_eq!(
            ids,
            vec![
                "nhiem_vu",
                "ke_hoach",
                "ket_qua",
                "tien_do",
                "chat_luong",
                "minh_chung"
            ]
        );
        // No column label exists in the reference: all are the app's own.
        assert!(ev.columns.iter().all(|c| c.wording == Wording::AppOwn));
        assert_eq!(
            ev.columns
                .iter()
                .filter(|c| c.kind == ColumnKind::Timeliness)
                .count(),
            1
        );
        assert!(
            t(id)
                .notes_for("B.II")
                .any(|n| n.text.contains("cách ghi của ứng dụng"))
        );
    }
}

// ---------------------------------------------------------------------------
// Every template
// ---------------------------------------------------------------------------

#[test]
fn leaders_only_items_are_in_the_right_templates() {
    let expected = [
        (
            TemplateId::Y2019,
            vec!["I.lanhdao.1", "I.lanhdao.2", "I.lanhdao.3"],
        ),
        (TemplateId::Y2023Member, vec![]),
        (
            TemplateId::Y2023Leader,
            vec!["I.lanhdao.1", "I.lanhdao.2", "I.lanhdao.3"],
        ),
        (TemplateId::Y2025Leader, vec!["A.I.4", "A.I.5", "A.I.6"]),
        (TemplateId::Y2025Member, vec![]),
        (TemplateId::Y2025Outside, vec![]),
    ];
    for (id, leaders) in expected {
        let t = t(id);
        let found: Vec<&str> = t
            .slots()
            .filter(|s| s.leaders_only())
            .map(|s| s.key)
            .collect();
        assert_eq!(found, leaders, "{id:?}");
        // Members and members outside the system never get them.
        for role in [Role::Member, Role::OutsideSystem] {
            assert!(
                t.slots_for(role).all(|s| !s.leaders_only()),
                "{id:?} {role:?}"
            );
            assert_eq!(
                t.answer_slots_for(role).count() + leaders.len(),
                t.answer_slots().count(),
                "{id:?} {role:?}"
            );
        }
        assert_eq!(
            t.slots_for(Role::Leader).count(),
            t.slots().count(),
            "{id:?}"
        );
    }
}

#[test]
fn answer_slots_are_the_text_answers() {
    let keys = |id: TemplateId, role: Role| -> Vec<&'static str> {
        t(id)
            .answer_slots_for(role)
            .map(|(s, i)| i.map_or(s.id, |i| i.id))
            .collect()
    };
    assert_eq!(
        keys(TemplateId::Y2019, Role::Member),
        vec!["I.1", "I.2", "I.3", "II.1", "II.2", "III", "IV", "V", "VI"]
    );
    assert_eq!(
        keys(TemplateId::Y2019, Role::Leader),
        vec![
            "I.1",
            "I.2",
            "I.lanhdao.1",
            "I.lanhdao.2",
            "I.lanhdao.3",
            "I.3",
            "II.1",
            "II.2",
            "III",
            "IV",
            "V",
            "VI"
        ]
    );
    assert_eq!(
        keys(TemplateId::Y2025Outside, Role::OutsideSystem),
        vec![
            "A.I.1", "A.I.2", "A.I.3", "A.II.1", "A.II.2", "A.III", "A.IV", "A.V", "A.VI"
        ]
    );
    // Ratings and points are slots too, but not text answers.
    let other: Vec<(&str, ItemKind)> = t(TemplateId::Y2025Outside)
        .slots()
        .filter(|s| !s.kind.stores_text())
        .map(|s| (s.key, s.kind))
        .collect();
    assert_eq!(
        other,
        vec![
            ("B.I.chung", ItemKind::Points),
            ("B.I.nhiemvu", ItemKind::Points),
            ("B.II", ItemKind::Rating(RatingTarget::Party)),
        ]
    );
    // The 2019 cam kết item: "3." for members, "6." for leaders.
    let (_, i3) = t(TemplateId::Y2019).item("I.3").unwrap();
    assert_eq!(i3.number_for(Role::Member), "3.");
    assert_eq!(i3.number_for(Role::Leader), "6.");
}

#[test]
fn ids_are_unique_and_plain() {
    for id in TemplateId::ALL {
        let t = t(id);
        let ids = t.all_ids();
        let unique: BTreeSet<&str> = ids.iter().copied().collect();
        assert_eq!(unique.len(), ids.len(), "{id:?}: {ids:?}");
        for i in &ids {
            assert!(
                !i.is_empty()
                    && i.chars()
                        .all(|c| c.is_ascii_alphanumeric() || c == '.' || c == '-'),
                "{id:?}: {i:?}"
            );
        }
        // Item ids start with their section's id.
        for s in t.sections {
            for i in s.items {
                assert!(i.id.starts_with(&format!("{}.", s.id)), "{id:?} {}", i.id);
            }
        }
        // Notes point at something that exists.
        for n in t.notes {
            if let Some(target) = n.section {
                assert!(unique.contains(target), "{id:?}: note on {target}");
            }
        }
        // The B.I items name the scoring groups.
        if let Some(scoring) = t.scoring {
            let items: Vec<&str> = t
                .section("B.I")
                .unwrap()
                .items
                .iter()
                .map(|i| i.id)
                .collect();
            let groups: Vec<&str> = scoring.groups.iter().map(|g| g.id).collect();
            assert_eq!(items, groups, "{id:?}");
        }
    }
}

/// Every text of a template.
fn texts(t: &Template) -> Vec<&'static str> {
    let mut out = vec![t.code, t.title];
    out.extend(t.subtitle);
    for s in t.sections {
        out.extend(s.part);
        out.extend([s.number, s.heading]);
        out.extend(s.guidance);
        out.extend(s.kind.grade_box().and_then(|g| g.label));
        for i in s.items {
            out.extend([i.number, i.heading]);
            out.extend(i.leader_number);
            out.extend(i.guidance);
            out.extend(i.kind.grade_box().and_then(|g| g.label));
        }
    }
    if let Some(scoring) = t.scoring {
        out.push(scoring.total_label);
        for g in scoring.groups {
            out.extend(g.appendix_heading);
            out.extend(g.intro);
            for c in g.criteria {
                out.extend([c.number, c.heading]);
                out.extend(c.body);
                for k in c.sectors {
                    out.extend([k.number, k.heading]);
                    out.extend(k.body);
                }
            }
        }
    }
    if let Some(e) = t.evidence {
        out.extend(e.attach_line);
        out.push(e.basis);
        out.extend(e.columns.iter().map(|c| c.label));
    }
    for b in t.blocks {
        out.extend(b.heading);
        out.extend(b.lines);
        out.extend([b.caption, b.caption_note]);
    }
    out.extend(t.notes.iter().map(|n| n.text));
    out
}

#[test]
fn every_text_is_nfc_and_trimmed() {
    for id in TemplateId::ALL {
        let all = texts(t(id));
        assert!(all.len() > 20, "{id:?}");
        for s in all {
            assert!(is_nfc(s), "{id:?}: not NFC: {s}");
            assert_eq!(s, s.trim(), "{id:?}: untrimmed: {s:?}");
            assert!(!s.contains("  "), "{id:?}: double space: {s:?}");
        }
    }
    // The check can fail: a decomposed "ễ" is not NFC.
    assert!(!is_nfc("Nguye\u{302}\u{303}n"));
}

#[test]
fn every_template_with_unconfirmed_text_says_so() {
    for id in TemplateId::ALL {
        let t = t(id);
        let unconfirmed = t.code_confidence == Confidence::Unconfirmed
            || t.title_confidence == Confidence::Unconfirmed
            || t.sections
                .iter()
                .any(|s| s.confidence == Confidence::Unconfirmed)
            || t.slots().any(|s| s.confidence() == Confidence::Unconfirmed)
            || t.slots().any(|s| {
                s.kind
                    .grade_box()
                    .is_some_and(|g| g.label_confidence == Confidence::Unconfirmed)
            })
            || t.blocks
                .iter()
                .any(|b| b.confidence == Confidence::Unconfirmed);
        assert!(
            unconfirmed,
            "{id:?}: the reference leaves something open in every form"
        );
        assert!(!t.notes.is_empty(), "{id:?}");
    }
}

#[test]
fn select_is_unchanged() {
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
        assert_eq!(select(year, role).unwrap().id, expected, "{year} {role:?}");
    }
    assert!(select(2018, Role::Member).is_err());
    assert!(select(2024, Role::OutsideSystem).is_err());
    for id in TemplateId::ALL {
        assert_eq!(t(id).id, id);
    }
}

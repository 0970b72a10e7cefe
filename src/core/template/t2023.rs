//! Mẫu 02A / 02B-HD KĐ.ĐG 2023 (HD 25-HD/BTCTW), review years 2023–2024.
//!
//! What the reference has [C]: the code lines and who uses which
//! (gaps.md §3.1: 02A = không giữ chức vụ, 02B = giữ chức vụ lãnh đạo, quản
//! lý), the 02B header and identity lines (gaps.md §3.2, regulations.md
//! §3.2, luatvietnam copy, cut at «I. Ưu điểm, kết quả đạt đư…»).
//!
//! What it does not have: the body of either form. regulations.md §3.2 says
//! the sections I–VII and the blocks are «same skeleton as 2019, 02A without
//! the three leader items [M]»; gaps.md §3.2 says the 2019 blocks are the
//! best model, «flagged "unconfirmed for 2023"»; gaps.md §7 says whether
//! the per-item «Tự đánh giá về cấp độ thực hiện» boxes survived is not
//! known, and to keep them «as an optional field, off by default for
//! 2023–2024 until confirmed». So the body below is the 2019 text
//! (`t2019.rs`), every part [`Unconfirmed`], with grade boxes not shown by
//! default, and notes that say so.

use super::t2019::{
    G_I_1, G_I_2, G_IV, GRADE_LABEL, H_I, H_I_1, H_I_2, H_I_3, H_I_LD1, H_I_LD2, H_I_LD3, H_II,
    H_II_1, H_II_2, H_III, H_IV, H_V, H_VI, H_VII, H_VII_1, H_VII_2, IDENTITY, blocks,
};
use super::{
    Confidence::{Confirmed, Unconfirmed},
    GradeBox, Item, ItemKind, Note, RatingTarget, Regime, Section, Structured, Template,
    TemplateId,
};

/// The 2019 grade box, presumed for 2023 (gaps.md §7 [M]): optional.
const GRADE: GradeBox = GradeBox {
    label: Some(GRADE_LABEL),
    label_confidence: Unconfirmed,
    confidence: Unconfirmed,
    shown_by_default: false,
};

/// The 2019 section III box "Tự đánh giá về cấp độ khắc phục" (label [M]
/// already in 2019), presumed for 2023.
const GRADE_III: GradeBox = GradeBox {
    label: Some("Tự đánh giá về cấp độ khắc phục:"),
    label_confidence: Unconfirmed,
    confidence: Unconfirmed,
    shown_by_default: false,
};

// 2019 wording (criteria.md §6.1, regulations.md §3.1), presumed for 2023 [M].
const I_ITEMS_02A: &[Item] = &[
    Item::text("I.1", "1.", H_I_1, Unconfirmed)
        .with_kind(ItemKind::TextWithGrade(GRADE))
        .with_guidance(G_I_1, Unconfirmed),
    Item::text("I.2", "2.", H_I_2, Unconfirmed)
        .with_kind(ItemKind::TextWithGrade(GRADE))
        .with_guidance(G_I_2, Unconfirmed),
    Item::text("I.3", "3.", H_I_3, Unconfirmed),
];

// 2019 wording and numbering for leaders (criteria.md §6.1: leader items
// 3.–5., cam kết 6.), presumed for 02B [M].
const I_ITEMS_02B: &[Item] = &[
    Item::text("I.1", "1.", H_I_1, Unconfirmed)
        .with_kind(ItemKind::TextWithGrade(GRADE))
        .with_guidance(G_I_1, Unconfirmed),
    Item::text("I.2", "2.", H_I_2, Unconfirmed)
        .with_kind(ItemKind::TextWithGrade(GRADE))
        .with_guidance(G_I_2, Unconfirmed),
    Item::text("I.lanhdao.1", "3.", H_I_LD1, Unconfirmed)
        .with_kind(ItemKind::TextWithGrade(GRADE))
        .for_leaders(),
    Item::text("I.lanhdao.2", "4.", H_I_LD2, Unconfirmed)
        .with_kind(ItemKind::TextWithGrade(GRADE))
        .for_leaders(),
    Item::text("I.lanhdao.3", "5.", H_I_LD3, Unconfirmed)
        .with_kind(ItemKind::TextWithGrade(GRADE))
        .for_leaders(),
    Item::text("I.3", "6.", H_I_3, Unconfirmed),
];

const II_ITEMS: &[Item] = &[
    Item::text("II.1", "1.", H_II_1, Unconfirmed).structured(Structured::Shortcomings),
    Item::text("II.2", "2.", H_II_2, Unconfirmed),
];

const VII_ITEMS: &[Item] = &[
    Item::text("VII.1", "1.", H_VII_1, Unconfirmed)
        .with_kind(ItemKind::Rating(RatingTarget::CivilServant)),
    Item::text("VII.2", "2.", H_VII_2, Unconfirmed)
        .with_kind(ItemKind::Rating(RatingTarget::Party)),
];

/// Sections II–VII, the 2019 skeleton presumed for both forms [M].
const fn sections(i: Section) -> [Section; 7] {
    [
        i,
        Section::new("II", "II.", H_II, Unconfirmed).with_items(II_ITEMS),
        Section::new("III", "III.", H_III, Unconfirmed)
            .with_kind(ItemKind::TextWithGrade(GRADE_III))
            .structured(Structured::Remedies),
        Section::new("IV", "IV.", H_IV, Unconfirmed)
            .with_guidance(G_IV, Unconfirmed)
            .not_required()
            .structured(Structured::Suggestions),
        Section::new("V", "V.", H_V, Unconfirmed).not_required(),
        Section::new("VI", "VI.", H_VI, Unconfirmed).structured(Structured::Measures),
        Section::new("VII", "VII.", H_VII, Unconfirmed).with_items(VII_ITEMS),
    ]
}

const NOTE_BODY: Note = Note {
    section: None,
    text: "Chưa tìm được toàn văn mẫu năm 2023 (Hướng dẫn 25-HD/BTCTW): các mục lấy theo Mẫu 02-HD KĐ.ĐG 2019, chưa được xác nhận. Hãy đối chiếu với mẫu do cấp ủy phát hành.",
};
const NOTE_GRADES: Note = Note {
    section: Some("I"),
    text: "Chưa xác nhận mẫu năm 2023 còn ô «Tự đánh giá về cấp độ thực hiện» cho từng nội dung; ô này là tùy chọn.",
};
const NOTE_VII: Note = Note {
    section: Some("VII"),
    text: "Chưa xác nhận mẫu năm 2023 còn mục tự xếp loại cán bộ, công chức, viên chức.",
};
const NOTE_BLOCKS: Note = Note {
    section: Some("thu-truong"),
    text: "Các khung đánh giá, xếp loại của thủ trưởng cơ quan, chi ủy (chi bộ) và đảng ủy lấy theo mẫu năm 2019, chưa xác nhận cho năm 2023; các nơi đó ghi, người tự kiểm điểm để trống.",
};

pub static MEMBER: Template = Template {
    id: TemplateId::Y2023Member,
    version: 1,
    // gaps.md §3.1 [C]: «Mẫu 02A-HD KĐ.ĐG 2023: Bản kiểm điểm cá nhân (với cá
    // nhân không giữ chức vụ lãnh đạo, quản lý)»; subtitle per regulations.md
    // §3.2 [C] (thuvienphapluat 55673 names the form).
    code: "Mẫu 02A-HD KĐ.ĐG 2023",
    code_confidence: Confirmed,
    title: "BẢN KIỂM ĐIỂM CÁ NHÂN",
    subtitle: Some("(Cá nhân không giữ chức vụ lãnh đạo, quản lý)"),
    title_confidence: Confirmed,
    regime: Regime::Qd124,
    identity: IDENTITY,
    // No copy of the 02A body: even section I is presumed [M].
    sections: &sections(Section::new("I", "I.", H_I, Unconfirmed).with_items(I_ITEMS_02A)),
    scoring: None,
    evidence: None,
    blocks: prose!(&blocks(Unconfirmed)),
    notes: prose!(&[NOTE_BODY, NOTE_GRADES, NOTE_VII, NOTE_BLOCKS]),
};

pub static LEADER: Template = Template {
    id: TemplateId::Y2023Leader,
    version: 1,
    // gaps.md §3.2, luatvietnam copy [C] (the acchcm copy reads "(Cá nhân
    // giữ chức lãnh đạo, quản lý)").
    code: "Mẫu 02B-HD KĐ.ĐG 2023",
    code_confidence: Confirmed,
    title: "BẢN KIỂM ĐIỂM CÁ NHÂN",
    subtitle: Some("(Cá nhân giữ chức vụ lãnh đạo, quản lý)"),
    title_confidence: Confirmed,
    regime: Regime::Qd124,
    identity: IDENTITY,
    // gaps.md §3.2 [C]: the copy shows «I. Ưu điểm, kết quả đạt đư[…cut]»,
    // so the heading of section I is seen; its items are presumed [M].
    sections: &sections(Section::new("I", "I.", H_I, Confirmed).with_items(I_ITEMS_02B)),
    scoring: None,
    evidence: None,
    blocks: prose!(&blocks(Unconfirmed)),
    notes: prose!(&[
        NOTE_BODY,
        NOTE_GRADES,
        Note {
            section: Some("I.lanhdao.1"),
            text: "Ba nội dung dành cho cán bộ lãnh đạo, quản lý (3, 4, 5) lấy theo mẫu năm 2019, chưa xác nhận cho năm 2023.",
        },
        NOTE_VII,
        NOTE_BLOCKS,
    ]),
};

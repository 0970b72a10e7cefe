//! Mẫu 02-HD KĐ.ĐG 2019 «BẢN KIỂM ĐIỂM CÁ NHÂN» (HD 21-HD/BTCTW), review
//! years 2019–2022, one form for everybody with three extra items for
//! leaders.
//!
//! Sources: `shared/domain/regulations.md` §3.1 (header, identity block and
//! item I.1 [C] from a danluat.thuvienphapluat.vn excerpt) and
//! `criteria.md` §6.1 (the rest [C-3p], from a third-party Laravel app that
//! prints the form, gh:12911688698, and its editor with tooltips,
//! gh:12443487754). The official PDF was not found.
//!
//! The blocks are shared with the 2023 forms (`t2023.rs`), which reuse this
//! skeleton with every text marked unconfirmed.

use super::{
    Confidence::{Confirmed, ThirdParty, Unconfirmed},
    GradeBox, Item, ItemKind, Note, RatingTarget, Regime, Section, SignatureBlock, Signer,
    Structured, Template, TemplateId,
};
use crate::core::vocab::IdentityField as F;

/// The identity lines of the 2019 form (regulations.md §3.1 [C]), plus the
/// header's đảng bộ and the place of the date line.
pub(super) const IDENTITY: &[F] = &[
    F::FullName,
    F::BirthDate,
    F::PartyPost,
    F::GovernmentPost,
    F::MassOrgPost,
    F::WorkUnit,
    F::PartyCell,
    F::PartyCommittee,
    F::Place,
];

// --- Headings (verbatim) --------------------------------------------------

// regulations.md §3.1 [C] (danluat excerpt). The Laravel app prints "Về phẩm
// chất chính trị; …" instead of "Về tư tưởng chính trị; …" (criteria.md §6.1
// variants table).
pub(super) const H_I: &str = "Ưu điểm, kết quả đạt được";
pub(super) const H_I_1: &str = "Về tư tưởng chính trị; phẩm chất đạo đức, lối sống; ý thức tổ chức kỷ luật; tác phong, lề lối làm việc:";
// criteria.md §6.1 variants table, column "regulations.md §3.1 (danluat
// excerpt, not re-checked)". Variants: "Về thực hiện chức trách, nhiệm vụ
// được giao:" (app PDF), "Việc thực hiện nhiệm vụ, quyền hạn và kết quả thực
// hiện các chỉ tiêu, nhiệm vụ được giao trong năm." (app editor).
pub(super) const H_I_2: &str = "Việc thực hiện chức trách, nhiệm vụ được giao:";
// criteria.md §6.1 [C-3p]: the three leader items, printed 3.–5. for leaders.
pub(super) const H_I_LD1: &str = "Kết quả công tác lãnh đạo, chỉ đạo, quản lý, điều hành; thực hiện chức trách, nhiệm vụ; mức độ hoàn thành nhiệm vụ của các tổ chức, cơ quan, đơn vị thuộc quyền quản lý; khả năng quy tụ, xây dựng đoàn kết nội bộ.";
pub(super) const H_I_LD2: &str = "Trách nhiệm trong công việc; tinh thần năng động, đổi mới, sáng tạo, dám nghĩ, dám làm, dám chịu trách nhiệm; xử lý những vấn đề khó, phức tạp, nhạy cảm trong thực hiện nhiệm vụ.";
pub(super) const H_I_LD3: &str = "Trách nhiệm nêu gương của bản thân và gia đình; việc đấu tranh phòng, chống tham nhũng, tiêu cực, lãng phí; sự tín nhiệm của cán bộ, đảng viên.";
// criteria.md §6.1 [C-3p]: "3." for members, "6." for leaders; no grade box.
pub(super) const H_I_3: &str = "Việc thực hiện cam kết tu dưỡng, rèn luyện, phấn đấu hằng năm:";
// criteria.md §6.1 [C-3p].
pub(super) const H_II: &str = "Hạn chế, khuyết điểm và nguyên nhân";
pub(super) const H_II_1: &str = "Hạn chế, khuyết điểm:";
pub(super) const H_II_2: &str = "Nguyên nhân của hạn chế, khuyết điểm.";
pub(super) const H_III: &str = "Kết quả khắc phục những hạn chế, khuyết điểm đã được cấp có thẩm quyền kết luận hoặc được chỉ ra ở các kỳ kiểm điểm trước";
pub(super) const H_IV: &str = "Giải trình những vấn đề được gợi ý kiểm điểm (nếu có)";
pub(super) const H_V: &str =
    "Làm rõ trách nhiệm của cá nhân đối với những hạn chế, khuyết điểm của tập thể (nếu có)";
pub(super) const H_VI: &str = "Phương hướng, biện pháp khắc phục hạn chế, khuyết điểm";
pub(super) const H_VII: &str = "Tự nhận mức xếp loại chất lượng";
pub(super) const H_VII_1: &str = "Xếp loại cán bộ, công chức, viên chức:";
pub(super) const H_VII_2: &str = "Xếp loại đảng viên:";

// --- Guidance (verbatim) --------------------------------------------------

// criteria.md §6.1, tooltips of gh:12443487754 [C-3p]: the first five lines
// are the tooltip of I.1.
pub(super) const G_I_1: &[&str] = prose!(&[
    "- Về tư tưởng chính trị",
    "- Về phẩm chất đạo đức, lối sống",
    "- Về ý thức tổ chức kỷ luật",
    "- Về tác phong, lề lối làm việc",
    "- Việc đấu tranh phòng, chống các biểu hiện suy thoái về tư tưởng chính trị, đạo đức, lối sống, “tự diễn biến”, “tự chuyển hóa” của cá nhân (Đối chiếu với các biểu hiện, cá nhân tự nhận diện theo Phụ lục đính kèm)",
]);
// criteria.md §6.1 [C-3p]: the next three lines are the tooltip of I.2. The
// last sentence is attached in the app to the members' item 3 (cam kết);
// regulations.md §3.1 and criteria.md read it as an instruction for I.2,
// which is where it is put here.
pub(super) const G_I_2: &[&str] = prose!(&[
    "- Việc thực hiện chức trách, quyền hạn theo quy định (đảng, chính quyền, đoàn thể).",
    "- Kết quả thực hiện các chỉ tiêu, nhiệm vụ được giao trong năm.",
    "- Trách nhiệm cá nhân liên quan đến kết quả, hạn chế, khuyết điểm ở lĩnh vực, địa phương, tổ chức, cơ quan, đơn vị do mình phụ trách.",
    "Khi kiểm điểm cần đi sâu làm rõ về khối lượng, chất lượng, tiến độ, hiệu quả thực hiện nhiệm vụ được giao; tinh thần đổi mới, sáng tạo, tự chịu trách nhiệm; ý thức, thái độ phục vụ nhân dân.",
]);
// regulations.md §3.1, tooltip of item IV [C-3p] (the same sentence is in
// the 2025 forms [C]).
pub(super) const G_IV: &[&str] = prose!(&[
    "Giải trình từng vấn đề được gợi ý kiểm điểm, nêu nguyên nhân, xác định trách nhiệm của cá nhân đối với từng vấn đề được gợi ý kiểm điểm.",
]);

// --- Grade boxes ------------------------------------------------------------

/// "Tự đánh giá về cấp độ thực hiện:" printed under I.1 (regulations.md §3.1
/// [C], danluat excerpt).
const GRADE_I_1: GradeBox = GradeBox {
    label: Some(GRADE_LABEL),
    label_confidence: Confirmed,
    confidence: Confirmed,
    shown_by_default: true,
};
/// The same under I.2 and the leader items (criteria.md §6.1 [C-3p]; the app
/// editor labels it "Đánh giá về cấp độ thực hiện").
const GRADE_ITEM: GradeBox = GradeBox {
    label: Some(GRADE_LABEL),
    label_confidence: ThirdParty,
    confidence: ThirdParty,
    shown_by_default: true,
};
/// Section III: the app prints the four boxes without a label
/// (criteria.md §6.1 [C-3p]); the label "Tự đánh giá về cấp độ khắc phục:"
/// is regulations.md §3.1's [M].
const GRADE_III: GradeBox = GradeBox {
    label: Some("Tự đánh giá về cấp độ khắc phục:"),
    label_confidence: Unconfirmed,
    confidence: ThirdParty,
    shown_by_default: true,
};
pub(super) const GRADE_LABEL: &str = "Tự đánh giá về cấp độ thực hiện:";

// --- Signature and assessment blocks ------------------------------------------

// criteria.md §6.1 [C-3p] (the app's PDF template; regulations.md §3.1
// prints the headings in capitals and "(Ký, ghi rõ họ tên)"). Filled by the
// head of unit, the cell committee and the party committee, never by the
// person: the app prints them blank.
pub(super) const SELF_CAPTION: &str = "NGƯỜI TỰ KIỂM ĐIỂM";
pub(super) const SELF_CAPTION_NOTE: &str = "(ký, ghi rõ họ tên)";
pub(super) const HEAD_HEADING: &str = "Đánh giá, xếp loại chất lượng công chức, viên chức";
pub(super) const HEAD_LINES: &[&str] = &[
    "- Nhận xét, đánh giá của người quản lý, sử dụng công chức, viên chức:",
    "- Mức xếp loại chất lượng công chức, viên chức:",
];
pub(super) const HEAD_CAPTION: &str = "THỦ TRƯỞNG CƠ QUAN, ĐƠN VỊ";
pub(super) const HEAD_CAPTION_NOTE: &str = "(Xác lập thời điểm, ký, ghi rõ họ tên và đóng dấu)";
pub(super) const CELL_HEADING: &str = "Đánh giá, xếp loại chất lượng đảng viên";
pub(super) const CELL_LINES: &[&str] = &[
    "- Nhận xét, đánh giá của chi ủy:",
    "- Chi bộ đề xuất xếp loại mức chất lượng:",
];
pub(super) const CELL_CAPTION: &str = "T/M CHI ỦY (CHI BỘ)";
pub(super) const COMMITTEE_LINES: &[&str] = &["- Đảng ủy, chi ủy cơ sở xếp loại mức chất lượng:"];
/// One spelling of «ỦY» on the page, as `regulations.md` §3.1 prints both
/// captions (criteria.md §6.1's copy has «UỶ» here, «ỦY» above).
pub(super) const COMMITTEE_CAPTION: &str = "T/M ĐẢNG ỦY (CHI ỦY)";
pub(super) const SIGN_NOTE: &str = "(Xác lập thời điểm, ký, ghi rõ họ tên)";

/// The four blocks of the 2019 form, with a confidence.
pub(super) const fn blocks(confidence: super::Confidence) -> [SignatureBlock; 4] {
    [
        SignatureBlock {
            id: "ca-nhan",
            signer: Signer::SelfReviewer,
            heading: None,
            lines: &[],
            caption: SELF_CAPTION,
            caption_note: SELF_CAPTION_NOTE,
            confidence,
        },
        SignatureBlock {
            id: "thu-truong",
            signer: Signer::HeadOfUnit,
            heading: Some(HEAD_HEADING),
            lines: HEAD_LINES,
            caption: HEAD_CAPTION,
            caption_note: HEAD_CAPTION_NOTE,
            confidence,
        },
        SignatureBlock {
            id: "chi-uy",
            signer: Signer::CellCommittee,
            heading: Some(CELL_HEADING),
            lines: CELL_LINES,
            caption: CELL_CAPTION,
            caption_note: SIGN_NOTE,
            confidence,
        },
        SignatureBlock {
            id: "dang-uy",
            signer: Signer::PartyCommittee,
            heading: None,
            lines: COMMITTEE_LINES,
            caption: COMMITTEE_CAPTION,
            caption_note: SIGN_NOTE,
            confidence,
        },
    ]
}

// --- The form -------------------------------------------------------------------

const I_ITEMS: &[Item] = &[
    // regulations.md §3.1 [C]; guidance criteria.md §6.1 [C-3p].
    Item::text("I.1", "1.", H_I_1, Confirmed)
        .with_kind(ItemKind::TextWithGrade(GRADE_I_1))
        .with_guidance(G_I_1, ThirdParty),
    // criteria.md §6.1 [C-3p] (heading variants: see H_I_2).
    Item::text("I.2", "2.", H_I_2, ThirdParty)
        .with_kind(ItemKind::TextWithGrade(GRADE_ITEM))
        .with_guidance(G_I_2, ThirdParty),
    // criteria.md §6.1 [C-3p]: leaders only, printed 3.–5.
    Item::text("I.lanhdao.1", "3.", H_I_LD1, ThirdParty)
        .with_kind(ItemKind::TextWithGrade(GRADE_ITEM))
        .for_leaders(),
    Item::text("I.lanhdao.2", "4.", H_I_LD2, ThirdParty)
        .with_kind(ItemKind::TextWithGrade(GRADE_ITEM))
        .for_leaders(),
    Item::text("I.lanhdao.3", "5.", H_I_LD3, ThirdParty)
        .with_kind(ItemKind::TextWithGrade(GRADE_ITEM))
        .for_leaders(),
    // criteria.md §6.1 [C-3p]: "3." for members, "6." for leaders, after
    // the leader items; the form prints no grade box under it.
    Item::text("I.3", "3.", H_I_3, ThirdParty).with_leader_number("6."),
];

const II_ITEMS: &[Item] = &[
    // criteria.md §6.1 [C-3p].
    Item::text("II.1", "1.", H_II_1, ThirdParty).structured(Structured::Shortcomings),
    Item::text("II.2", "2.", H_II_2, ThirdParty),
];

const VII_ITEMS: &[Item] = &[
    // criteria.md §6.1 [C-3p]. The ratings are stored in Dossier::proposal.
    Item::text("VII.1", "1.", H_VII_1, ThirdParty)
        .with_kind(ItemKind::Rating(RatingTarget::CivilServant)),
    Item::text("VII.2", "2.", H_VII_2, ThirdParty).with_kind(ItemKind::Rating(RatingTarget::Party)),
];

pub static TEMPLATE: Template = Template {
    id: TemplateId::Y2019,
    version: 1,
    // regulations.md §3.1 [C] (danluat excerpt).
    code: "Mẫu 02-HD KĐ.ĐG 2019",
    code_confidence: Confirmed,
    title: "BẢN KIỂM ĐIỂM CÁ NHÂN",
    subtitle: None,
    title_confidence: Confirmed,
    regime: Regime::Qd132,
    identity: IDENTITY,
    sections: &[
        // regulations.md §3.1 [C].
        Section::new("I", "I.", H_I, Confirmed).with_items(I_ITEMS),
        // criteria.md §6.1 [C-3p] from here on.
        Section::new("II", "II.", H_II, ThirdParty).with_items(II_ITEMS),
        Section::new("III", "III.", H_III, ThirdParty)
            .with_kind(ItemKind::TextWithGrade(GRADE_III))
            .structured(Structured::Remedies),
        Section::new("IV", "IV.", H_IV, ThirdParty)
            .with_guidance(G_IV, ThirdParty)
            .not_required()
            .structured(Structured::Suggestions),
        Section::new("V", "V.", H_V, ThirdParty).not_required(),
        Section::new("VI", "VI.", H_VI, ThirdParty).structured(Structured::Measures),
        Section::new("VII", "VII.", H_VII, ThirdParty).with_items(VII_ITEMS),
    ],
    scoring: None,
    evidence: None,
    blocks: prose!(&blocks(ThirdParty)),
    notes: prose!(&[
        Note {
            section: None,
            text: "Nội dung mẫu lấy theo bản sao của bên thứ ba, chưa đối chiếu được với bản gốc Hướng dẫn 21-HD/BTCTW (trừ phần đầu mẫu và mục I.1).",
        },
        Note {
            section: Some("I"),
            text: "Cán bộ lãnh đạo, quản lý kiểm điểm thêm các nội dung 3, 4, 5; khi đó nội dung «Việc thực hiện cam kết tu dưỡng, rèn luyện, phấn đấu hằng năm» mang số 6.",
        },
        Note {
            section: Some("I.2"),
            text: "Tiêu đề nội dung 2 được ghi khác nhau giữa các bản sao; chưa đối chiếu được với bản gốc.",
        },
        Note {
            section: Some("III"),
            text: "Ô tự đánh giá mức khắc phục ở mục III chỉ thấy qua bản sao của bên thứ ba; nhãn «Tự đánh giá về cấp độ khắc phục» chưa được xác nhận.",
        },
        Note {
            section: Some("thu-truong"),
            text: "Các khung đánh giá, xếp loại của thủ trưởng cơ quan, chi ủy (chi bộ) và đảng ủy do các nơi đó ghi; người tự kiểm điểm để trống.",
        },
    ]),
};

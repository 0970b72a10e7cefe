//! Mẫu 2A / 2B / 2C-HD KĐ.ĐG 2025 (HD 43-HD/BTCTW), review years 2025 on.
//!
//! Sources (`shared/domain/`):
//! * criteria.md §4.1: Mẫu 2C, the only 2025 copy that keeps its title and
//!   section headings (ds:e1e9d8b1f2ec7c8b) [C];
//! * criteria.md §4.2: Mẫu 2B, items and instruction lines only; its
//!   headings were lost (gap G5) and are taken from 2C [M];
//! * criteria.md §4.4: Mẫu 2A was NOT found (gap G4; gaps.md §2). It is
//!   built from QĐ 366 Điều 6 khoản 2 (verbatim) and the 2B skeleton, and
//!   every part of it is [`Unconfirmed`];
//! * criteria.md §1–3: the criteria of QĐ 366 Phụ lục 3, 4, 5 (`criteria.rs`);
//! * gaps.md §3.4 and criteria.md G3: no 2025 copy shows the header, the
//!   signature block or the assessment blocks; the 2019 blocks are used,
//!   marked unconfirmed.

use super::criteria::{PL3, PL4, PL5};
use super::t2019::{
    CELL_CAPTION, CELL_HEADING, CELL_LINES, COMMITTEE_CAPTION, COMMITTEE_LINES, SELF_CAPTION,
    SELF_CAPTION_NOTE, SIGN_NOTE,
};
use super::{
    ColumnKind,
    Confidence::{self, Confirmed, Unconfirmed},
    EvidenceAppendix, EvidenceColumn, Item, ItemKind, Note, RatingTarget, Regime, Section,
    SignatureBlock, Signer, Structured, Template, TemplateId, Wording,
};
use crate::core::vocab::IdentityField as F;

/// criteria.md §4.3 [C]: 2B and 2C print only «Họ và tên: … Ngày sinh: …
/// Đơn vị công tác: … Chi bộ …»; the đảng bộ of the header and the place of
/// the date line are kept for the (unconfirmed) header.
const IDENTITY_2BC: &[F] = &[
    F::FullName,
    F::BirthDate,
    F::WorkUnit,
    F::PartyCell,
    F::PartyCommittee,
    F::Place,
];

/// Mẫu 2A: unknown whether the «Chức vụ Đảng / chính quyền / đoàn thể» lines
/// remain (criteria.md §4.3, gap G4); kept, as in the 2023 leaders' form.
const IDENTITY_2A: &[F] = &[
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

// --- Title ----------------------------------------------------------------------

// criteria.md §4.1 [C] (2C copy).
const TITLE: &str = "BẢN KIỂM ĐIỂM, TỰ ĐÁNH GIÁ, XẾP LOẠI CÁ NHÂN";

// --- Part A (verbatim) ---------------------------------------------------------

// criteria.md §4.1 [C] (2C).
const PART_A: &str = "A. NỘI DUNG KIỂM ĐIỂM";
const H_A_I: &str = "Ưu điểm, kết quả đạt được";
// criteria.md §4.1 (2C) and §4.2 (2B) [C]; = QĐ 366 Điều 6 khoản 2 (i),
// first bullet (criteria.md §4.4).
const H_A_I_1: &str = "Về phẩm chất chính trị, đạo đức, lối sống; tinh thần đoàn kết, thống nhất trong nội bộ; ý thức tổ chức kỷ luật, trách nhiệm nêu gương, việc thực hiện những điều đảng viên không được làm; tác phong, lề lối làm việc. Liên hệ các biểu hiện về suy thoái, \"tự diễn biến\", \"tự chuyển hoá\".";
// criteria.md §4.2 (2B) [C]; = QĐ 366 Điều 6 khoản 2 (i), second bullet.
const H_A_I_2_2B: &str = "Việc thực hiện nhiệm vụ, quyền hạn và kết quả thực hiện các chỉ tiêu, nhiệm vụ được giao trong năm, gắn với hiệu quả, tiến độ, chất lượng công việc.";
// criteria.md §4.1 (2C) [C] (first column of the variants table; the 2C
// "how to write" guides copy the 2B wording).
const H_A_I_2_2C: &str = "Việc thực hiện quyền và nghĩa vụ của đảng viên theo các nhiệm vụ chính trị được cấp uỷ, chi bộ phân công.";
// criteria.md §4.1, §4.2 [C]; = QĐ 366 Điều 6 khoản 2 (i), third bullet.
const H_A_I_3: &str =
    "Việc thực hiện cam kết tu dưỡng, rèn luyện, phấn đấu của cá nhân theo quy định.";
// criteria.md §4.4, QĐ 366 Điều 6 khoản 2 (ii), verbatim (ds:66efb764f9867500)
// [C]; that Mẫu 2A prints them as items 4.–6. of A.I is [M].
const H_A_I_4: &str = "Kết quả công tác lãnh đạo, chỉ đạo, quản lý, điều hành; thực hiện chức trách, nhiệm vụ; mức độ hoàn thành nhiệm vụ của các cấp uỷ, tổ chức đảng trực thuộc, địa phương, tổ chức, cơ quan, đơn vị thuộc quyền quản lý; khả năng quy tụ, xây dựng đoàn kết nội bộ.";
const H_A_I_5: &str = "Trách nhiệm trong công việc; tinh thần năng động, đổi mới sáng tạo, dám nghĩ, dám nói, dám làm, nói đi đôi với làm, dám chịu trách nhiệm, dám đương đầu với khó khăn, thử thách, dám hành động, dám hy sinh lợi ích cá nhân vì lợi ích chung; trách nhiệm trong xây dựng đội ngũ cán bộ, kiểm soát quyền lực, phòng, chống tiêu cực trong phạm vi chức trách, nhiệm vụ được giao; trách nhiệm trong lãnh đạo, chỉ đạo hoàn thiện thể chế góp phần phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số, về mở rộng hợp tác, hội nhập quốc tế, về đổi mới tư duy quản trị, tạo điều kiện phát triển kinh tế tư nhân; xử lý những vấn đề khó, phức tạp, nhạy cảm trong thực hiện nhiệm vụ.";
const H_A_I_6: &str = "Trách nhiệm nêu gương của bản thân và gia đình; việc đấu tranh phòng, chống tham nhũng, lãng phí, tiêu cực; sự tín nhiệm của cán bộ, đảng viên; việc xây dựng phong cách lãnh đạo đổi mới, gần dân, sát dân, trọng dân, thường xuyên nắm bắt tâm tư, nguyện vọng của Nhân dân.";
// criteria.md §4.1 (2C), §4.2 (2B) [C].
const H_A_II: &str = "Hạn chế, khuyết điểm và nguyên nhân";
const H_A_II_1: &str = "Hạn chế, khuyết điểm.";
const H_A_II_2: &str = "Nguyên nhân của hạn chế, khuyết điểm.";
const H_A_III: &str = "Kết quả khắc phục những hạn chế, khuyết điểm đã được cấp có thẩm quyền kết luận hoặc được chỉ ra ở các kỳ kiểm điểm trước";
const G_A_III: &[&str] = prose!(&[
    "Kiểm điểm rõ từng hạn chế, khuyết điểm (đã được khắc phục; đang khắc phục, mức độ khắc phục; chưa được khắc phục); những khó khăn, vướng mắc (nếu có); trách nhiệm của cá nhân.",
]);
const H_A_IV: &str = "Giải trình những vấn đề được gợi ý kiểm điểm (nếu có)";
const G_A_IV: &[&str] = prose!(&[
    "Giải trình từng vấn đề được gợi ý kiểm điểm, nêu nguyên nhân, xác định trách nhiệm của cá nhân đối với từng vấn đề được gợi ý kiểm điểm.",
]);
const H_A_V: &str =
    "Làm rõ trách nhiệm của cá nhân đối với những hạn chế, khuyết điểm của tập thể (nếu có)";
const H_A_VI: &str = "Phương hướng, biện pháp khắc phục hạn chế, khuyết điểm";

// --- Part B (verbatim) ---------------------------------------------------------

// criteria.md §4.1 (2C) [C].
const PART_B: &str = "B. NỘI DUNG TỰ ĐÁNH GIÁ, XẾP LOẠI";
const H_B_I: &str = "Đánh giá theo các nhóm tiêu chí";
// criteria.md §4.1 (2C, first column of the variants table) [C].
const G_B_I_2C: &[&str] = prose!(&[
    "Trên cơ sở cụ thể hoá khung tiêu chí đánh giá đối với đảng viên không làm việc trong hệ thống chính trị được quy định tại Phụ lục 5, Quy định 366-QĐ/TW, cá nhân tự đánh giá, chấm điểm theo các tiêu chí được cụ thể hóa như sau:",
]);
// criteria.md §4.2 (2B, ds:2268db57654c8d23) [C].
const G_B_I_2B: &[&str] = prose!(&[
    "Trên cơ sở cụ thể hoá khung tiêu chí đánh giá đối với cá nhân không giữ chức vụ lãnh đạo, quản lý được quy định tại Phụ lục 4, Quy định 366-QĐ/TW, cá nhân tự đánh giá, chấm điểm theo các tiêu chí được cụ thể hóa như sau:",
]);
// criteria.md §4.1, §4.2 [C]: printed «1. Nhóm tiêu chí chung: …/30»,
// «2. Nhóm tiêu chí về kết quả thực hiện nhiệm vụ: …/70» (the "…/30" comes
// from the group's maximum).
const H_B_I_1: &str = "Nhóm tiêu chí chung:";
const H_B_I_2: &str = "Nhóm tiêu chí về kết quả thực hiện nhiệm vụ:";
// criteria.md §4.1 (2C) [C]; followed by the four levels.
const H_B_II: &str = "Đề xuất xếp loại mức chất lượng:";

// --- Evidence appendix ------------------------------------------------------------

// criteria.md §4.2 (2B) [C]; the 2C copies do not print it (§4.1).
const ATTACH_LINE: &str = "(Gửi kèm Phụ lục về kết quả thực hiện nhiệm vụ trong đó thể hiện sản phẩm tiến độ, chất lượng cụ thể - theo hướng dẫn của các cấp uỷ, tổ chức đảng)";
// criteria.md §4.0, HD 43 mục 7.12 (ds:365eb35d13486667) [C].
const BASIS_7_12: &str = "7.12. Căn cứ khung tiêu chí đánh giá tại Phụ lục 1, 3, 4, 5 của Quy định số 366- QĐ/TW, các cấp uỷ, tổ chức đảng cấp trên chịu trách nhiệm cụ thể hoá, hướng dẫn các cấp uỷ, tổ chức đảng cấp dưới về nội dung chấm điểm theo khung tiêu chí đánh giá tập thể, cá nhân; trong đó, hướng dẫn thống nhất về việc kê khai, thống kê kết quả thực hiện nhiệm vụ qua sản phẩm, tiến độ, chất lượng làm minh chứng cho kết quả chấm điểm việc thực hiện nhiệm vụ tại các Mẫu 01, 2A, 2B, 2C, Hướng dẫn này.";

// The reference has no column labels for this appendix (its layout is left
// to the upper committees, HD 43 mục 7.12): the labels are the app's own
// wording, built on the words of 7.12 (sản phẩm, tiến độ, chất lượng, minh
// chứng) and regulations.md §8.3 [M].
const EVIDENCE_COLUMNS: &[EvidenceColumn] = &[
    EvidenceColumn {
        id: "nhiem_vu",
        label: "Nhiệm vụ được giao",
        kind: ColumnKind::Text,
        wording: Wording::AppOwn,
    },
    EvidenceColumn {
        id: "ke_hoach",
        label: "Kế hoạch, chỉ tiêu",
        kind: ColumnKind::Text,
        wording: Wording::AppOwn,
    },
    EvidenceColumn {
        id: "ket_qua",
        label: "Kết quả, sản phẩm",
        kind: ColumnKind::Text,
        wording: Wording::AppOwn,
    },
    EvidenceColumn {
        id: "tien_do",
        label: "Tiến độ (đúng hạn / chậm)",
        kind: ColumnKind::Timeliness,
        wording: Wording::AppOwn,
    },
    EvidenceColumn {
        id: "chat_luong",
        label: "Chất lượng",
        kind: ColumnKind::Text,
        wording: Wording::AppOwn,
    },
    EvidenceColumn {
        id: "minh_chung",
        label: "Minh chứng",
        kind: ColumnKind::Text,
        wording: Wording::AppOwn,
    },
];

static EVIDENCE_2A: EvidenceAppendix = EvidenceAppendix {
    // Presumed as in 2B (Mẫu 2A not found) [M].
    attach_line: Some(ATTACH_LINE),
    attach_line_confidence: Unconfirmed,
    basis: prose!(BASIS_7_12, ""),
    columns: EVIDENCE_COLUMNS,
};

static EVIDENCE_2B: EvidenceAppendix = EvidenceAppendix {
    attach_line: Some(ATTACH_LINE),
    attach_line_confidence: Confirmed,
    basis: prose!(BASIS_7_12, ""),
    columns: EVIDENCE_COLUMNS,
};

static EVIDENCE_2C: EvidenceAppendix = EvidenceAppendix {
    // No 2C copy prints the line; 7.12 still asks for the evidence.
    attach_line: None,
    attach_line_confidence: Confirmed,
    basis: prose!(BASIS_7_12, ""),
    columns: EVIDENCE_COLUMNS,
};

// --- Signature and assessment blocks ---------------------------------------------

// gaps.md §3.4, criteria.md G3: none found for 2025; the 2019 blocks
// (criteria.md §6.1) are the best model, all [M] here. The 2019 head-of-unit
// block is left out: it records the civil-servant rating (2019 VII.1), which
// the 2025 forms no longer ask for (B.II has a single rating).
const BLOCKS: &[SignatureBlock] = &[
    SignatureBlock {
        id: "ca-nhan",
        signer: Signer::SelfReviewer,
        heading: None,
        lines: &[],
        caption: SELF_CAPTION,
        caption_note: SELF_CAPTION_NOTE,
        confidence: Unconfirmed,
    },
    SignatureBlock {
        id: "chi-uy",
        signer: Signer::CellCommittee,
        heading: Some(CELL_HEADING),
        lines: CELL_LINES,
        caption: CELL_CAPTION,
        caption_note: SIGN_NOTE,
        confidence: Unconfirmed,
    },
    SignatureBlock {
        id: "dang-uy",
        signer: Signer::PartyCommittee,
        heading: None,
        lines: COMMITTEE_LINES,
        caption: COMMITTEE_CAPTION,
        caption_note: SIGN_NOTE,
        confidence: Unconfirmed,
    },
];

// --- Notes --------------------------------------------------------------------------

const NOTE_POINTS: Note = Note {
    section: Some("B.I"),
    text: "Điểm tối đa của từng tiêu chí là mức chia đều mặc định của ứng dụng, không phải quy định: cấp ủy cấp trên cụ thể hoá nội dung chấm điểm (Hướng dẫn 43-HD/BTCTW, điểm 7.12).",
};
const NOTE_BLOCKS: Note = Note {
    section: Some("chi-uy"),
    text: "Chưa tìm được phần đầu mẫu, khung chữ ký và các khung nhận xét, xếp loại của chi ủy, đảng ủy trong bản gốc Hướng dẫn 43-HD/BTCTW; ứng dụng tạm dùng theo mẫu năm 2019. Các khung đó do chi ủy, đảng ủy ghi.",
};
const NOTE_EVIDENCE: Note = Note {
    section: Some("B.II"),
    text: "Tên các cột của phụ lục kết quả thực hiện nhiệm vụ là cách ghi của ứng dụng; nếu cấp ủy cấp trên có mẫu phụ lục riêng thì dùng mẫu đó.",
};

// --- Sections ---------------------------------------------------------------------

/// Sections A.II–A.VI with the confidence of their headings (2C [C], 2B
/// [M] by gap G5, 2A [M]) and of their instruction lines.
const fn part_a_rest(heading: Confidence, guidance: Confidence) -> [Section; 5] {
    [
        Section::new("A.II", "II.", H_A_II, heading),
        Section::new("A.III", "III.", H_A_III, heading)
            .with_guidance(G_A_III, guidance)
            .structured(Structured::Remedies),
        Section::new("A.IV", "IV.", H_A_IV, heading)
            .with_guidance(G_A_IV, guidance)
            .not_required()
            .structured(Structured::Suggestions),
        Section::new("A.V", "V.", H_A_V, heading).not_required(),
        Section::new("A.VI", "VI.", H_A_VI, heading).structured(Structured::Measures),
    ]
}

const fn a_ii_items(confidence: Confidence) -> [Item; 2] {
    [
        Item::text("A.II.1", "1.", H_A_II_1, confidence).structured(Structured::Shortcomings),
        Item::text("A.II.2", "2.", H_A_II_2, confidence),
    ]
}

const fn b_i_items(confidence: Confidence) -> [Item; 2] {
    [
        Item::text("B.I.chung", "1.", H_B_I_1, confidence).with_kind(ItemKind::Points),
        Item::text("B.I.nhiemvu", "2.", H_B_I_2, confidence).with_kind(ItemKind::Points),
    ]
}

// Mẫu 2A [M]: items 1.–3. as in 2B (= QĐ 366 Điều 6 khoản 2 (i)), 4.–6. the
// leader bullets of Điều 6 khoản 2 (ii).
const A_I_2A: &[Item] = &[
    Item::text("A.I.1", "1.", H_A_I_1, Unconfirmed),
    Item::text("A.I.2", "2.", H_A_I_2_2B, Unconfirmed),
    Item::text("A.I.3", "3.", H_A_I_3, Unconfirmed),
    Item::text("A.I.4", "4.", H_A_I_4, Unconfirmed).for_leaders(),
    Item::text("A.I.5", "5.", H_A_I_5, Unconfirmed).for_leaders(),
    Item::text("A.I.6", "6.", H_A_I_6, Unconfirmed).for_leaders(),
];
const A_II_2A: &[Item] = &a_ii_items(Unconfirmed);
const B_I_2A: &[Item] = &b_i_items(Unconfirmed);
const A_REST_2A: [Section; 5] = part_a_rest(Unconfirmed, Unconfirmed);

// Mẫu 2B: items [C] (criteria.md §4.2), headings from 2C [M] (gap G5).
const A_I_2B: &[Item] = &[
    Item::text("A.I.1", "1.", H_A_I_1, Confirmed),
    Item::text("A.I.2", "2.", H_A_I_2_2B, Confirmed),
    Item::text("A.I.3", "3.", H_A_I_3, Confirmed),
];
const A_II_2B: &[Item] = &a_ii_items(Confirmed);
const B_I_2B: &[Item] = &b_i_items(Confirmed);
const A_REST_2B: [Section; 5] = part_a_rest(Unconfirmed, Confirmed);

// Mẫu 2C: all [C] (criteria.md §4.1).
const A_I_2C: &[Item] = &[
    Item::text("A.I.1", "1.", H_A_I_1, Confirmed),
    Item::text("A.I.2", "2.", H_A_I_2_2C, Confirmed),
    Item::text("A.I.3", "3.", H_A_I_3, Confirmed),
];
const A_II_2C: &[Item] = &a_ii_items(Confirmed);
const B_I_2C: &[Item] = &b_i_items(Confirmed);
const A_REST_2C: [Section; 5] = part_a_rest(Confirmed, Confirmed);

pub static LEADER: Template = Template {
    id: TemplateId::Y2025Leader,
    version: 1,
    // Code as the one source that spells it in full does («Mẫu 02A-HD
    // KĐ.ĐG 2025», ds:36b730574106d715, gaps.md §2; HD 43's text says «Mẫu
    // 2A»); the form itself was not found [M]. Subtitle by
    // analogy with 2C and with the 2A title in HD 43's list of forms
    // («Bản kiểm điểm, tự đánh giá, xếp loại cá nhân giữ chức vụ lãnh đạo,
    // quản lý», criteria.md §4.0) [M].
    code: "Mẫu 02A-HD KĐ.ĐG 2025",
    code_confidence: Unconfirmed,
    title: TITLE,
    subtitle: Some("(Cá nhân giữ chức vụ lãnh đạo, quản lý)"),
    title_confidence: Unconfirmed,
    regime: Regime::Qd366,
    identity: IDENTITY_2A,
    sections: &[
        Section::new("A.I", "I.", H_A_I, Unconfirmed)
            .opening_part(PART_A)
            .with_items(A_I_2A),
        A_REST_2A[0].with_items(A_II_2A),
        A_REST_2A[1],
        A_REST_2A[2],
        A_REST_2A[3],
        A_REST_2A[4],
        // The B.I lead-in of 2A was not found (it presumably names Phụ lục
        // 3 [M]); none is printed rather than one made up.
        Section::new("B.I", "I.", H_B_I, Unconfirmed)
            .opening_part(PART_B)
            .with_items(B_I_2A),
        Section::new("B.II", "II.", H_B_II, Unconfirmed)
            .with_kind(ItemKind::Rating(RatingTarget::Party)),
    ],
    scoring: Some(&PL3),
    evidence: Some(&EVIDENCE_2A),
    blocks: prose!(BLOCKS),
    notes: prose!(&[
        Note {
            section: None,
            text: "Chưa tìm được bản gốc Mẫu 2A: nội dung được dựng theo Quy định 366-QĐ/TW (Điều 6 khoản 2, Phụ lục 3) và Mẫu 2B, chưa được xác nhận. Hãy đối chiếu với mẫu do cấp ủy phát hành.",
        },
        Note {
            section: Some("A.I"),
            text: "Ba nội dung 4, 5, 6 dành cho cán bộ lãnh đạo, quản lý lấy nguyên văn Điều 6 khoản 2 Quy định 366-QĐ/TW; vị trí và số thứ tự của chúng trong mẫu chưa được xác nhận.",
        },
        NOTE_POINTS,
        Note {
            section: Some("B.I"),
            text: "Phụ lục 3 (cán bộ lãnh đạo, quản lý) không ghi rõ 30 và 70 điểm cho hai nhóm tiêu chí; mức này suy theo Mẫu 2B, 2C. Phần «Cụ thể» của tiêu chí (iii) về kết quả thực hiện nhiệm vụ chưa tìm được.",
        },
        NOTE_EVIDENCE,
        NOTE_BLOCKS,
    ]),
};

pub static MEMBER: Template = Template {
    id: TemplateId::Y2025Member,
    version: 1,
    // Code as spelled by the 2B copies (ds:2268db57654c8d23 «Mẫu 02B-HD
    // KĐ.ĐG 2025»; HD 43 says «Mẫu 2B»); the code line itself was never seen
    // (gap G3). Subtitle not seen (criteria.md §4.2 notes) [M].
    code: "Mẫu 02B-HD KĐ.ĐG 2025",
    code_confidence: Unconfirmed,
    title: TITLE,
    subtitle: Some("(Cá nhân không giữ chức vụ lãnh đạo, quản lý)"),
    title_confidence: Unconfirmed,
    regime: Regime::Qd366,
    identity: IDENTITY_2BC,
    sections: &[
        Section::new("A.I", "I.", H_A_I, Unconfirmed)
            .opening_part(PART_A)
            .with_items(A_I_2B),
        A_REST_2B[0].with_items(A_II_2B),
        A_REST_2B[1],
        A_REST_2B[2],
        A_REST_2B[3],
        A_REST_2B[4],
        Section::new("B.I", "I.", H_B_I, Unconfirmed)
            .opening_part(PART_B)
            .with_guidance(G_B_I_2B, Confirmed)
            .with_items(B_I_2B),
        Section::new("B.II", "II.", H_B_II, Unconfirmed)
            .with_kind(ItemKind::Rating(RatingTarget::Party)),
    ],
    scoring: Some(&PL4),
    evidence: Some(&EVIDENCE_2B),
    blocks: prose!(BLOCKS),
    notes: prose!(&[
        Note {
            section: None,
            text: "Các bản sao Mẫu 2B bị mất tiêu đề các phần: tiêu đề A, B và các mục I–VI lấy theo Mẫu 2C; dòng «(Cá nhân không giữ chức vụ lãnh đạo, quản lý)» dưới tên mẫu chưa được xác nhận.",
        },
        NOTE_POINTS,
        NOTE_EVIDENCE,
        NOTE_BLOCKS,
    ]),
};

pub static OUTSIDE: Template = Template {
    id: TemplateId::Y2025Outside,
    version: 1,
    // Code as spelled by most 2C copies (others «Mẫu 02C-…»); the code
    // line itself was never seen (gap G3) [M]. Title and subtitle
    // criteria.md §4.1 [C].
    code: "Mẫu 2C-HD KĐ.ĐG 2025",
    code_confidence: Unconfirmed,
    title: TITLE,
    subtitle: Some("(Đảng viên không làm việc trong hệ thống chính trị)"),
    title_confidence: Confirmed,
    regime: Regime::Qd366,
    identity: IDENTITY_2BC,
    sections: &[
        Section::new("A.I", "I.", H_A_I, Confirmed)
            .opening_part(PART_A)
            .with_items(A_I_2C),
        A_REST_2C[0].with_items(A_II_2C),
        A_REST_2C[1],
        A_REST_2C[2],
        A_REST_2C[3],
        A_REST_2C[4],
        Section::new("B.I", "I.", H_B_I, Confirmed)
            .opening_part(PART_B)
            .with_guidance(G_B_I_2C, Confirmed)
            .with_items(B_I_2C),
        Section::new("B.II", "II.", H_B_II, Confirmed)
            .with_kind(ItemKind::Rating(RatingTarget::Party)),
    ],
    scoring: Some(&PL5),
    evidence: Some(&EVIDENCE_2C),
    blocks: prose!(BLOCKS),
    notes: prose!(&[NOTE_POINTS, NOTE_EVIDENCE, NOTE_BLOCKS]),
};

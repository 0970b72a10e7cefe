//! The app's own words in the printed self-review (`core::pdf`): the link
//! between the paper and the sealed file, table headings, the appendix
//! title, the status of a remedied shortcoming. Official wording is not
//! here: it comes from the templates (`core::template`) and the document
//! frame (`core::pdf::frame`).

use crate::core::dossier::{RemedyItem, RemedyStatus, TaskEvidence, TaskStatus};
use crate::core::pdf::Words;
use crate::core::template::{ColumnKind, EvidenceColumn};

/// Before the dossier's SHA-256 digest, under the QR code.
pub const DIGEST_LABEL: &str = "Mã số hồ sơ";
/// Before the signing key's fingerprint, under the QR code and the
/// signature.
pub const FINGERPRINT_LABEL: &str = "Mã nhận diện khoá";
/// Above the digest and fingerprint, beside the QR code.
pub const QR_HEADING: &str = "Đối chiếu bản in với hồ sơ điện tử";
/// Under the QR code: what it is for.
pub const QR_HINT: &str = "Mã QR, mã số hồ sơ và mã nhận diện khoá giúp đối chiếu bản in này với hồ sơ điện tử \
     đã niêm phong; hồ sơ điện tử được đính kèm trong tệp PDF.";

/// The name of the attached sealed file, under the QR code.
pub fn attached_file(file_name: &str) -> String {
    format!("Tệp hồ sơ điện tử đính kèm: {file_name}")
}

/// The description of the embedded file (shown by PDF readers in their
/// attachments panel).
pub const EMBEDDED_DESCRIPTION: &str = "Hồ sơ kiểm điểm điện tử đã niêm phong (JSON)";
/// At the end of a print made on the secretary's desk with the cell's
/// comment and proposal filled in.
pub const CELL_FILL_NOTE: &str = "Nhận xét, đánh giá và mức đề xuất xếp loại của chi bộ in trong bản này \
    do bí thư chi bộ ghi trên bàn làm việc của ứng dụng; phần này không thuộc hồ sơ do đảng viên niêm phong.";

/// The document title in the PDF's metadata: "BẢN KIỂM ĐIỂM CÁ NHÂN năm
/// 2022 – Nguyễn Văn A".
pub fn document_title(form_title: &str, year: i32, name: &str) -> String {
    if name.trim().is_empty() {
        format!("{form_title} năm {year}")
    } else {
        format!("{form_title} năm {year} – {}", name.trim())
    }
}

// The 2025 scoring table (part B.I).
pub const TABLE_NUMBER: &str = "TT";
pub const TABLE_CRITERION: &str = "Tiêu chí";
pub const TABLE_MAX: &str = "Điểm tối đa";
pub const TABLE_POINTS: &str = "Điểm tự chấm";
/// Points not entered.
pub const POINTS_BLANK: &str = "…";

// The task appendix, attached after the form. The words come from the
// form's own line «(Gửi kèm Phụ lục về kết quả thực hiện nhiệm vụ …)».
pub const APPENDIX_TITLE: &str = "PHỤ LỤC";
pub const APPENDIX_SUBTITLE: &str = "KẾT QUẢ THỰC HIỆN NHIỆM VỤ";
/// After the appendix subtitle: whose appendix.
pub fn appendix_owner(form_title: &str, year: i32, name: &str) -> String {
    let form = crate::core::pdf::case::lower(form_title);
    if name.trim().is_empty() {
        format!("(Kèm theo {form} năm {year})")
    } else {
        format!("(Kèm theo {form} năm {year} của {})", name.trim())
    }
}

/// The status of a line of section III, in the words of the 2025 guidance
/// «đã được khắc phục; đang khắc phục, mức độ khắc phục; chưa được khắc
/// phục» (printed after the line: "- Chưa mạnh dạn phê bình: đã được khắc
/// phục.").
pub fn remedy_status(status: RemedyStatus) -> &'static str {
    match status {
        RemedyStatus::Fixed => "đã được khắc phục",
        RemedyStatus::InProgress => "đang khắc phục",
        RemedyStatus::NotFixed => "chưa được khắc phục",
    }
}

/// A line of section III as printed and shown: "- Chưa mạnh dạn phê bình:
/// đã được khắc phục. Ghi chú", with runs of whitespace made single
/// spaces (`clean` first makes the person's text printable).
///
/// ```
/// use kiemdiem::core::dossier::{RemedyItem, RemedyStatus};
/// use kiemdiem::text::pdf::remedy_line;
/// let r = RemedyItem {
///     text: "Chưa mạnh dạn phê bình.".into(),
///     status: Some(RemedyStatus::Fixed),
///     ..RemedyItem::default()
/// };
/// assert_eq!(remedy_line(&r, str::to_owned), "- Chưa mạnh dạn phê bình: đã được khắc phục.");
/// ```
pub fn remedy_line(r: &RemedyItem, clean: fn(&str) -> String) -> String {
    let single = |s: &str| clean(s).split_whitespace().collect::<Vec<_>>().join(" ");
    let mut line = format!(
        "- {}",
        single(&r.text).trim_end_matches(['.', ':', ';', ','])
    );
    if let Some(status) = r.status {
        line.push_str(": ");
        line.push_str(remedy_status(status));
    }
    line.push('.');
    let note = single(&r.note);
    if !note.is_empty() {
        line.push(' ');
        line.push_str(&note);
    }
    line
}

/// What a column of the task appendix holds for one task, as printed and
/// shown (`clean` makes the person's text printable; the result is not
/// trimmed).
pub fn task_cell(t: &TaskEvidence, column: &EvidenceColumn, clean: fn(&str) -> String) -> String {
    match (column.id, column.kind) {
        (_, ColumnKind::Timeliness) => t
            .timeliness
            .map(|v| super::timeliness_label(v).to_owned())
            .unwrap_or_default(),
        ("nhiem_vu", _) => clean(&t.task),
        ("ke_hoach", _) => clean(&t.target),
        ("ket_qua", _) => {
            let mut s = clean(&t.result);
            if t.status == Some(TaskStatus::NotDone) {
                s = format!("{s} ({})", super::task_status_label(TaskStatus::NotDone));
            }
            if t.exceeded {
                s = format!(
                    "{s} ({})",
                    crate::core::pdf::case::lower(super::TASK_EXCEEDED)
                );
            }
            s
        }
        ("chat_luong", _) => {
            let note = clean(&t.quality_note);
            if note.trim().is_empty() {
                t.quality
                    .map(|q| super::task_quality_label(q).to_owned())
                    .unwrap_or_default()
            } else {
                note
            }
        }
        ("minh_chung", _) => clean(&t.evidence),
        _ => String::new(),
    }
}

/// The closing note of the printed form: which parts follow the app's
/// reconstruction or a third-party copy rather than a checked original
/// (`None` when every part is checked).
///
/// ```
/// use kiemdiem::core::dossier::Role;
/// use kiemdiem::core::template::{TemplateId, unchecked_parts};
/// use kiemdiem::text::pdf::source_note;
/// let u = unchecked_parts(TemplateId::Y2025Member.template(), Role::Member);
/// let note = source_note(&u).unwrap();
/// assert!(note.contains("chưa đối chiếu với mẫu do cấp ủy ban hành"));
/// assert!(note.contains("Bảng chấm điểm theo từng tiêu chí ở mục B.I do ứng dụng bổ sung"));
/// ```
pub fn source_note(u: &crate::core::template::Unchecked) -> Option<String> {
    use crate::core::template::PrintedPart;
    // "số hiệu mẫu, các mục A.I, A.II, các khung chữ ký, …".
    let list = |parts: &[PrintedPart]| {
        let sections: Vec<&str> = parts
            .iter()
            .filter_map(|p| match p {
                PrintedPart::Section(id) => Some(*id),
                _ => None,
            })
            .collect();
        let mut names = Vec::new();
        for p in parts {
            match p {
                PrintedPart::Code => names.push("số hiệu mẫu".to_owned()),
                PrintedPart::Title => names.push("tên mẫu và dòng dưới tên mẫu".to_owned()),
                PrintedPart::Section(id) if sections.first() == Some(id) => {
                    names.push(match sections.len() {
                        1 => format!("mục {id}"),
                        _ => format!("các mục {}", sections.join(", ")),
                    })
                }
                PrintedPart::Section(_) => {}
                PrintedPart::Blocks => {
                    names.push("các khung chữ ký, nhận xét, xếp loại".to_owned())
                }
            }
        }
        names.join("; ")
    };
    let mut out = Vec::new();
    if !u.reconstructed.is_empty() {
        out.push(format!(
            "Các phần dựng theo quy định, hướng dẫn và các bản sao mẫu tìm được, chưa đối chiếu với mẫu do cấp ủy ban hành: {}.",
            list(&u.reconstructed)
        ));
    }
    if !u.copied.is_empty() {
        out.push(format!(
            "Các phần lấy theo bản sao của bên thứ ba, chưa đối chiếu với mẫu do cấp ủy ban hành: {}.",
            list(&u.copied)
        ));
    }
    if u.points_table {
        out.push(
            "Bảng chấm điểm theo từng tiêu chí ở mục B.I do ứng dụng bổ sung; mẫu chỉ ghi điểm của từng nhóm tiêu chí và tổng điểm."
                .to_owned(),
        );
    }
    (!out.is_empty()).then(|| format!("Ghi chú: {}", out.join(" ")))
}

/// The words the PDF prints (`core::pdf::PdfInput::words`).
pub const WORDS: Words = Words {
    identity_label: super::identity_label,
    grade_label_default: super::GRADE_LABEL_DEFAULT,
    grade_label: super::grade_label,
    rating_label: super::rating_label,
    not_applicable: super::NOT_APPLICABLE,
    remedy_line,
    task_cell,
    points_blank: POINTS_BLANK,
    points_group_total: super::POINTS_GROUP_TOTAL,
    table_number: TABLE_NUMBER,
    table_criterion: TABLE_CRITERION,
    table_max: TABLE_MAX,
    table_points: TABLE_POINTS,
    fingerprint_label: FINGERPRINT_LABEL,
    digest_label: DIGEST_LABEL,
    qr_heading: QR_HEADING,
    qr_hint: QR_HINT,
    attached_file,
    appendix_title: APPENDIX_TITLE,
    appendix_subtitle: APPENDIX_SUBTITLE,
    appendix_owner,
    source_note,
    document_title,
    app_name: super::APP_NAME,
    embedded_description: EMBEDDED_DESCRIPTION,
    cell_fill_note: CELL_FILL_NOTE,
};

//! The secretary's desk in Vietnamese (`core::desk`): roster errors, what
//! the desk says about a file, who is not rated and why, the HTXS cap with
//! its source, the advisor's flags on a dossier, the spreadsheet columns.
//! The member is «đồng chí».

use crate::core::desk::summary::{CapCheck, CapRegime};
use crate::core::desk::{Admission, Desk, FileFlag, NotRatedKind, RosterError};
use crate::core::dossier::Dossier;
use crate::core::rules::{self, Severity};

use super::rating_label;

pub const DESK_TITLE: &str = "Bàn làm việc của bí thư chi bộ";

/// Why a member is not rated, as a short phrase (QĐ 366 Điều 5 khoản 2 and
/// the rules of the earlier years, see `core::rules`).
pub fn not_rated_kind(k: NotRatedKind) -> &'static str {
    match k {
        NotRatedKind::Exempted => "Miễn công tác và sinh hoạt đảng",
        NotRatedKind::Suspended => "Đình chỉ sinh hoạt đảng",
        NotRatedKind::NewlyAdmitted => "Kết nạp chưa đủ 6 tháng",
    }
}

/// Several grounds in one line.
pub fn not_rated_kinds(kinds: &[NotRatedKind]) -> String {
    kinds
        .iter()
        .map(|k| not_rated_kind(*k))
        .collect::<Vec<_>>()
        .join("; ")
}

/// Said next to a member only unconfirmed grounds would leave unrated
/// (2023–2024).
pub const NOT_RATED_UNCERTAIN: &str = "Có thể thuộc diện không xếp loại, nhưng quy định của năm này \
    về trường hợp đó chưa được xác nhận; đang tính là có xếp loại.";

/// Why a roster file was not read.
pub fn roster_error(e: &RosterError) -> String {
    let why = match e {
        RosterError::TooLarge { max, .. } => {
            format!("tệp quá lớn (tối đa {} KB)", max / 1024)
        }
        RosterError::TooManyRows { max } => format!("danh sách có quá {max} dòng"),
        RosterError::NotUtf8 => {
            "tệp .csv không phải văn bản UTF-8; hãy lưu lại từ bảng tính với kiểu «CSV UTF-8»"
                .to_owned()
        }
        RosterError::Csv(_) => "tệp .csv bị hỏng hoặc sai định dạng".to_owned(),
        RosterError::Xlsx(_) => {
            "tệp .xlsx bị hỏng hoặc không phải bảng tính Excel (.xlsx)".to_owned()
        }
        RosterError::NoSheet => "bảng tính không có trang nào".to_owned(),
        RosterError::NoNames => {
            "không tìm thấy cột «Họ và tên» hay tên đảng viên nào trong tệp".to_owned()
        }
    };
    format!("Không đọc được danh sách đảng viên: {why}. Danh sách đang có không bị thay đổi.")
}

/// Why the stored desk could not be read.
pub fn desk_read_error(e: &crate::core::desk::DeskReadError) -> String {
    use crate::core::desk::DeskReadError::*;
    let why = match e {
        NewerVersion(_) => "dữ liệu do phiên bản mới hơn của ứng dụng ghi; hãy cập nhật ứng dụng",
        NotJson(_) | NotAnObject(_) | Unreadable(_) => "dữ liệu bị hỏng",
    };
    format!("Không đọc được bàn làm việc đã lưu: {why}.")
}

/// What admitting a file did, in one sentence (`name`: the member's name).
pub fn admission(a: &Admission, name: &str) -> String {
    match a {
        Admission::New => format!("Đã nhận hồ sơ của đồng chí {name}."),
        Admission::AlreadyHere => {
            format!("Hồ sơ này của đồng chí {name} đã có trên bàn làm việc; không nhận lại.")
        }
        Admission::ReplacedOlder { .. } => format!(
            "Đã nhận hồ sơ mới hơn của đồng chí {name}; hồ sơ cũ vẫn được liệt kê, đánh dấu là đã được thay."
        ),
        Admission::OlderThanKept { .. } => format!(
            "Đã nhận, nhưng đã có hồ sơ niêm phong sau của đồng chí {name}; hồ sơ này được liệt kê là đã được thay."
        ),
        Admission::KeyChanged { previous } => format!(
            "Hồ sơ của đồng chí {name} được niêm phong bằng một khoá khác với khoá đã ghi nhận ({previous}). \
             Hồ sơ chưa được tính cho đến khi đồng chí bí thư chấp nhận hoặc từ chối khoá mới."
        ),
    }
}

/// What the desk says about a file.
pub fn file_flag(desk: &Desk, f: &FileFlag) -> String {
    match f {
        FileFlag::OtherYear { year } => match desk.cell.year {
            Some(y) => format!("Hồ sơ năm kiểm điểm {year}, không phải năm {y} của chi bộ."),
            None => format!("Hồ sơ năm kiểm điểm {year}."),
        },
        FileFlag::OtherCell { party_cell } => format!(
            "Hồ sơ ghi chi bộ «{party_cell}», không phải «{}».",
            desk.cell.party_cell
        ),
        FileFlag::KeyChanged { previous, decision } => match decision {
            None => format!(
                "Niêm phong bằng khoá khác với khoá đã ghi nhận của đồng chí này ({previous}). \
                 Có thể đồng chí đã đổi máy; hãy hỏi lại trước khi chấp nhận. Chưa được tính."
            ),
            Some(true) => {
                format!("Niêm phong bằng khoá mới, đã được chấp nhận (khoá trước: {previous}).")
            }
            Some(false) => format!(
                "Niêm phong bằng khoá khác ({previous} là khoá đã ghi nhận); đã từ chối, không được tính."
            ),
        },
        FileFlag::Replaced { by } => {
            let newer = desk
                .file(by)
                .map_or_else(|| by.clone(), |f| f.received.file_name.clone());
            format!("Đã được thay bằng hồ sơ niêm phong sau: {newer}.")
        }
        FileFlag::NotOnRoster => "Không có trong danh sách đảng viên của chi bộ.".to_owned(),
        FileFlag::Ambiguous { candidates } => {
            let names: Vec<String> = candidates
                .iter()
                .filter_map(|id| desk.roster.iter().find(|m| m.id == *id))
                .map(|m| {
                    if m.birth_date.is_empty() {
                        m.full_name.clone()
                    } else {
                        format!("{} (sinh {})", m.full_name, m.birth_date)
                    }
                })
                .collect();
            format!(
                "Danh sách có nhiều đồng chí trùng họ tên ({}); ngày sinh trong hồ sơ không đủ để xác định là ai. \
                 Hãy chọn đúng người.",
                names.join("; ")
            )
        }
    }
}

/// Where the HTXS cap is decided: above the cell.
pub const CAP_DECIDED_ABOVE: &str = "Tỉ lệ «Hoàn thành xuất sắc nhiệm vụ» không do chi bộ quyết định: \
    cấp có thẩm quyền (đảng ủy cơ sở hoặc cấp trên) xem xét, quyết định chung cho cả tổ chức. \
    Các số liệu ở đây chỉ để chi bộ đối chiếu đề xuất của mình trước khi gửi lên.";

/// The regulation of a cap, with its source and how sure the reference is:
/// the texts quoted verbatim from `shared/domain/criteria.md` (§6.2 for HD
/// 21 mục 2.3 a), §5.1 for QĐ 366 Điều 11 khoản 1, both \[C\]); QĐ 124 is
/// not in the reference (\[M\], `regulations.md` §4.2), so it is said in
/// the app's words and marked unconfirmed.
pub fn cap_regime(r: CapRegime) -> &'static str {
    match r {
        CapRegime::Hd21_2019 => {
            "Hướng dẫn số 21-HD/BTCTW, mục 2.3 a): «Cấp có thẩm quyền xem xét, quyết định số lượng đảng viên \
             được xếp loại “Hoàn thành xuất sắc nhiệm vụ” không vượt quá 20% số đảng viên được xếp loại \
             “Hoàn thành tốt nhiệm vụ” trong từng tổ chức cơ sở đảng.»"
        }
        CapRegime::Qd124_2023 => {
            "Quy định số 124-QĐ/TW: ứng dụng chưa có văn bản gốc, thông tin sau chưa được xác nhận: số được xếp \
             loại «Hoàn thành xuất sắc nhiệm vụ» không vượt quá 20% số được xếp loại «Hoàn thành tốt nhiệm vụ» \
             theo đối tượng có chức năng, nhiệm vụ tương đồng."
        }
        CapRegime::Qd366_2025 => {
            "Quy định số 366-QĐ/TW, Điều 11, khoản 1: «Số lượng tập thể, cá nhân được xếp loại \"Hoàn thành xuất \
             sắc nhiệm vụ\" không vượt quá 20% tổng số tập thể, cá nhân được xếp loại \"Hoàn thành tốt nhiệm vụ\" \
             theo đối tượng có vị trí, vai trò, chức năng, nhiệm vụ tương đồng, do cấp có thẩm quyền xem xét, \
             quyết định.» «Trường hợp tổ chức, cơ quan, đơn vị có thành tích xuất sắc, nổi trội, tạo sự chuyển \
             biến tích cực, hoàn thành vượt kế hoạch các công việc được giao, mang lại giá trị, hiệu quả thiết \
             thực trong tổ chức thực hiện thì cấp có thẩm quyền quyết định tỉ lệ hoàn thành xuất sắc nhiệm vụ \
             đối với tập thể, cá nhân thuộc phạm vi quản lý, không vượt quá 25% tổng số tập thể, cá nhân được \
             xếp loại \"Hoàn thành tốt nhiệm vụ\".»"
        }
    }
}

/// The cap against the cell's figures, in one line.
pub fn cap_line(c: &CapCheck) -> String {
    let raised = c.raised_limit.map_or_else(String::new, |r| {
        format!(" (tối đa {r} nếu cấp có thẩm quyền cho 25%)")
    });
    let over = if c.over > 0 {
        format!("vượt {} người so với mức 20%", c.over)
    } else {
        "không vượt mức 20%".to_owned()
    };
    format!(
        "{} «{}»: {}; {} «{}»: {}; mức 20%: tối đa {}{raised}; {over}.",
        SHEET_COUNT,
        rating_label(crate::core::dossier::Rating::Excellent),
        c.excellent,
        SHEET_COUNT,
        rating_label(crate::core::dossier::Rating::Good),
        c.good,
        c.limit,
    )
}

/// Said under the cap: which level counts, and the reading not confirmed.
pub const CAP_READING: &str = "Mức của mỗi đồng chí là mức chi bộ đề xuất, hoặc mức tự đề xuất khi chi bộ chưa đề xuất. \
    Số «Hoàn thành tốt nhiệm vụ» không gồm số «Hoàn thành xuất sắc nhiệm vụ»: đây là cách đọc của ứng dụng, \
    văn bản không nói rõ.";

const SHEET_COUNT: &str = "Số";

/// The rating advisor's findings on a dossier worth the secretary's eye
/// (warnings and above), each worded as the editor words it, with its
/// source and how sure the reference is.
pub fn advice_flags(dossier: &Dossier) -> Vec<String> {
    let advice = rules::advise(dossier, None, rules::reference_date(dossier.year));
    let template = dossier.template.template();
    advice
        .findings
        .iter()
        .filter(|f| f.severity >= Severity::Warning)
        .map(|f| {
            let source = match super::advice::confidence_note(f.confidence) {
                Some(note) => format!("{} — {note}", super::advice::citation(&f.citation)),
                None => super::advice::citation(&f.citation),
            };
            format!(
                "{}: {} ({source})",
                super::advice::severity_label(f.severity),
                super::advice::finding(f, template, dossier.role)
            )
        })
        .collect()
}

/// What the desk keeps of a verified file, with the advisor's flags worded.
#[cfg(feature = "full")]
pub fn receive(
    v: &crate::core::seal::Verified,
    file_name: &str,
    received_at: i64,
) -> crate::core::desk::Received {
    let mut r = crate::core::desk::Received::from_verified(v, file_name, received_at);
    r.flags = advice_flags(&v.payload.dossier);
    r
}

pub use super::echo;

/// The status of a file in the dossier index.
pub fn file_status(desk: &Desk, f: &crate::core::desk::Filed) -> String {
    use crate::core::desk::{FileState, KeyState};
    let key = match &f.key {
        KeyState::Pinned => None,
        KeyState::Changed { decision: None, .. } => Some("khoá mới, chờ bí thư quyết định"),
        KeyState::Changed {
            decision: Some(true),
            ..
        } => Some("khoá mới đã được chấp nhận"),
        KeyState::Changed {
            decision: Some(false),
            ..
        } => Some("khoá mới đã bị từ chối"),
    };
    let counted = f.state == FileState::Current && f.key.trusted();
    let mut out = match &f.state {
        FileState::Replaced { by } => {
            let newer = desk
                .file(by)
                .map_or_else(|| by.clone(), |f| f.received.file_name.clone());
            format!("Đã được thay bằng {newer}")
        }
        FileState::Current if counted => "Được tính".to_owned(),
        FileState::Current => "Không được tính".to_owned(),
    };
    if let Some(key) = key {
        out.push_str(&format!(" ({key})"));
    }
    if let Some(y) = desk.cell.year
        && f.received.year != y
    {
        out.push_str(&format!("; hồ sơ năm {}", f.received.year));
    }
    out
}

/// The spreadsheets' words (`core::desk::sheet`).
#[cfg(feature = "full")]
pub const SHEET_WORDS: crate::core::desk::sheet::SheetWords =
    crate::core::desk::sheet::SheetWords {
        members_sheet: "Danh sách đảng viên",
        levels_sheet: "Tổng hợp",
        index_sheet: "Danh mục hồ sơ",
        member_columns: [
            "STT",
            "Họ và tên",
            "Ngày sinh",
            "Mẫu",
            "Tự đề xuất xếp loại",
            "Chi bộ đề xuất",
            "Ghi chú",
        ],
        level_columns: [
            "Mức xếp loại",
            "Tự đề xuất (số người)",
            "Tỉ lệ (%)",
            "Chi bộ đề xuất (số người)",
            "Tỉ lệ (%)",
        ],
        index_columns: [
            "STT",
            "Họ và tên",
            "Tệp",
            "Niêm phong lúc",
            "Mã nhận diện khoá",
            "SHA-256",
            "Trạng thái",
        ],
        rating_label,
        template_label: super::template_label,
        not_rated: not_rated_kinds_line,
        not_rated_uncertain: NOT_RATED_UNCERTAIN,
        not_handed_in: "Chưa nộp hồ sơ",
        file_flag,
        file_status,
        count_labels: [
            "Số đảng viên trong danh sách",
            "Đã nộp hồ sơ",
            "Chưa nộp hồ sơ",
            "Được xếp loại",
            "Không xếp loại",
            "Chưa tự đề xuất mức xếp loại",
            "Chi bộ chưa đề xuất mức xếp loại",
        ],
        cap_heading: "Tỉ lệ «Hoàn thành xuất sắc nhiệm vụ»",
        cap_regime,
        cap_line,
        cap_decided_above: CAP_DECIDED_ABOVE,
        cap_reading: CAP_READING,
        vn_time: super::tools::VN_TIME,
    };

/// A member not rated, in the notes column: "Không xếp loại: …".
pub fn not_rated_kinds_line(kinds: &[NotRatedKind]) -> String {
    format!("Không xếp loại: {}", not_rated_kinds(kinds))
}

/// A spreadsheet could not be written.
#[cfg(feature = "full")]
pub fn sheet_error(_: &crate::core::desk::sheet::SheetError) -> String {
    "Không tạo được tệp bảng tính (.xlsx); hãy báo lỗi này cho người hỗ trợ.".to_owned()
}

/// The command line's last line after `desk summarize`.
pub fn cli_summary(
    taken: usize,
    refused: usize,
    s: &crate::core::desk::summary::Summary,
) -> String {
    let year = s
        .year
        .map_or_else(String::new, |y| format!(" năm kiểm điểm {y}"));
    format!(
        "Đã nhận {taken} tệp, từ chối {refused} tệp. Tổng hợp{year}: {} hồ sơ được tính, {} được xếp loại, \
         {} không xếp loại; {} đồng chí trong danh sách chưa nộp.",
        s.handed_in,
        s.rated,
        s.not_rated.len(),
        s.missing
    )
}

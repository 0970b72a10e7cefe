//! Strings of the secretary's desk page ("Bàn làm việc của bí thư chi
//! bộ"). The wording of the desk's findings, roster errors, the cap and the
//! spreadsheets' columns is in [`crate::text::desk`].

pub const NAV: &str = "Bàn làm việc chi bộ";
pub const TITLE: &str = "Bàn làm việc của bí thư chi bộ";
pub const INTRO: &str = "Nhận hồ sơ kiểm điểm đã niêm phong của đảng viên trong chi bộ (tệp .json \
    hoặc bản in .pdf), kiểm tra niêm phong, đối chiếu với danh sách đảng viên và tổng hợp kết quả. \
    Mọi việc làm ngay trên máy này, không gửi đi đâu; hồ sơ được lưu trong bộ nhớ của trình duyệt.";
pub const OPENING: &str = "Đang mở bàn làm việc…";

pub const CELL_HEADING: &str = "Chi bộ";
pub const CELL_YEAR: &str = "Năm kiểm điểm";
pub const CELL_NAME: &str = "Chi bộ";
pub const CELL_COMMITTEE: &str = "Đảng bộ";
pub const CELL_HINT: &str = "Điền từ hồ sơ đầu tiên nhận được; đồng chí có thể sửa.";

pub const IMPORT_HEADING: &str = "Nhận hồ sơ";
pub const IMPORT_FILES: &str = "Chọn các tệp hồ sơ";
pub const IMPORT_FOLDER: &str = "Chọn cả thư mục";
pub const IMPORT_DROP: &str = "hoặc kéo các tệp, thư mục vào đây.";
pub const IMPORT_ONLY_VERIFIED: &str = "Chỉ hồ sơ có niêm phong hợp lệ mới được lưu; \
    tệp bị từ chối được nêu rõ lý do.";
pub const REFUSED_HEADING: &str = "Tệp không nhận";
pub const SKIPPED_NOT_DOSSIER: &str = "Không phải tệp hồ sơ (.json, .pdf): bỏ qua.";

/// "Đã kiểm tra 12/40 tệp: nhận 10, từ chối 2."
pub fn progress(done: usize, total: usize, accepted: usize, refused: usize) -> String {
    format!("Đã kiểm tra {done}/{total} tệp: nhận {accepted}, từ chối {refused}.")
}

pub const REVIEW_HEADING: &str = "Cần đồng chí xem xét";
pub const REVIEW_NONE: &str = "Không có hồ sơ nào cần xem xét thêm.";
pub const ACCEPT_KEY: &str = "Chấp nhận khoá mới";
pub const REFUSE_KEY: &str = "Không chấp nhận";

pub const SUMMARY_HEADING: &str = "Tổng hợp kết quả";
pub const SUMMARY_EMPTY: &str = "Chưa có hồ sơ nào được tính.";
pub const SUMMARY_LEVEL: &str = "Mức xếp loại";
pub const SUMMARY_OWN: &str = "Đảng viên tự đề xuất";
pub const SUMMARY_CELL: &str = "Chi bộ đề xuất";
pub const NOT_RATED_HEADING: &str = "Không đánh giá, xếp loại";

/// "12 (30,0%)": a count and its share, one decimal, Vietnamese comma.
pub fn count_with_percent(n: u32, percent: Option<f64>) -> String {
    match percent {
        Some(p) => format!("{n} ({}%)", format!("{p:.1}").replace('.', ",")),
        None => n.to_string(),
    }
}

/// The line of counts above the summary table (without a roster, what
/// was handed in only).
pub fn summary_counts(roster: u32, handed_in: u32, missing: u32, rated: u32) -> String {
    if roster == 0 {
        return format!(
            "Đã nộp: {handed_in} · được đánh giá, xếp loại: {rated}. \
             Chưa có danh sách đảng viên để biết ai chưa nộp."
        );
    }
    format!(
        "Danh sách: {roster} đảng viên · đã nộp: {handed_in} · chưa nộp: {missing} · \
         được đánh giá, xếp loại: {rated}."
    )
}

/// "Chưa tự đề xuất: 2 · chi bộ chưa đề xuất: 5."
pub fn summary_gaps(own_missing: u32, cell_undecided: u32) -> String {
    format!("Chưa tự đề xuất: {own_missing} · chi bộ chưa đề xuất: {cell_undecided}.")
}

pub const DOWNLOADS_HEADING: &str = "Xuất báo cáo";
pub const SUMMARY_XLSX: &str = "Bảng tổng hợp (.xlsx)";
pub const SUMMARY_CSV: &str = "Bảng tổng hợp (.csv)";
pub const INDEX_XLSX: &str = "Danh mục hồ sơ (.xlsx)";
pub const INDEX_CSV: &str = "Danh mục hồ sơ (.csv)";
pub const MADE: &str = "Đã tạo tệp";

pub const ROSTER_HEADING: &str = "Danh sách đảng viên của chi bộ";
pub const ROSTER_EMPTY: &str = "Chưa có danh sách. Đồng chí có thể mở tệp danh sách (.xlsx, .csv) \
    đang có, lập từ các hồ sơ đã nhận, hoặc thêm từng người.";
pub const ROSTER_OPEN: &str = "Mở tệp danh sách (.xlsx, .csv)";
pub const ROSTER_FROM_FILES: &str = "Lập từ hồ sơ đã nhận";
pub const ROSTER_REPLACE_CONFIRM: &str = "Thay danh sách hiện có bằng danh sách trong tệp?";
pub const ROSTER_REPLACE: &str = "Thay danh sách";
pub const CANCEL: &str = "Huỷ";

/// "Đã thêm 3 người từ hồ sơ đã nhận."
pub fn roster_added(n: usize) -> String {
    format!("Đã thêm {n} người từ hồ sơ đã nhận.")
}

/// "Đã đọc 25 người từ tệp danh sách."
pub fn roster_read(n: usize) -> String {
    format!("Đã đọc {n} người từ tệp danh sách.")
}

pub const MEMBER_NAME: &str = "Họ và tên";
pub const MEMBER_BIRTH: &str = "Ngày sinh";
pub const MEMBER_NOTE: &str = "Ghi chú";
pub const MEMBER_ADD: &str = "Thêm vào danh sách";
pub const MEMBER_SAVE: &str = "Lưu";
pub const MEMBER_EDIT: &str = "Sửa";
pub const MEMBER_REMOVE: &str = "Xoá";
pub const MEMBER_NAME_MISSING: &str = "Hãy nhập họ và tên.";
pub const HANDED_IN: &str = "Đã nộp";
pub const NOT_HANDED_IN: &str = "Chưa nộp";
pub const MISSING_HEADING: &str = "Chưa nộp hồ sơ";

pub const FILES_HEADING: &str = "Hồ sơ đã nhận";
pub const FILES_EMPTY: &str = "Chưa nhận hồ sơ nào.";
pub const STATE_CURRENT: &str = "Đang dùng";
pub const STATE_REPLACED: &str = "Đã có bản mới hơn";
pub const STATE_KEY_PENDING: &str = "Khoá mới, chờ xem xét";
pub const STATE_KEY_REFUSED: &str = "Không chấp nhận (khoá lạ)";
pub const VIEW: &str = "Xem";
pub const SEALED_AT: &str = "Niêm phong lúc";
pub const PROPOSED: &str = "Tự đề xuất";
pub const NO_PROPOSAL: &str = "Chưa đề xuất";

pub const BACK: &str = "Về bàn làm việc";
pub const MEMBER_HEADING: &str = "Hồ sơ của đồng chí";
pub const FILE_GONE: &str = "Không còn hồ sơ này trên bàn làm việc.";
pub const ADVICE_HEADING: &str = "Lưu ý khi xem xét mức đề xuất";
pub const ADVICE_NONE: &str = "Không có lưu ý nào từ các quy định mà ứng dụng kiểm tra được.";
pub const CELL_REVIEW_HEADING: &str = "Ý kiến của chi bộ";
pub const CELL_COMMENT: &str = "Nhận xét, đánh giá của chi uỷ";
pub const CELL_LEVEL: &str = "Chi bộ đề xuất xếp loại";
pub const CELL_LEVEL_NONE: &str = "Chưa đề xuất";
pub const CELL_REVIEW_SAVE: &str = "Lưu ý kiến của chi bộ";
pub const CELL_REVIEW_SAVED: &str = "Đã lưu ý kiến của chi bộ.";
pub const PRINT_WITH_CELL: &str = "In bản có ý kiến của chi bộ (.pdf)";
pub const PRINTING: &str = "Đang tạo bản in…";
pub const PRINT_WITH_CELL_HINT: &str = "Bản in của đảng viên, có thêm nhận xét, đánh giá và mức đề xuất \
    của chi bộ ở phần dành cho chi uỷ (theo ý kiến đã lưu ở trên).";
pub const CONTENT_HEADING: &str = "Nội dung bản kiểm điểm";
pub const CONTENT_LOADING: &str = "Đang kiểm tra lại niêm phong và mở nội dung…";
pub const REMOVE_FILE: &str = "Gỡ hồ sơ này khỏi bàn làm việc";

pub const STORE_UNAVAILABLE: &str = "Trình duyệt không cho mở bộ nhớ của bàn làm việc (IndexedDB), \
    có thể do đang ở chế độ riêng tư hoặc bộ nhớ bị chặn. Hồ sơ sẽ không được lưu lại.";
pub const STORE_FULL: &str = "Bộ nhớ của trình duyệt đã đầy: hồ sơ vừa nhận chưa được lưu. \
    Hãy giải phóng dung lượng rồi nhận lại các tệp này.";
pub const STORE_FAILED: &str = "Không ghi được vào bộ nhớ của bàn làm việc. Hãy thử lại.";
pub const STATE_UNREADABLE: &str = "Bản cũ được giữ riêng, không xoá; bàn làm việc bắt đầu lại từ đầu, các tệp hồ sơ đã lưu vẫn còn.";

/// The message for a store error.
#[cfg(target_arch = "wasm32")]
pub fn store_error(e: &crate::web::desk_store::StoreError) -> &'static str {
    use crate::web::desk_store::StoreError;
    match e {
        StoreError::Unavailable => STORE_UNAVAILABLE,
        StoreError::Full => STORE_FULL,
        StoreError::Failed => STORE_FAILED,
    }
}

pub const BACKUP_HEADING: &str = "Sao lưu và khôi phục bàn làm việc";
pub const BACKUP_INTRO: &str = "Tệp sao lưu chứa danh sách, ý kiến của chi bộ và mọi hồ sơ đã nhận, \
    để cất giữ hoặc chuyển sang máy khác. Khi khôi phục, từng hồ sơ được kiểm tra niêm phong lại; \
    không có gì trên bàn làm việc này bị ghi đè.";
pub const BACKUP_MAKE: &str = "Sao lưu bàn làm việc";
pub const BACKUP_MADE: &str = "Đã tạo tệp sao lưu";
pub const RESTORE_OPEN: &str = "Khôi phục từ tệp sao lưu";
pub const RESTORE_DONE: &str = "Đã khôi phục xong.";

/// Why a desk backup file is refused.
pub fn backup_error(e: &crate::core::desk::backup::DeskBackupError) -> String {
    use crate::core::desk::backup::DeskBackupError as E;
    match e {
        E::TooLarge(n) => format!(
            "Tệp quá lớn ({} MB) để là tệp sao lưu của bàn làm việc.",
            n / 1_000_000
        ),
        E::NotJson | E::NotDeskBackup => {
            "Đây không phải tệp sao lưu của bàn làm việc (tệp KiemDiem_BanLamViec_….json).".to_owned()
        }
        E::NewerVersion(v) => format!(
            "Tệp sao lưu do phiên bản mới hơn của ứng dụng tạo (định dạng {v}). \
             Hãy cập nhật ứng dụng rồi mở lại."
        ),
        E::ChecksumMismatch => {
            "Tệp sao lưu đã bị thay đổi hoặc hỏng sau khi tạo (mã kiểm tra không khớp): không khôi phục."
                .to_owned()
        }
        E::TooManyFiles(n) => format!("Tệp sao lưu có quá nhiều hồ sơ ({n})."),
        E::Unwritable => "Không tạo được tệp sao lưu.".to_owned(),
    }
}

/// How a file of a backup is named in the import's messages.
pub fn restored_file_name(n: usize) -> String {
    format!("Hồ sơ thứ {n} trong tệp sao lưu")
}

pub const SUMMARY_PDF: &str = "Bảng tổng hợp (.pdf)";
pub const SUMMARY_PDF_INTRO: &str = "Bảng do ứng dụng Kiểm điểm lập từ các hồ sơ kiểm điểm đã niêm phong \
    mà chi bộ nhận được. Trung ương chưa ban hành mẫu bảng tổng hợp kết quả xếp loại ở chi bộ; \
    các cột dưới đây là của ứng dụng. Số liệu đầy đủ ở tệp .csv đính kèm trong tệp PDF này.";
pub const SUMMARY_PDF_CAPTION: &str = "T/M CHI ỦY (CHI BỘ)";
pub const SUMMARY_PDF_CAPTION_NOTE: &str = "(ký, ghi rõ họ tên)";
pub const SUMMARY_PDF_ATTACHED: &str = "Bảng tổng hợp dạng CSV (UTF-8)";

/// The title lines of the summary PDF.
pub fn summary_pdf_title(year: Option<i32>) -> Vec<String> {
    let mut lines = vec![
        "BẢNG TỔNG HỢP KẾT QUẢ TỰ ĐÁNH GIÁ VÀ ĐỀ XUẤT XẾP LOẠI CHẤT LƯỢNG ĐẢNG VIÊN".to_owned(),
    ];
    if let Some(y) = year {
        lines.push(format!("Năm {y}"));
    }
    lines
}

/// A cell of the printed members' table: its first line, at most 160
/// characters (the attached CSV has the whole note).
pub fn pdf_cell(text: &str) -> String {
    let first = text.lines().next().unwrap_or("");
    let mut out: String = first.chars().take(160).collect();
    if first.chars().count() > 160 || text.lines().nth(1).is_some() {
        out.push('…');
    }
    out
}

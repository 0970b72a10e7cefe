//! Strings of the export page, the signing key and the verify page
//! ("Kiểm tra hồ sơ"). The wording of verification errors is in
//! [`crate::text::seal`]; the PDF's own labels in [`crate::text::pdf`].

pub const EXPORT: &str = "Xuất hồ sơ";
pub const EXPORT_TITLE: &str = "Xuất bản kiểm điểm";
pub const EXPORT_INTRO: &str = "Tạo hai tệp để nộp cho chi bộ: tệp hồ sơ (.json) được niêm phong \
    bằng khoá niêm phong của đồng chí, và bản in (.pdf) theo thể thức văn bản của Đảng, có kèm tệp hồ sơ bên trong. \
    Mọi việc làm ngay trên máy này, không gửi đi đâu.";
pub const EXPORT_INCOMPLETE: &str = "Bản kiểm điểm còn chỗ chưa hoàn chỉnh (xem dưới đây). \
    Đồng chí vẫn có thể xuất để xem trước, nhưng nên hoàn chỉnh trước khi nộp.";
pub const EXPORT_COMPLETE: &str = "Bản kiểm điểm đã đủ các mục bắt buộc.";
pub const EXPORT_CHECKING: &str = "Đang kiểm tra bản kiểm điểm…";
pub const EXPORT_BUTTON: &str = "Niêm phong và tạo tệp";
pub const EXPORT_BUSY: &str = "Đang tạo tệp…";
pub const EXPORT_DONE: &str = "Đã tạo xong. Bấm để lưu từng tệp về máy:";
pub const DOWNLOAD_JSON: &str = "Lưu tệp hồ sơ (.json)";
pub const DOWNLOAD_PDF: &str = "Lưu bản in (.pdf)";
pub const DIGEST: &str = "Mã số hồ sơ";
pub const BACK_TO_EDITOR: &str = "Quay lại sửa bản kiểm điểm";
pub const WORKER_FAILED: &str = "Không khởi động được phần xử lý tệp của ứng dụng. \
    Hãy tải lại trang rồi thử lại.";
pub const KEY_RECORD_FAILED: &str =
    "Không ghi được khoá niêm phong. Hãy tải lại trang rồi thử lại.";
pub const KEY_NOT_STORED: &str = "Đã tạo tệp, nhưng không lưu được khoá niêm phong vào trình duyệt \
    (bộ nhớ đầy hoặc bị chặn): lần xuất sau sẽ dùng một khoá khác.";

pub const KEY_HEADING: &str = "Khoá niêm phong";
pub const KEY_FINGERPRINT: &str = "Mã nhận diện khoá";
pub const KEY_NONE: &str = "Chưa có khoá: khoá được tạo trên máy này ở lần xuất đầu tiên.";
pub const SEAL_MEANING: &str = "Niêm phong cho biết tệp không bị sửa từ khi xuất và được tạo bởi \
    người giữ khoá có mã nhận diện khoá trên. Đây không phải chữ ký số của tổ chức cung cấp dịch vụ chứng thực \
    chữ ký số theo pháp luật Việt Nam: khoá nằm trong trình duyệt của máy này, bản in vẫn cần chữ ký tay.";
pub const KEY_MANAGE: &str = "Sao lưu, chuyển hoặc thay khoá";
pub const PASSPHRASE: &str = "Mật khẩu bảo vệ tệp khoá";
pub const PASSPHRASE_AGAIN: &str = "Nhập lại mật khẩu";
pub const PASSPHRASE_HINT: &str =
    "Ít nhất 8 ký tự. Không có cách nào lấy lại khoá nếu quên mật khẩu.";
pub const PASSPHRASE_SHORT: &str = "Mật khẩu cần ít nhất 8 ký tự.";
pub const PASSPHRASE_MISMATCH: &str = "Hai lần nhập mật khẩu không giống nhau.";
pub const SAVE_KEY: &str = "Lưu tệp khoá";
pub const SAVE_KEY_NONE: &str = "Chưa có khoá để sao lưu.";
pub const KEY_SAVED: &str = "Đã tạo tệp khoá. Hãy cất tệp này cùng mật khẩu ở nơi an toàn.";
pub const OPEN_KEY: &str = "Dùng khoá từ tệp";
pub const KEY_FILE: &str = "Tệp khoá (.json)";
pub const KEY_FILE_NONE: &str = "Hãy chọn tệp khoá trước.";
pub const OPEN_KEY_BUTTON: &str = "Mở tệp khoá";
pub const NEW_KEY: &str = "Tạo khoá mới";
pub const NEW_KEY_WARNING: &str = "Khoá hiện tại sẽ không dùng để niêm phong nữa (nó vẫn được giữ \
    lại trên máy). Các tệp đã niêm phong bằng khoá cũ vẫn kiểm tra được.";
pub const REPLACE_KEY: &str = "Thay khoá";
pub const KEY_REPLACED: &str = "Đã thay khoá. Khoá cũ được giữ lại trên máy.";
pub const WORKING: &str = "Đang xử lý…";

/// "Use the key … instead of …?"
pub fn replace_key_question(new: &str, old: &str) -> String {
    format!("Dùng khoá có dấu {new} thay cho khoá hiện tại ({old})?")
}

pub const VERIFY: &str = "Kiểm tra hồ sơ";
pub const VERIFY_INTRO: &str = "Mở một hay nhiều tệp hồ sơ (.json) hoặc bản in (.pdf) do ứng dụng \
    tạo ra để kiểm tra niêm phong và xem nội dung. Tệp chỉ được đọc trên máy này.";
pub const VERIFY_PICK: &str = "Chọn tệp hồ sơ";
pub const VERIFY_DROP: &str = "hoặc kéo thả tệp vào đây";
pub const VERIFY_OK: &str = "Hợp lệ";
pub const VERIFY_BAD: &str = "Không hợp lệ";
pub const VERIFY_CONTENT: &str = "Nội dung bản kiểm điểm";
pub const VERIFY_WAITING: &str = "Đang kiểm tra…";

/// The file is over the size limit (checked before reading it).
pub fn file_too_large(bytes: u64, max: u64) -> String {
    format!(
        "Tệp quá lớn ({} KB; tối đa {} KB): đây không phải tệp hồ sơ của ứng dụng.",
        bytes.div_ceil(1024),
        max / 1024
    )
}

/// A file the command line could not read or write, in words (the system's
/// own message is English).
pub fn file_io_error(path: &str, kind: std::io::ErrorKind) -> String {
    use std::io::ErrorKind as K;
    let why = match kind {
        K::NotFound => "không tìm thấy tệp",
        K::PermissionDenied => "không có quyền đọc hoặc ghi tệp này",
        K::IsADirectory => "đây là một thư mục, không phải một tệp",
        K::StorageFull => "ổ đĩa đã đầy",
        K::ReadOnlyFilesystem => "ổ đĩa chỉ cho đọc, không ghi được",
        _ => "không đọc hoặc ghi được tệp",
    };
    format!("{path}: {why}.")
}

/// The command line could not write its JSON report.
pub const CLI_REPORT_FAILED: &str = "Không viết được báo cáo dạng JSON.";

// Said by the export worker.
pub const NO_RANDOMNESS: &str = "Trình duyệt không cấp được số ngẫu nhiên để tạo khoá. \
    Hãy thử lại bằng một trình duyệt khác.";
pub const KEY_RECORD_BROKEN: &str = "Khoá niêm phong lưu trong trình duyệt bị hỏng. \
    Hãy dùng khoá từ tệp sao lưu hoặc tạo khoá mới.";
pub const VERIFIED_JSON: &str = "Niêm phong hợp lệ: tệp không bị thay đổi từ khi niêm phong, \
    và là bản kiểm điểm theo mẫu ứng dụng biết.";
pub const VERIFIED_PDF: &str = "Niêm phong của tệp hồ sơ gắn trong bản PDF hợp lệ: tệp đó không bị \
    thay đổi từ khi niêm phong. Nội dung dưới đây là của tệp gắn kèm; chữ in trên các trang PDF \
    không được niêm phong riêng, hãy đối chiếu khi cần.";
pub const IN_PDF: &str = "Tệp hồ sơ gắn trong bản PDF không hợp lệ:";
pub const SEALED_AT: &str = "Niêm phong lúc";
pub const VN_TIME: &str = "(giờ Việt Nam)";
pub const APP_VERSION: &str = "Phiên bản ứng dụng";

/// Why the PDF could not be made.
#[cfg(feature = "full")]
pub fn pdf_error(e: &crate::core::pdf::PdfError) -> String {
    use crate::core::pdf::PdfError;
    let why = match e {
        PdfError::FileName(_) => "tên tệp hồ sơ đính kèm không hợp lệ",
        PdfError::QrTooLong(_) => "mã QR không chứa hết thông tin đối chiếu",
        PdfError::Font(_) => "phông chữ của ứng dụng bị hỏng",
        PdfError::Write(_) => "không ghi được tệp PDF",
    };
    format!(
        "Không tạo được bản PDF ({why}). Tệp hồ sơ (.json) vẫn dùng được; \
         hãy báo lỗi này cho người hỗ trợ."
    )
}

/// Why no sealed dossier could be read from a PDF.
#[cfg(feature = "full")]
pub fn pdf_read_error(e: &crate::core::pdf::PdfReadError) -> String {
    use crate::core::pdf::PdfReadError;
    match e {
        PdfReadError::NotPdf | PdfReadError::Unreadable(_) => {
            "Tệp PDF bị hỏng hoặc không đọc được (có thể bị cắt cụt khi tải về hoặc sao chép)."
        }
        PdfReadError::Encrypted => {
            "Tệp PDF đã bị mã hoá bằng mật khẩu: đây không phải bản in do ứng dụng tạo ra."
        }
        PdfReadError::NoDossier => {
            "Tệp PDF này không mang tệp hồ sơ đã niêm phong bên trong: có thể đây là bản \
             chụp, bản in lại hoặc tệp do chương trình khác tạo, nên không kiểm tra được."
        }
        PdfReadError::BadEmbeddedFile(_) => "Tệp hồ sơ gắn trong bản PDF bị hỏng, không đọc được.",
    }
    .to_owned()
}

//! The sealed dossier file and the key file: what the person and the
//! secretary read when a file is refused, or cannot be written.

use crate::core::keyfile::{KEY_FILE_FORMAT, KeyFileError};
use crate::core::seal::{ContentProblem, SealError, VerifyError};

/// Why a file is not accepted as a sealed dossier, in one or two
/// sentences that say exactly what is wrong.
///
/// ```
/// use kiemdiem::core::seal::VerifyError;
/// use kiemdiem::text::seal::verify_error;
/// assert!(verify_error(&VerifyError::SignatureInvalid).contains("đã bị thay đổi sau khi niêm phong"));
/// ```
pub fn verify_error(e: &VerifyError) -> String {
    use VerifyError::*;
    let why = match e {
        TooLarge { .. } => "Tệp quá lớn (hơn 4 MB) nên không được mở: một bản kiểm điểm đã \
             niêm phong chỉ nặng vài chục KB. Có lẽ đã chọn nhầm tệp."
            .to_owned(),
        NotJson { .. } => "Tệp không đọc được: đây không phải tệp JSON hợp lệ (có thể tệp bị \
             hỏng, bị cắt cụt khi tải về hoặc sao chép, hoặc đã chọn nhầm tệp)."
            .to_owned(),
        NotADossier => {
            "Đây không phải tệp bản kiểm điểm đã niêm phong của ứng dụng Kiểm điểm.".to_owned()
        }
        UnknownFormat { found } => match found.as_str() {
            crate::core::backup::BACKUP_FORMAT => "Đây là tệp sao lưu, không phải bản kiểm \
                 điểm đã niêm phong. Tệp sao lưu được mở bằng «Khôi phục từ tệp sao lưu»."
                .to_owned(),
            crate::core::suggestions::FORMAT => {
                "Đây là tệp gợi ý kiểm điểm, không phải bản kiểm điểm đã niêm phong.".to_owned()
            }
            KEY_FILE_FORMAT => "Đây là tệp khoá ký của một người, không phải bản kiểm điểm \
                 đã niêm phong. Không gửi tệp khoá cho người khác."
                .to_owned(),
            other => {
                format!("Đây không phải bản kiểm điểm đã niêm phong: tệp có định dạng «{other}».")
            }
        },
        UnsupportedVersion { found } => format!(
            "Tệp theo phiên bản định dạng {found}, phiên bản ứng dụng này chỉ đọc được \
             phiên bản 1. Hãy cập nhật ứng dụng rồi mở lại tệp."
        ),
        BadEnvelope { field } => format!(
            "Tệp không đúng cấu trúc của bản kiểm điểm đã niêm phong: mục «{field}» bị thiếu, \
             sai kiểu hoặc không được phép có."
        ),
        UnknownAlgorithm { found } => format!(
            "Tệp được niêm phong bằng thuật toán «{found}»; ứng dụng chỉ kiểm tra được dấu \
             niêm phong Ed25519."
        ),
        KeyMalformed { .. } => "Khoá công khai ghi trong tệp bị hỏng hoặc không hợp lệ, nên \
             không kiểm tra được dấu niêm phong. Tệp đã bị sửa hoặc hỏng."
            .to_owned(),
        SignatureMalformed => "Chữ ký niêm phong ghi trong tệp bị hỏng (sai độ dài hoặc có ký \
             tự lạ). Tệp đã bị sửa hoặc hỏng."
            .to_owned(),
        FingerprintMismatch { stated, actual } => format!(
            "Mã nhận diện khoá ghi trong tệp ({stated}) không khớp với khoá công khai trong tệp \
             (mã đúng là {actual}). Tệp đã bị sửa sau khi niêm phong."
        ),
        NotNfc { path } => format!(
            "Văn bản trong tệp không ở dạng chuẩn Unicode NFC (dấu tiếng Việt bị tách rời khỏi \
             chữ, tại «{path}»). Tệp không do ứng dụng tạo ra, hoặc đã bị một chương trình \
             khác chuyển đổi sau khi niêm phong."
        ),
        SignatureInvalid => "Nội dung đã bị thay đổi sau khi niêm phong: chữ ký không khớp với \
             nội dung. Không dùng tệp này; hãy đề nghị người viết gửi lại bản gốc."
            .to_owned(),
        NewerSchema { .. } => "Bản kiểm điểm được tạo bởi phiên bản mới hơn của ứng dụng. Hãy \
             cập nhật ứng dụng rồi mở lại tệp."
            .to_owned(),
        UnknownTemplate { template, version } => format!(
            "Tệp dùng mẫu «{template}» (phiên bản dữ liệu {version}) mà phiên bản ứng dụng này \
             không biết. Hãy cập nhật ứng dụng rồi mở lại tệp."
        ),
        InvalidContent(problem) => format!(
            "Dấu niêm phong đúng, nhưng nội dung không phải một bản kiểm điểm hợp lệ: {}.",
            content_problem(problem)
        ),
    };
    format!("Không xác thực được bản kiểm điểm. {why}")
}

fn content_problem(p: &ContentProblem) -> String {
    match p {
        ContentProblem::NotAnInteger { path } => {
            format!("mục «{path}» phải là một số nguyên (không có phần thập phân)")
        }
        ContentProblem::Unreadable { .. } => {
            "có mục bị thiếu, sai kiểu hoặc không được phép có".to_owned()
        }
        ContentProblem::Disagrees { field } => {
            let what = match *field {
                "template" => "mẫu",
                "year" => "năm kiểm điểm",
                _ => "đối tượng",
            };
            format!("{what} ghi ở đầu tệp khác với {what} của bản kiểm điểm bên trong")
        }
        ContentProblem::WrongTemplate => {
            "mẫu của bản kiểm điểm không phải mẫu dùng cho năm kiểm điểm và đối tượng đã ghi"
                .to_owned()
        }
    }
}

/// Why a dossier could not be sealed.
///
/// ```
/// use kiemdiem::core::seal::SealError;
/// use kiemdiem::text::seal::seal_error;
/// assert!(seal_error(&SealError::Internal("x".into())).starts_with("Không niêm phong được"));
/// ```
pub fn seal_error(e: &SealError) -> String {
    let why = match e {
        SealError::WrongTemplate { .. } => {
            "mẫu của bản kiểm điểm không khớp với năm kiểm điểm và đối tượng"
        }
        SealError::UnsafeNumber { .. } => "bản kiểm điểm có một số không hợp lệ",
        SealError::TooLarge { .. } => "bản kiểm điểm quá dài (tệp sẽ lớn hơn 4 MB)",
        SealError::Internal(_) => "lỗi của ứng dụng; hãy tải lại trang rồi thử lại",
    };
    format!("Không niêm phong được: {why}. Bản kiểm điểm trên máy không bị thay đổi.")
}

/// Why a key file could not be written or opened.
///
/// ```
/// use kiemdiem::core::keyfile::KeyFileError;
/// use kiemdiem::text::seal::key_file_error;
/// assert!(key_file_error(&KeyFileError::WrongPassphrase).contains("Sai mật khẩu"));
/// ```
pub fn key_file_error(e: &KeyFileError) -> String {
    use KeyFileError::*;
    match e {
        PassphraseTooShort { min } => format!("Mật khẩu cần có ít nhất {min} ký tự."),
        TooLarge { .. } | NotAKeyFile => {
            "Đây không phải tệp khoá ký của ứng dụng Kiểm điểm.".to_owned()
        }
        UnsupportedVersion { found } => format!(
            "Tệp khoá theo phiên bản định dạng {found}, phiên bản ứng dụng này chỉ đọc được \
             phiên bản 1. Hãy cập nhật ứng dụng."
        ),
        Malformed { .. } => "Tệp khoá bị hỏng hoặc đã bị sửa, nên không mở được.".to_owned(),
        ParamsOutOfBounds { .. } => "Tệp khoá đòi các thông số bảo vệ bất thường (quá yếu, \
             hoặc quá nặng đến mức làm treo trình duyệt), nên không được mở. Hãy xuất lại \
             tệp khoá từ thiết bị gốc."
            .to_owned(),
        WrongPassphrase => "Sai mật khẩu, hoặc tệp khoá đã bị hỏng. Hãy nhập lại mật khẩu \
             (chú ý chữ hoa, chữ thường và dấu)."
            .to_owned(),
        Crypto(_) => "Không xử lý được tệp khoá do lỗi của ứng dụng; hãy tải lại trang rồi \
             thử lại."
            .to_owned(),
    }
}

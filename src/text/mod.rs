//! Every user-facing string, in Vietnamese, in one place.
//!
//! Template wording is not here: it is official text and lives with the
//! templates (`core::template`). What is here is the app's own voice.

use crate::core::dossier::{Grade, IdentityField, Rating, Role};
use crate::core::store::{KvError, LoadError, SaveError};
use crate::core::template::{Regime, TemplateId};

pub const APP_NAME: &str = "Kiểm điểm";
pub const HOME_TITLE: &str = "Hồ sơ kiểm điểm của tôi";
pub const HOME_EMPTY: &str = "Chưa có bản kiểm điểm nào trên thiết bị này.";
pub const NEW_DOSSIER: &str = "Tạo bản kiểm điểm mới";
pub const NEW_TITLE: &str = "Tạo bản kiểm điểm mới";
pub const REVIEW_YEAR: &str = "Năm kiểm điểm";
pub const ROLE: &str = "Đối tượng";
pub const TEMPLATE: &str = "Mẫu";
pub const LAST_CHANGE: &str = "Sửa lần cuối";
pub const OPEN: &str = "Mở";
pub const CREATE: &str = "Tạo";
pub const CANCEL: &str = "Huỷ";
pub const BACK_HOME: &str = "Về danh sách hồ sơ";
pub const IDENTITY_HEADING: &str = "Thông tin cá nhân";
pub const NO_NAME_YET: &str = "(chưa ghi họ tên)";
pub const NOT_FOUND: &str = "Không tìm thấy bản kiểm điểm này trên thiết bị.";
pub const LOADING: &str = "Đang mở…";
pub const SAVED: &str = "Đã lưu";
pub const SAVING: &str = "Đang lưu…";
pub const UPDATE_READY: &str = "Đã có phiên bản mới — tải lại";
pub const OFFLINE_READY: &str = "Ứng dụng đã sẵn sàng dùng khi không có mạng.";
pub const DATE_HINT: &str = "ngày/tháng/năm, ví dụ 05/01/1980";
pub const SKIP_TO_CONTENT: &str = "Chuyển đến nội dung chính";

/// The label of an identity field, as the forms print it.
pub fn identity_label(field: IdentityField) -> &'static str {
    match field {
        IdentityField::FullName => "Họ và tên",
        IdentityField::BirthDate => "Ngày sinh",
        IdentityField::PartyPost => "Chức vụ Đảng",
        IdentityField::GovernmentPost => "Chức vụ chính quyền",
        IdentityField::MassOrgPost => "Chức vụ đoàn thể",
        IdentityField::WorkUnit => "Đơn vị công tác",
        IdentityField::PartyCell => "Chi bộ",
        IdentityField::PartyCommittee => "Đảng bộ",
        IdentityField::Place => "Địa danh (nơi viết bản kiểm điểm)",
    }
}

/// The name of a role, as offered when creating a dossier.
pub fn role_label(role: Role) -> &'static str {
    match role {
        Role::Member => "Đảng viên không giữ chức vụ lãnh đạo, quản lý",
        Role::Leader => "Cán bộ lãnh đạo, quản lý",
        Role::OutsideSystem => "Đảng viên không làm việc trong hệ thống chính trị",
    }
}

/// The short name of a template, for lists.
pub fn template_label(id: TemplateId) -> &'static str {
    id.template().code
}

/// Which regulation applies, in one line.
pub fn regime_label(regime: Regime) -> &'static str {
    match regime {
        Regime::Qd132 => {
            "Quy định 132-QĐ/TW, Hướng dẫn 16-HD/BTCTW (sửa đổi bởi Hướng dẫn 21-HD/BTCTW)"
        }
        Regime::Qd124 => "Quy định 124-QĐ/TW, Hướng dẫn 25-HD/BTCTW",
        Regime::Qd366 => "Quy định 366-QĐ/TW, Hướng dẫn 43-HD/BTCTW",
    }
}

/// The self-grade levels of the 2019 form.
pub fn grade_label(grade: Grade) -> &'static str {
    match grade {
        Grade::Excellent => "Xuất sắc",
        Grade::Good => "Tốt",
        Grade::Average => "Trung bình",
        Grade::Poor => "Kém",
    }
}

/// The four quality levels.
pub fn rating_label(rating: Rating) -> &'static str {
    match rating {
        Rating::Excellent => "Hoàn thành xuất sắc nhiệm vụ",
        Rating::Good => "Hoàn thành tốt nhiệm vụ",
        Rating::Completed => "Hoàn thành nhiệm vụ",
        Rating::NotCompleted => "Không hoàn thành nhiệm vụ",
    }
}

/// A storage failure, explained.
pub fn kv_error(e: &KvError) -> String {
    match e {
        KvError::QuotaExceeded => {
            "Bộ nhớ của trình duyệt đã đầy: thay đổi mới nhất chưa được lưu vào máy. \
             Nội dung vẫn còn trên màn hình; hãy giải phóng bộ nhớ hoặc sao lưu ra tệp."
                .into()
        }
        KvError::Unavailable(_) => {
            "Trình duyệt không cho phép lưu dữ liệu (có thể đang ở chế độ ẩn danh). \
             Nội dung chỉ còn trên màn hình này."
                .into()
        }
    }
}

/// A failed load, explained.
pub fn load_error(e: &LoadError) -> String {
    match e {
        LoadError::Kv(e) => kv_error(e),
        LoadError::Malformed { quarantined_as, .. } => format!(
            "Một bản lưu trên máy bị hỏng nên không mở được. Dữ liệu gốc được giữ nguyên ở khoá \
             «{quarantined_as}», không bị ghi đè."
        ),
        LoadError::NewerSchema { .. } => {
            "Bản lưu này được tạo bởi phiên bản mới hơn của ứng dụng. \
             Hãy tải lại trang để dùng phiên bản mới; dữ liệu không bị thay đổi."
                .into()
        }
    }
}

/// A failed save, explained.
pub fn save_error(e: &SaveError) -> String {
    match e {
        SaveError::Kv(e) => kv_error(e),
        SaveError::Conflict { .. } => "Bản kiểm điểm này vừa được sửa ở một thẻ (tab) khác. \
             Để không ghi đè lên nhau, thẻ này tạm ngừng lưu; hãy tải lại trang để xem bản mới nhất."
            .into(),
        SaveError::Load(e) => load_error(e),
    }
}

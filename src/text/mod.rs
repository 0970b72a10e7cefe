//! Every user-facing string, in Vietnamese, in one place (this module and
//! its submodules).
//!
//! Template wording is not here: it is official text and lives with the
//! templates (`core::template`). What is here is the app's own voice.

use crate::core::dossier::{Grade, IdentityField, Rating, Role};
use crate::core::store::{KvError, LoadError, SaveError};
use crate::core::template::{Regime, TemplateId};

pub mod advice;
pub mod desk;
pub mod desk_page;
pub mod pdf;
#[cfg(feature = "full")]
pub mod seal;
pub mod tools;
pub mod validate;

pub const APP_NAME: &str = "Kiểm điểm";
pub const HOME_TITLE: &str = "Hồ sơ kiểm điểm của tôi";
pub const HOME_EMPTY: &str = "Chưa có bản kiểm điểm nào trên thiết bị này.";
pub const NEW_DOSSIER: &str = "Tạo bản kiểm điểm mới";
pub const NEW_TITLE: &str = "Tạo bản kiểm điểm mới";
pub const REVIEW_YEAR: &str = "Năm kiểm điểm";
pub const ROLE: &str = "Đối tượng";
pub const TEMPLATE: &str = "Mẫu";
pub const LAST_CHANGE: &str = "Sửa lần cuối";
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
pub const DATE_HINT: &str = "ngày/tháng/năm, ví dụ 05/01/1980";
pub const SKIP_TO_CONTENT: &str = "Chuyển đến nội dung chính";
/// A navigation stayed on the page because pending edits could not be
/// written (shown under the reason).
pub const LEAVE_BLOCKED: &str = "Ứng dụng chưa chuyển trang để không mất nội dung vừa viết.";
/// A worker failed or could not start (see `web::worker`).
pub const WORKER_FAILED: &str = "Phần xử lý của ứng dụng không chạy được hoặc vừa gặp lỗi. \
    Nội dung đã viết vẫn được giữ. Hãy thử lại; nếu vẫn lỗi, hãy tải lại trang.";
/// A job could not be sent to a worker.
pub const WORKER_BAD_JOB: &str = "Không gửi được yêu cầu tới phần xử lý của ứng dụng. Hãy thử lại.";
/// A worker's answer could not be read.
pub const WORKER_BAD_ANSWER: &str = "Không đọc được kết quả của phần xử lý; \
    phần này sẽ được khởi động lại. Hãy thử lại.";

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
            "Quy định số 132-QĐ/TW và Hướng dẫn số 16-HD/BTCTW, được sửa đổi, bổ sung theo Hướng dẫn số 21-HD/BTCTW"
        }
        Regime::Qd124 => "Quy định số 124-QĐ/TW và Hướng dẫn số 25-HD/BTCTW",
        Regime::Qd366 => "Quy định số 366-QĐ/TW và Hướng dẫn số 43-HD/BTCTW",
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

// The guided editor.
pub const STEPS_NAV: &str = "Các phần của bản kiểm điểm";
pub const GUIDANCE: &str = "Hướng dẫn";
pub const NOTE: &str = "Lưu ý";
pub const PREVIOUS: &str = "← Phần trước";
pub const NEXT: &str = "Phần tiếp →";
pub const STEP_IDENTITY: &str = "Thông tin cá nhân";
pub const STEP_FACTS: &str = "Tình hình trong năm";
pub const STEP_TASKS: &str = "Phụ lục kết quả nhiệm vụ";
pub const STEP_CHECK: &str = "Kiểm tra";
pub const CHECK_BUTTON: &str = "Kiểm tra bản kiểm điểm";
pub const MISSING_HEADING: &str = "Còn thiếu";
pub const ALL_CLEAR: &str = "Đã ghi đủ các nội dung bắt buộc, không còn gì cần sửa.";
pub const ADVICE_HEADING: &str = "Gợi ý về mức xếp loại";
pub const OPTIONAL: &str = "(nếu có)";
pub const GRADE_LABEL_DEFAULT: &str = "Tự đánh giá về cấp độ thực hiện:";
pub const NOT_APPLICABLE: &str = "Không áp dụng (không phải cán bộ, công chức, viên chức)";
pub const POINTS_MAX: &str = "tối đa";
/// Before a criterion's maximum under the app's equal split (not a rule).
pub const POINTS_SUGGESTED_MAX: &str = "mức chia đều mặc định: tối đa";

/// Points above the app's equal split of a group: a warning, with its
/// source (criteria.md G6: HD 43 mục 7.12 leaves the split to the upper
/// committees).
pub fn points_above_default(max: &str) -> String {
    format!(
        "Cao hơn mức chia đều mặc định của ứng dụng ({max} điểm). Đây không phải quy định: \
         theo Hướng dẫn 43-HD/BTCTW mục 7.12, cấp uỷ cấp trên cụ thể hoá việc chấm điểm, \
         hãy theo hướng dẫn của cấp uỷ. Tổng điểm của nhóm vẫn không được vượt mức tối đa."
    )
}
pub const POINTS_UNIT: &str = "điểm";
pub const POINTS_GROUP_TOTAL: &str = "Cộng nhóm";
pub const POINTS_INVALID: &str = "Điểm ghi bằng số, tối đa một chữ số thập phân, ví dụ 27,5.";
pub const POINTS_OVER: &str = "Vượt quá điểm tối đa của tiêu chí.";
pub const TASK_ADD: &str = "Thêm nhiệm vụ";
pub const TASK_REMOVE: &str = "Xoá nhiệm vụ này";
pub const TASK_HEADING: &str = "Nhiệm vụ";
pub const TASK_EXCEEDED: &str = "Hoàn thành vượt mức yêu cầu";
pub const TASKS_EMPTY: &str =
    "Chưa có nhiệm vụ nào. Mỗi nhiệm vụ là một dòng của phụ lục gửi kèm bản kiểm điểm.";
pub const UNSURE: &str = "Chưa chọn";
pub const WHY_TEMPLATE: &str = "Vì sao là mẫu này";

/// Why this template applies, in one sentence.
pub fn why_template(year: i32, regime: Regime, role: Role, code: &str) -> String {
    format!(
        "Năm kiểm điểm {year} áp dụng {}; đối tượng «{}» dùng {code}.",
        regime_label(regime),
        crate::core::textnorm::lowercase_first(role_label(role))
    )
}

/// Labels of the task appendix's choices.
pub fn task_status_label(s: crate::core::dossier::TaskStatus) -> &'static str {
    use crate::core::dossier::TaskStatus::*;
    match s {
        Done => "Hoàn thành",
        NotDone => "Không hoàn thành",
    }
}

pub fn timeliness_label(t: crate::core::dossier::Timeliness) -> &'static str {
    use crate::core::dossier::Timeliness::*;
    match t {
        OnTime => "Đúng hạn",
        Late => "Chưa bảo đảm tiến độ",
    }
}

pub fn task_quality_label(q: crate::core::dossier::TaskQuality) -> &'static str {
    use crate::core::dossier::TaskQuality::*;
    match q {
        Assured => "Bảo đảm chất lượng, hiệu quả",
        NotAssured => "Chưa bảo đảm chất lượng, hiệu quả",
    }
}

pub fn discipline_label(l: crate::core::dossier::DisciplineLevel) -> &'static str {
    use crate::core::dossier::DisciplineLevel::*;
    match l {
        Reprimand => "Khiển trách",
        Warning => "Cảnh cáo",
        Dismissal => "Cách chức",
        Expulsion => "Khai trừ",
    }
}
pub const SHOW_GRADE: &str = "Thêm ô tự đánh giá cấp độ (chưa xác nhận mẫu năm này có ô này)";

/// A short mark next to a text whose source the reference has not
/// confirmed.
pub fn confidence_mark(c: crate::core::template::Confidence) -> &'static str {
    use crate::core::template::Confidence::*;
    match c {
        Confirmed => "",
        ThirdParty => " (theo bản sao của bên thứ ba, chưa đối chiếu văn bản gốc)",
        Unconfirmed => " (chưa xác nhận)",
    }
}
pub const TASK_STATUS: &str = "Kết quả";
pub const TASK_TIMELINESS: &str = "Tiến độ";
pub const TASK_QUALITY: &str = "Chất lượng, hiệu quả";

// "Tình hình trong năm": facts for the rating advisor.
pub const FACTS_INTRO: &str = "Những thông tin dưới đây không in vào bản kiểm điểm; ứng dụng dùng chúng để giải thích \
     các quy định về mức xếp loại. Điều gì chưa ghi thì ứng dụng nói là chưa kiểm tra được, không tính bất lợi cho đồng chí.";
pub const CIVIL_SERVANT_QUESTION: &str = "Đồng chí có phải là cán bộ, công chức, viên chức không?";
pub const YES: &str = "Có";
pub const NO: &str = "Không";
pub const FACT_EXEMPTED: &str = "Được miễn công tác và sinh hoạt đảng";
pub const FACT_SUSPENDED: &str = "Đang bị đình chỉ sinh hoạt đảng";
pub const FACT_ADMITTED: &str = "Ngày vào Đảng";
pub const FACT_DEGRADATION: &str = "Cấp có thẩm quyền đã kết luận có biểu hiện suy thoái về tư tưởng chính trị, đạo đức, lối sống, \"tự diễn biến\", \"tự chuyển hoá\"";
pub const DISCIPLINES_HEADING: &str = "Kỷ luật trong năm";
pub const DISCIPLINE: &str = "Kỷ luật";
pub const DISCIPLINE_LEVEL: &str = "Hình thức kỷ luật";
pub const DISCIPLINE_PUBLIC_DUTY: &str = "Vi phạm liên quan đến hoạt động công vụ";
pub const MITIGATION_SELF_REPORTED: &str = "Tự giác nhận lỗi, tự phát hiện vi phạm";
/// QĐ 366 Điều 11 khoản 4, leaders' bullets [C]: «Có vi phạm liên quan đến
/// chức trách, nhiệm vụ trong thực thi công vụ…»; «Trường hợp cá nhân lãnh
/// đạo, quản lý đã chủ động phát hiện, báo cáo và chỉ đạo xử lý kịp thời,
/// khắc phục xong hậu quả…» (criteria.md §5.1 (4)).
pub const DISCIPLINE_PUBLIC_DUTY_LEADER: &str =
    "Vi phạm liên quan đến chức trách, nhiệm vụ trong thực thi công vụ";
pub const MITIGATION_SELF_REPORTED_LEADER: &str =
    "Đã chủ động phát hiện, báo cáo và chỉ đạo xử lý kịp thời";

/// Whether the leaders' clauses of QĐ 366 Điều 11 khoản 4 apply.
fn leader_clauses(role: Role, regime: Regime) -> bool {
    role == Role::Leader && regime == Regime::Qd366
}

/// The public-duty tick of a discipline, in the words of the person's
/// clause.
pub fn discipline_public_duty(role: Role, regime: Regime) -> &'static str {
    if leader_clauses(role, regime) {
        DISCIPLINE_PUBLIC_DUTY_LEADER
    } else {
        DISCIPLINE_PUBLIC_DUTY
    }
}

/// The first mitigation tick, in the words of the person's clause.
pub fn mitigation_self_reported(role: Role, regime: Regime) -> &'static str {
    if leader_clauses(role, regime) {
        MITIGATION_SELF_REPORTED_LEADER
    } else {
        MITIGATION_SELF_REPORTED
    }
}
pub const MITIGATION_REMEDIED: &str = "Đã khắc phục xong hậu quả";
pub const DISCIPLINE_COUNTED_EARLIER: &str = "Vi phạm này đã được tính khi xếp loại năm trước";
pub const DISCIPLINE_ADD: &str = "Thêm một kỷ luật";
pub const DISCIPLINE_REMOVE: &str = "Xoá kỷ luật này";
pub const SHORTCOMINGS_HEADING: &str = "Hạn chế, khuyết điểm được chỉ ra ở kỳ kiểm điểm trước";
pub const SHORTCOMINGS_POINTED: &str = "Số hạn chế, khuyết điểm được chỉ ra";
pub const SHORTCOMINGS_FIXED: &str = "Số đã khắc phục xong";
pub const SHORTCOMINGS_FROM_LIST: &str =
    "Hai số này lấy từ danh sách ở phần «Kết quả khắc phục»: sửa ở đó.";
pub const LED_UNIT_HEADING: &str =
    "Kết quả của địa phương, lĩnh vực, cơ quan, đơn vị do đồng chí trực tiếp lãnh đạo, quản lý";
pub const UNIT_TASKS_TOTAL: &str = "Số nhiệm vụ được giao";
pub const UNIT_TASKS_DONE: &str = "Số nhiệm vụ hoàn thành";
pub const UNIT_TASKS_EXCEEDED: &str = "Số nhiệm vụ hoàn thành vượt mức";
pub const UNIT_TASKS_LATE: &str = "Số nhiệm vụ chưa bảo đảm tiến độ";

// Dossiers side by side.
pub const DUPLICATE: &str = "Tạo bản sao";
pub const DELETE: &str = "Xoá";
pub const UNDO: &str = "Hoàn tác";
pub const UNDO_IMPOSSIBLE: &str = "Không hoàn tác được: đã có bản kiểm điểm khác dùng chỗ này.";

/// After a deletion, before "Hoàn tác".
pub fn deleted(name: &str) -> String {
    format!("Đã xoá bản kiểm điểm «{name}».")
}

/// After a duplication.
pub fn duplicated(name: &str) -> String {
    let name = if name.is_empty() { NO_NAME_YET } else { name };
    format!("Đã tạo một bản sao của «{name}»; bản sao nằm đầu danh sách.")
}

// A second tab on the same dossier.
pub const CONFLICT: &str = "Bản kiểm điểm này vừa được sửa ở một thẻ (tab) hoặc cửa sổ khác. Thẻ này tạm ngừng lưu để \
     hai nơi không ghi đè lên nhau. Nội dung đang hiển thị vẫn còn nguyên.";
pub const CONFLICT_RELOAD: &str = "Tải bản mới nhất (bỏ thay đổi chưa lưu ở thẻ này)";
pub const CONFLICT_KEEP: &str = "Giữ nội dung ở thẻ này và ghi đè";

// Structured answers: sections III, IV and the remediation plan.
pub const REMEDIES_HEADING: &str = "Từng hạn chế, khuyết điểm và kết quả khắc phục";
pub const REMEDY: &str = "Nội dung";
pub const REMEDY_TEXT: &str = "Hạn chế, khuyết điểm (hoặc biện pháp khắc phục đã đề ra)";
pub const REMEDY_STATUS: &str = "Kết quả khắc phục";
pub const REMEDY_NOTE: &str = "Mức độ khắc phục, khó khăn, vướng mắc, trách nhiệm của cá nhân";
pub const REMEDY_ADD: &str = "Thêm một hạn chế, khuyết điểm";
pub const CARRY_INTRO: &str = "Lấy các hạn chế, khuyết điểm (mục «Hạn chế, khuyết điểm») và biện pháp khắc phục \
     (mục «Phương hướng, biện pháp» và kế hoạch khắc phục) của năm trước, từ bản kiểm điểm trên thiết bị này:";
pub const REMOVE_LINE: &str = "Xoá dòng này";
pub const SUGGESTIONS_HEADING: &str = "Từng vấn đề được gợi ý kiểm điểm";
pub const SUGGESTION: &str = "Vấn đề được gợi ý";
pub const SUGGESTION_POINT: &str = "Nội dung được gợi ý kiểm điểm";
pub const SUGGESTION_ANSWER: &str = "Giải trình: nguyên nhân, trách nhiệm của cá nhân";
pub const SUGGESTION_ADD: &str = "Thêm một vấn đề được gợi ý";
pub const SUGGESTIONS_IMPORT: &str = "Nhập các vấn đề được gợi ý từ tệp (do chi bộ gửi)";
pub const NOT_A_SUGGESTIONS_FILE: &str =
    "Tệp đã chọn không phải tệp gợi ý kiểm điểm (không phải văn bản UTF-8).";
pub const PLAN_HEADING: &str = "Kế hoạch khắc phục sau kiểm điểm";
pub const PLAN_HINT: &str = "Sau khi kiểm điểm, các biện pháp ở mục này thành kế hoạch khắc phục; đánh dấu từng việc khi làm xong. \
     Năm sau, phần «Kết quả khắc phục» bắt đầu từ kế hoạch này.";
pub const PLAN_START: &str = "Lập kế hoạch từ các biện pháp đã ghi";
pub const PLAN_ITEM: &str = "Biện pháp";
pub const PLAN_TEXT: &str = "Biện pháp khắc phục";
pub const PLAN_NOTE: &str = "Ghi chú: kết quả, khó khăn (nếu có)";
pub const PLAN_DONE: &str = "Đã làm xong";
pub const PLAN_DONE_ON: &str = "xong ngày";
pub const PLAN_ADD: &str = "Thêm một biện pháp";

/// The three results of a remedy, in the guidance's words.
pub fn remedy_status_label(s: crate::core::dossier::RemedyStatus) -> &'static str {
    use crate::core::dossier::RemedyStatus::*;
    match s {
        Fixed => "Đã được khắc phục",
        InProgress => "Đang khắc phục",
        NotFixed => "Chưa được khắc phục",
    }
}

/// The button that pre-fills section III from a dossier of last year.
pub fn carry_from(year: i32, name: &str) -> String {
    if name.is_empty() {
        format!("Lấy từ bản kiểm điểm năm {year} {NO_NAME_YET}")
    } else {
        format!("Lấy từ bản kiểm điểm năm {year} ({name})")
    }
}

/// After making the plan from section VI (worded in the worker).
pub fn plan_started(added: usize) -> String {
    format!("Đã thêm {added} biện pháp vào kế hoạch khắc phục.")
}

/// After pre-filling section III.
pub fn carried_over(added: usize, skipped: usize) -> String {
    format!("Đã thêm {added} dòng từ bản kiểm điểm năm trước; bỏ qua {skipped} dòng đã có.")
}

/// After importing a suggestions file.
pub fn suggestions_imported(added: usize, skipped: usize) -> String {
    format!("Đã thêm {added} vấn đề được gợi ý; bỏ qua {skipped} vấn đề đã có.")
}

/// A picked file could not be read; `detail` is one of the `FILE_*` reasons.
pub fn file_error(detail: &str) -> String {
    format!("Không đọc được tệp đã chọn ({detail}). Dữ liệu đang có không bị thay đổi.")
}
pub const FILE_NONE: &str = "chưa chọn tệp nào";
pub const FILE_TOO_LARGE: &str = "tệp quá lớn";
pub const FILE_UNREADABLE: &str = "trình duyệt không đọc được tệp";

/// Why a dossier could not be created.
pub fn new_dossier_error(e: &crate::core::dossier::NewDossierError) -> String {
    use crate::core::dossier::NewDossierError::*;
    match e {
        YearOutOfRange(year) => {
            format!("Ứng dụng chưa có mẫu bản kiểm điểm cho năm kiểm điểm {year}.")
        }
        RoleNotAvailable { year, role } => format!(
            "Năm kiểm điểm {year} không có mẫu bản kiểm điểm dành cho đối tượng «{}».",
            crate::core::textnorm::lowercase_first(role_label(*role))
        ),
    }
}

// Backup and restore.
pub const BACKUP_HEADING: &str = "Sao lưu và khôi phục";
pub const BACKUP_HINT: &str = "Sao lưu lưu mọi bản kiểm điểm trên thiết bị này vào một tệp. Hãy giữ tệp ở nơi an toàn: \
     trình duyệt có thể xoá dữ liệu khi thiếu bộ nhớ hoặc lâu ngày không dùng.";
pub const BACKUP_SAVE: &str = "Sao lưu ra tệp";
pub const BACKUP_RESTORE: &str = "Khôi phục từ tệp sao lưu";
pub const DOWNLOAD_FAILED: &str = "Trình duyệt không cho tải tệp xuống.";
pub const RESTORE_PREVIEW: &str = "Những gì sẽ khôi phục";
pub const RESTORE_ADD: &str = "sẽ thêm vào thiết bị";
pub const RESTORE_SAME: &str = "đã có, giống hệt — không thay đổi";
pub const RESTORE_BLOCKED: &str =
    "bản trên thiết bị không đọc được bằng phiên bản này — giữ nguyên";
pub const RESTORE_REPLACE: &str = "Thay bản trên thiết bị bằng bản trong tệp";
pub const RESTORE_FILE_NEWER: &str = "bản trong tệp mới hơn";
pub const RESTORE_HERE_NEWER: &str = "bản trên thiết bị mới hơn";
pub const RESTORE_APPLY: &str = "Khôi phục";
pub const PERSIST_NOTE: &str = "Trình duyệt này có thể tự xoá dữ liệu của ứng dụng khi thiếu bộ nhớ hoặc khi lâu ngày không dùng \
     (ví dụ Safari sau 7 ngày). Hãy thêm ứng dụng vào màn hình chính và sao lưu ra tệp thường xuyên.";

/// After "Sao lưu".
pub fn backup_made(count: usize, file: &str) -> String {
    format!("Đã sao lưu {count} bản kiểm điểm vào tệp «{file}».")
}

/// A backup could not be made.
pub fn backup_failed(e: &crate::core::backup::BackupError) -> String {
    use crate::core::backup::BackupError::*;
    let why = match e {
        Kv(_) => "trình duyệt không cho đọc dữ liệu đã lưu trên máy",
        TooLarge { .. } => "tệp sao lưu sẽ quá lớn để khôi phục lại được",
        Encode(_) => "ứng dụng gặp lỗi khi ghi tệp sao lưu",
    };
    format!("Không sao lưu được ({why}). Dữ liệu trên thiết bị không bị thay đổi.")
}

/// After a restore.
pub fn restored(added: usize, replaced: usize, kept: usize) -> String {
    format!("Đã khôi phục: thêm {added}, thay {replaced}, giữ nguyên {kept} bản kiểm điểm.")
}

/// A backup file that cannot be restored, explained.
pub fn restore_error(e: &crate::core::backup::RestoreError) -> String {
    use crate::core::backup::RestoreError::*;
    let why = match e {
        TooLarge { .. } => "tệp quá lớn, không phải tệp sao lưu của ứng dụng",
        NotJson { .. } | NotABackup | BadField { .. } => "đây không phải tệp sao lưu của Kiểm điểm",
        Truncated => "tệp bị cắt cụt (tải xuống hoặc sao chép chưa xong)",
        NewerVersion { .. } | DossierFromNewerApp { .. } => {
            "tệp do phiên bản mới hơn của ứng dụng tạo ra; hãy cập nhật ứng dụng"
        }
        ChecksumMissing | ChecksumMismatch { .. } => {
            "tệp đã bị sửa hoặc hỏng sau khi sao lưu (mã kiểm tra không khớp)"
        }
        UnreadableDossier { .. } | DuplicateId { .. } => "một bản kiểm điểm trong tệp bị hỏng",
    };
    format!("Không khôi phục được: {why}. Dữ liệu trên thiết bị không bị thay đổi.")
}
pub const NOT_A_BACKUP: &str = "Không khôi phục được: đây không phải tệp sao lưu của Kiểm điểm. Dữ liệu trên thiết bị không bị thay đổi.";

/// Text from a file, made safe to echo on a terminal or a page: control
/// and bidirectional-override characters shown as `\u{…}`, and cut at
/// `max` characters.
pub fn echo(s: &str, max: usize) -> String {
    let mut out = String::new();
    for (i, c) in s.chars().enumerate() {
        if i >= max {
            out.push('…');
            break;
        }
        let bidi = matches!(c, '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}' | '\u{200e}' | '\u{200f}' | '\u{061c}');
        if c.is_control() || bidi {
            out.push_str(&format!("\\u{{{:x}}}", c as u32));
        } else {
            out.push(c);
        }
    }
    out
}

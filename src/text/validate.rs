//! The Vietnamese sentence for every validation problem
//! ([`crate::core::validate::Problem`]), and the labels the «còn thiếu» list
//! and the progress need.
//!
//! Fields are named as the forms print them ([`super::identity_label`]),
//! items by their printed number and heading from the template («Mục I.2
//! "Việc thực hiện chức trách, nhiệm vụ được giao"»), criteria by their
//! number and heading from the QĐ 366 appendix. Dates are written
//! `dd/mm/yyyy`, points with a decimal comma ("27,5 điểm"), counts with a
//! dot between thousands ("20.000 ký tự").

use crate::core::dossier::{Grade, IdentityField, Role, format_vn_date};
use crate::core::numfmt::format_points;
use crate::core::suggestions::SuggestionsError;
use crate::core::template::{GroupKind, RatingTarget, Template};
use crate::core::textnorm::{capitalize, lowercase_first};
use crate::core::validate::{Counts, Problem};

use super::{DATE_HINT, grade_label, identity_label};

/// Headings longer than this (in characters) are shortened in messages.
const HEADING_MAX_CHARS: usize = 80;

/// Typed values longer than this are shortened when quoted back.
const VALUE_MAX_CHARS: usize = 30;

/// The sentence for one problem. `template` and `role` are the dossier's:
/// they give the item's printed number (which can depend on the role) and
/// heading.
///
/// ```
/// use kiemdiem::core::dossier::Role;
/// use kiemdiem::core::template::TemplateId;
/// use kiemdiem::core::validate::Problem;
/// use kiemdiem::text::validate::problem;
/// let t = TemplateId::Y2019.template();
/// assert_eq!(
///     problem(&Problem::AnswerMissing { item: "I.2" }, t, Role::Member),
///     "Mục I.2 \"Việc thực hiện chức trách, nhiệm vụ được giao\" chưa có nội dung."
/// );
/// ```
pub fn problem(p: &Problem, template: &Template, role: Role) -> String {
    match p {
        Problem::YearOutOfRange { year, first, last } => {
            if year < first {
                format!(
                    "Năm kiểm điểm {year} trước năm {first}: ứng dụng chỉ có mẫu bản kiểm điểm từ năm {first} đến nay."
                )
            } else {
                format!("Năm kiểm điểm {year} ở sau năm hiện tại ({last}).")
            }
        }
        Problem::IdentityMissing { field } => {
            format!("Chưa ghi \"{}\".", identity_label(*field))
        }
        Problem::IdentityTooLong { field, chars, max } => format!(
            "Dòng \"{}\" dài {} ký tự, quá giới hạn {} ký tự của ứng dụng; hãy viết gọn lại.",
            identity_label(*field),
            count(*chars),
            count(*max)
        ),
        Problem::BirthDateUnparsable { value } => format!(
            "{} ghi là \"{}\", không phải một ngày hợp lệ; hãy ghi theo dạng {DATE_HINT}.",
            identity_label(IdentityField::BirthDate),
            shorten(value.trim(), VALUE_MAX_CHARS)
        ),
        Problem::BirthDateInFuture { birth, today } => format!(
            "Ngày sinh {} ở sau ngày hôm nay ({}); hãy kiểm tra lại ngày sinh.",
            format_vn_date(*birth),
            format_vn_date(*today)
        ),
        Problem::TooYoung {
            birth,
            year,
            age,
            min,
        } => {
            if *age < 0 {
                format!(
                    "Ngày sinh {} ở sau năm kiểm điểm {year}; hãy kiểm tra lại ngày sinh.",
                    format_vn_date(*birth)
                )
            } else {
                format!(
                    "Theo ngày sinh {}, đến cuối năm {year} mới {age} tuổi, chưa đủ {min} tuổi (tuổi tối thiểu của đảng viên theo Điều lệ Đảng); hãy kiểm tra lại ngày sinh.",
                    format_vn_date(*birth)
                )
            }
        }
        Problem::TooOld {
            birth,
            year,
            age,
            max,
        } => format!(
            "Theo ngày sinh {}, đến cuối năm {year} đã {age} tuổi, quá {max} tuổi; hãy kiểm tra lại ngày sinh.",
            format_vn_date(*birth)
        ),
        Problem::AnswerMissing { item } => {
            format!("{} chưa có nội dung.", slot_label(template, role, item))
        }
        Problem::TextTooLong { item, chars, max } => format!(
            "{} dài {} ký tự, quá giới hạn {} ký tự của ứng dụng; hãy viết gọn lại.",
            slot_label(template, role, item),
            count(*chars),
            count(*max)
        ),
        Problem::GradeMissing { item } => format!(
            "{} chưa chọn mức \"{}\" ({}).",
            slot_label(template, role, item),
            grade_box_label(template, item),
            grade_choices()
        ),
        Problem::RatingMissing { item, target } => match target {
            RatingTarget::Party => format!(
                "{} chưa chọn mức tự xếp loại chất lượng.",
                slot_label(template, role, item)
            ),
            RatingTarget::CivilServant => format!(
                "{} chưa chọn mức tự xếp loại; nếu không phải cán bộ, công chức, viên chức thì chọn \"Không áp dụng\".",
                slot_label(template, role, item)
            ),
        },
        Problem::PointsMissing { criterion } => {
            let (label, group) = criterion_label(template, criterion);
            format!("Chưa chấm điểm {label} ({group}).")
        }
        Problem::PointsOverMax {
            criterion,
            points,
            max,
        } => {
            let (label, group) = criterion_label(template, criterion);
            format!(
                "{} ({group}) được chấm {} điểm, quá mức tối đa {} điểm.",
                capitalize(&label),
                format_points(*points),
                format_points(*max)
            )
        }
        Problem::GroupOverMax { group, total, max } => format!(
            "Tổng điểm {} là {} điểm, quá mức tối đa {} điểm.",
            group_label(template, group),
            format_points(*total),
            format_points(*max)
        ),
        Problem::SchemeMismatch { .. } => "Thang điểm của cấp ủy không khớp với mẫu này nên chưa dùng được; ứng dụng tạm chấm theo mức chia đều mặc định (không phải quy định).".to_owned(),
        Problem::SuggestionUnanswered {
            section, number, ..
        } => format!(
            "{}: vấn đề được gợi ý thứ {number} chưa có phần giải trình (nêu nguyên nhân, xác định trách nhiệm của cá nhân).",
            slot_label(template, role, section)
        ),
        Problem::RemedyStatusMissing {
            section, number, ..
        } => format!(
            "{}: nội dung thứ {number} chưa chọn kết quả khắc phục (đã được khắc phục, đang khắc phục hoặc chưa được khắc phục).",
            slot_label(template, role, section)
        ),
    }
}

/// The sentence for a suggestions file that cannot be used
/// ([`crate::core::suggestions::SuggestionsError`]).
///
/// ```
/// use kiemdiem::core::suggestions::SuggestionsError;
/// use kiemdiem::text::validate::suggestions_error;
/// assert_eq!(
///     suggestions_error(&SuggestionsError::YearMismatch { file: 2024, dossier: 2025 }),
///     "Tệp gợi ý kiểm điểm dành cho năm 2024, còn bản kiểm điểm này là của năm 2025."
/// );
/// ```
pub fn suggestions_error(e: &SuggestionsError) -> String {
    let n = |x: usize| count(x as u64);
    match e {
        SuggestionsError::TooLarge { bytes, max } => format!(
            "Tệp nặng {} KB, quá giới hạn {} KB của ứng dụng; đây có lẽ không phải tệp gợi ý kiểm điểm.",
            n(bytes.div_ceil(1024)),
            n(max / 1024)
        ),
        SuggestionsError::NotJson { line, column } => format!(
            "Không đọc được tệp: đây không phải tệp gợi ý kiểm điểm của ứng dụng (lỗi ở dòng {line}, cột {column})."
        ),
        SuggestionsError::NotThisFormat => {
            "Tệp này không phải tệp gợi ý kiểm điểm của ứng dụng.".to_owned()
        }
        SuggestionsError::UnsupportedVersion { found, supported } => format!(
            "Tệp gợi ý kiểm điểm theo phiên bản {found}, ứng dụng này chỉ đọc được phiên bản {supported}; hãy cập nhật ứng dụng."
        ),
        SuggestionsError::Malformed { field } => {
            format!("Tệp gợi ý kiểm điểm bị lỗi ở mục \"{field}\" (thiếu hoặc ghi sai).")
        }
        SuggestionsError::FieldTooLong { field, chars, max } => format!(
            "Dòng \"{}\" trong tệp gợi ý kiểm điểm dài {} ký tự, quá giới hạn {} ký tự của ứng dụng.",
            match *field {
                "issued_by" => "Nơi gợi ý",
                "person" => "Người được gợi ý",
                other => other,
            },
            n(*chars),
            n(*max)
        ),
        SuggestionsError::NoPoints => {
            "Tệp gợi ý kiểm điểm không có vấn đề nào được gợi ý.".to_owned()
        }
        SuggestionsError::TooManyPoints { count: c, max } => format!(
            "Tệp gợi ý kiểm điểm có {} vấn đề, quá giới hạn {} vấn đề của ứng dụng.",
            n(*c),
            n(*max)
        ),
        SuggestionsError::EmptyPoint { number } => {
            format!("Vấn đề được gợi ý thứ {number} trong tệp để trống.")
        }
        SuggestionsError::PointTooLong { number, chars, max } => format!(
            "Vấn đề được gợi ý thứ {number} trong tệp dài {} ký tự, quá giới hạn {} ký tự của ứng dụng.",
            n(*chars),
            n(*max)
        ),
        SuggestionsError::YearMismatch { file, dossier } => format!(
            "Tệp gợi ý kiểm điểm dành cho năm {file}, còn bản kiểm điểm này là của năm {dossier}."
        ),
    }
}

/// How an answer slot is named in messages and in the «còn thiếu» list:
/// «Mục I.2 "Việc thực hiện chức trách, nhiệm vụ được giao"». The number is
/// the one printed for `role` (the 2019 cam kết item is I.3 for members,
/// I.6 for leaders); long headings are shortened with "…".
pub fn slot_label(template: &Template, role: Role, key: &str) -> String {
    let (number, heading) = if let Some((section, item)) = template.item(key) {
        let n = item.number_for(role).trim().trim_end_matches('.');
        let number = if n.chars().any(|c| c.is_alphanumeric()) {
            format!("{}.{n}", section.id)
        } else {
            section.id.to_owned()
        };
        (number, item.heading)
    } else if let Some(section) = template.section(key) {
        (section.id.to_owned(), section.heading)
    } else {
        return format!("Mục {key}");
    };
    format!("Mục {number} \"{}\"", short_heading(heading))
}

/// Progress as a short line: "Đã ghi 5/12 nội dung bắt buộc".
pub fn progress(counts: Counts) -> String {
    format!(
        "Đã ghi {}/{} nội dung bắt buộc",
        counts.answered, counts.required
    )
}

/// A count with a dot between thousands, as Vietnamese writes it: "20.000".
pub fn count(n: u64) -> String {
    let digits = n.to_string();
    let mut out = String::with_capacity(digits.len() + digits.len() / 3);
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push('.');
        }
        out.push(c);
    }
    out
}

// --- Helpers -----------------------------------------------------------------------

/// "tiêu chí 1 "Về chính trị, tư tưởng"" and its group's name.
fn criterion_label(template: &Template, id: &str) -> (String, String) {
    match template.criterion(id) {
        Some((group, c)) => {
            let n = c.number.trim().trim_end_matches('.');
            let heading = short_heading(c.heading);
            let label = if n.is_empty() {
                format!("tiêu chí \"{heading}\"")
            } else {
                format!("tiêu chí {n} \"{heading}\"")
            };
            (label, group_label(template, group.id))
        }
        None => (format!("tiêu chí {id}"), "nhóm tiêu chí".to_owned()),
    }
}

/// "nhóm tiêu chí chung", from the heading of the B.I item that shows the
/// group.
fn group_label(template: &Template, group: &str) -> String {
    if let Some((_, item)) = template.item(group) {
        return lowercase_first(&short_heading(item.heading));
    }
    match template
        .scoring
        .and_then(|s| s.group(group))
        .map(|g| g.kind)
    {
        Some(GroupKind::General) => "nhóm tiêu chí chung".to_owned(),
        Some(GroupKind::Tasks) => "nhóm tiêu chí về kết quả thực hiện nhiệm vụ".to_owned(),
        None => format!("nhóm tiêu chí {group}"),
    }
}

/// The label of an item's grade box ("Tự đánh giá về cấp độ thực hiện").
fn grade_box_label(template: &Template, key: &str) -> String {
    let kind = match template.item(key) {
        Some((_, item)) => Some(item.kind),
        None => template.section(key).map(|s| s.kind),
    };
    kind.and_then(|k| k.grade_box())
        .and_then(|g| g.label)
        .map_or_else(|| "Tự đánh giá".to_owned(), trim_heading)
}

/// "Xuất sắc, Tốt, Trung bình hoặc Kém".
fn grade_choices() -> String {
    let labels: Vec<&str> = Grade::ALL.iter().map(|g| grade_label(*g)).collect();
    match labels.split_last() {
        Some((last, rest)) if !rest.is_empty() => format!("{} hoặc {last}", rest.join(", ")),
        _ => labels.concat(),
    }
}

/// A heading without its printed final punctuation.
fn trim_heading(heading: &str) -> String {
    heading
        .trim()
        .trim_end_matches([':', '.', ';', ','])
        .trim_end()
        .to_owned()
}

/// A heading without its final punctuation, shortened at a word boundary.
fn short_heading(heading: &str) -> String {
    shorten(&trim_heading(heading), HEADING_MAX_CHARS)
}

/// `s` cut to at most `max` characters at a word boundary, with "…".
fn shorten(s: &str, max: usize) -> String {
    if s.chars().count() <= max {
        return s.to_owned();
    }
    let cut: String = s.chars().take(max).collect();
    let cut = match cut.rfind(char::is_whitespace) {
        Some(i) if i > 0 => &cut[..i],
        _ => cut.as_str(),
    };
    format!("{}…", cut.trim_end_matches([':', '.', ';', ',', ' ']))
}

//! The Vietnamese wording of the rating advisor ([`crate::core::rules`]).
//!
//! The rules return typed reasons with their numbers; this module turns
//! them into one or two short sentences each, for a phone screen. Ratings
//! are named by their label in straight quotes ("Hoàn thành tốt nhiệm vụ"),
//! points with a decimal comma ("89,5 điểm"), dates `dd/mm/yyyy`,
//! percentages as whole numbers, items as [`slot_label`] names them. Words
//! quoted from a regulation are verbatim from `shared/domain/` between «».
//!
//! The advisor only explains: the party member proposes, the competent
//! level decides. Nothing here says a proposal is forbidden except for
//! someone who is not rated at all.

use crate::core::dossier::{CivilServantRating, Grade, Points, Rating, Role, format_vn_date};
use crate::core::numfmt::format_points;
use crate::core::rules::{
    Advice, Citation, CriteriaGroup, Finding, MissingFact, NotRatedGround, NotRatedReason,
    ProposalCheck, RatingSource, RatingStatus, Reason, RuleId, Severity, Violation, Whose,
};
use crate::core::template::{Confidence, Template};

use super::validate::slot_label;
use super::{
    MITIGATION_REMEDIED, MITIGATION_SELF_REPORTED, MITIGATION_SELF_REPORTED_LEADER, STEP_FACTS,
    STEP_TASKS, discipline_label, grade_label, rating_label,
};

/// At most this many items are named in one sentence; the rest are counted.
const ITEMS_NAMED: usize = 3;

/// The sentence(s) explaining one finding. `template` and `role` are the
/// dossier's (they name the items). What the finding implies for the
/// proposal is said when it sets a limit; an unconfirmed rule is said to be
/// unchecked.
///
/// ```
/// use kiemdiem::core::dossier::{Points, Rating, Role};
/// use kiemdiem::core::rules::{Citation, Finding, Reason, RuleId, Severity};
/// use kiemdiem::core::template::{Confidence, TemplateId};
/// use kiemdiem::text::advice::finding;
/// let f = Finding {
///     rule: RuleId::Qd366Score,
///     citation: Citation { document: "QĐ 366-QĐ/TW", part: Some("Điều 11, khoản 2"), seen_in: "" },
///     confidence: Confidence::Confirmed,
///     severity: Severity::Info,
///     ceiling: Some(Rating::Good),
///     reason: Reason::ScoreBand {
///         score: Points(855),
///         band: Rating::Good,
///         min: Points(700),
///         below: Some(Points(900)),
///     },
/// };
/// assert_eq!(
///     finding(&f, TemplateId::Y2025Member.template(), Role::Member),
///     "Tổng điểm tự chấm đạt 85,5/100 điểm, thuộc khung điểm của mức \"Hoàn thành tốt nhiệm vụ\" \
///      (từ 70 đến dưới 90 điểm)."
/// );
/// ```
pub fn finding(f: &Finding, template: &Template, role: Role) -> String {
    let slot = |key: &str| slot_label(template, role, key);
    let mut s = match &f.reason {
        Reason::NotRated(r) if f.confidence == Confidence::Unconfirmed => format!(
            "Có thể đồng chí thuộc diện không xếp loại chất lượng năm nay: {}.",
            ground(*r)
        ),
        Reason::NotRated(r) => format!(
            "Đồng chí thuộc diện không kiểm điểm, đánh giá, xếp loại chất lượng năm nay: {}.",
            ground(*r)
        ),
        Reason::ScoreBand {
            score,
            band,
            min,
            below,
        } => {
            let range = match below {
                Some(b) if *band == Rating::NotCompleted => format!("dưới {}", pts(*b)),
                Some(b) => format!("từ {} đến dưới {}", format_points(*min), pts(*b)),
                None => format!("từ {} trở lên", pts(*min)),
            };
            let mut s = format!(
                "Tổng điểm tự chấm đạt {}/{}, thuộc khung điểm của mức {} ({range}).",
                format_points(*score),
                pts(crate::core::rules::qd366::MAX_SCORE),
                q(*band)
            );
            if below.is_none() {
                s.push_str(" Ngoài điểm, mức này còn có các điều kiện khác.");
            }
            s
        }
        Reason::ScoreOverMaximum { score, max } => format!(
            "Tổng điểm {} vượt quá thang điểm {}; đề nghị kiểm tra lại điểm tự chấm ở {}.",
            pts(*score),
            pts(*max),
            slot("B.I")
        ),
        Reason::TasksNotAllDone {
            whose: w,
            level,
            done,
            total,
        } => format!(
            "{} hoàn thành {done}/{total} nhiệm vụ ({}%), trong khi mức {} cần hoàn thành 100% nhiệm vụ được giao.",
            whose(*w),
            percent(*done, *total, false),
            q(*level)
        ),
        Reason::TasksNotAllOnTimeWithQuality {
            whose: w,
            level,
            on_time_with_quality: n,
            total,
        } => format!(
            "{} có {n}/{total} nhiệm vụ ({}%) hoàn thành đúng hạn, bảo đảm chất lượng, hiệu quả; mức {} cần đủ 100%.",
            whose(*w),
            percent(*n, *total, false),
            q(*level)
        ),
        Reason::TooFewExceeding {
            whose: w,
            exceeded,
            total,
            min_percent,
        } => format!(
            "{} có {exceeded}/{total} nhiệm vụ ({}%) hoàn thành vượt mức yêu cầu, chưa đạt ít nhất {min_percent}% như mức {} cần.",
            whose(*w),
            percent(*exceeded, *total, false),
            q(Rating::Excellent)
        ),
        Reason::TooManyLate {
            whose: w,
            late,
            total,
            max_percent,
        } => format!(
            "{} có {late}/{total} nhiệm vụ ({}%) chưa bảo đảm tiến độ, vượt quá {max_percent}% mà mức {} cho phép.",
            whose(*w),
            percent(*late, *total, true),
            q(Rating::Completed)
        ),
        Reason::TooManyFailed {
            not_done,
            total,
            max_percent,
        } => format!(
            "Có {not_done}/{total} nhiệm vụ trong năm ({}%) không hoàn thành, tức là trên {max_percent}%.",
            percent(*not_done, *total, true)
        ),
        Reason::TooFewDone {
            whose: w,
            done,
            total,
            min_percent,
        } => format!(
            "{} chỉ hoàn thành {done}/{total} nhiệm vụ ({}%), dưới {min_percent}%.",
            whose(*w),
            percent(*done, *total, false)
        ),
        Reason::CoreIndicatorsNotMet => format!(
            "{} «không hoàn thành 5 chỉ tiêu kinh tế - xã hội cơ bản được cấp có thẩm quyền giao, phê duyệt».",
            whose(Whose::LedUnit)
        ),
        Reason::SubUnitsNotCompleted {
            not_completed,
            total,
            max_percent,
        } => format!(
            "Có {not_completed}/{total} địa phương, lĩnh vực, cơ quan, đơn vị, bộ phận đồng chí phụ trách ({}%) bị xếp loại {}, tức là trên {max_percent}%.",
            percent(*not_completed, *total, true),
            q(Rating::NotCompleted)
        ),
        Reason::LowConfidenceVotes {
            low,
            total,
            max_percent,
        } => format!(
            "Kỳ lấy phiếu tín nhiệm trong năm có {low}/{total} phiếu tín nhiệm thấp ({}%), tức là trên {max_percent}%.",
            percent(*low, *total, true)
        ),
        Reason::ShortcomingsNotAllFixed { fixed, pointed_out } => format!(
            "Đồng chí mới khắc phục {fixed}/{pointed_out} hạn chế, khuyết điểm được chỉ ra ở kỳ kiểm điểm trước, trong khi mức {} cần khắc phục 100%.",
            q(Rating::Excellent)
        ),
        Reason::Violation {
            violation: v,
            mitigation,
        } => {
            let mut s = violation(*v, role);
            if let Some(m) = mitigation {
                let missing: Vec<String> = [
                    (
                        m.self_reported,
                        if role == Role::Leader && f.citation.document == "QĐ 366-QĐ/TW" {
                            MITIGATION_SELF_REPORTED_LEADER
                        } else {
                            MITIGATION_SELF_REPORTED
                        },
                    ),
                    (m.remedied, MITIGATION_REMEDIED),
                ]
                .into_iter()
                .filter(|(ticked, _)| !ticked)
                .map(|(_, label)| format!("\"{label}\""))
                .collect();
                let case = if f.rule == RuleId::Qd124NotCompletedDiscipline {
                    "trường hợp được trừ"
                } else {
                    "trường hợp để cấp có thẩm quyền xem xét riêng"
                };
                s.push_str(&format!(
                    " Chưa đánh dấu {} (phần \"{STEP_FACTS}\") nên chưa thuộc {case}.",
                    and_list(missing)
                ));
            }
            s
        }
        Reason::MitigationClause {
            violation: v,
            mitigation: _,
        } => {
            let facts = if role == Role::Leader {
                "đã chủ động phát hiện, báo cáo và chỉ đạo xử lý kịp thời, khắc phục xong hậu quả"
            } else {
                "đã tự giác nhận lỗi, tự phát hiện vi phạm và khắc phục xong hậu quả"
            };
            format!(
                "{} Đồng chí ghi là {facts}: khi đó cấp có thẩm quyền «căn cứ vào hoàn cảnh, tính chất, hành vi, mức độ vi phạm, hậu quả, nguyên nhân và các yếu tố liên quan khác để xem xét, đánh giá, xếp loại». Đây chỉ là khả năng do cấp có thẩm quyền quyết định, không tự động được xếp loại cao hơn; mức xếp loại vẫn có thể là {}.",
                violation(*v, role),
                q(Rating::NotCompleted)
            )
        }
        Reason::ViolationExcepted { violation: v } => format!(
            "{} Đồng chí ghi là đã tự phát hiện và khắc phục xong hậu quả; quy định trừ trường hợp «tự phát hiện và khắc phục xong hậu quả», nên theo câu chữ đó, vi phạm này không bị tính là trường hợp {}.",
            violation(*v, role),
            q(Rating::NotCompleted)
        ),
        Reason::DisciplineNotInPublicDuty { level } => format!(
            "Trong năm, đồng chí bị thi hành kỷ luật bằng hình thức {}, nhưng không phải vì vi phạm liên quan đến {}: đây không phải một trong các trường hợp xếp loại {} mà quy định liệt kê.",
            discipline_label(*level).to_lowercase(),
            public_duty(role),
            q(Rating::NotCompleted)
        ),
        Reason::DisciplineCountedEarlier { level } => format!(
            "Trong năm, đồng chí bị thi hành kỷ luật bằng hình thức {}, nhưng vi phạm này đã được tính khi xếp loại năm trước: «một vi phạm bị xử lý kỷ luật chỉ tính một lần khi xếp loại».",
            discipline_label(*level).to_lowercase()
        ),
        Reason::Degradation => "Cấp có thẩm quyền đã kết luận đồng chí có biểu hiện suy thoái về tư tưởng chính trị, đạo đức, lối sống.".to_owned(),
        Reason::GradesBelow {
            level,
            group,
            required,
            items,
        } => {
            let group = match group {
                CriteriaGroup::Tasks => "các tiêu chí về kết quả thực hiện nhiệm vụ chính trị được giao",
                CriteriaGroup::Others => "các tiêu chí còn lại",
            };
            let required = match required {
                Grade::Excellent => format!("đều đạt \"{}\"", grade_label(Grade::Excellent)),
                g => format!("đạt \"{}\" trở lên", grade_label(*g)),
            };
            format!(
                "Mức {} cần {group} {required}; đồng chí tự đánh giá {}.",
                q(*level),
                named(
                    items
                        .iter()
                        .map(|i| format!("{} là \"{}\"", slot(&i.item), grade_label(i.grade)))
                )
            )
        }
        Reason::PoorGrades { items } => format!(
            "Đồng chí tự đánh giá {} ở mức \"{}\".",
            named(items.iter().map(|i| slot(i))),
            grade_label(Grade::Poor)
        ),
        Reason::CivilServantBelow {
            level,
            required,
            rating,
            source,
        } => {
            let required = match required {
                Rating::Excellent => q(*required),
                r => format!("từ {} trở lên", q(*r)),
            };
            format!(
                "Mức {} cần xếp loại cán bộ, công chức, viên chức {required}; {} là {}.",
                q(*level),
                civil_servant_source(*source, &slot("VII.1")),
                q(*rating)
            )
        }
        Reason::CivilServantNotCompleted { source } => {
            let source = civil_servant_source(*source, &slot("VII.1"));
            let mut chars = source.chars();
            let first = chars.next().map(|c| c.to_uppercase().collect::<String>());
            format!(
                "{}{} là {}.",
                first.unwrap_or_default(),
                chars.as_str(),
                q(Rating::NotCompleted)
            )
        }
        Reason::CivilServantStatusMismatch { stated, proposal } => format!(
            "Ở phần \"{STEP_FACTS}\" đồng chí ghi {} cán bộ, công chức, viên chức, còn ở {} đồng chí {}; đề nghị đồng chí kiểm tra lại cho khớp.",
            if *stated { "là" } else { "không phải là" },
            slot("VII.1"),
            match proposal {
                CivilServantRating::NotApplicable => "chọn \"Không áp dụng\"".to_owned(),
                CivilServantRating::Rated(r) => format!("tự nhận mức {}", q(*r)),
            }
        ),
        Reason::CivilServantBasis { rating, source } => format!(
            "Mức đồng chí đề xuất cao hơn {} ({}); theo quy định, «Kết quả đánh giá, xếp loại cán bộ, công chức, viên chức, người lao động là cơ sở để đánh giá, xếp loại chất lượng đảng viên». Đây là căn cứ để cấp có thẩm quyền xem xét, không phải giới hạn tự động.",
            civil_servant_source(*source, &slot("VII.1")),
            q(*rating)
        ),
        Reason::QualitiesNotCheckable { level } => format!(
            "Mức {} còn có điều kiện về phẩm chất, năng lực, thành tích tiêu biểu; điều này do chi bộ và cấp có thẩm quyền nhận xét, ứng dụng không kiểm tra được.",
            q(*level)
        ),
        Reason::GroupQuota {
            percent,
            raised_percent,
        } => format!(
            "Số người được xếp loại {} không vượt quá {percent}% số người được xếp loại {}{}; tỉ lệ này do cấp có thẩm quyền xét chung cho cả tập thể, không xét riêng từng người.",
            q(Rating::Excellent),
            q(Rating::Good),
            raised_percent.map_or_else(String::new, |r| format!(
                " (có thể đến {r}% nếu cấp có thẩm quyền quyết định)"
            ))
        ),
        Reason::CriteriaNotConfirmed { levels } => format!(
            "Ứng dụng chưa có văn bản chính thức đã xác nhận về tiêu chí của mức {}, nên không kiểm tra được mức đồng chí đề xuất theo các tiêu chí này.",
            and_list(levels.iter().map(|r| q(*r)).collect())
        ),
        Reason::LeaderConditionsNotConfirmed => "Các điều kiện riêng đối với cán bộ lãnh đạo, quản lý áp dụng cho năm kiểm điểm này chưa được xác nhận trong văn bản chính thức, nên ứng dụng không kiểm tra được; ứng dụng chỉ kiểm tra các điều kiện chung của đảng viên.".to_owned(),
        Reason::Missing(m) => missing_fact(m, template, role),
    };
    if let Some(c) = f.ceiling
        && !matches!(f.reason, Reason::ScoreBand { .. })
    {
        s.push(' ');
        s.push_str(&limit(c));
    }
    if f.ceiling.is_none()
        && f.confidence != Confidence::Unconfirmed
        && let Reason::TasksNotAllDone {
            whose: w,
            level: Rating::Completed,
            ..
        }
        | Reason::TooManyLate { whose: w, .. } = f.reason
    {
        s.push(' ');
        s.push_str(&completed_not_met(w));
    }
    if f.confidence == Confidence::Unconfirmed {
        match f.reason {
            Reason::CriteriaNotConfirmed { .. } | Reason::LeaderConditionsNotConfirmed => {}
            // The text is confirmed; which items of the form it speaks of
            // is the app's reading (hd21::task_criteria, section III).
            Reason::GradesBelow { .. } | Reason::PoorGrades { .. } => s.push_str(
                " Ứng dụng không kiểm tra được điều này: việc xếp mục này vào nhóm tiêu chí của quy định là cách hiểu của ứng dụng, chưa được xác nhận; mức xếp loại do cấp có thẩm quyền xem xét.",
            ),
            _ => s.push_str(
                " Ứng dụng không kiểm tra được điều này vì văn bản chính thức chưa được xác nhận.",
            ),
        }
    }
    s
}

/// What a fact the rules lacked would have allowed to check, and where to
/// enter it.
pub fn missing_fact(m: &MissingFact, template: &Template, role: Role) -> String {
    let facts = format!("hãy ghi ở phần \"{STEP_FACTS}\"");
    let tasks = format!("hãy ghi ở phần \"{STEP_TASKS}\"");
    match m {
        MissingFact::Score => format!(
            "Chưa có tổng điểm tự chấm nên chưa kiểm tra được khung điểm; hãy chấm điểm ở {}.",
            slot_label(template, role, "B.I")
        ),
        MissingFact::TaskList => format!(
            "Chưa có phụ lục kết quả thực hiện nhiệm vụ nên chưa kiểm tra được các điều kiện về nhiệm vụ; {tasks}."
        ),
        MissingFact::TaskDetails { unknown, total } => format!(
            "Có {unknown}/{total} nhiệm vụ chưa ghi đủ kết quả, tiến độ hoặc chất lượng nên chưa kiểm tra hết được các điều kiện về nhiệm vụ; {tasks}."
        ),
        MissingFact::LedUnitResults => format!(
            "Chưa ghi kết quả của địa phương, đơn vị do đồng chí trực tiếp lãnh đạo, quản lý nên chưa kiểm tra được các điều kiện về nhiệm vụ của đơn vị; {facts}."
        ),
        MissingFact::EarlierShortcomings => format!(
            "Chưa ghi số hạn chế, khuyết điểm được chỉ ra ở kỳ kiểm điểm trước và số đã khắc phục nên chưa kiểm tra được điều kiện khắc phục 100% của mức {}; {facts} (ghi 0 nếu không có).",
            q(Rating::Excellent)
        ),
        MissingFact::Grades { items } => format!(
            "{} chưa chọn mức tự đánh giá nên chưa kiểm tra được các điều kiện về cấp độ của tiêu chí.",
            named(items.iter().map(|i| slot_label(template, role, i)))
        ),
        MissingFact::CivilServantStatus => format!(
            "Chưa ghi đồng chí có phải là cán bộ, công chức, viên chức không nên chưa kiểm tra được điều kiện về xếp loại cán bộ, công chức, viên chức; {facts}."
        ),
        MissingFact::CivilServantRating => format!(
            "Chưa có mức xếp loại cán bộ, công chức, viên chức (chưa có kết quả, cũng chưa tự nhận ở {}) nên chưa kiểm tra được điều kiện về xếp loại này.",
            slot_label(template, role, "VII.1")
        ),
    }
}

/// "Căn cứ: QĐ 366-QĐ/TW, Điều 11, khoản 1".
pub fn citation(c: &Citation) -> String {
    format!("Căn cứ: {c}")
}

/// The badge of a finding.
pub fn severity_label(s: Severity) -> &'static str {
    match s {
        Severity::Info => "Lưu ý",
        Severity::Warning => "Cảnh báo",
        Severity::RuledOut => "Không thể đề xuất",
    }
}

/// A note on the source of a rule, shown with its citation (`None` when
/// the text is confirmed).
pub fn confidence_note(c: Confidence) -> Option<&'static str> {
    match c {
        Confidence::Confirmed => None,
        Confidence::ThirdParty => Some("Theo bản sao của bên thứ ba, chưa đối chiếu văn bản gốc."),
        Confidence::Unconfirmed => Some("Chưa xác nhận được văn bản gốc."),
    }
}

/// What the editor says instead of asking for a rating, when the person is
/// not rated (or probably not): `None` when rated.
pub fn rating_status(s: &RatingStatus) -> Option<String> {
    let grounds = |g: &[NotRatedGround]| {
        g.iter()
            .map(|g| ground(g.reason))
            .collect::<Vec<_>>()
            .join("; ")
    };
    match s {
        RatingStatus::Rated => None,
        // QĐ 366 Điều 5 khoản 2 [C]: those left out are not reviewed at all.
        RatingStatus::NotRated(g) if g.iter().any(|g| g.citation.document == "QĐ 366-QĐ/TW") => {
            Some(format!(
                "Theo Quy định số 366-QĐ/TW, Điều 5, khoản 2, đồng chí không thuộc đối tượng kiểm điểm, đánh giá, xếp loại chất lượng năm nay: {}. Đồng chí không phải viết bản kiểm điểm, không phải chấm điểm và không phải đề xuất mức xếp loại; nếu chi bộ yêu cầu nộp nội dung nào thì nộp theo yêu cầu của chi bộ.",
                grounds(g)
            ))
        }
        RatingStatus::NotRated(g) => Some(format!(
            "Đồng chí thuộc diện không xếp loại chất lượng năm nay: {}. Vì vậy không phải chấm điểm và không phải đề xuất mức xếp loại.",
            grounds(g)
        )),
        RatingStatus::Uncertain(g) => Some(format!(
            "Có thể đồng chí thuộc diện không xếp loại chất lượng năm nay ({}), nhưng quy định của năm này về trường hợp đó chưa được xác nhận; đề nghị hỏi chi bộ trước khi đề xuất mức xếp loại.",
            grounds(g)
        )),
    }
}

/// One line on the proposal against what the facts allow (`None` without
/// a proposal).
pub fn proposal(p: &ProposalCheck) -> Option<String> {
    Some(match p {
        ProposalCheck::NoProposal => return None,
        ProposalCheck::WhileNotRated { proposed } => format!(
            "Đồng chí thuộc diện không xếp loại nên không đề xuất mức xếp loại; đề nghị bỏ chọn mức {}.",
            q(*proposed)
        ),
        ProposalCheck::Within {
            proposed,
            ceiling: Some(c),
        } => format!(
            "Mức đồng chí đề xuất, {}, không vượt quá mức mà các thông tin đã ghi cho phép ({}).",
            q(*proposed),
            q(*c)
        ),
        ProposalCheck::Within {
            proposed,
            ceiling: None,
        } => format!(
            "Các quy định ứng dụng kiểm tra được không đặt giới hạn nào cho mức đồng chí đề xuất, {}.",
            q(*proposed)
        ),
        ProposalCheck::Above { proposed, ceiling } => format!(
            "Mức đồng chí đề xuất, {}, cao hơn mức mà các thông tin đã ghi cho phép ({}). Đây là cảnh báo, không ngăn đồng chí đề xuất.",
            q(*proposed),
            q(*ceiling)
        ),
    })
}

/// The highest rating the checked rules allow, in one line (`None` when
/// no checked rule sets a limit, or the person is not rated).
pub fn ceiling(a: &Advice) -> Option<String> {
    a.ceiling.map(|c| {
        format!(
            "Theo các thông tin đã ghi, mức cao nhất có thể đề xuất là {}.",
            q(c)
        )
    })
}

// --- Helpers -----------------------------------------------------------------------

/// A rating label in quotes.
fn q(r: Rating) -> String {
    format!("\"{}\"", rating_label(r))
}

/// "89,5 điểm".
fn pts(p: Points) -> String {
    format!("{} điểm", format_points(p))
}

/// `part` as a whole percentage of `whole`, rounded up or down so that a
/// figure over (under) a limit never reads as the limit itself.
fn percent(part: u32, whole: u32, up: bool) -> u64 {
    let (part, whole) = (u64::from(part) * 100, u64::from(whole.max(1)));
    if up {
        part.div_ceil(whole)
    } else {
        part / whole
    }
}

/// The conditions of "Hoàn thành nhiệm vụ" fail, but the text names no KHT
/// case for it (QĐ 366 Điều 11 khoản 3 and 4).
fn completed_not_met(w: Whose) -> String {
    let case = match w {
        Whose::Own => "«có trên 50% số nhiệm vụ trong năm bị đánh giá không hoàn thành»",
        Whose::LedUnit => {
            "đơn vị do cá nhân trực tiếp lãnh đạo, quản lý «hoàn thành dưới 70% số nhiệm vụ theo chương trình, kế hoạch trong năm»"
        }
    };
    format!(
        "Như vậy chưa đáp ứng điều kiện của mức {}. Quy định chỉ nêu trường hợp {case} là xếp loại {}; trường hợp này do cấp có thẩm quyền xem xét, quyết định.",
        q(Rating::Completed),
        q(Rating::NotCompleted)
    )
}

/// What a limit means for the proposal.
fn limit(c: Rating) -> String {
    match c {
        Rating::NotCompleted => format!("Theo quy định, trường hợp này xếp loại {}.", q(c)),
        _ => format!("Vì vậy, mức cao nhất có thể đề xuất là {}.", q(c)),
    }
}

/// The subject of a task figure.
fn whose(w: Whose) -> &'static str {
    match w {
        Whose::Own => "Đồng chí",
        Whose::LedUnit => "Địa phương, đơn vị do đồng chí trực tiếp lãnh đạo, quản lý",
    }
}

/// Why a person is not rated, as a clause.
fn ground(r: NotRatedReason) -> String {
    match r {
        NotRatedReason::Exempted => "được miễn công tác và sinh hoạt đảng".to_owned(),
        NotRatedReason::Suspended => "đang bị đình chỉ sinh hoạt đảng".to_owned(),
        NotRatedReason::NewlyAdmitted {
            admitted_on,
            six_months_on,
            reference,
        } => format!(
            "được kết nạp vào Đảng ngày {}, tính đến ngày {r} chưa đủ 6 tháng (đủ 6 tháng từ ngày {}); lấy ngày {r} làm mốc là cách tính của ứng dụng, chưa được xác nhận trong văn bản",
            format_vn_date(admitted_on),
            format_vn_date(six_months_on),
            r = format_vn_date(reference),
        ),
    }
}

/// The public-duty wording of the discipline case, by role.
fn public_duty(role: Role) -> &'static str {
    match role {
        Role::Leader => "chức trách, nhiệm vụ trong thực thi công vụ",
        Role::Member | Role::OutsideSystem => "hoạt động công vụ",
    }
}

/// A violation, as a sentence.
fn violation(v: Violation, role: Role) -> String {
    match v {
        Violation::Discipline { level, public_duty: duty } => format!(
            "Trong năm, đồng chí bị thi hành kỷ luật bằng hình thức {}{}.",
            discipline_label(level).to_lowercase(),
            if duty {
                format!(", vì vi phạm liên quan đến {}", public_duty(role))
            } else {
                String::new()
            }
        ),
        Violation::ProhibitedActs => {
            "Đồng chí có vi phạm những điều đảng viên không được làm.".to_owned()
        }
        Violation::ExemplaryDuty => {
            "Đồng chí có vi phạm quy định về trách nhiệm nêu gương, gây ảnh hưởng xấu đến uy tín."
                .to_owned()
        }
        Violation::MisconductInScope => "Có tổ chức hoặc cá nhân trong phạm vi đồng chí quản lý trực tiếp xảy ra tham nhũng, lãng phí, tiêu cực và bị xử lý kỷ luật.".to_owned(),
    }
}

/// Where a civil-servant rating comes from.
fn civil_servant_source(s: RatingSource, proposal_slot: &str) -> String {
    match s {
        RatingSource::Decided => {
            "kết quả xếp loại cán bộ, công chức, viên chức của đồng chí".to_owned()
        }
        RatingSource::Proposed => format!("mức đồng chí tự nhận ở {proposal_slot}"),
    }
}

/// The first [`ITEMS_NAMED`] items, the rest counted: "A, B, C và 2 mục
/// khác".
fn named(items: impl Iterator<Item = String>) -> String {
    let mut items: Vec<String> = items.collect();
    if items.len() > ITEMS_NAMED {
        let more = format!("{} mục khác", items.len() - ITEMS_NAMED);
        items.truncate(ITEMS_NAMED);
        items.push(more);
    }
    and_list(items)
}

/// "A, B và C".
fn and_list(mut items: Vec<String>) -> String {
    match items.pop() {
        Some(last) if !items.is_empty() => format!("{} và {last}", items.join(", ")),
        last => last.unwrap_or_default(),
    }
}

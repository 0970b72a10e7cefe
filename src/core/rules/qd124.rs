//! Review years 2023–2024: QĐ 124-QĐ/TW (04/10/2023) Điều 12 «Tiêu chí xếp
//! loại chất lượng», as far as the reference has it (`shared/domain/gaps.md`
//! §4, `regulations.md` §4.2).
//!
//! Known \[C\]: the bullets of level 4 (KHT), verbatim from the Government's
//! portal, with the a)/b)/c) sub-headings (organisation / leadership
//! collective / individual) flattened and the last bullet cut. Not known:
//! the criteria of levels 1–3 for individuals, which bullet applies to whom
//! (\[M\]), who is not rated. So:
//! * the one bullet worded for a person («uy tín của bản thân») is shown
//!   as unconfirmed: its text is \[C\] but cut, and whom it applies to is
//!   \[M\];
//! * the lead's "criteria rated Kém" is encoded from the article's own lead
//!   sentence \[C-3p\];
//! * the discipline and the led-unit bullets are shown as unconfirmed (their
//!   scope is \[M\]);
//! * levels 1–3 are reported as not checkable.

use crate::core::dossier::{Grade, Mitigation, Rating, Role};
use crate::core::template::Confidence;

use super::{
    Citation, Facts, Finding, MissingFact, NotRatedTable, Out, Reason, RuleId, Violation, Whose,
    under_percent,
};

const QD124: &str = "QĐ 124-QĐ/TW";

const D12: Citation = Citation {
    document: QD124,
    part: Some("Điều 12"),
    seen_in: "gaps.md §4.1",
};
const D12_LEVELS: Citation = Citation {
    document: QD124,
    part: Some("Điều 12"),
    seen_in: "gaps.md §4.2; regulations.md §4.2 (not retrieved)",
};

/// Who is not rated in 2023–2024: not in the reference. By analogy with HD
/// 21 and QĐ 366 Điều 5 khoản 2 \[M\]; every ground is unconfirmed.
pub(crate) const NOT_RATED: NotRatedTable = NotRatedTable {
    exempted: (
        Citation {
            document: QD124,
            part: None,
            seen_in: "not in the reference (by analogy with HD 21 and QĐ 366 Điều 5)",
        },
        Confidence::Unconfirmed,
    ),
    suspended: (
        Citation {
            document: QD124,
            part: None,
            seen_in: "not in the reference (by analogy with HD 21 and QĐ 366 Điều 5)",
        },
        Confidence::Unconfirmed,
    ),
    newly_admitted: (
        Citation {
            document: QD124,
            part: None,
            seen_in: "not in the reference (by analogy with HD 21 and QĐ 366 Điều 5)",
        },
        Confidence::Unconfirmed,
    ),
};

pub(crate) fn findings(f: &Facts<'_>) -> Vec<Finding> {
    let d = f.dossier;
    let c = &d.circumstances;
    let mut out = Out::default();
    let kht = Some(Rating::NotCompleted);

    // Levels 1–3: Điều 12 khoản 1–3 not retrieved in Vietnamese.
    out.push(
        RuleId::Qd124Levels,
        D12_LEVELS,
        Confidence::Unconfirmed,
        None,
        Reason::CriteriaNotConfirmed {
            levels: vec![Rating::Excellent, Rating::Good, Rating::Completed],
        },
    );

    // The article's lead [C-3p]: «Cụ thể, các tập thể, cá nhân có các tiêu
    // chí đánh giá ở mức "Kém" hoặc thuộc một trong các trường hợp dưới đây
    // thì xếp loại không hoàn thành nhiệm vụ». Whether the 2023 forms kept a
    // per-item grade is unconfirmed (gaps.md §7); checked only where the
    // dossier has grades.
    let poor: Vec<String> = d
        .answers
        .iter()
        .filter(|(_, a)| a.grade == Some(Grade::Poor))
        .map(|(id, _)| id.clone())
        .collect();
    if !poor.is_empty() {
        out.push(
            RuleId::Qd124PoorGrade,
            D12,
            Confidence::ThirdParty,
            kht,
            Reason::PoorGrades { items: poor },
        );
    }

    // [C] «- Bị cấp có thẩm quyền kết luận có biểu hiện suy thoái về tư
    // tưởng chính trị, đạo đức, lối sống, "tự diễn biến", "tự chuyển hoá";
    // vi phạm những điều đảng viên không được làm; vi phạm trách nhiệm nêu
    // gương, ảnh hưởng xấu đến uy tín của bản thân và cơ quan, đơn vị nơi
    // công tá[…cut]». The grouping of the bullets is [M] (gaps.md §4.1); this
    // one is worded for a person («của bản thân»), so the app applies it to
    // individuals. No exception clause is visible in it. Because the
    // grouping is [M] and the bullet is cut, the findings are unconfirmed
    // (no ceiling).
    if c.degradation_concluded {
        out.push(
            RuleId::Qd124NotCompletedConduct,
            D12,
            Confidence::Unconfirmed,
            kht,
            Reason::Degradation,
        );
    }
    for (present, violation) in [
        (c.prohibited_acts.is_some(), Violation::ProhibitedActs),
        (c.exemplary_duty_breach.is_some(), Violation::ExemplaryDuty),
    ] {
        if present {
            out.push(
                RuleId::Qd124NotCompletedConduct,
                D12,
                Confidence::Unconfirmed,
                kht,
                Reason::Violation {
                    violation,
                    mitigation: None,
                },
            );
        }
    }

    // [C] text, [M] scope: «- Bị xử lý kỷ luật hoặc thành viên bị kỷ luật
    // trong năm (trừ trường hợp tự phát hiện và khắc phục xong hậu quả).»
    for discipline in &c.disciplines {
        let violation = Violation::Discipline {
            level: discipline.level,
            public_duty: discipline.public_duty,
        };
        let reason = excepted_or_not(violation, discipline.mitigation);
        // The text makes it KHT; the unconfirmed tag keeps it from limiting
        // (see `Finding::new`).
        let ceiling = matches!(reason, Reason::Violation { .. }).then_some(Rating::NotCompleted);
        out.push(
            RuleId::Qd124NotCompletedDiscipline,
            D12,
            Confidence::Unconfirmed,
            ceiling,
            reason,
        );
    }

    // [C] text, [M] scope (leaders): «- Địa phương, tổ chức, cơ quan, đơn vị
    // do mình trực tiếp lãnh đạo, quản lý chỉ hoàn thành dưới 50% số chỉ
    // tiêu, nhiệm vụ được cấp có thẩm quyền giao, phê duyệt trong năm và có
    // các chỉ tiêu chủ yếu không đạt kế hoạch giao (trừ trường hợp bất khả
    // kháng).» Only the first half is a fact the app holds.
    if d.role == Role::Leader {
        match c
            .led_unit
            .and_then(|u| Some((u.tasks_done?, u.tasks_total?)))
        {
            Some((done, total)) if total > 0 => {
                if under_percent(done, total, 50) {
                    out.push(
                        RuleId::Qd124NotCompletedLedUnit,
                        D12,
                        Confidence::Unconfirmed,
                        kht,
                        Reason::TooFewDone {
                            whose: Whose::LedUnit,
                            done,
                            total,
                            min_percent: 50,
                        },
                    );
                }
            }
            _ => out.push(
                RuleId::Qd124NotCompletedLedUnit,
                D12,
                Confidence::Unconfirmed,
                None,
                Reason::Missing(MissingFact::LedUnitResults),
            ),
        }
    }
    out.0
}

/// QĐ 124's exception «trừ trường hợp tự phát hiện và khắc phục xong hậu
/// quả»: both mitigation facts must hold.
fn excepted_or_not(violation: Violation, mitigation: Mitigation) -> Reason {
    if mitigation.is_complete() {
        Reason::ViolationExcepted { violation }
    } else {
        Reason::Violation {
            violation,
            mitigation: Some(mitigation),
        }
    }
}

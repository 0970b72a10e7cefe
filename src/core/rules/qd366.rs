//! Review years 2025 on: QĐ 366-QĐ/TW (30/8/2025) Điều 5 khoản 2 (who is
//! reviewed), Điều 10 (100-point scale), Điều 11 (xếp loại chất lượng),
//! individual parts. Sources: `shared/domain/criteria.md` §5 (Điều 11
//! re-checked word for word against four copies \[C\]) and `regulations.md`
//! §4.3.
//!
//! Điều 11 sets, for each level, a score band *and* conditions; each level's
//! conditions are checked only for that level, exactly as the text lists
//! them. When a level's condition fails, the facts allow at most the next
//! level down, whose own conditions are then checked. The four levels are
//! the only ones, so failing the conditions of "Hoàn thành nhiệm vụ" leaves
//! "Không hoàn thành nhiệm vụ".
//!
//! Roles: [`Role::Leader`] follows the parts «Đối với cá nhân giữ chức vụ
//! lãnh đạo, quản lý…» (figures of the units they directly lead,
//! [`LedUnitResults`]); [`Role::Member`] and [`Role::OutsideSystem`] follow
//! «Đối với cá nhân không giữ chức vụ lãnh đạo, quản lý; đảng viên không làm
//! việc trong hệ thống chính trị» (the task appendix, [`TaskStats`]).

use crate::core::dossier::{
    Circumstances, DisciplineLevel, LedUnitResults, Mitigation, Points, Rating, Role,
};
use crate::core::template::Confidence;

use super::{
    Citation, Facts, Finding, LevelCheck, MissingFact, NotRatedTable, Out, RatingSource, Reason,
    RuleId, TaskStats, Violation, Whose, at_least_percent, is_better, next_lower, over_percent,
    under_percent,
};

const QD366: &str = "QĐ 366-QĐ/TW";

const D3_4: Citation = Citation {
    document: QD366,
    part: Some("Điều 3, khoản 4"),
    seen_in: "regulations.md §4.3",
};
const D5_2: Citation = Citation {
    document: QD366,
    part: Some("Điều 5, khoản 2"),
    seen_in: "regulations.md §4.3",
};
const D10: Citation = Citation {
    document: QD366,
    part: Some("Điều 10"),
    seen_in: "criteria.md §5.0",
};
const D11: Citation = Citation {
    document: QD366,
    part: Some("Điều 11"),
    seen_in: "criteria.md §5.1",
};
const D11_1: Citation = Citation {
    document: QD366,
    part: Some("Điều 11, khoản 1"),
    seen_in: "criteria.md §5.1 (1)",
};
const D11_2: Citation = Citation {
    document: QD366,
    part: Some("Điều 11, khoản 2"),
    seen_in: "criteria.md §5.1 (2)",
};
const D11_3: Citation = Citation {
    document: QD366,
    part: Some("Điều 11, khoản 3"),
    seen_in: "criteria.md §5.1 (3)",
};
const D11_4: Citation = Citation {
    document: QD366,
    part: Some("Điều 11, khoản 4"),
    seen_in: "criteria.md §5.1 (4)",
};

/// Điều 5 khoản 2 \[C\]: «Đảng viên trong toàn Đảng (trừ đảng viên được miễn
/// công tác và sinh hoạt đảng; đảng viên bị đình chỉ sinh hoạt đảng; đảng
/// viên mới kết nạp chưa đủ 6 tháng).» With Điều 3 khoản 4 («tập thể, cá
/// nhân được kiểm điểm thì phải đánh giá, xếp loại»), those left out are
/// neither reviewed nor rated.
pub(crate) const NOT_RATED: NotRatedTable = NotRatedTable {
    exempted: (D5_2, Confidence::Confirmed),
    suspended: (D5_2, Confidence::Confirmed),
    newly_admitted: (D5_2, Confidence::Confirmed),
};

/// The top of the 100-point scale (Điều 10), in tenths.
pub const MAX_SCORE: Points = Points(1000);
/// «từ 90 điểm trở lên» (HTXS).
pub const EXCELLENT_MIN: Points = Points(900);
/// «từ 70 đến dưới 90 điểm» (HTT).
pub const GOOD_MIN: Points = Points(700);
/// «từ 50 đến dưới 70 điểm» (HT); below it «dưới 50 điểm» (KHT).
pub const COMPLETED_MIN: Points = Points(500);

/// The level whose score band holds `score`.
pub fn band(score: Points) -> Rating {
    if score >= EXCELLENT_MIN {
        Rating::Excellent
    } else if score >= GOOD_MIN {
        Rating::Good
    } else if score >= COMPLETED_MIN {
        Rating::Completed
    } else {
        Rating::NotCompleted
    }
}

/// The band of a level: from `min` up to (not including) the second value.
pub fn band_bounds(level: Rating) -> (Points, Option<Points>) {
    match level {
        Rating::Excellent => (EXCELLENT_MIN, None),
        Rating::Good => (GOOD_MIN, Some(EXCELLENT_MIN)),
        Rating::Completed => (COMPLETED_MIN, Some(GOOD_MIN)),
        Rating::NotCompleted => (Points(0), Some(COMPLETED_MIN)),
    }
}

fn level_citation(level: Rating) -> Citation {
    match level {
        Rating::Excellent => D11_1,
        Rating::Good => D11_2,
        Rating::Completed => D11_3,
        Rating::NotCompleted => D11_4,
    }
}

pub(crate) fn findings(f: &Facts<'_>) -> Vec<Finding> {
    let d = f.dossier;
    let leader = d.role == Role::Leader;
    let mut out = Out::default();

    let mut level = Rating::Excellent;
    match f.score {
        None => out.push(
            RuleId::Qd366Score,
            D11,
            Confidence::Confirmed,
            None,
            Reason::Missing(MissingFact::Score),
        ),
        Some(score) => {
            if score > MAX_SCORE {
                out.push(
                    RuleId::Qd366ScoreScale,
                    D10,
                    Confidence::Confirmed,
                    None,
                    Reason::ScoreOverMaximum {
                        score,
                        max: MAX_SCORE,
                    },
                );
            }
            level = band(score);
            let (min, below) = band_bounds(level);
            out.push(
                RuleId::Qd366Score,
                level_citation(level),
                Confidence::Confirmed,
                Some(level),
                Reason::ScoreBand {
                    score,
                    band: level,
                    min,
                    below,
                },
            );
        }
    }

    let kht = if leader {
        not_completed_leader(f, &mut out)
    } else {
        not_completed_member(f, &mut out)
    };
    civil_servant_basis(d.proposal.party, &d.circumstances, &mut out);
    if kht {
        return out.0;
    }

    let mut excellent_met = false;
    loop {
        let check = match level {
            Rating::Excellent => excellent(f, leader, &mut out),
            Rating::Good => good(f, leader, &mut out),
            Rating::Completed => completed(f, leader, &mut out),
            Rating::NotCompleted => break,
        };
        if check.failed {
            level = next_lower(level);
            continue;
        }
        excellent_met = level == Rating::Excellent && !check.unknown;
        break;
    }
    if level == Rating::Excellent && (excellent_met || d.proposal.party == Some(Rating::Excellent))
    {
        quota_note(&mut out);
    }
    out.0
}

/// A KHT case that has a mitigation clause: KHT unless both mitigation facts
/// hold, in which case the clause is shown (the competent level weighs it).
/// Returns whether the case makes the rating KHT.
fn violation(rule: RuleId, violation: Violation, mitigation: Mitigation, out: &mut Out) -> bool {
    if mitigation.is_complete() {
        out.push(
            rule,
            D11_4,
            Confidence::Confirmed,
            None,
            Reason::MitigationClause {
                violation,
                mitigation,
            },
        );
        false
    } else {
        out.push(
            rule,
            D11_4,
            Confidence::Confirmed,
            Some(Rating::NotCompleted),
            Reason::Violation {
                violation,
                mitigation: Some(mitigation),
            },
        );
        true
    }
}

/// Disciplinary measures: KHT «từ khiển trách trở lên» for a violation in
/// public duty; any other measure is not a listed case and is shown as such.
fn disciplines(c: &Circumstances, out: &mut Out) -> bool {
    let mut any = false;
    for discipline in &c.disciplines {
        if discipline.public_duty && discipline.level >= DisciplineLevel::Reprimand {
            any |= violation(
                RuleId::Qd366NotCompletedDiscipline,
                Violation::Discipline {
                    level: discipline.level,
                    public_duty: true,
                },
                discipline.mitigation,
                out,
            );
        } else {
            out.push(
                RuleId::Qd366NotCompletedDiscipline,
                D11_4,
                Confidence::Confirmed,
                None,
                Reason::DisciplineNotInPublicDuty {
                    level: discipline.level,
                },
            );
        }
    }
    any
}

fn degradation(c: &Circumstances, out: &mut Out) -> bool {
    if c.degradation_concluded {
        out.push(
            RuleId::Qd366NotCompletedDegradation,
            D11_4,
            Confidence::Confirmed,
            Some(Rating::NotCompleted),
            Reason::Degradation,
        );
    }
    c.degradation_concluded
}

/// Điều 11 khoản 4, members and members outside the political system \[C\]:
///
/// ```text
/// «- Đối với cá nhân không giữ chức vụ lãnh đạo, quản lý và đảng viên
/// không làm việc trong hệ thống chính trị
/// + Bị cấp có thẩm quyền kết luận có biểu hiện suy thoái về tư tưởng chính
/// trị, đạo đức, lối sống, vi phạm liên quan đến hoạt động công vụ bị xử
/// lý kỷ luật từ khiển trách trở lên, vi phạm những điều đảng viên không
/// được làm, vi phạm quy định về trách nhiệm nêu gương, gây ảnh hưởng xấu
/// đến uy tín của bản thân và tổ chức, cơ quan, đơn vị.
/// + Có trên 50% số nhiệm vụ trong năm bị đánh giá không hoàn thành.
/// Trường hợp tự giác nhận lỗi, tự phát hiện vi phạm và khắc phục xong hậu
/// quả thì cấp có thẩm quyền căn cứ vào hoàn cảnh, tính chất, hành vi, mức độ
/// vi phạm, hậu quả, nguyên nhân và các yếu tố liên quan khác để xem xét,
/// đánh giá, xếp loại bảo đảm khách quan, toàn diện, thận trọng và chịu
/// trách nhiệm về quyết định của mình theo phân cấp.»
/// ```
///
/// The mitigation clause speaks of «vi phạm»; the app applies it to the
/// violations (discipline, prohibited acts, example duty), not to the
/// degradation conclusion or to failed tasks.
fn not_completed_member(f: &Facts<'_>, out: &mut Out) -> bool {
    let c = &f.dossier.circumstances;
    let mut any = degradation(c, out);
    any |= disciplines(c, out);
    if let Some(m) = c.prohibited_acts {
        any |= violation(
            RuleId::Qd366NotCompletedConduct,
            Violation::ProhibitedActs,
            m,
            out,
        );
    }
    if let Some(m) = c.exemplary_duty_breach {
        any |= violation(
            RuleId::Qd366NotCompletedConduct,
            Violation::ExemplaryDuty,
            m,
            out,
        );
    }
    let t = &f.tasks;
    if t.total > 0 && over_percent(t.not_done, t.total, 50) {
        out.push(
            RuleId::Qd366NotCompletedTasks,
            D11_4,
            Confidence::Confirmed,
            Some(Rating::NotCompleted),
            Reason::TooManyFailed {
                not_done: t.not_done,
                total: t.total,
                max_percent: 50,
            },
        );
        any = true;
    }
    any
}

/// Điều 11 khoản 4, leaders \[C\]:
///
/// ```text
/// «+ Địa phương, lĩnh vực, cơ quan, đơn vị, bộ phận do cá nhân trực tiếp
/// lãnh đạo, quản lý hoàn thành dưới 70% số nhiệm vụ theo chương trình, kế
/// hoạch trong năm hoặc không hoàn thành 5 chỉ tiêu kinh tế - xã hội cơ bản
/// được cấp có thẩm quyền giao, phê duyệt (…) hoặc có trên 50% tổng số địa
/// phương, lĩnh vực, cơ quan, đơn vị, bộ phận mà cá nhân phụ trách lãnh
/// đạo, quản lý có trách nhiệm trực tiếp hoặc trách nhiệm người đứng đầu
/// hoặc cùng chịu trách nhiệm liên quan bị xếp loại "Không hoàn thành nhiệm
/// vụ".
/// + Có trên 50% số phiếu tín nhiệm thấp tại kỳ lấy phiếu tín nhiệm trong
/// năm (nếu có).
/// + Có vi phạm liên quan đến chức trách, nhiệm vụ trong thực thi công vụ bị
/// xử lý kỷ luật từ khiển trách trở lên.
/// + Bị cấp có thẩm quyền kết luận có biểu hiện suy thoái về tư tưởng chính
/// trị, đạo đức, lối sống, "tự diễn biến", "tự chuyển hoá".
/// + Có tổ chức hoặc cá nhân trong phạm vi quản lý trực tiếp xảy ra tham
/// nhũng, lãng phí, tiêu cực và bị xử lý kỷ luật.
/// Trường hợp cá nhân lãnh đạo, quản lý đã chủ động phát hiện, báo cáo và chỉ
/// đạo xử lý kịp thời, khắc phục xong hậu quả thì cấp có thẩm quyền căn cứ
/// vào hoàn cảnh, tính chất, hành vi, mức độ vi phạm, hậu quả, nguyên nhân
/// và các yếu tố liên quan khác để xem xét, đánh giá, xếp loại bảo đảm khách
/// quan, thận trọng, toàn diện và chịu trách nhiệm về quyết định của mình
/// theo phân cấp.»
/// ```
///
/// The app applies the mitigation clause to the two violation cases (the
/// person's discipline, misconduct in their scope).
fn not_completed_leader(f: &Facts<'_>, out: &mut Out) -> bool {
    let c = &f.dossier.circumstances;
    let kht = Some(Rating::NotCompleted);
    let mut any = false;
    if let Some(u) = c.led_unit {
        if let (Some(done), Some(total)) = (u.tasks_done, u.tasks_total)
            && total > 0
            && under_percent(done, total, 70)
        {
            out.push(
                RuleId::Qd366NotCompletedLedUnit,
                D11_4,
                Confidence::Confirmed,
                kht,
                Reason::TooFewDone {
                    whose: Whose::LedUnit,
                    done,
                    total,
                    min_percent: 70,
                },
            );
            any = true;
        }
        if u.core_indicators_not_met {
            out.push(
                RuleId::Qd366NotCompletedLedUnit,
                D11_4,
                Confidence::Confirmed,
                kht,
                Reason::CoreIndicatorsNotMet,
            );
            any = true;
        }
        if u.units_total > 0 && over_percent(u.units_not_completed, u.units_total, 50) {
            out.push(
                RuleId::Qd366NotCompletedLedUnit,
                D11_4,
                Confidence::Confirmed,
                kht,
                Reason::SubUnitsNotCompleted {
                    not_completed: u.units_not_completed,
                    total: u.units_total,
                    max_percent: 50,
                },
            );
            any = true;
        }
    }
    if let Some(v) = c.confidence_vote
        && v.total > 0
        && over_percent(v.low, v.total, 50)
    {
        out.push(
            RuleId::Qd366NotCompletedConfidenceVote,
            D11_4,
            Confidence::Confirmed,
            kht,
            Reason::LowConfidenceVotes {
                low: v.low,
                total: v.total,
                max_percent: 50,
            },
        );
        any = true;
    }
    any |= disciplines(c, out);
    any |= degradation(c, out);
    if let Some(m) = c.misconduct_in_scope {
        any |= violation(
            RuleId::Qd366NotCompletedMisconductInScope,
            Violation::MisconductInScope,
            m,
            out,
        );
    }
    any
}

/// The figures of the units a leader leads, once the tasks assigned (more
/// than none) and done are said; the other counts may still be unsaid.
#[derive(Clone, Copy)]
struct Led {
    total: u32,
    done: u32,
    on_time_with_quality: u32,
    exceeded: Option<u32>,
    late: Option<u32>,
}

/// The leader's unit figures, or a "missing" finding.
fn led_unit(c: &Circumstances, rule: RuleId, citation: Citation, out: &mut Out) -> Option<Led> {
    let known = c.led_unit.and_then(|u: LedUnitResults| {
        Some(Led {
            total: u.tasks_total.filter(|t| *t > 0)?,
            done: u.tasks_done?,
            on_time_with_quality: u.tasks_on_time_with_quality,
            exceeded: u.tasks_exceeded,
            late: u.tasks_late,
        })
    });
    if known.is_none() {
        missing_led_unit(rule, citation, out);
    }
    known
}

fn missing_led_unit(rule: RuleId, citation: Citation, out: &mut Out) {
    out.push(
        rule,
        citation,
        Confidence::Confirmed,
        None,
        Reason::Missing(MissingFact::LedUnitResults),
    );
}

/// The task appendix's figures, or a "missing" finding.
fn own_tasks(f: &Facts<'_>, rule: RuleId, citation: Citation, out: &mut Out) -> Option<TaskStats> {
    if f.tasks.total > 0 {
        Some(f.tasks)
    } else {
        out.push(
            rule,
            citation,
            Confidence::Confirmed,
            None,
            Reason::Missing(MissingFact::TaskList),
        );
        None
    }
}

fn details_missing(t: &TaskStats, rule: RuleId, citation: Citation, out: &mut Out) {
    out.push(
        rule,
        citation,
        Confidence::Confirmed,
        None,
        Reason::Missing(MissingFact::TaskDetails {
            unknown: t.incomplete,
            total: t.total,
        }),
    );
}

/// "Done, on time, quality assured" for every own task (HTXS and HTT of
/// members).
fn all_on_time_with_quality(
    t: &TaskStats,
    level: Rating,
    (rule, citation): (RuleId, Citation),
    check: &mut LevelCheck,
    out: &mut Out,
) {
    if t.not_on_time_with_quality > 0 {
        check.failed = true;
        out.push(
            rule,
            citation,
            Confidence::Confirmed,
            Some(next_lower(level)),
            Reason::TasksNotAllOnTimeWithQuality {
                whose: Whose::Own,
                level,
                on_time_with_quality: t.on_time_with_quality,
                total: t.total,
            },
        );
    } else if t.on_time_with_quality_unknown() > 0 {
        check.unknown = true;
        details_missing(t, rule, citation, out);
    }
}

/// The "ít nhất 30% số nhiệm vụ hoàn thành vượt mức yêu cầu" condition of
/// Điều 11 khoản 1, for the person's own tasks or the led units'.
fn at_least_30_percent_exceeding(
    (whose, exceeded, total): (Whose, u32, u32),
    rule: RuleId,
    check: &mut LevelCheck,
    out: &mut Out,
) {
    if !at_least_percent(exceeded, total, 30) {
        check.failed = true;
        out.push(
            rule,
            D11_1,
            Confidence::Confirmed,
            Some(Rating::Good),
            Reason::TooFewExceeding {
                whose,
                exceeded,
                total,
                min_percent: 30,
            },
        );
    }
}

/// Điều 11 khoản 1 \[C\]:
///
/// ```text
/// «Hoàn thành xuất sắc nhiệm vụ: Là tập thể, cá nhân có kết quả tổng điểm
/// đánh giá đạt từ 90 điểm trở lên. Đồng thời, phải đáp ứng các điều kiện cụ
/// thể sau: …
/// - Đối với cá nhân giữ chức vụ lãnh đạo, quản lý và cán bộ diện Ban Chấp
/// hành Trung ương Đảng, Bộ Chính trị, Ban Bí thư quản lý: Ngoài các tiêu
/// chí chung nêu trên, các địa phương, lĩnh vực, cơ quan, đơn vị, bộ phận
/// do cá nhân trực tiếp lãnh đạo, quản lý hoàn thành 100% nhiệm vụ được
/// giao; trong đó có ít nhất 30% số nhiệm vụ hoàn thành vượt mức yêu cầu.
/// - Đối với cá nhân không giữ chức vụ lãnh đạo, quản lý; đảng viên không
/// làm việc trong hệ thống chính trị: Hoàn thành 100% các nhiệm vụ được
/// giao, đúng hạn, bảo đảm chất lượng, hiệu quả, trong đó có ít nhất 30%
/// nhiệm vụ hoàn thành vượt mức yêu cầu.
/// - Đã khắc phục 100% các hạn chế, khuyết điểm được chỉ ra ở thời điểm kiểm
/// điểm trước (nếu có).»
/// ```
///
/// The leaders' bullet names the units' tasks, not "đúng hạn, bảo đảm chất
/// lượng"; encoded as written.
fn excellent(f: &Facts<'_>, leader: bool, out: &mut Out) -> LevelCheck {
    let mut check = LevelCheck::default();
    let good = Some(Rating::Good);
    if leader {
        let rule = RuleId::Qd366ExcellentLedUnit;
        if let Some(u) = led_unit(&f.dossier.circumstances, rule, D11_1, out) {
            if u.done < u.total {
                check.failed = true;
                out.push(
                    rule,
                    D11_1,
                    Confidence::Confirmed,
                    good,
                    Reason::TasksNotAllDone {
                        whose: Whose::LedUnit,
                        level: Rating::Excellent,
                        done: u.done,
                        total: u.total,
                    },
                );
            }
            match u.exceeded {
                Some(exceeded) => at_least_30_percent_exceeding(
                    (Whose::LedUnit, exceeded, u.total),
                    rule,
                    &mut check,
                    out,
                ),
                None => {
                    check.unknown = true;
                    missing_led_unit(rule, D11_1, out);
                }
            }
        } else {
            check.unknown = true;
        }
    } else {
        let rule = RuleId::Qd366ExcellentTasks;
        if let Some(t) = own_tasks(f, rule, D11_1, out) {
            all_on_time_with_quality(&t, Rating::Excellent, (rule, D11_1), &mut check, out);
            at_least_30_percent_exceeding((Whose::Own, t.exceeded, t.total), rule, &mut check, out);
        } else {
            check.unknown = true;
        }
    }

    let rule = RuleId::Qd366ExcellentShortcomings;
    match f.dossier.circumstances.earlier_shortcomings {
        None => {
            check.unknown = true;
            out.push(
                rule,
                D11_1,
                Confidence::Confirmed,
                None,
                Reason::Missing(MissingFact::EarlierShortcomings),
            );
        }
        Some(s) => match s.known() {
            Some((pointed_out, fixed)) if fixed < pointed_out => {
                check.failed = true;
                out.push(
                    rule,
                    D11_1,
                    Confidence::Confirmed,
                    good,
                    Reason::ShortcomingsNotAllFixed { fixed, pointed_out },
                );
            }
            Some(_) => {}
            None => {
                check.unknown = true;
                out.push(
                    rule,
                    D11_1,
                    Confidence::Confirmed,
                    None,
                    Reason::Missing(MissingFact::EarlierShortcomings),
                );
            }
        },
    }
    check
}

/// Điều 11 khoản 2 \[C\]:
///
/// ```text
/// «Hoàn thành tốt nhiệm vụ: Là tập thể, cá nhân có tổng điểm đánh giá đạt
/// từ 70 đến dưới 90 điểm. Đồng thời, đáp ứng các điều kiện sau: …
/// - Đối với cá nhân giữ chức vụ lãnh đạo, quản lý và cán bộ diện Ban Chấp
/// hành Trung ương Đảng, Bộ Chính trị, Ban Bí thư quản lý: Ngoài các tiêu
/// chí chung, các địa phương, lĩnh vực, cơ quan, đơn vị, bộ phận do cá nhân
/// trực tiếp lãnh đạo, quản lý hoàn thành 100% các nhiệm vụ được giao, đúng
/// thời hạn, bảo đảm chất lượng, hiệu quả.
/// - Đối với cá nhân không giữ chức vụ lãnh đạo, quản lý và đảng viên không
/// làm việc trong hệ thống chính trị: Hoàn thành 100% các nhiệm vụ được
/// giao, đúng thời hạn, bảo đảm chất lượng, hiệu quả.»
/// ```
fn good(f: &Facts<'_>, leader: bool, out: &mut Out) -> LevelCheck {
    let mut check = LevelCheck::default();
    if leader {
        let rule = RuleId::Qd366GoodLedUnit;
        if let Some(u) = led_unit(&f.dossier.circumstances, rule, D11_2, out) {
            if u.done < u.total || u.on_time_with_quality < u.total {
                check.failed = true;
                out.push(
                    rule,
                    D11_2,
                    Confidence::Confirmed,
                    Some(Rating::Completed),
                    Reason::TasksNotAllOnTimeWithQuality {
                        whose: Whose::LedUnit,
                        level: Rating::Good,
                        on_time_with_quality: u.on_time_with_quality.min(u.done),
                        total: u.total,
                    },
                );
            }
        } else {
            check.unknown = true;
        }
    } else {
        let rule = RuleId::Qd366GoodTasks;
        if let Some(t) = own_tasks(f, rule, D11_2, out) {
            all_on_time_with_quality(&t, Rating::Good, (rule, D11_2), &mut check, out);
        } else {
            check.unknown = true;
        }
    }
    check
}

/// Điều 11 khoản 3 \[C\]:
///
/// ```text
/// «Hoàn thành nhiệm vụ: Tập thể, cá nhân có tổng điểm đánh giá đạt từ 50
/// đến dưới 70 điểm. Đồng thời, đáp ứng các điều kiện sau: …
/// - Đối với cá nhân giữ chức vụ lãnh đạo, quản lý và cán bộ diện Ban Chấp
/// hành Trung ương Đảng, Bộ Chính trị, Ban Bí thư quản lý: Ngoài các tiêu
/// chí chung, các địa phương, lĩnh vực, cơ quan, đơn vị, bộ phận do cá nhân
/// trực tiếp lãnh đạo, quản lý hoàn thành 100% các nhiệm vụ được giao; số
/// nhiệm vụ chưa bảo đảm tiến độ không vượt quá 20%.
/// - Đối với cá nhân không giữ chức vụ lãnh đạo, quản lý và đảng viên không
/// làm việc trong hệ thống chính trị: Hoàn thành 100% các nhiệm vụ được
/// giao; số nhiệm vụ chưa bảo đảm tiến độ không vượt quá 20%.»
/// ```
///
/// Failing these conditions sets no ceiling: the KHT cases of khoản 4 are
/// only «trên 50% số nhiệm vụ … không hoàn thành» (members) and «dưới 70%»
/// (leaders); between those and 100%, or with more than 20% behind
/// schedule, the text does not say the rating is KHT. The finding says the
/// conditions of "Hoàn thành nhiệm vụ" are not met and the competent level
/// decides.
fn completed(f: &Facts<'_>, leader: bool, out: &mut Out) -> LevelCheck {
    let mut check = LevelCheck::default();
    let no_ceiling = None;
    let (whose, rule, done, total, late, status_unknown, late_unknown) = if leader {
        let rule = RuleId::Qd366CompletedLedUnit;
        match led_unit(&f.dossier.circumstances, rule, D11_3, out) {
            // Tasks behind schedule not said: as if the timeliness of
            // every task were unknown.
            Some(u) => (
                Whose::LedUnit,
                rule,
                u.done,
                u.total,
                u.late.unwrap_or(0),
                0,
                if u.late.is_some() { 0 } else { u.total },
            ),
            None => {
                check.unknown = true;
                return check;
            }
        }
    } else {
        let rule = RuleId::Qd366CompletedTasks;
        match own_tasks(f, rule, D11_3, out) {
            Some(t) => (
                Whose::Own,
                rule,
                t.done,
                t.total,
                t.late,
                t.status_unknown,
                t.timeliness_unknown,
            ),
            None => {
                check.unknown = true;
                return check;
            }
        }
    };
    if done + status_unknown < total {
        check.failed = true;
        out.push(
            rule,
            D11_3,
            Confidence::Confirmed,
            no_ceiling,
            Reason::TasksNotAllDone {
                whose,
                level: Rating::Completed,
                done,
                total,
            },
        );
    } else if status_unknown > 0 {
        check.unknown = true;
    }
    if over_percent(late, total, 20) {
        check.failed = true;
        out.push(
            rule,
            D11_3,
            Confidence::Confirmed,
            no_ceiling,
            Reason::TooManyLate {
                whose,
                late,
                total,
                max_percent: 20,
            },
        );
    } else if over_percent(late + late_unknown, total, 20) {
        check.unknown = true;
    }
    if check.unknown && !check.failed {
        if leader {
            missing_led_unit(rule, D11_3, out);
        } else {
            details_missing(&f.tasks, rule, D11_3, out);
        }
    }
    check
}

/// Điều 11 khoản 1, last bullet \[C\]: «Số lượng tập thể, cá nhân được xếp
/// loại "Hoàn thành xuất sắc nhiệm vụ" không vượt quá 20% tổng số tập thể,
/// cá nhân được xếp loại "Hoàn thành tốt nhiệm vụ" theo đối tượng có vị trí,
/// vai trò, chức năng, nhiệm vụ tương đồng, do cấp có thẩm quyền xem xét,
/// quyết định.» (up to 25% where the competent level allows). A group
/// quota: shown, never checked on one person.
fn quota_note(out: &mut Out) {
    out.push(
        RuleId::Qd366ExcellentQuota,
        D11_1,
        Confidence::Confirmed,
        None,
        Reason::GroupQuota {
            percent: 20,
            raised_percent: Some(25),
        },
    );
}

/// Điều 3 khoản 4 \[C\]: «Kết quả đánh giá, xếp loại cán bộ, công chức, viên
/// chức, người lao động là cơ sở để đánh giá, xếp loại chất lượng đảng
/// viên.» A basis, not a cap: shown when the proposal is above the decided
/// civil-servant rating.
fn civil_servant_basis(proposed: Option<Rating>, c: &Circumstances, out: &mut Out) {
    if c.civil_servant == Some(false) {
        return;
    }
    if let (Some(p), Some(rating)) = (proposed, c.civil_servant_rating)
        && is_better(p, rating)
    {
        out.push(
            RuleId::Qd366CivilServantBasis,
            D3_4,
            Confidence::Confirmed,
            None,
            Reason::CivilServantBasis {
                rating,
                source: RatingSource::Decided,
            },
        );
    }
}

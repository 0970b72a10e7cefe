//! Review years 2019–2022: HD 21-HD/BTCTW (18/10/2019) mục 2.3 «Khung tiêu
//! chuẩn các mức chất lượng» for party members, with QĐ 132-QĐ/TW Điều 12
//! khoản 4. Sources: `shared/domain/criteria.md` §6.2, `gaps.md` §5,
//! `regulations.md` §4.1.
//!
//! What the reference confirms: a) HTXS and d) KHT \[C\]; b) HTT only through
//! a third-party app \[C-3p\]; c) HT **not found** (so "not reaching HT" in d)
//! cannot be checked either); the leaders' own framework **not found**.

use crate::core::dossier::{CivilServantRating, Dossier, Grade, Rating, Role};
use crate::core::template::Confidence;

use super::{
    Citation, CriteriaGroup, Facts, Finding, ItemGrade, LevelCheck, MissingFact, NotRatedTable,
    Out, RatingSource, Reason, RuleId, Violation, Whose, under_percent,
};

const HD21: &str = "HD 21-HD/BTCTW";

const A: Citation = Citation {
    document: HD21,
    part: Some("mục 2.3, điểm a"),
    seen_in: "criteria.md §6.2 a)",
};
const B: Citation = Citation {
    document: HD21,
    part: Some("mục 2.3, điểm b"),
    seen_in: "criteria.md §6.2 b) (third-party app gh:19073951657)",
};
const C: Citation = Citation {
    document: HD21,
    part: Some("mục 2.3, điểm c"),
    seen_in: "criteria.md §6.2 c) (not found); gaps.md §5.1",
};
const D: Citation = Citation {
    document: HD21,
    part: Some("mục 2.3, điểm d"),
    seen_in: "criteria.md §6.2 d)",
};
const LEADERS: Citation = Citation {
    document: HD21,
    part: None,
    seen_in: "regulations.md §4.1 (leaders [M]); gaps.md §5.2",
};
const QD132_12_4: Citation = Citation {
    document: "QĐ 132-QĐ/TW",
    part: Some("Điều 12, khoản 4"),
    seen_in: "gaps.md §5.2",
};
const FORM: Citation = Citation {
    document: "Mẫu 02-HD KĐ.ĐG 2019",
    part: Some("mục VII"),
    seen_in: "criteria.md §6.1",
};

/// Who is not rated under HD 21. \[C-3p\] exempted and newly admitted: an
/// English paraphrase only (lawnet.vn, criteria.md §6.2, last paragraph);
/// \[C\] suspended: «Hướng dẫn 21 đã bổ sung thêm đối tượng Đảng viên bị đình
/// chỉ sinh hoạt Đảng cũng không phải thực hiện đánh giá, xếp loại chất
/// lượng.» (luatvietnam.vn, gaps.md §8).
pub(crate) const NOT_RATED: NotRatedTable = NotRatedTable {
    exempted: (
        Citation {
            document: HD21,
            part: None,
            seen_in: "criteria.md §6.2 (lawnet.vn, English paraphrase)",
        },
        Confidence::ThirdParty,
    ),
    suspended: (
        Citation {
            document: HD21,
            part: None,
            seen_in: "gaps.md §8 (luatvietnam.vn)",
        },
        Confidence::Confirmed,
    ),
    newly_admitted: (
        Citation {
            document: HD21,
            part: None,
            seen_in: "criteria.md §6.2 (lawnet.vn, English paraphrase)",
        },
        Confidence::ThirdParty,
    ),
};

/// The slot of section III (the remedies, graded «cấp độ khắc phục»).
const SECTION_III: &str = "III";

/// The items of Mẫu 02-HD KĐ.ĐG 2019 whose grades are HD 21's «tiêu chí về
/// kết quả thực hiện nhiệm vụ chính trị được giao»; every other graded slot
/// of the form (I.1, the leaders' other items, section III) is one of «các
/// tiêu chí còn lại».
///
/// \[M\] This mapping is the app's reading: HD 21 does not name the form's
/// items. "I.2" is «Việc thực hiện chức trách, nhiệm vụ được giao»; for
/// leaders "I.lanhdao.1" (printed 3.) is «Kết quả công tác lãnh đạo, chỉ
/// đạo, quản lý, điều hành; thực hiện chức trách, nhiệm vụ; mức độ hoàn
/// thành nhiệm vụ của các tổ chức, cơ quan, đơn vị thuộc quyền quản lý…»
/// (criteria.md §6.1; ids from `core::template::t2019`).
pub fn task_criteria(role: Role) -> &'static [&'static str] {
    match role {
        Role::Leader => &["I.2", "I.lanhdao.1"],
        Role::Member | Role::OutsideSystem => &["I.2"],
    }
}

/// The graded slots of the dossier, split into task criteria and the
/// others: those the template asks the person's role to grade, the task
/// criteria, and any other answer that carries a grade.
fn graded_items(d: &Dossier) -> (Vec<String>, Vec<String>) {
    let tasks: Vec<String> = task_criteria(d.role)
        .iter()
        .map(|s| (*s).to_owned())
        .collect();
    let mut others: Vec<String> = Vec::new();
    let template_slots = d
        .template
        .template()
        .slots_for(d.role)
        .filter(|s| s.kind.grade_box().is_some_and(|g| g.shown_by_default))
        .map(|s| s.key.to_owned());
    let graded_answers = d
        .answers
        .iter()
        .filter(|(_, a)| a.grade.is_some())
        .map(|(id, _)| id.clone());
    for id in template_slots.chain(graded_answers) {
        if !tasks.contains(&id) && !others.contains(&id) {
            others.push(id);
        }
    }
    (tasks, others)
}

/// The items of `items` graded below `min`, and those not graded.
fn below(d: &Dossier, items: &[String], min: Grade) -> (Vec<ItemGrade>, bool) {
    let mut low = Vec::new();
    let mut missing = false;
    for item in items {
        match d.answers.get(item).and_then(|a| a.grade) {
            // Grade orders best first.
            Some(grade) if grade > min => low.push(ItemGrade {
                item: item.clone(),
                grade,
            }),
            Some(_) => {}
            None => missing = true,
        }
    }
    (low, missing)
}

/// What the app knows of the person's civil-servant standing.
enum CivilServant {
    Unknown,
    No,
    Yes(Option<(Rating, RatingSource)>),
}

fn civil_servant(d: &Dossier) -> CivilServant {
    let c = &d.circumstances;
    let proposed = match d.proposal.civil_servant {
        Some(CivilServantRating::Rated(r)) => Some(r),
        _ => None,
    };
    let stated = c.civil_servant.or(match d.proposal.civil_servant {
        Some(CivilServantRating::Rated(_)) => Some(true),
        Some(CivilServantRating::NotApplicable) => Some(false),
        None => None,
    });
    match stated {
        None => CivilServant::Unknown,
        Some(false) => CivilServant::No,
        Some(true) => CivilServant::Yes(
            c.civil_servant_rating
                .map(|r| (r, RatingSource::Decided))
                .or(proposed.map(|r| (r, RatingSource::Proposed))),
        ),
    }
}

pub(crate) fn findings(f: &Facts<'_>) -> Vec<Finding> {
    let d = f.dossier;
    let c = &d.circumstances;
    let mut out = Out::default();
    let (task_items, other_items) = graded_items(d);
    let cs = civil_servant(d);

    // The form's VII.1 against what the person says of themselves.
    if let (Some(stated), Some(proposal)) = (c.civil_servant, d.proposal.civil_servant)
        && stated != matches!(proposal, CivilServantRating::Rated(_))
    {
        out.push(
            RuleId::Hd21CivilServantStatus,
            FORM,
            Confidence::Confirmed,
            None,
            Reason::CivilServantStatusMismatch { stated, proposal },
        );
    }

    let ungraded: Vec<String> = task_items
        .iter()
        .chain(&other_items)
        .filter(|i| d.answers.get(*i).and_then(|a| a.grade).is_none())
        .cloned()
        .collect();
    if !ungraded.is_empty() {
        out.push(
            RuleId::Hd21ExcellentGrades,
            A,
            Confidence::Confirmed,
            None,
            Reason::Missing(MissingFact::Grades { items: ungraded }),
        );
    }

    let kht = not_completed(f, &task_items, &other_items, &cs, &mut out);

    if d.role == Role::Leader {
        leaders_unconfirmed(&mut out);
    }
    if kht {
        return out.0;
    }

    let mut candidate = Rating::Excellent;
    // Whether HT may be the level on the app's unconfirmed reading.
    let mut maybe_completed = false;
    let a = excellent(d, &task_items, &other_items, &cs, &mut out);
    if a.failed {
        candidate = Rating::Good;
        let b = good(d, &task_items, &other_items, &cs, &mut out);
        if b.failed {
            candidate = Rating::Completed;
        }
        maybe_completed = b.doubtful;
    } else if (!a.unknown && !a.doubtful) || d.proposal.party == Some(Rating::Excellent) {
        excellent_notes(&mut out);
    }
    if candidate == Rating::Completed
        || maybe_completed
        || d.proposal.party == Some(Rating::Completed)
    {
        completed_unconfirmed(&mut out);
    }
    out.0
}

/// HD 21 mục 2.3 d) \[C\], QĐ 132 Điều 12 khoản 4 \[C\]. Returns whether a KHT
/// case holds.
///
/// HD 21 mục 2.3 d), verbatim:
///
/// ```text
/// «Là đảng viên không đạt mức “Hoàn thành nhiệm vụ” hoặc thuộc một trong
/// các trường hợp sau:
/// - Cấp có thẩm quyền kết luận đánh giá có biểu hiện suy thoái về tư tưởng
/// chính trị, đạo đức, lối sống, “tự diễn biến”, “tự chuyển hóa”.
/// - Chỉ hoàn thành dưới 50% chỉ tiêu, nhiệm vụ được giao trong năm.
/// - Đảng viên là cán bộ, công chức, viên chức xếp loại ở mức “Không hoàn
/// thành nhiệm vụ”.
/// - Đảng viên bị thi hành kỷ luật trong năm (một vi phạm bị xử lý kỷ luật
/// chỉ tính một lần khi xếp loại).»
/// ```
///
/// QĐ 132 Điều 12 khoản 4, verbatim: «Các tập thể, cá nhân mà các tiêu chí
/// đánh giá ở mức "Kém" hoặc thuộc một trong các trường hợp sau: …». Read
/// by the app as: any graded criterion at "Kém".
///
/// "Không đạt mức HT" cannot be checked: c) is not confirmed.
fn not_completed(
    f: &Facts<'_>,
    task_items: &[String],
    other_items: &[String],
    cs: &CivilServant,
    out: &mut Out,
) -> bool {
    let d = f.dossier;
    let c = &d.circumstances;
    let kht = Some(Rating::NotCompleted);
    let mut any = false;

    if c.degradation_concluded {
        out.push(
            RuleId::Hd21NotCompletedDegradation,
            D,
            Confidence::Confirmed,
            kht,
            Reason::Degradation,
        );
        any = true;
    }

    // Under 50% done, counting tasks without a status as done (an unknown
    // fact is not held against the person).
    let t = &f.tasks;
    if t.total > 0 {
        if under_percent(t.done + t.status_unknown, t.total, 50) {
            out.push(
                RuleId::Hd21NotCompletedTasks,
                D,
                Confidence::Confirmed,
                kht,
                Reason::TooFewDone {
                    whose: Whose::Own,
                    done: t.done,
                    total: t.total,
                    min_percent: 50,
                },
            );
            any = true;
        } else if under_percent(t.done, t.total, 50) {
            out.push(
                RuleId::Hd21NotCompletedTasks,
                D,
                Confidence::Confirmed,
                None,
                Reason::Missing(MissingFact::TaskDetails {
                    unknown: t.incomplete,
                    total: t.total,
                }),
            );
        }
    }

    if let CivilServant::Yes(Some((Rating::NotCompleted, source))) = cs {
        out.push(
            RuleId::Hd21NotCompletedCivilServant,
            D,
            Confidence::Confirmed,
            kht,
            Reason::CivilServantNotCompleted { source: *source },
        );
        any = true;
    }

    for discipline in &c.disciplines {
        if discipline.counted_in_earlier_rating {
            out.push(
                RuleId::Hd21NotCompletedDiscipline,
                D,
                Confidence::Confirmed,
                None,
                Reason::DisciplineCountedEarlier {
                    level: discipline.level,
                },
            );
        } else {
            out.push(
                RuleId::Hd21NotCompletedDiscipline,
                D,
                Confidence::Confirmed,
                kht,
                Reason::Violation {
                    violation: Violation::Discipline {
                        level: discipline.level,
                        public_duty: discipline.public_duty,
                    },
                    mitigation: None,
                },
            );
            any = true;
        }
    }

    let (poor, _) = below(
        d,
        &task_items
            .iter()
            .chain(other_items)
            .cloned()
            .collect::<Vec<_>>(),
        Grade::Average,
    );
    // Section III's grade box and its label are seen only in a third-party
    // copy (regulations.md §3.1, label [M]): a "Kém" there is reported as
    // unconfirmed, with no ceiling.
    let (poor_iii, poor): (Vec<ItemGrade>, Vec<ItemGrade>) =
        poor.into_iter().partition(|g| g.item == SECTION_III);
    if !poor.is_empty() {
        out.push(
            RuleId::Qd132PoorGrade,
            QD132_12_4,
            Confidence::Confirmed,
            kht,
            Reason::PoorGrades {
                items: poor.into_iter().map(|g| g.item).collect(),
            },
        );
        any = true;
    }
    if !poor_iii.is_empty() {
        out.push(
            RuleId::Qd132PoorGrade,
            QD132_12_4,
            Confidence::Unconfirmed,
            None,
            Reason::PoorGrades {
                items: poor_iii.into_iter().map(|g| g.item).collect(),
            },
        );
    }
    any
}

/// HD 21 mục 2.3 a) \[C\], verbatim:
///
/// ```text
/// «a) Hoàn thành xuất sắc nhiệm vụ
/// - Là đảng viên thực sự tiêu biểu về năng lực, phẩm chất đạo đức, lối
/// sống, luôn đi đầu về đổi mới sáng tạo, có sản phẩm cụ thể lượng hóa
/// được, có nhiều thành tích nổi bật trong công tác được các đảng viên khác
/// học tập, noi theo.
/// - Các tiêu chí về kết quả thực hiện nhiệm vụ chính trị được giao đều đánh
/// giá đạt cấp độ “Xuất sắc”; các tiêu chí còn lại được đánh giá đạt cấp độ
/// “Tốt” trở lên.
/// - Đảng viên là cán bộ, công chức, viên chức phải được xếp loại cán bộ,
/// công chức, viên chức “Hoàn thành xuất sắc nhiệm vụ”.»
/// ```
///
/// The first bullet is a judgement ([`excellent_notes`]).
fn excellent(
    d: &Dossier,
    task_items: &[String],
    other_items: &[String],
    cs: &CivilServant,
    out: &mut Out,
) -> LevelCheck {
    level_by_grades(
        d,
        [(task_items, Grade::Excellent), (other_items, Grade::Good)],
        cs,
        LevelRule {
            level: Rating::Excellent,
            grades: RuleId::Hd21ExcellentGrades,
            civil_servant: RuleId::Hd21ExcellentCivilServant,
            citation: A,
            confidence: Confidence::Confirmed,
        },
        out,
    )
}

/// HD 21 mục 2.3 b) \[C-3p\], as printed by a third-party app
/// (gh:19073951657). Its "others «Trung bình» or above" never decides
/// alone: a "Kém" grade is a KHT case under QĐ 132 Điều 12 khoản 4, checked
/// first.
///
/// ```text
/// «- Các tiêu chí về kết quả thực hiện nhiệm vụ chính trị được giao đạt
/// “Tốt” trở lên; những tiêu chí còn lại đạt “Trung bình” trở lên.
/// - Đảng viên là cán bộ, công chức, viên chức được xếp loại “Hoàn thành tốt
/// nhiệm vụ” trở lên.»
/// ```
fn good(
    d: &Dossier,
    task_items: &[String],
    other_items: &[String],
    cs: &CivilServant,
    out: &mut Out,
) -> LevelCheck {
    level_by_grades(
        d,
        [(task_items, Grade::Good), (other_items, Grade::Average)],
        cs,
        LevelRule {
            level: Rating::Good,
            grades: RuleId::Hd21GoodGrades,
            civil_servant: RuleId::Hd21GoodCivilServant,
            citation: B,
            confidence: Confidence::ThirdParty,
        },
        out,
    )
}

/// What differs between the level rules a) and b): the level, the rule ids,
/// the source and how sure it is.
struct LevelRule {
    level: Rating,
    grades: RuleId,
    civil_servant: RuleId,
    citation: Citation,
    confidence: Confidence,
}

/// A level of HD 21 mục 2.3 a) or b): the task criteria at one grade or
/// better, the other criteria at another, and a civil servant's rating at
/// the level or better; failing it caps the rating one level lower (a
/// failure that rests on the unconfirmed item mapping caps nothing).
fn level_by_grades(
    d: &Dossier,
    [(task_items, task_grade), (other_items, other_grade)]: [(&[String], Grade); 2],
    cs: &CivilServant,
    rule: LevelRule,
    out: &mut Out,
) -> LevelCheck {
    let ceiling = Some(super::next_lower(rule.level));
    let mut check = LevelCheck::default();
    for (group, items, required) in [
        (CriteriaGroup::Tasks, task_items, task_grade),
        (CriteriaGroup::Others, other_items, other_grade),
    ] {
        let (low, missing) = below(d, items, required);
        check.unknown |= missing;
        // A grade fails the level whatever the mapping when it is below
        // what even «các tiêu chí còn lại» need; otherwise the failure rests
        // on the app's unconfirmed reading of which items are task criteria
        // ([`task_criteria`]), or of section III's grade as a criterion.
        let (sure, doubtful): (Vec<ItemGrade>, Vec<ItemGrade>) = low.into_iter().partition(|g| {
            g.item != SECTION_III && (group == CriteriaGroup::Others || g.grade > other_grade)
        });
        if !sure.is_empty() {
            check.failed = true;
            out.push(
                rule.grades,
                rule.citation,
                rule.confidence,
                ceiling,
                Reason::GradesBelow {
                    level: rule.level,
                    group,
                    required,
                    items: sure,
                },
            );
        }
        if !doubtful.is_empty() {
            check.doubtful = true;
            out.push(
                rule.grades,
                rule.citation,
                Confidence::Unconfirmed,
                None,
                Reason::GradesBelow {
                    level: rule.level,
                    group,
                    required,
                    items: doubtful,
                },
            );
        }
    }
    civil_servant_at_least(
        cs,
        rule.level,
        (rule.civil_servant, rule.citation, rule.confidence),
        &mut check,
        out,
    );
    check
}

/// The civil-servant link of a) and b): a civil servant's rating must be
/// `level` or better for the party rating `level`.
fn civil_servant_at_least(
    cs: &CivilServant,
    level: Rating,
    (rule, citation, confidence): (RuleId, Citation, Confidence),
    check: &mut LevelCheck,
    out: &mut Out,
) {
    match cs {
        CivilServant::No => {}
        CivilServant::Unknown => {
            check.unknown = true;
            out.push(
                rule,
                citation,
                confidence,
                None,
                Reason::Missing(MissingFact::CivilServantStatus),
            );
        }
        CivilServant::Yes(None) => {
            check.unknown = true;
            out.push(
                rule,
                citation,
                confidence,
                None,
                Reason::Missing(MissingFact::CivilServantRating),
            );
        }
        CivilServant::Yes(Some((rating, source))) => {
            if super::is_better(level, *rating) {
                check.failed = true;
                out.push(
                    rule,
                    citation,
                    confidence,
                    Some(super::next_lower(level)),
                    Reason::CivilServantBelow {
                        level,
                        required: level,
                        rating: *rating,
                        source: *source,
                    },
                );
            }
        }
    }
}

/// What stays for others to judge when the checkable HTXS conditions hold:
/// the first bullet of a) and the cap that follows it: «Cấp có thẩm quyền
/// xem xét, quyết định số lượng đảng viên được xếp loại “Hoàn thành xuất sắc
/// nhiệm vụ” không vượt quá 20% số đảng viên được xếp loại “Hoàn thành tốt
/// nhiệm vụ” trong từng tổ chức cơ sở đảng.» \[C\]
fn excellent_notes(out: &mut Out) {
    out.push(
        RuleId::Hd21ExcellentQualities,
        A,
        Confidence::Confirmed,
        None,
        Reason::QualitiesNotCheckable {
            level: Rating::Excellent,
        },
    );
    out.push(
        RuleId::Hd21ExcellentQuota,
        A,
        Confidence::Confirmed,
        None,
        Reason::GroupQuota {
            percent: 20,
            raised_percent: None,
        },
    );
}

/// HD 21 mục 2.3 c) «Hoàn thành nhiệm vụ»: not found (criteria.md G8,
/// gaps.md §5.1). The app cannot check HT, nor d)'s «không đạt mức “Hoàn
/// thành nhiệm vụ”».
fn completed_unconfirmed(out: &mut Out) {
    out.push(
        RuleId::Hd21Completed,
        C,
        Confidence::Unconfirmed,
        None,
        Reason::CriteriaNotConfirmed {
            levels: vec![Rating::Completed],
        },
    );
}

/// Leaders 2019–2022: extra conditions tying the person to the unit they
/// lead are \[M\] (regulations.md §4.1); HD 21's framework for individual
/// leaders was not found (gaps.md §5.2). Not encoded.
fn leaders_unconfirmed(out: &mut Out) {
    out.push(
        RuleId::Hd21Leaders,
        LEADERS,
        Confidence::Unconfirmed,
        None,
        Reason::LeaderConditionsNotConfirmed,
    );
}

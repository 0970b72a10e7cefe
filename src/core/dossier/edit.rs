//! Every change a person makes to a dossier, as data: the editor sends an
//! [`Edit`], the core applies it ([`Dossier::apply`]) with the time passed
//! in. This is the one place that writes a dossier's content and its
//! `updated_at`: text is stored as NFC, `updated_at` moves exactly when
//! something changed, and the rules that tie fields together (section III's
//! list gives the count of earlier shortcomings; a count cleared is a count
//! not said) hold whoever edits. The views hold no business rules.
//!
//! Edits are plain data with no serde: they never leave the page, and
//! derived (de)serialisers would weigh on the first load.

use chrono::{DateTime, NaiveDate, Utc};

use super::{
    Circumstances, CivilServantRating, Discipline, DisciplineLevel, Dossier, Grade, IdentityField,
    LedUnitResults, Mitigation, Points, RemedyOrigin, RemedyStatus, ShortcomingCount, TaskEvidence,
    TaskQuality, TaskStatus, Timeliness, set_text,
};
use crate::core::template::RatingTarget;
use crate::core::textnorm::nfc;

/// One change to a dossier.
#[derive(Clone, Debug, PartialEq)]
pub enum Edit {
    /// One identity field's text.
    Identity(IdentityField, String),
    /// The text of the answer to one template item (by item id).
    AnswerText(String, String),
    /// The self-grade of one item, or none.
    AnswerGrade(String, Option<Grade>),
    /// The points of one criterion (by criterion id); `None` when the field
    /// is cleared.
    Points(String, Option<Points>),
    /// A proposed rating. For the party rating, "not applicable" means no
    /// rating.
    Rating(RatingTarget, Option<CivilServantRating>),
    /// One fact of the year ("Tình hình trong năm").
    Fact(Fact),
    /// Replaces every fact at once (an import; the editor edits one fact at
    /// a time).
    Circumstances(Box<Circumstances>),
    /// Adds an empty line to the task appendix.
    AddTask,
    /// Removes the task at this position.
    RemoveTask(usize),
    /// Changes one thing of the task at this position; the others stay.
    Task(usize, TaskEdit),
    /// Replaces the task appendix at once (an import).
    Tasks(Vec<TaskEvidence>),
    /// Adds a line to section III at the end.
    AddRemedy(RemedyOrigin, String),
    /// Adds a suggested point (section IV) at the end.
    AddSuggestion(String),
    /// Adds a measure to the remediation plan at the end.
    AddPlanItem(String),
    /// Removes a line of a list by id (its id is not handed out again).
    RemoveLine(LineList, String),
    /// One text of a line, by the line's id.
    LineText(LineText, String, String),
    /// Where a line of section III comes from.
    RemedyOrigin(String, RemedyOrigin),
    /// How far a line of section III is remedied, or not said.
    RemedyStatus(String, Option<RemedyStatus>),
    /// Ticks a plan item done (on the given day, kept if already done) or
    /// not done.
    PlanDone(String, bool, NaiveDate),
    /// Takes one list whole from a copy of this dossier the check worker
    /// changed (a suggestions import, a carry-over, the plan from VI), with
    /// what goes with it (the shortcomings count with III, the last ids).
    TakeLines(LineList, Box<Dossier>),
}

/// One fact of the year.
#[derive(Clone, Debug, PartialEq)]
pub enum Fact {
    /// Is a cán bộ, công chức, viên chức; `None`: not said.
    CivilServant(Option<bool>),
    Exempted(bool),
    Suspended(bool),
    DegradationConcluded(bool),
    /// Ngày kết nạp Đảng; `None` when cleared.
    AdmittedOn(Option<NaiveDate>),
    /// A count; `None` when the field is cleared (the advisor then says it
    /// could not check rather than reading a number nobody typed).
    Count(Count, Option<u32>),
    AddDiscipline,
    RemoveDiscipline(usize),
    /// One thing of the discipline at this position.
    Discipline(usize, DisciplineEdit),
}

/// The counts the facts step asks for.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Count {
    /// Earlier shortcomings pointed out (given by section III's list while
    /// it has lines).
    ShortcomingsPointedOut,
    /// Earlier shortcomings fixed (idem).
    ShortcomingsFixed,
    /// A leader's led units: tasks assigned.
    LedTasksTotal,
    LedTasksDone,
    LedTasksExceeded,
    LedTasksLate,
}

impl Count {
    /// The count's current value in `c` (`None`: not said).
    pub fn get(self, c: &Circumstances) -> Option<u32> {
        let s = c.earlier_shortcomings.unwrap_or_default();
        let u = c.led_unit.unwrap_or_default();
        match self {
            Count::ShortcomingsPointedOut => s.pointed_out,
            Count::ShortcomingsFixed => s.fixed,
            Count::LedTasksTotal => u.tasks_total,
            Count::LedTasksDone => u.tasks_done,
            Count::LedTasksExceeded => u.tasks_exceeded,
            Count::LedTasksLate => u.tasks_late,
        }
    }

    /// Whether the count comes from section III's list rather than from
    /// what is typed (while the list has lines).
    pub fn from_list(self, d: &Dossier) -> bool {
        self.is_shortcomings() && !d.remedies.is_empty()
    }

    fn is_shortcomings(self) -> bool {
        matches!(
            self,
            Count::ShortcomingsPointedOut | Count::ShortcomingsFixed
        )
    }
}

/// One thing of a disciplinary measure.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum DisciplineEdit {
    Level(DisciplineLevel),
    PublicDuty(bool),
    SelfReported(bool),
    Remedied(bool),
    CountedInEarlierRating(bool),
}

/// One thing of a task of the appendix.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum TaskEdit {
    Text(TaskText, String),
    Status(Option<TaskStatus>),
    Timeliness(Option<Timeliness>),
    Quality(Option<TaskQuality>),
    Exceeded(bool),
}

/// The texts of a task.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum TaskText {
    Task,
    Target,
    Result,
    QualityNote,
    Evidence,
}

impl TaskText {
    /// The text a column of the 2025 templates' appendix holds (see
    /// [`TaskEvidence`]); `None` for a column that is not free text.
    pub fn of_column(column: &str) -> Option<TaskText> {
        Some(match column {
            "nhiem_vu" => TaskText::Task,
            "ke_hoach" => TaskText::Target,
            "ket_qua" => TaskText::Result,
            "chat_luong" => TaskText::QualityNote,
            "minh_chung" => TaskText::Evidence,
            _ => return None,
        })
    }
}

impl TaskEvidence {
    /// One of the task's texts.
    pub fn text(&self, which: TaskText) -> &str {
        match which {
            TaskText::Task => &self.task,
            TaskText::Target => &self.target,
            TaskText::Result => &self.result,
            TaskText::QualityNote => &self.quality_note,
            TaskText::Evidence => &self.evidence,
        }
    }

    fn text_mut(&mut self, which: TaskText) -> &mut String {
        match which {
            TaskText::Task => &mut self.task,
            TaskText::Target => &mut self.target,
            TaskText::Result => &mut self.result,
            TaskText::QualityNote => &mut self.quality_note,
            TaskText::Evidence => &mut self.evidence,
        }
    }
}

/// The dossier's lists of lines with ids.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum LineList {
    /// Section III: `Dossier::remedies`.
    Remedies,
    /// Section IV: `Dossier::suggestions`.
    Suggestions,
    /// The remediation plan: `Dossier::plan`.
    Plan,
}

/// A text of a line of one of the lists.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum LineText {
    RemedyText,
    RemedyNote,
    SuggestionPoint,
    SuggestionAnswer,
    PlanText,
    PlanNote,
}

/// Sets `slot` to `value`; whether it changed.
fn put<T: PartialEq>(slot: &mut T, value: T) -> bool {
    if *slot == value {
        false
    } else {
        *slot = value;
        true
    }
}

impl Dossier {
    /// Applies one edit; sets `updated_at` to `now` exactly when something
    /// changed, and returns whether it did. An edit of a line or task that
    /// does not exist changes nothing.
    pub fn apply(&mut self, edit: Edit, now: DateTime<Utc>) -> bool {
        let changed = self.change(edit);
        if changed {
            self.updated_at = now;
        }
        changed
    }

    /// The proposed rating for `target`, as the rating choice shows it.
    pub fn proposed(&self, target: RatingTarget) -> Option<CivilServantRating> {
        match target {
            RatingTarget::Party => self.proposal.party.map(CivilServantRating::Rated),
            RatingTarget::CivilServant => self.proposal.civil_servant,
        }
    }

    fn change(&mut self, edit: Edit) -> bool {
        match edit {
            Edit::Identity(field, value) => set_text(self.identity.slot(field), &value),
            Edit::AnswerText(item, value) => {
                set_text(&mut self.answers.entry(item).or_default().text, &value)
            }
            Edit::AnswerGrade(item, grade) => {
                put(&mut self.answers.entry(item).or_default().grade, grade)
            }
            Edit::Points(criterion, Some(points)) => {
                self.points.insert(criterion, points) != Some(points)
            }
            Edit::Points(criterion, None) => self.points.remove(&criterion).is_some(),
            Edit::Rating(RatingTarget::Party, value) => {
                let rating = match value {
                    Some(CivilServantRating::Rated(r)) => Some(r),
                    _ => None,
                };
                put(&mut self.proposal.party, rating)
            }
            Edit::Rating(RatingTarget::CivilServant, value) => {
                put(&mut self.proposal.civil_servant, value)
            }
            Edit::Fact(fact) => self.change_fact(fact),
            Edit::Circumstances(c) => put(&mut self.circumstances, *c),
            Edit::AddTask => {
                self.tasks.push(TaskEvidence::default());
                true
            }
            Edit::RemoveTask(i) => {
                let exists = i < self.tasks.len();
                if exists {
                    self.tasks.remove(i);
                }
                exists
            }
            Edit::Task(i, edit) => match self.tasks.get_mut(i) {
                Some(task) => match edit {
                    TaskEdit::Text(which, value) => set_text(task.text_mut(which), &value),
                    TaskEdit::Status(v) => put(&mut task.status, v),
                    TaskEdit::Timeliness(v) => put(&mut task.timeliness, v),
                    TaskEdit::Quality(v) => put(&mut task.quality, v),
                    TaskEdit::Exceeded(v) => put(&mut task.exceeded, v),
                },
                None => false,
            },
            Edit::Tasks(tasks) => {
                let tasks = tasks.into_iter().map(TaskEvidence::normalized).collect();
                put(&mut self.tasks, tasks)
            }
            Edit::AddRemedy(origin, text) => {
                self.push_remedy(origin, nfc(&text));
                self.sync_earlier_shortcomings();
                true
            }
            Edit::AddSuggestion(point) => {
                self.push_suggestion(nfc(&point));
                true
            }
            Edit::AddPlanItem(text) => {
                self.push_plan_item(nfc(&text));
                true
            }
            Edit::RemoveLine(list, id) => self.remove_line(list, &id),
            Edit::LineText(which, id, value) => self.change_line_text(which, &id, &value),
            Edit::RemedyOrigin(id, origin) => {
                self.change_remedy(&id, |r| put(&mut r.origin, origin))
            }
            Edit::RemedyStatus(id, status) => {
                self.change_remedy(&id, |r| put(&mut r.status, status))
            }
            Edit::PlanDone(id, done, today) => match self.plan.iter_mut().find(|p| p.id == id) {
                Some(p) => {
                    let done_on = if done {
                        p.done_on.or(Some(today))
                    } else {
                        None
                    };
                    put(&mut p.done, done) | put(&mut p.done_on, done_on)
                }
                None => false,
            },
            Edit::TakeLines(list, new) => {
                let new = *new;
                let changed = match list {
                    LineList::Remedies => {
                        put(&mut self.remedies, new.remedies)
                            | put(
                                &mut self.circumstances.earlier_shortcomings,
                                new.circumstances.earlier_shortcomings,
                            )
                    }
                    LineList::Suggestions => put(&mut self.suggestions, new.suggestions),
                    LineList::Plan => put(&mut self.plan, new.plan),
                };
                put(&mut self.last_ids, new.last_ids) | changed
            }
        }
    }

    fn change_fact(&mut self, fact: Fact) -> bool {
        let from_list = !self.remedies.is_empty();
        let c = &mut self.circumstances;
        match fact {
            Fact::CivilServant(v) => put(&mut c.civil_servant, v),
            Fact::Exempted(v) => put(&mut c.exempted, v),
            Fact::Suspended(v) => put(&mut c.suspended, v),
            Fact::DegradationConcluded(v) => put(&mut c.degradation_concluded, v),
            Fact::AdmittedOn(v) => put(&mut c.admitted_on, v),
            Fact::Count(count, _) if from_list && count.is_shortcomings() => false,
            Fact::Count(count, value) => self.change_count(count, value),
            Fact::AddDiscipline => {
                c.disciplines.push(Discipline {
                    level: DisciplineLevel::Reprimand,
                    public_duty: false,
                    mitigation: Mitigation::default(),
                    counted_in_earlier_rating: false,
                });
                true
            }
            Fact::RemoveDiscipline(i) => {
                let exists = i < c.disciplines.len();
                if exists {
                    c.disciplines.remove(i);
                }
                exists
            }
            Fact::Discipline(i, edit) => match c.disciplines.get_mut(i) {
                Some(d) => match edit {
                    DisciplineEdit::Level(v) => put(&mut d.level, v),
                    DisciplineEdit::PublicDuty(v) => put(&mut d.public_duty, v),
                    DisciplineEdit::SelfReported(v) => put(&mut d.mitigation.self_reported, v),
                    DisciplineEdit::Remedied(v) => put(&mut d.mitigation.remedied, v),
                    DisciplineEdit::CountedInEarlierRating(v) => {
                        put(&mut d.counted_in_earlier_rating, v)
                    }
                },
                None => false,
            },
        }
    }

    /// Sets one count; a group whose every count is cleared goes back to
    /// "not said" (`None`).
    fn change_count(&mut self, count: Count, value: Option<u32>) -> bool {
        let c = &mut self.circumstances;
        match count {
            Count::ShortcomingsPointedOut | Count::ShortcomingsFixed => {
                let mut s = c.earlier_shortcomings.unwrap_or_default();
                if count == Count::ShortcomingsPointedOut {
                    s.pointed_out = value;
                } else {
                    s.fixed = value;
                }
                let s = (s != ShortcomingCount::default()).then_some(s);
                put(&mut c.earlier_shortcomings, s)
            }
            _ => {
                let mut u = c.led_unit.unwrap_or_default();
                let slot = match count {
                    Count::LedTasksTotal => &mut u.tasks_total,
                    Count::LedTasksDone => &mut u.tasks_done,
                    Count::LedTasksExceeded => &mut u.tasks_exceeded,
                    _ => &mut u.tasks_late,
                };
                *slot = value;
                let u = (u != LedUnitResults::default()).then_some(u);
                put(&mut c.led_unit, u)
            }
        }
    }

    fn remove_line(&mut self, list: LineList, id: &str) -> bool {
        match list {
            LineList::Remedies => {
                let before = self.remedies.len();
                self.remedies.retain(|r| r.id != id);
                let removed = self.remedies.len() != before;
                if removed {
                    if self.remedies.is_empty() {
                        // The list no longer says anything: the count goes
                        // back to "not said" rather than keeping a number
                        // nothing supports.
                        self.circumstances.earlier_shortcomings = None;
                    }
                    self.sync_earlier_shortcomings();
                }
                removed
            }
            LineList::Suggestions => {
                let before = self.suggestions.len();
                self.suggestions.retain(|s| s.id != id);
                self.suggestions.len() != before
            }
            LineList::Plan => {
                let before = self.plan.len();
                self.plan.retain(|p| p.id != id);
                self.plan.len() != before
            }
        }
    }

    fn change_line_text(&mut self, which: LineText, id: &str, value: &str) -> bool {
        match which {
            LineText::RemedyText => self.change_remedy(id, |r| set_text(&mut r.text, value)),
            LineText::RemedyNote => self.change_remedy(id, |r| set_text(&mut r.note, value)),
            LineText::SuggestionPoint | LineText::SuggestionAnswer => {
                match self.suggestions.iter_mut().find(|s| s.id == id) {
                    Some(s) if which == LineText::SuggestionPoint => set_text(&mut s.point, value),
                    Some(s) => set_text(&mut s.answer, value),
                    None => false,
                }
            }
            LineText::PlanText | LineText::PlanNote => {
                match self.plan.iter_mut().find(|p| p.id == id) {
                    Some(p) if which == LineText::PlanText => set_text(&mut p.text, value),
                    Some(p) => set_text(&mut p.note, value),
                    None => false,
                }
            }
        }
    }

    /// Changes a line of section III and keeps the shortcomings count in
    /// step.
    fn change_remedy(
        &mut self,
        id: &str,
        edit: impl FnOnce(&mut super::RemedyItem) -> bool,
    ) -> bool {
        let Some(r) = self.remedies.iter_mut().find(|r| r.id == id) else {
            return false;
        };
        let changed = edit(r);
        if changed {
            self.sync_earlier_shortcomings();
        }
        changed
    }
}

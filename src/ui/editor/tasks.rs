//! The task appendix of the 2025 forms («Phụ lục về kết quả thực hiện nhiệm
//! vụ …»): one card per task, with the columns the template describes.

use leptos::prelude::*;

use crate::core::dossier::{TaskQuality, TaskStatus, Timeliness};
use crate::core::edit::{Edit, TaskEdit, TaskText};
use crate::core::template::ColumnKind;
use crate::text as t;
use crate::ui::editor::EditorState;
use crate::ui::widgets::{Choice, TextField, buttons, line_box, tick};

#[component]
pub(crate) fn Tasks() -> impl IntoView {
    let state = expect_context::<EditorState>();
    let template = state.dossier.with_untracked(|d| d.template.template());
    let Some(appendix) = template.evidence else {
        return ().into_any();
    };
    // The list is rebuilt when a task is added or removed, not on typing.
    let count = Memo::new(move |_| state.dossier.with(|d| d.tasks.len()));
    let edit_task = move |i: usize, e: TaskEdit| state.apply(Edit::Task(i, e));
    let cards = move || {
        (0..count.get())
            .map(|i| {
                let task = state
                    .dossier
                    .with_untracked(|d| d.tasks.get(i).cloned().unwrap_or_default());
                let texts = appendix
                    .columns
                    .iter()
                    .filter(|c| c.kind == ColumnKind::Text)
                    .filter_map(|c| Some((c, TaskText::of_column(c.id)?)))
                    .map(|(c, which)| {
                        let column = c.id;
                        let initial = task.text(which).to_owned();
                        view! {
                            <TextField
                                id=format!("task-{i}-{column}")
                                label=c.label.to_owned()
                                initial=initial
                                multiline=column != "nhiem_vu"
                                on_change=Callback::new(move |v: String| edit_task(i, TaskEdit::Text(which, v)))
                            />
                        }
                        .into_any()
                    })
                    .collect::<Vec<_>>();
                // A choice of the task, as a position in its two values.
                let choice = move |suffix: &str, label, options: [&'static str; 2], current: Option<usize>, set: fn(Option<usize>) -> TaskEdit| {
                    view! {
                        <Choice id=format!("task-{i}-{suffix}") label=label options=options.to_vec() current=current on_change=Callback::new(move |v| edit_task(i, set(v))) />
                    }
                    .into_any()
                };
                const STATUS: [TaskStatus; 2] = [TaskStatus::Done, TaskStatus::NotDone];
                const TIMELINESS: [Timeliness; 2] = [Timeliness::OnTime, Timeliness::Late];
                const QUALITY: [TaskQuality; 2] = [TaskQuality::Assured, TaskQuality::NotAssured];
                let status = choice("status", t::TASK_STATUS, STATUS.map(t::task_status_label), task.status.and_then(|s| STATUS.iter().position(|x| *x == s)), |v| TaskEdit::Status(v.and_then(|i| STATUS.get(i).copied())));
                let timeliness = choice("timeliness", t::TASK_TIMELINESS, TIMELINESS.map(t::timeliness_label), task.timeliness.and_then(|s| TIMELINESS.iter().position(|x| *x == s)), |v| TaskEdit::Timeliness(v.and_then(|i| TIMELINESS.get(i).copied())));
                let quality = choice("quality", t::TASK_QUALITY, QUALITY.map(t::task_quality_label), task.quality.and_then(|s| QUALITY.iter().position(|x| *x == s)), |v| TaskEdit::Quality(v.and_then(|i| QUALITY.get(i).copied())));
                let exceeded = tick(
                    format!("task-{i}-exceeded"),
                    Signal::stored(t::TASK_EXCEEDED.to_owned()),
                    task.exceeded,
                    Callback::new(move |on| edit_task(i, TaskEdit::Exceeded(on))),
                );
                let mut fields = texts;
                fields.extend([status, timeliness, quality, exceeded]);
                let remove = move |_| state.apply(Edit::RemoveTask(i));
                line_box(format!("{} {}", t::TASK_HEADING, i + 1), fields, t::TASK_REMOVE, Callback::new(remove))
            })
            .collect_view()
    };
    let add = move |_| state.apply(Edit::AddTask);
    view! {
        <section aria-labelledby="tasks-heading">
            <h2 id="tasks-heading">{t::STEP_TASKS}</h2>
            {appendix.attach_line.map(|l| view! { <p class="intro">{l}</p> })}
            {crate::ui::editor::section::guidance(state, "b:".to_owned(), crate::core::template::Confidence::Confirmed)}
            <Show when=move || count.get() == 0>
                <p class="empty">{t::TASKS_EMPTY}</p>
            </Show>
            {cards}
            {buttons(vec![("task-add".to_owned(), t::TASK_ADD.to_owned(), Callback::new(add))])}
        </section>
    }
    .into_any()
}

//! The task appendix of the 2025 forms («Phụ lục về kết quả thực hiện nhiệm
//! vụ …»): one card per task, with the columns the template describes.

use leptos::prelude::*;

use crate::core::dossier::{TaskEvidence, TaskQuality, TaskStatus, Timeliness};
use crate::core::template::ColumnKind;
use crate::text as t;
use crate::ui::editor::EditorState;
use crate::ui::widgets::{Choice, TextField};
use crate::web::clock;

/// Which text of a task a column edits.
fn text_slot<'a>(task: &'a mut TaskEvidence, column: &str) -> Option<&'a mut String> {
    Some(match column {
        "nhiem_vu" => &mut task.task,
        "ke_hoach" => &mut task.target,
        "ket_qua" => &mut task.result,
        "chat_luong" => &mut task.quality_note,
        "minh_chung" => &mut task.evidence,
        _ => return None,
    })
}

#[component]
pub(crate) fn Tasks() -> impl IntoView {
    let state = expect_context::<EditorState>();
    let template = state.dossier.with_untracked(|d| d.template.template());
    let Some(appendix) = template.evidence else {
        return ().into_any();
    };
    // The list is rebuilt when a task is added or removed, not on typing.
    let count = Memo::new(move |_| state.dossier.with(|d| d.tasks.len()));
    let edit_task = move |i: usize, f: &dyn Fn(&mut TaskEvidence)| {
        state.edit(|d| {
            let mut tasks = d.tasks.clone();
            if let Some(task) = tasks.get_mut(i) {
                f(task);
            }
            d.set_tasks(tasks, clock::now());
        });
    };
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
                    .map(|c| {
                        let column = c.id;
                        let mut probe = task.clone();
                        let initial = text_slot(&mut probe, column)
                            .map(|s| s.clone())
                            .unwrap_or_default();
                        view! {
                            <TextField
                                id=format!("task-{i}-{column}")
                                label=c.label.to_owned()
                                initial=initial
                                multiline=column != "nhiem_vu"
                                on_change=Callback::new(move |v: String| {
                                    edit_task(i, &|task| {
                                        if let Some(s) = text_slot(task, column) {
                                            *s = v.clone();
                                        }
                                    })
                                })
                            />
                        }
                    })
                    .collect_view();
                let status = view! {
                    <Choice id=format!("task-{i}-status") label=t::TASK_STATUS options=[TaskStatus::Done, TaskStatus::NotDone].map(|s| (t::task_status_label(s), s)).to_vec() current=task.status on_change=Callback::new(move |v| edit_task(i, &|task| task.status = v)) />
                };
                let timeliness = view! {
                    <Choice id=format!("task-{i}-timeliness") label=t::TASK_TIMELINESS options=[Timeliness::OnTime, Timeliness::Late].map(|s| (t::timeliness_label(s), s)).to_vec() current=task.timeliness on_change=Callback::new(move |v| edit_task(i, &|task| task.timeliness = v)) />
                };
                let quality = view! {
                    <Choice id=format!("task-{i}-quality") label=t::TASK_QUALITY options=[TaskQuality::Assured, TaskQuality::NotAssured].map(|s| (t::task_quality_label(s), s)).to_vec() current=task.quality on_change=Callback::new(move |v| edit_task(i, &|task| task.quality = v)) />
                };
                let exceeded_id = format!("task-{i}-exceeded");
                view! {
                    <fieldset class="task">
                        <legend>{format!("{} {}", t::TASK_HEADING, i + 1)}</legend>
                        {texts}
                        {status}
                        {timeliness}
                        {quality}
                        <div class="choice">
                            <input
                                type="checkbox"
                                id=exceeded_id.clone()
                                prop:checked=task.exceeded
                                on:change=move |ev| {
                                    let on = event_target_checked(&ev);
                                    edit_task(i, &|task| task.exceeded = on);
                                }
                            />
                            <label for=exceeded_id>{t::TASK_EXCEEDED}</label>
                        </div>
                        <button
                            type="button"
                            on:click=move |_| {
                                state.edit(|d| {
                                    let mut tasks = d.tasks.clone();
                                    if i < tasks.len() {
                                        tasks.remove(i);
                                    }
                                    d.set_tasks(tasks, clock::now());
                                })
                            }
                        >
                            {t::TASK_REMOVE}
                        </button>
                    </fieldset>
                }
            })
            .collect_view()
    };
    view! {
        <section aria-labelledby="tasks-heading">
            <h2 id="tasks-heading">{t::STEP_TASKS}</h2>
            {appendix.attach_line.map(|l| view! { <p class="intro">{l}</p> })}
            {crate::ui::editor::section::guidance(state, "b:".to_owned(), crate::core::template::Confidence::Confirmed)}
            <Show when=move || count.get() == 0>
                <p class="empty">{t::TASKS_EMPTY}</p>
            </Show>
            {cards}
            <button
                type="button"
                id="task-add"
                on:click=move |_| {
                    state.edit(|d| {
                        let mut tasks = d.tasks.clone();
                        tasks.push(TaskEvidence::default());
                        d.set_tasks(tasks, clock::now());
                    })
                }
            >
                {t::TASK_ADD}
            </button>
        </section>
    }
    .into_any()
}

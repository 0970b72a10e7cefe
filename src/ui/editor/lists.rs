//! The parts of the form that have structure, line by line: section III
//! (each earlier shortcoming or measure and how far it is remedied, pre-filled
//! from last year's dossier), section IV (one explanation per suggested
//! point, the points typed in or read from a suggestions file) and the
//! remediation plan under section VI (ticked through the year; next year's
//! III starts from it). One component draws the three lists, so that they
//! share their code in the bundle; the work on files and on last year's
//! dossier runs in the worker (`crate::check::Job`).

use leptos::prelude::*;

use crate::check::{Job, JobAnswer};
use crate::core::dossier::{Dossier, RemedyOrigin, RemedyStatus, format_vn_date};
use crate::core::edit::{Edit, LineList, LineText};
use crate::core::walk::{Lines, lines_under};
use crate::text as t;
use crate::ui::editor::EditorState;
use crate::ui::widgets::{Choice, TextField, buttons, line_box, read_picked_text, tick};
use crate::web::{clock, storage, worker};

/// The largest suggestions file read here (the worker checks the format's
/// own limit, 64 KiB, and says so in Vietnamese).
const MAX_FILE_BYTES: u64 = 1024 * 1024;

/// One of the dossier's lists.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum List {
    /// Section III: `Dossier::remedies`.
    Remedies,
    /// Section IV: `Dossier::suggestions`.
    Suggestions,
    /// The remediation plan, under section VI: `Dossier::plan`.
    Plan,
}

impl List {
    /// The list shown under a section, if any: the one the print-order
    /// walk puts after the section's answer ([`lines_under`]).
    pub fn of_section(d: &Dossier, section: &str) -> Option<List> {
        Some(
            match lines_under(d.template.template().section(section)?)? {
                Lines::Remedies => List::Remedies,
                Lines::Suggestions => List::Suggestions,
                Lines::Plan => List::Plan,
            },
        )
    }

    /// The prefix of the element ids of the list.
    fn prefix(self) -> &'static str {
        match self {
            List::Remedies => "rem",
            List::Suggestions => "sug",
            List::Plan => "plan",
        }
    }

    /// The ids of the lines, in order.
    fn ids(self, d: &Dossier) -> Vec<String> {
        match self {
            List::Remedies => d.remedies.iter().map(|r| r.id.clone()).collect(),
            List::Suggestions => d.suggestions.iter().map(|s| s.id.clone()).collect(),
            List::Plan => d.plan.iter().map(|p| p.id.clone()).collect(),
        }
    }

    /// The core's name of the list.
    fn lines(self) -> LineList {
        match self {
            List::Remedies => LineList::Remedies,
            List::Suggestions => LineList::Suggestions,
            List::Plan => LineList::Plan,
        }
    }

    /// The edit that adds an empty line (at the end).
    fn add(self) -> Edit {
        match self {
            List::Remedies => Edit::AddRemedy(RemedyOrigin::Added, String::new()),
            List::Suggestions => Edit::AddSuggestion(String::new()),
            List::Plan => Edit::AddPlanItem(String::new()),
        }
    }
}

/// One line: its texts, its status or tick, and a button to remove it.
fn line(state: EditorState, list: List, n: usize, id: String) -> AnyView {
    let dom = format!("{}-{id}", list.prefix());
    let text = |suffix: &str, label: &'static str, initial: &str, which: LineText| {
        let id = id.clone();
        view! {
            <TextField
                id=format!("{dom}-{suffix}")
                label=label.to_owned()
                initial=initial.to_owned()
                multiline=true
                on_change=Callback::new(move |v: String| state.apply(Edit::LineText(which, id.clone(), v)))
            />
        }
        .into_any()
    };
    let (legend, fields) = state.dossier.with_untracked(|d| match list {
        List::Remedies => {
            let Some(r) = d.remedies.iter().find(|r| r.id == id) else {
                return (t::REMEDY, Vec::new());
            };
            let rid = id.clone();
            let status = view! {
                <Choice
                    id=format!("{dom}-status")
                    label=t::REMEDY_STATUS
                    options=RemedyStatus::ALL.map(t::remedy_status_label).to_vec()
                    current=r.status.and_then(|s| RemedyStatus::ALL.iter().position(|x| *x == s))
                    on_change=Callback::new(move |i: Option<usize>| {
                        state.apply(Edit::RemedyStatus(rid.clone(), i.and_then(|i| RemedyStatus::ALL.get(i).copied())));
                        state.recheck();
                    })
                />
            };
            (
                t::REMEDY,
                vec![
                    text("text", t::REMEDY_TEXT, &r.text, LineText::RemedyText),
                    status.into_any(),
                    text("note", t::REMEDY_NOTE, &r.note, LineText::RemedyNote),
                ],
            )
        }
        List::Suggestions => {
            let Some(s) = d.suggestions.iter().find(|s| s.id == id) else {
                return (t::SUGGESTION, Vec::new());
            };
            (
                t::SUGGESTION,
                vec![
                    text("point", t::SUGGESTION_POINT, &s.point, LineText::SuggestionPoint),
                    text("answer", t::SUGGESTION_ANSWER, &s.answer, LineText::SuggestionAnswer),
                ],
            )
        }
        List::Plan => {
            let Some(p) = d.plan.iter().find(|p| p.id == id) else {
                return (t::PLAN_ITEM, Vec::new());
            };
            let shown = id.clone();
            let label = Signal::derive(move || {
                let day = state
                    .dossier
                    .with(|d| d.plan.iter().find(|p| p.id == shown).and_then(|p| p.done_on));
                match day {
                    Some(day) => format!("{} ({} {})", t::PLAN_DONE, t::PLAN_DONE_ON, format_vn_date(day)),
                    None => t::PLAN_DONE.to_owned(),
                }
            });
            let pid = id.clone();
            let tick = tick(
                format!("{dom}-done"),
                label,
                p.done,
                Callback::new(move |on| {
                    state.apply(Edit::PlanDone(pid.clone(), on, clock::today()))
                }),
            );
            (
                t::PLAN_ITEM,
                vec![
                    text("text", t::PLAN_TEXT, &p.text, LineText::PlanText),
                    tick,
                    text("note", t::PLAN_NOTE, &p.note, LineText::PlanNote),
                ],
            )
        }
    });
    let remove = move |_| {
        state.apply(Edit::RemoveLine(list.lines(), id.clone()));
        state.recheck();
    };
    line_box(
        format!("{legend} {n}"),
        fields,
        t::REMOVE_LINE,
        Callback::new(remove),
    )
}

/// The lines of one list, with what adds to it.
#[component]
pub(crate) fn Lines(list: List) -> impl IntoView {
    let state = expect_context::<EditorState>();
    // Redrawn when a line comes or goes, never while typing.
    let ids = Memo::new(move |_| state.dossier.with(|d| list.ids(d)));
    let message = RwSignal::new(None::<String>);
    let prefix = list.prefix();
    // What the worker answers: the lines it added, and a line to show.
    let answered = move |answer: JobAnswer| {
        let (new, m) = match answer {
            JobAnswer::Dossier { dossier, message } => (dossier, message),
            JobAnswer::Failed { message } => (None, message),
            _ => return,
        };
        // The editor may be gone by now.
        if let (Some(new), Some(_)) = (new, state.dossier.try_with_untracked(|_| ())) {
            // The answer comes back before the person can type again (the
            // click that asked for it is the last thing they did), so the
            // list is taken whole.
            state.apply(Edit::TakeLines(list.lines(), Box::new(new)));
            state.recheck();
        }
        message.try_set(Some(m));
    };
    let add = move || {
        state.apply(list.add());
        let new_id = state
            .dossier
            .with_untracked(|d| list.ids(d).pop())
            .unwrap_or_default();
        state.recheck();
        // The new line's first field takes the focus once it is drawn.
        let first = format!(
            "{prefix}-{new_id}-{}",
            if list == List::Suggestions {
                "point"
            } else {
                "text"
            }
        );
        set_timeout(
            move || {
                use wasm_bindgen::JsCast;
                if let Some(el) = document()
                    .get_element_by_id(&first)
                    .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok())
                {
                    let _ = el.focus();
                }
            },
            std::time::Duration::ZERO,
        );
    };
    // The buttons under the lines (id, label, action): "add", then last
    // year's dossiers (III) or the plan from VI.
    let (heading, add_label) = match list {
        List::Remedies => (t::REMEDIES_HEADING, t::REMEDY_ADD),
        List::Suggestions => (t::SUGGESTIONS_HEADING, t::SUGGESTION_ADD),
        List::Plan => (t::PLAN_HEADING, t::PLAN_ADD),
    };
    let mut actions = vec![(
        format!("{prefix}-add"),
        add_label.to_owned(),
        Callback::new(move |_| add()),
    )];
    let hint = match list {
        List::Remedies => {
            actions.extend(carry_over(state, Callback::new(answered)));
            (actions.len() > 1).then_some(t::CARRY_INTRO)
        }
        List::Suggestions => None,
        List::Plan => {
            let start = move |_| {
                let job = Job::StartPlan {
                    dossier: state.dossier.get_untracked(),
                    now_ms: clock::now().timestamp_millis(),
                };
                worker::call(job, answered);
            };
            actions.push((
                "plan-start".to_owned(),
                t::PLAN_START.to_owned(),
                Callback::new(start),
            ));
            Some(t::PLAN_HINT)
        }
    };
    // Beside the buttons: the suggestions file.
    let import = (list == List::Suggestions).then(|| {
        let pick = move |ev: leptos::ev::Event| {
            let read = move |file: Result<String, String>| match file {
                Ok(file) => {
                    let job = Job::Suggestions {
                        dossier: state.dossier.get_untracked(),
                        file,
                        now_ms: clock::now().timestamp_millis(),
                    };
                    worker::call(job, answered);
                }
                Err(m) => {
                    message.set(Some(m));
                }
            };
            read_picked_text(
                &ev,
                MAX_FILE_BYTES,
                t::NOT_A_SUGGESTIONS_FILE,
                Box::new(read),
            );
        };
        view! {
            // The label is the button (the browser's own file field speaks
            // the browser's language).
            <label class="button file-pick">
                {t::SUGGESTIONS_IMPORT}
                <input type="file" id="sug-file" class="sr-only" accept=".json,application/json" on:change=pick />
            </label>
        }
    });
    let heading_id = format!("{prefix}-heading");
    let labelled_by = heading_id.clone();
    view! {
        <section class="lines" aria-labelledby=labelled_by>
            <h3 id=heading_id>{heading}</h3>
            {hint.map(|h| view! { <p class="hint">{h}</p> })}
            {move || ids.get().into_iter().enumerate().map(|(i, id)| line(state, list, i + 1, id)).collect_view()}
            <div class="actions">{buttons(actions)}{import}</div>
            <div aria-live="polite">
                {move || message.get().map(|m| view! { <p class="toast" id=format!("{prefix}-message")>{m}</p> })}
            </div>
        </section>
    }
}

/// The buttons that pre-fill section III from a dossier of last year on this
/// device (the app cannot know whose they are, so all of them, most recently
/// changed first, as storage lists them).
fn carry_over(
    state: EditorState,
    answered: Callback<JobAnswer>,
) -> Vec<(String, String, Callback<()>)> {
    let summaries = storage::drafts().list().map(|(s, _)| s).unwrap_or_default();
    let (year, me) = state.dossier.with_untracked(|d| (d.year, d.id.clone()));
    summaries
        .into_iter()
        .filter(|s| s.year == year - 1 && s.id != me)
        .map(|s| {
            let id = s.id.clone();
            let go = move |_| match storage::drafts().load(&id) {
                Ok(Some(stored)) => {
                    let job = Job::CarryOver {
                        previous: stored.dossier,
                        dossier: state.dossier.get_untracked(),
                        now_ms: clock::now().timestamp_millis(),
                    };
                    worker::call(job, move |a| answered.run(a));
                }
                Ok(None) => answered.run(JobAnswer::Failed {
                    message: t::NOT_FOUND.to_owned(),
                }),
                Err(e) => answered.run(JobAnswer::Failed {
                    message: t::load_error(&e),
                }),
            };
            (
                format!("carry-{}", s.id),
                t::carry_from(s.year, s.full_name.trim()),
                Callback::new(go),
            )
        })
        .collect()
}

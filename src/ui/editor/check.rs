//! What the editor derives from a check: progress per step, validation
//! messages, the rating advisor's findings, the "còn thiếu" list.
//!
//! When it fires: validation runs when the person leaves a field (blur),
//! picks a choice, opens a step, or presses "Kiểm tra bản kiểm điểm" —
//! never on every keystroke. A field shows its message once it has been
//! left, or after "Kiểm tra".

use std::collections::BTreeSet;

use leptos::prelude::*;

use crate::check::{CheckRequest, CheckView, IDENTITY, Job, JobAnswer, Tone};
use chrono::Datelike;

use crate::core::dossier::IdentityField;
use crate::core::template::{PointScheme, RatingTarget, Template};
use crate::text as t;
use crate::ui::editor::{EditorState, Step};
use crate::web::{clock, worker};

/// The point scheme in force for the template (the app's default until a
/// committee's scheme can be loaded).
pub(crate) fn point_scheme(template: &'static Template) -> Option<PointScheme> {
    template.default_point_scheme()
}

/// The answer of the last check (from the check worker), and which fields
/// may show theirs.
#[derive(Clone, Copy)]
pub(crate) struct Checks {
    pub view: RwSignal<CheckView>,
    /// The number of the last request; older answers are dropped.
    seq: StoredValue<u32>,
    /// Keys of fields the person has left at least once.
    touched: RwSignal<BTreeSet<String>>,
    /// Fields left since the last request: they join `touched` with its
    /// answer, so that a field never shows a message about what it held
    /// before (it would flash, and move what is below it under the
    /// pointer).
    left: RwSignal<BTreeSet<String>>,
    /// Set by "Kiểm tra": every field shows its message.
    all: RwSignal<bool>,
    /// Why the last check got no answer (the worker failed), in Vietnamese;
    /// cleared by the next answer.
    pub failed: RwSignal<Option<String>>,
}

impl Checks {
    pub fn new() -> Self {
        Self {
            view: RwSignal::new(CheckView::default()),
            seq: StoredValue::new(0),
            touched: RwSignal::new(BTreeSet::new()),
            left: RwSignal::new(BTreeSet::new()),
            all: RwSignal::new(false),
            failed: RwSignal::new(None),
        }
    }

    /// Marks a field as left; its message shows from the next answer on.
    pub fn touch(&self, key: &str) {
        if !self.touched.with_untracked(|t| t.contains(key)) {
            self.left.update_untracked(|l| {
                l.insert(key.to_owned());
            });
        }
    }

    /// Shows every message from now on.
    pub fn show_all(&self) {
        self.all.set(true);
    }

    fn visible(&self, key: &str) -> bool {
        self.all.get() || self.touched.with(|t| t.contains(key))
    }
}

/// Asks the check worker to check the current dossier; the answer updates
/// progress, messages and advice when it arrives.
pub(crate) fn refresh(state: EditorState) {
    let seq = state.checks.seq.get_value().wrapping_add(1);
    state.checks.seq.set_value(seq);
    let today = clock::today();
    let dossier = state.dossier.get_untracked();
    let checks = state.checks;
    let job = Job::Check(CheckRequest {
        seq,
        dossier,
        today: (today.year(), today.month(), today.day()),
    });
    // The answer may come after the editor is gone: `try_` throughout.
    worker::call(job, move |answer| {
        if let JobAnswer::Failed { message } = answer {
            checks.failed.try_set(Some(message));
            return;
        }
        // Only the answer to the latest request counts.
        if let JobAnswer::Check(view) = answer
            && checks.seq.try_get_value() == Some(view.seq)
        {
            checks.failed.try_set(None);
            let left = checks
                .left
                .try_update_untracked(std::mem::take)
                .unwrap_or_default();
            if !left.is_empty() {
                checks.touched.try_update(|t| t.extend(left));
            }
            checks.view.try_set(view);
        }
    });
}

/// "answered/required" for a step.
pub(crate) fn step_progress(state: EditorState, step: Step) -> Signal<Option<String>> {
    let id = match step {
        Step::Identity => IDENTITY,
        Step::Section(s) => s.id,
        _ => return Signal::stored(None),
    };
    Signal::derive(move || {
        state.checks.view.with(|v| {
            v.progress_of(id)
                .filter(|c| c.required > 0)
                .map(|c| format!("{}/{}", c.answered, c.required))
        })
    })
}

/// The first problem of a key, in Vietnamese, once the field may show it.
pub(crate) fn problem_for(state: EditorState, key: &'static str) -> Signal<Option<String>> {
    Signal::derive(move || {
        if !state.checks.visible(key) {
            return None;
        }
        state
            .checks
            .view
            .with(|v| v.problem_for(key).map(|p| p.message.clone()))
    })
}

/// The validation message of an identity field, once checked.
pub(crate) fn field_problem(state: EditorState, field: IdentityField) -> Signal<Option<String>> {
    problem_for(state, field.as_str())
}

/// The validation message of an item, once checked.
pub(crate) fn item_problem(state: EditorState, key: &'static str) -> Signal<Option<String>> {
    problem_for(state, key)
}

/// The answer key of the field an event happened in, from its element id
/// (`id-<field>`, `a-<item>`, `p-<criterion>`, dots written as dashes).
pub(crate) fn key_of_target(ev: &leptos::ev::FocusEvent) -> Option<String> {
    use wasm_bindgen::JsCast;
    let id = ev.target()?.dyn_into::<web_sys::Element>().ok()?.id();
    if let Some(field) = id.strip_prefix("id-") {
        return Some(field.to_owned());
    }
    id.strip_prefix("a-")
        .or_else(|| id.strip_prefix("p-"))
        .map(|k| k.replace('-', "."))
}

/// Says so when the person is not rated this year, instead of asking for a
/// rating.
pub(crate) fn not_rated_notice(state: EditorState) -> impl IntoView {
    move || {
        state
            .checks
            .view
            .with(|v| v.advice.not_rated.clone())
            .map(|m| view! { <p class="finding ruled-out" id="not-rated">{m}</p> })
    }
}

/// The advisor's findings next to the proposed party rating: what the rules
/// imply, each with its source. It explains and warns; it blocks nothing.
pub(crate) fn advice_view(state: EditorState, target: RatingTarget) -> impl IntoView {
    (target == RatingTarget::Party).then(|| {
        view! {
            <section class="advice" aria-labelledby="advice-heading" aria-live="polite">
                <h3 id="advice-heading">{t::ADVICE_HEADING}</h3>
                {move || {
                    let advice = state.checks.view.with(|v| v.advice.clone());
                    let findings = advice
                        .findings
                        .into_iter()
                        .map(|f| {
                            let class = match f.tone {
                                Tone::Info => "finding",
                                Tone::Warning => "finding warning",
                                Tone::RuledOut => "finding ruled-out",
                            };
                            view! {
                                <li class=class>
                                    <strong>{f.label}": "</strong>
                                    {f.text}
                                    <span class="cite">{f.citation}</span>
                                </li>
                            }
                        })
                        .collect_view();
                    view! {
                        {advice.summary.map(|m| view! { <p class="advice-summary" id="advice-summary">{m}</p> })}
                        <ul class="findings">{findings}</ul>
                    }
                }}
            </section>
        }
    })
}

/// The last step: check everything, list what is missing with links to it.
#[component]
pub(crate) fn Check(href: Callback<usize, String>, steps: Vec<Step>) -> impl IntoView {
    let state = expect_context::<EditorState>();
    let step_of = move |section: &str| -> usize {
        steps
            .iter()
            .position(|s| match s {
                Step::Identity => section == IDENTITY,
                Step::Section(sec) => sec.id == section,
                _ => false,
            })
            .map_or(1, |i| i + 1)
    };
    let list = move || {
        let problems: Vec<(String, usize)> = state.checks.view.with(|v| {
            v.problems
                .iter()
                .map(|p| (p.message.clone(), step_of(&p.section)))
                .collect()
        });
        let checked = state.checks.view.with(|v| v.seq) > 0;
        if !checked {
            view! { <p aria-busy="true">{t::LOADING}</p> }.into_any()
        } else if problems.is_empty() {
            view! { <p class="ok" id="check-clean">{t::ALL_CLEAR}</p> }.into_any()
        } else {
            view! {
                <ul class="missing" id="check-problems">
                    {problems
                        .into_iter()
                        .map(|(m, n)| view! { <li><a href=href.run(n)>{m}</a></li> })
                        .collect_view()}
                </ul>
            }
            .into_any()
        }
    };
    view! {
        <section aria-labelledby="check-heading">
            <h2 id="check-heading">{t::STEP_CHECK}</h2>
            <button
                type="button"
                class="primary"
                id="check-run"
                on:click=move |_| {
                    refresh(state);
                    state.checks.show_all();
                }
            >
                {t::CHECK_BUTTON}
            </button>
            <h3>{t::MISSING_HEADING}</h3>
            <div aria-live="polite">{list}</div>
        </section>
    }
}

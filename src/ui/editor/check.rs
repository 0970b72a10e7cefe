//! What the editor derives from a check: progress per step, validation
//! messages, the rating advisor's findings, the "còn thiếu" list.
//!
//! When it fires: validation runs when the person leaves a field (blur),
//! picks a choice, opens a step, or presses "Kiểm tra bản kiểm điểm" —
//! never on every keystroke. A field shows its message once it has been
//! left, or after "Kiểm tra".

use std::collections::BTreeSet;

use leptos::prelude::*;

use crate::core::dossier::IdentityField;
use crate::core::rules::{self, Advice, Severity};
use crate::core::template::{PointScheme, RatingTarget, Template};
use crate::core::validate::{self, IDENTITY_SECTION, Report};
use crate::text as t;
use crate::ui::editor::{EditorState, Step};
use crate::web::clock;

/// The point scheme in force for the template (the app's default until a
/// committee's scheme can be loaded).
pub(crate) fn point_scheme(template: &'static Template) -> Option<PointScheme> {
    template.default_point_scheme()
}

/// The result of the last check, and which fields may show theirs.
#[derive(Clone, Copy)]
pub(crate) struct Checks {
    pub report: RwSignal<Report>,
    /// The rating advisor's reading of the same moment.
    pub advice: RwSignal<Advice>,
    /// Keys of fields the person has left at least once.
    touched: RwSignal<BTreeSet<String>>,
    /// Set by "Kiểm tra": every field shows its message.
    all: RwSignal<bool>,
}

impl Checks {
    pub fn new(state: &crate::core::dossier::Dossier) -> Self {
        Self {
            report: RwSignal::new(run(state)),
            advice: RwSignal::new(advise(state)),
            touched: RwSignal::new(BTreeSet::new()),
            all: RwSignal::new(false),
        }
    }

    /// Marks a field as left.
    pub fn touch(&self, key: &str) {
        if !self.touched.with_untracked(|t| t.contains(key)) {
            self.touched.update(|t| {
                t.insert(key.to_owned());
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

fn run(dossier: &crate::core::dossier::Dossier) -> Report {
    let template = dossier.template.template();
    validate::validate(dossier, clock::today(), point_scheme(template).as_ref())
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

fn advise(dossier: &crate::core::dossier::Dossier) -> Advice {
    rules::advise(dossier, None, clock::today())
}

/// Re-runs validation and the advisor on the current dossier.
pub(crate) fn refresh(state: EditorState) {
    let (report, advice) = state.dossier.with_untracked(|d| (run(d), advise(d)));
    state.checks.report.set(report);
    state.checks.advice.set(advice);
}

/// "answered/required" for a step.
pub(crate) fn step_progress(
    state: EditorState,
    _template: &'static Template,
    step: Step,
) -> Signal<Option<String>> {
    let id = match step {
        Step::Identity => IDENTITY_SECTION,
        Step::Section(s) => s.id,
        _ => return Signal::stored(None),
    };
    Signal::derive(move || {
        state.checks.report.with(|r| {
            r.progress()
                .section(id)
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
        let (template, role) = state
            .dossier
            .with_untracked(|d| (d.template.template(), d.role));
        state.checks.report.with(|r| {
            r.problems_for(key)
                .first()
                .map(|p| t::validate::problem(p, template, role))
        })
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

/// Says so when the person is not rated this year, instead of asking for a
/// rating.
pub(crate) fn not_rated_notice(state: EditorState) -> impl IntoView {
    move || {
        state
            .checks
            .advice
            .with(|a| t::advice::rating_status(&a.status))
            .map(|m| view! { <p class="finding ruled-out" id="not-rated">{m}</p> })
    }
}

/// The advisor's findings next to the proposed party rating: what the rules
/// imply, each with its source. It explains and warns; it blocks nothing.
pub(crate) fn advice_view(state: EditorState, target: RatingTarget) -> impl IntoView {
    (target == RatingTarget::Party).then(|| {
        let (template, role) = state.dossier.with_untracked(|d| (d.template.template(), d.role));
        view! {
            <section class="advice" aria-labelledby="advice-heading" aria-live="polite">
                <h3 id="advice-heading">{t::ADVICE_HEADING}</h3>
                {move || {
                    state.checks.advice.with(|a| {
                        let summary = t::advice::proposal(&a.proposal).or_else(|| t::advice::ceiling(a));
                        let findings = a
                            .findings
                            .iter()
                            .map(|f| {
                                let class = match f.severity {
                                    Severity::Info => "finding",
                                    Severity::Warning => "finding warning",
                                    Severity::RuledOut => "finding ruled-out",
                                };
                                view! {
                                    <li class=class>
                                        <strong>{t::advice::severity_label(f.severity)}": "</strong>
                                        {t::advice::finding(f, template, role)}
                                        <span class="cite">
                                            {t::advice::citation(&f.citation)}
                                            {t::advice::confidence_note(f.confidence).map(|n| format!(" — {n}"))}
                                        </span>
                                    </li>
                                }
                            })
                            .collect_view();
                        view! {
                            {summary.map(|m| view! { <p class="advice-summary" id="advice-summary">{m}</p> })}
                            <ul class="findings">{findings}</ul>
                        }
                    })
                }}
            </section>
        }
    })
}

/// The last step: check everything, list what is missing with links to it.
#[component]
pub(crate) fn Check(href: Callback<usize, String>, steps: Vec<Step>) -> impl IntoView {
    let state = expect_context::<EditorState>();
    let (template, role) = state
        .dossier
        .with_untracked(|d| (d.template.template(), d.role));
    let step_of = move |key: &str| -> usize {
        let section = if IdentityField::ALL.iter().any(|f| f.as_str() == key) {
            IDENTITY_SECTION
        } else {
            template
                .slots()
                .find(|s| s.key == key || key.starts_with(&format!("{}.", s.key)))
                .map_or("", |s| s.section.id)
        };
        steps
            .iter()
            .position(|s| match s {
                Step::Identity => section == IDENTITY_SECTION,
                Step::Section(sec) => sec.id == section,
                _ => false,
            })
            .map_or(1, |i| i + 1)
    };
    let list = move || {
        let problems: Vec<(String, usize)> = state.checks.report.with(|r| {
            r.problems()
                .map(|p| (t::validate::problem(p, template, role), step_of(p.key())))
                .collect()
        });
        if problems.is_empty() {
            view! { <p class="ok" id="check-clean">{t::validate::ALL_CLEAR}</p> }.into_any()
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
            <h3>{t::validate::MISSING_HEADING}</h3>
            <div aria-live="polite">{list}</div>
        </section>
    }
}

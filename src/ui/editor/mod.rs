//! The guided editor of one dossier: one step per section, a list of steps
//! to jump to any of them, the official guidance beside each item.
//!
//! Edits go to the core model at once, as domain edits
//! ([`crate::core::edit::Edit`]), and reach storage within
//! [`SAVE_DELAY_MS`], and at once when the page is hidden or left.

mod check;
mod facts;
mod lists;
mod section;
mod tasks;

use std::time::Duration;

use leptos::ev;
use leptos::prelude::*;

use crate::check::{Job, JobAnswer};
use crate::core::dossier::{Dossier, DossierId, IdentityField};
use crate::core::edit::Edit;
use crate::core::store::{Drafts, LoadError, SaveError};
use crate::core::template::{Section, Template};
use crate::text as t;
use crate::ui::Flush;
use crate::ui::widgets::{TextField, buttons};
use crate::web::{clock, storage, worker};

/// How long an edit may wait before it is written (the bound is 300 ms).
pub const SAVE_DELAY_MS: u64 = 250;

#[component]
pub fn Editor(id: DossierId, step: Memo<usize>) -> impl IntoView {
    match storage::drafts().load(&id) {
        Ok(Some(stored)) => view! {
            <EditorFor dossier=stored.dossier revision=stored.revision step=step />
        }
        .into_any(),
        Ok(None) => view! { <NotFound /> }.into_any(),
        Err(e) => view! { <LoadFailed error=e /> }.into_any(),
    }
}

#[component]
fn NotFound() -> impl IntoView {
    view! {
        <p class="error" role="alert">{t::NOT_FOUND}</p>
        <p><a href="/">{t::BACK_HOME}</a></p>
    }
}

#[component]
fn LoadFailed(error: LoadError) -> impl IntoView {
    view! {
        <p class="error" role="alert">{t::load_error(&error)}</p>
        <p><a href="/">{t::BACK_HOME}</a></p>
    }
}

/// Where the last save stands, for the "đã lưu lúc hh:mm" indicator.
#[derive(Clone, Debug, PartialEq)]
enum SaveState {
    Saved(chrono::DateTime<chrono::Utc>),
    Pending,
    Failed(String),
}

/// The editor's state: the dossier, the stored revision it was loaded at,
/// whether it has unsaved changes, and when it was last checked. Domain
/// methods live here; the views only call them.
#[derive(Clone, Copy)]
pub(crate) struct EditorState {
    pub dossier: RwSignal<Dossier>,
    revision: StoredValue<u64>,
    dirty: StoredValue<bool>,
    timer: StoredValue<bool>,
    save: RwSignal<SaveState>,
    /// Another tab saved this dossier since this one loaded it: this tab
    /// stops saving until the person chooses what to keep.
    conflict: RwSignal<bool>,
    /// The last validation, refreshed when the person leaves a field,
    /// picks a choice, changes step or asks for a check; never per
    /// keystroke.
    pub checks: check::Checks,
    /// The template's prose (guidance, criteria texts, notes), keyed as in
    /// `Template::prose`: the first load is built without it and the check
    /// worker sends it when the editor opens.
    prose: RwSignal<Vec<(String, Vec<String>)>>,
}

impl EditorState {
    fn new(dossier: Dossier, revision: u64) -> Self {
        let saved_at = dossier.updated_at;
        Self {
            checks: check::Checks::new(),
            dossier: RwSignal::new(dossier),
            revision: StoredValue::new(revision),
            dirty: StoredValue::new(false),
            timer: StoredValue::new(false),
            save: RwSignal::new(SaveState::Saved(saved_at)),
            conflict: RwSignal::new(false),
            prose: RwSignal::new(Vec::new()),
        }
    }

    /// The prose under `key` (see [`EditorState::prose`]), once it came.
    pub fn prose(&self, key: &str) -> Option<Vec<String>> {
        self.prose
            .with(|p| p.iter().find(|(k, _)| k == key).map(|(_, l)| l.clone()))
    }

    /// Applies a domain edit to the model (the core sets `updated_at`) and
    /// schedules a save: the only way the views change the dossier.
    #[inline(never)]
    pub fn apply(&self, edit: Edit) {
        self.dossier.update(|d| {
            d.apply(edit, clock::now());
        });
        self.dirty.set_value(true);
        self.save.set(SaveState::Pending);
        if !self.timer.get_value() {
            self.timer.set_value(true);
            let this = *self;
            set_timeout(
                move || {
                    this.timer.try_set_value(false);
                    let _ = this.flush();
                },
                Duration::from_millis(SAVE_DELAY_MS),
            );
        }
    }

    /// Refreshes what is derived from a check (progress, messages).
    pub fn recheck(&self) {
        check::refresh(*self);
    }

    /// Writes pending changes now; `Err` (why, in Vietnamese) when they
    /// could not be written.
    fn flush(&self) -> Result<(), String> {
        // The editor may already be gone (the timer outlives it).
        let (Some(true), Some(revision)) =
            (self.dirty.try_get_value(), self.revision.try_get_value())
        else {
            return Ok(());
        };
        let Some(dossier) = self.dossier.try_get_untracked() else {
            return Ok(());
        };
        match storage::drafts().save(&dossier, revision) {
            Ok(new_revision) => {
                self.revision.try_set_value(new_revision);
                self.dirty.try_set_value(false);
                self.save.try_set(SaveState::Saved(clock::now()));
                Ok(())
            }
            // The edit stays in memory (and on screen); nothing stored is
            // overwritten.
            Err(e) => {
                if matches!(e, SaveError::Conflict { .. }) {
                    self.conflict.try_set(true);
                }
                let message = t::save_error(&e);
                self.save.try_set(SaveState::Failed(message.clone()));
                Err(message)
            }
        }
    }

    /// The person chose to keep this tab's content over the other tab's:
    /// save it over the stored revision, explicitly.
    fn overwrite(&self) {
        let id = self.dossier.with_untracked(|d| d.id.clone());
        if let Ok(Some(stored)) = storage::drafts().load(&id) {
            self.revision.set_value(stored.revision);
        }
        self.conflict.set(false);
        self.dirty.set_value(true);
        let _ = self.flush();
    }

    /// Whether a storage event says another tab saved a newer revision.
    fn is_newer_elsewhere(&self, ev: &web_sys::StorageEvent) -> bool {
        let id = self.dossier.with_untracked(|d| d.id.clone());
        if ev.key().as_deref() != Some(Drafts::<storage::LocalKv>::key(&id).as_str()) {
            return false;
        }
        let ours = self.revision.get_value();
        match ev.new_value() {
            // Deleted in the other tab.
            None => true,
            // Read with the storage's own type (a generic JSON value would
            // bring its own parser into the bundle); unreadable counts as
            // changed.
            Some(raw) => serde_json::from_str::<crate::core::store::StoredDossier>(&raw)
                .map_or(true, |s| s.revision != ours),
        }
    }
}

/// One step of the guided editor.
#[derive(Clone, Copy, Debug, PartialEq)]
enum Step {
    Identity,
    Facts,
    Section(&'static Section),
    Tasks,
    Check,
}

impl Step {
    fn label(self) -> String {
        match self {
            Step::Identity => t::STEP_IDENTITY.to_owned(),
            Step::Facts => t::STEP_FACTS.to_owned(),
            Step::Section(s) => format!("{} {}", s.number, s.heading),
            Step::Tasks => t::STEP_TASKS.to_owned(),
            Step::Check => t::STEP_CHECK.to_owned(),
        }
    }
}

fn steps(template: &'static Template) -> Vec<Step> {
    let mut steps = vec![Step::Identity, Step::Facts];
    steps.extend(template.sections.iter().map(Step::Section));
    if template.evidence.is_some() {
        steps.push(Step::Tasks);
    }
    steps.push(Step::Check);
    steps
}

/// Scrolls the step list (never the page) so that the current step is in
/// the middle of it: a phone's strip shows only a few steps, a laptop's
/// column may be shorter than the list.
fn center_current_step() {
    let doc = document();
    let (Some(list), Some(current)) = (
        doc.query_selector(".steps").ok().flatten(),
        doc.query_selector(".steps a.current").ok().flatten(),
    ) else {
        return;
    };
    let (l, c) = (
        list.get_bounding_client_rect(),
        current.get_bounding_client_rect(),
    );
    let left = f64::from(list.scroll_left()) + c.left() - l.left() - (l.width() - c.width()) / 2.0;
    let top = f64::from(list.scroll_top()) + c.top() - l.top() - (l.height() - c.height()) / 2.0;
    list.set_scroll_left(left.max(0.0) as i32);
    list.set_scroll_top(top.max(0.0) as i32);
}

#[component]
fn EditorFor(dossier: Dossier, revision: u64, step: Memo<usize>) -> impl IntoView {
    let template = dossier.template.template();
    let role = dossier.role;
    let id = dossier.id.clone();
    let state = EditorState::new(dossier.clone(), revision);
    provide_context(state);
    let prose = state.prose;
    let failed = state.checks.failed;
    worker::call(
        Job::Prose {
            template: template.id,
        },
        move |answer| match answer {
            JobAnswer::Prose(p) => {
                prose.try_set(p);
            }
            JobAnswer::Failed { message } => {
                failed.try_set(Some(message));
            }
            _ => {}
        },
    );

    // Flush when the page is hidden or left, before the app changes page
    // (see `web::nav`), and when the editor closes.
    let hide = window_event_listener(ev::pagehide, move |_| {
        let _ = state.flush();
    });
    let visibility = window_event_listener(ev::visibilitychange, move |_| {
        let _ = state.flush();
    });
    // A second tab editing the same dossier: neither overwrites the other
    // silently.
    let other_tab = window_event_listener(ev::storage, move |e| {
        if state.is_newer_elsewhere(&e) {
            state.conflict.set(true);
        }
    });
    // Captured now: no owner is current when the cleanup runs.
    let flush = use_context::<Flush>();
    let registered = flush.map(|f| f.register(Callback::new(move |_| state.flush())));
    on_cleanup(move || {
        let _ = state.flush();
        hide.remove();
        visibility.remove();
        other_tab.remove();
        if let (Some(flush), Some(token)) = (flush, registered) {
            flush.unregister(token);
        }
    });

    let all_steps = steps(template);
    let count = all_steps.len();
    let current = Memo::new(move |_| step.get().clamp(1, count));
    // Each step opens on a fresh check, with its tab in view in the step
    // strip (a phone shows only a few), and the template's head in full on
    // the first step and on a wide screen, elsewhere folded to its title
    // line so that a phone opens on the step's own content. Only a change
    // of step runs this, never an edit.
    let wide = section::wide();
    Effect::new(move || {
        let first = current.get() == 1;
        untrack(|| state.recheck());
        if let Some(el) = document()
            .query_selector(".doc-head details")
            .ok()
            .flatten()
        {
            let _ = if wide || first {
                el.set_attribute("open", "")
            } else {
                el.remove_attribute("open")
            };
        }
        center_current_step();
    });
    let href = move |n: usize| format!("/ho-so/{id}/{n}");
    let nav = {
        let href = href.clone();
        all_steps
            .iter()
            .enumerate()
            .map(|(i, s)| {
                let n = i + 1;
                let label = s.label();
                let progress = check::step_progress(state, *s);
                view! {
                    <li>
                        <a
                            href=href(n)
                            aria-current=move || (current.get() == n).then_some("step")
                            class:current=move || current.get() == n
                        >
                            <span class="step-label">{label}</span>
                            {move || progress.get().map(|p| view! { <span class="step-progress">{p}</span> })}
                        </a>
                    </li>
                }
            })
            .collect_view()
    };

    let body = {
        let all_steps = all_steps.clone();
        let href = href.clone();
        move || {
            let n = current.get();
            let s = all_steps[n - 1];
            let content = match s {
                Step::Identity => identity_step(state, template).into_any(),
                Step::Facts => view! { <facts::Facts /> }.into_any(),
                Step::Section(section) => view! { <section::SectionStep section=section role=role /> }.into_any(),
                Step::Tasks => view! { <tasks::Tasks /> }.into_any(),
                Step::Check => view! { <check::Check href=Callback::new(href.clone()) steps=all_steps.clone() /> }.into_any(),
            };
            let prev = (n > 1).then(|| href(n - 1));
            let next = (n < count).then(|| href(n + 1));
            view! {
                <div
                    class="step"
                    on:focusout=move |ev| {
                        if let Some(key) = check::key_of_target(&ev) {
                            state.checks.touch(&key);
                        }
                        state.recheck();
                    }
                >
                    {content}
                </div>
                <nav class="pager" aria-label=t::STEPS_NAV>
                    {prev.map(|h| view! { <a class="button" href=h rel="prev">{t::PREVIOUS}</a> })}
                    {next.map(|h| view! { <a class="button primary" href=h rel="next">{t::NEXT}</a> })}
                </nav>
            }
        }
    };

    let year = dossier.year;
    let save_state = move || match state.save.get() {
        SaveState::Saved(at) => format!("{} lúc {}", t::SAVED, clock::local_hhmm(at)),
        SaveState::Pending => t::SAVING.to_owned(),
        SaveState::Failed(m) => m,
    };
    // The template's head and notes, under its title (see the effect above
    // for when they are folded).
    let head: Vec<AnyView> = vec![
        view! {
            <summary>
                <h1>
                    {template.title}
                    <span class="year">{format!(" — Năm {year}")}</span>
                </h1>
            </summary>
        }
        .into_any(),
        view! { <p class="code">{template.code}</p> }.into_any(),
        template
            .subtitle
            .map(|s| view! { <p class="subtitle">{s}</p> })
            .into_any(),
        view! {
            <p class="regime">
                <span class="sr-only">{t::WHY_TEMPLATE}": "</span>
                {t::why_template(year, template.regime, role, template.code)}
            </p>
        }
        .into_any(),
        section::notes(state, "").into_any(),
    ];
    let conflict = move || {
        state.conflict.get().then(|| {
            let reload = move || {
                let _ = window().location().reload();
            };
            view! {
                <div class="conflict" role="alert" id="conflict">
                    <p>{t::CONFLICT}</p>
                    <div class="actions">
                        {buttons(vec![
                            ("conflict-reload".to_owned(), t::CONFLICT_RELOAD.to_owned(), Callback::new(move |_| reload())),
                            ("conflict-keep".to_owned(), t::CONFLICT_KEEP.to_owned(), Callback::new(move |_| state.overwrite())),
                        ])}
                    </div>
                </div>
            }
        })
    };
    let worker_failed = move || {
        failed
            .get()
            .map(|m| view! { <p class="error" role="alert" id="worker-failed">{m}</p> })
    };
    view! {
        <div class="editor">
            <header class="doc-head">
                <details>{head}</details>
                <p class="save-state" id="save-state" aria-live="polite">{save_state}</p>
            </header>
            {conflict}
            {worker_failed}
            <div class="editor-body">
                <nav class="steps" aria-label=t::STEPS_NAV>
                    <ol>{nav}</ol>
                </nav>
                <div class="step-area" id="step">{body}</div>
            </div>
            <p><a href="/">{t::BACK_HOME}</a></p>
        </div>
    }
}

fn identity_step(state: EditorState, template: &'static Template) -> impl IntoView {
    let dossier = state.dossier.get_untracked();
    let fields = template
        .identity
        .iter()
        .map(|&field| {
            let on_change = Callback::new(move |v: String| {
                state.apply(Edit::Identity(field, v));
            });
            let hint = (field == IdentityField::BirthDate).then_some(t::DATE_HINT);
            let error = check::field_problem(state, field);
            view! {
                <TextField
                    id=format!("id-{}", field.as_str())
                    label=t::identity_label(field).to_owned()
                    initial=dossier.identity.get(field).to_owned()
                    on_change=on_change
                    hint=hint
                    error=error
                />
            }
        })
        .collect_view();
    view! {
        <section class="identity" aria-labelledby="identity-heading">
            <h2 id="identity-heading">{t::IDENTITY_HEADING}</h2>
            {fields}
        </section>
    }
}

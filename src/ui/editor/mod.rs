//! The editor of one dossier. Edits go to the core model at once and reach
//! storage within [`SAVE_DELAY_MS`], and at once when the page is hidden or
//! left.

use std::time::Duration;

use leptos::ev;
use leptos::prelude::*;
use leptos_router::hooks::use_params_map;

use crate::core::dossier::{Dossier, DossierId, IdentityField};
use crate::core::store::LoadError;
use crate::text as t;
use crate::ui::Flush;
use crate::ui::widgets::TextField;
use crate::web::{clock, storage};

/// How long an edit may wait before it is written (the bound is
/// 300 ms).
pub const SAVE_DELAY_MS: u64 = 250;

#[component]
pub fn Editor() -> impl IntoView {
    let params = use_params_map();
    move || {
        let raw = params.get().get("id").unwrap_or_default();
        match DossierId::parse(&raw) {
            None => view! { <NotFound /> }.into_any(),
            Some(id) => match storage::drafts().load(&id) {
                Ok(Some(stored)) => {
                    view! { <EditorFor dossier=stored.dossier revision=stored.revision /> }
                        .into_any()
                }
                Ok(None) => view! { <NotFound /> }.into_any(),
                Err(e) => view! { <LoadFailed error=e /> }.into_any(),
            },
        }
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
/// and whether it has unsaved changes. Domain methods live here; the view
/// only calls them.
#[derive(Clone, Copy)]
struct EditorState {
    dossier: RwSignal<Dossier>,
    revision: StoredValue<u64>,
    dirty: StoredValue<bool>,
    timer: StoredValue<bool>,
    save: RwSignal<SaveState>,
}

impl EditorState {
    fn new(dossier: Dossier, revision: u64) -> Self {
        let saved_at = dossier.updated_at;
        Self {
            dossier: RwSignal::new(dossier),
            revision: StoredValue::new(revision),
            dirty: StoredValue::new(false),
            timer: StoredValue::new(false),
            save: RwSignal::new(SaveState::Saved(saved_at)),
        }
    }

    /// Applies an edit to the model and schedules a save.
    fn edit(&self, f: impl FnOnce(&mut Dossier)) {
        self.dossier.update(f);
        self.dirty.set_value(true);
        self.save.set(SaveState::Pending);
        if !self.timer.get_value() {
            self.timer.set_value(true);
            let this = *self;
            set_timeout(
                move || {
                    this.timer.set_value(false);
                    this.flush();
                },
                Duration::from_millis(SAVE_DELAY_MS),
            );
        }
    }

    /// Writes pending changes now.
    fn flush(&self) {
        // The editor may already be gone (the timer outlives it).
        let (Some(true), Some(revision)) =
            (self.dirty.try_get_value(), self.revision.try_get_value())
        else {
            return;
        };
        let Some(dossier) = self.dossier.try_get_untracked() else {
            return;
        };
        match storage::drafts().save(&dossier, revision) {
            Ok(new_revision) => {
                self.revision.set_value(new_revision);
                self.dirty.set_value(false);
                self.save.set(SaveState::Saved(clock::now()));
            }
            Err(e) => {
                // The edit stays in memory (and on screen); nothing stored is
                // overwritten.
                self.save.set(SaveState::Failed(t::save_error(&e)));
            }
        }
    }
}

#[component]
fn EditorFor(dossier: Dossier, revision: u64) -> impl IntoView {
    let template = dossier.template.template();
    let state = EditorState::new(dossier.clone(), revision);

    // Flush when the page is hidden or left, and when the editor closes.
    let hide = window_event_listener(ev::pagehide, move |_| state.flush());
    let visibility = window_event_listener(ev::visibilitychange, move |_| state.flush());
    if let Some(flush) = use_context::<Flush>() {
        flush
            .0
            .set_value(Some(Callback::new(move |_| state.flush())));
    }
    on_cleanup(move || {
        state.flush();
        hide.remove();
        visibility.remove();
        if let Some(flush) = use_context::<Flush>() {
            flush.0.set_value(None);
        }
    });

    let identity = template
        .identity
        .iter()
        .map(|&field| {
            let on_change = Callback::new(move |v: String| {
                state.edit(|d| d.set_identity(field, &v, clock::now()));
            });
            let hint = (field == IdentityField::BirthDate).then_some(t::DATE_HINT);
            view! {
                <TextField
                    id=format!("id-{}", field.as_str())
                    label=t::identity_label(field).to_owned()
                    initial=dossier.identity.get(field).to_owned()
                    on_change=on_change
                    hint=hint
                />
            }
        })
        .collect_view();

    view! {
        <div class="editor">
            <header class="doc-head">
                <p class="code">{template.code}</p>
                <h1>
                    {template.title}
                    <span class="year">{format!(" — Năm {}", dossier.year)}</span>
                </h1>
                {template.subtitle.map(|s| view! { <p class="subtitle">{s}</p> })}
                <p class="regime">{t::regime_label(template.regime)}</p>
                <p class="save-state" id="save-state" aria-live="polite">
                    {move || match state.save.get() {
                        SaveState::Saved(at) => format!("{} lúc {}", t::SAVED, clock::local_hhmm(at)),
                        SaveState::Pending => t::SAVING.to_owned(),
                        SaveState::Failed(m) => m,
                    }}
                </p>
            </header>
            <section class="identity" aria-labelledby="identity-heading">
                <h2 id="identity-heading">{t::IDENTITY_HEADING}</h2>
                {identity}
            </section>
            <p><a href="/">{t::BACK_HOME}</a></p>
        </div>
    }
}

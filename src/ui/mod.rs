//! The Leptos UI (wasm only): pages and widgets. Strings come from
//! [`crate::text`]; state changes go through the core; storage through
//! [`crate::web`].

mod backup;
mod editor;
pub mod export;
mod home;
mod new_dossier;
pub mod tools;
pub mod verify;
mod widgets;

use leptos::prelude::*;

use crate::core::dossier::DossierId;

use crate::text as t;

/// Something that writes pending edits to storage now (the open editor
/// registers one), called before the page reloads for an update.
#[derive(Clone, Copy)]
pub struct Flush(pub StoredValue<Option<Callback<()>>>);

impl Flush {
    pub fn run(&self) {
        if let Some(cb) = self.0.get_value() {
            cb.run(());
        }
    }
}

/// The root component: routes, the update banner and the service worker.
#[component]
pub fn App() -> impl IntoView {
    let update_ready = RwSignal::new(false);
    let flush = Flush(StoredValue::new(None));
    provide_context(flush);
    crate::web::sw::register(move || update_ready.set(true));
    let path = crate::web::nav::install();
    // The page changes only when its kind or dossier changes; a change of
    // step inside the editor does not rebuild it.
    let page = Memo::new(move |_| parse(&path.0.get()).0);
    let step = Memo::new(move |_| parse(&path.0.get()).1);

    view! {
        <a class="skip" href="#main">{t::SKIP_TO_CONTENT}</a>
        <Show when=move || update_ready.get()>
            <div class="update" role="status">
                <button
                    type="button"
                    id="apply-update"
                    on:click=move |_| {
                        flush.run();
                        crate::web::sw::apply_update();
                    }
                >
                    {t::UPDATE_READY}
                </button>
            </div>
        </Show>
        <header class="top">
            <a href="/" class="brand">{t::APP_NAME}</a>
            <nav aria-label=t::APP_NAME>
                {move || match page.get() {
                    Page::Editor(id) => Some(view! {
                        <a href=format!("/ho-so/{id}/xuat") id="go-export">{t::export::EXPORT}</a>
                    }),
                    _ => None,
                }}
                <a href="/kiem-tra" id="go-verify">{t::export::VERIFY}</a>
            </nav>
        </header>
        <main id="main" tabindex="-1">
            {move || match page.get() {
                Page::Home => view! { <home::Home /> }.into_any(),
                Page::New => view! { <new_dossier::NewDossier /> }.into_any(),
                Page::Editor(id) => view! { <editor::Editor id=id step=step /> }.into_any(),
                // Loaded on demand: see web::tools.
                Page::Export(_) | Page::Verify => view! { <Tools /> }.into_any(),
                Page::NotFound => view! { <p class="error">{t::NOT_FOUND}</p> }.into_any(),
            }}
        </main>
    }
}

/// The place of the export and verify pages, which the tools module fills
/// (`crate::web::tools`).
#[component]
fn Tools() -> impl IntoView {
    let failed = RwSignal::new(false);
    Effect::new(move |_| crate::web::tools::show(move || failed.set(true)));
    view! {
        <div id=crate::web::tools::MOUNT_ID>
            <p class="hint">{t::LOADING}</p>
        </div>
        {move || failed.get().then(|| view! { <p class="error" role="alert">{t::export::WORKER_FAILED}</p> })}
    }
}

/// The app's pages, from the URL path.
#[derive(Clone, Debug, PartialEq)]
pub(crate) enum Page {
    Home,
    New,
    /// `/ho-so/<id>` and `/ho-so/<id>/<step>` (steps counted from 1).
    Editor(DossierId),
    /// `/ho-so/<id>/xuat`: seal and export.
    Export(DossierId),
    /// `/kiem-tra`: verify dossier files.
    Verify,
    NotFound,
}

pub(crate) fn parse(path: &str) -> (Page, usize) {
    let parts: Vec<&str> = path
        .trim_matches('/')
        .split('/')
        .filter(|s| !s.is_empty())
        .collect();
    match parts.as_slice() {
        [] => (Page::Home, 1),
        ["moi"] => (Page::New, 1),
        ["kiem-tra"] => (Page::Verify, 1),
        ["ho-so", id, "xuat"] => match DossierId::parse(id) {
            Some(id) => (Page::Export(id), 1),
            None => (Page::NotFound, 1),
        },
        ["ho-so", id] | ["ho-so", id, _] => match DossierId::parse(id) {
            Some(id) => (
                Page::Editor(id),
                parts.get(2).and_then(|s| s.parse().ok()).unwrap_or(1),
            ),
            None => (Page::NotFound, 1),
        },
        _ => (Page::NotFound, 1),
    }
}

//! The Leptos UI (wasm only): pages and widgets. Strings come from
//! [`crate::text`]; state changes go through the core; storage through
//! [`crate::web`].

mod editor;
mod home;
mod new_dossier;
mod widgets;

use leptos::prelude::*;
use leptos_router::components::{Route, Router, Routes};
use leptos_router::path;

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
        <Router>
            <header class="top">
                <a href="/" class="brand">{t::APP_NAME}</a>
            </header>
            <main id="main" tabindex="-1">
                <Routes fallback=|| view! { <p>{t::NOT_FOUND}</p> }>
                    <Route path=path!("/") view=home::Home />
                    <Route path=path!("/moi") view=new_dossier::NewDossier />
                    <Route path=path!("/ho-so/:id") view=editor::Editor />
                </Routes>
            </main>
        </Router>
    }
}

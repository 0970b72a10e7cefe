//! The Leptos UI (wasm only): pages and widgets. Strings come from
//! [`crate::text`]; state changes go through the core; storage through
//! [`crate::web`].

mod backup;
pub mod desk;
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
/// registers one), called before the path changes and before the page
/// reloads for an update. It answers why it could not, in Vietnamese.
#[derive(Clone, Copy)]
pub struct Flush(StoredValue<Registered>);

/// The callback that writes pending edits, answering why it could not.
type FlushFn = Callback<(), Result<(), String>>;

/// The registered callback with its token, and the next token to hand out.
#[derive(Default)]
struct Registered {
    next: u32,
    current: Option<(u32, FlushFn)>,
}

impl Flush {
    fn new() -> Self {
        Self(StoredValue::new(Registered::default()))
    }

    /// Writes pending edits; `Err` (why) when they could not be written.
    pub fn run(&self) -> Result<(), String> {
        match self.0.try_with_value(|r| r.current).flatten() {
            Some((_, cb)) => cb.try_run(()).unwrap_or(Ok(())),
            None => Ok(()),
        }
    }

    /// Makes `cb` the one to run; the token unregisters it.
    pub fn register(&self, cb: FlushFn) -> u32 {
        self.0
            .try_update_value(|r| {
                let token = r.next;
                r.next = r.next.wrapping_add(1);
                r.current = Some((token, cb));
                token
            })
            .unwrap_or(u32::MAX)
    }

    /// Forgets the callback registered with `token` (and only that one: the
    /// next page may have registered its own already).
    pub fn unregister(&self, token: u32) {
        self.0.try_update_value(|r| {
            if r.current.as_ref().is_some_and(|(t, _)| *t == token) {
                r.current = None;
            }
        });
    }
}

/// The root component: routes, the update banner and the service worker.
#[component]
pub fn App() -> impl IntoView {
    let update_ready = RwSignal::new(false);
    let flush = Flush::new();
    provide_context(flush);
    // Why the last navigation (or update) stayed on the page.
    let blocked = RwSignal::new(None::<String>);
    let keep = move |r: Result<(), String>| match r {
        Ok(()) => {
            blocked.set(None);
            true
        }
        Err(m) => {
            blocked.set(Some(m));
            false
        }
    };
    crate::web::sw::register(move || update_ready.set(true));
    let path = crate::web::nav::install(move || keep(flush.run()));
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
                        if keep(flush.run()) {
                            crate::web::sw::apply_update();
                        }
                    }
                >
                    {t::UPDATE_READY}
                </button>
            </div>
        </Show>
        {move || blocked.get().map(|m| view! {
            <div class="error leave-blocked" role="alert" id="leave-blocked">
                <p>{m}</p>
                <p>{t::LEAVE_BLOCKED}</p>
            </div>
        })}
        <header class="top">
            <a href="/" class="brand">{t::APP_NAME}</a>
            <nav aria-label=t::APP_NAME>
                {move || match page.get() {
                    Page::Editor(id) => Some(view! {
                        <a href=format!("/ho-so/{id}/xuat") id="go-export">{t::tools::EXPORT}</a>
                    }),
                    _ => None,
                }}
                <a href="/kiem-tra" id="go-verify">{t::tools::VERIFY}</a>
                <a href="/chi-bo" id="go-desk">{t::desk_page::NAV}</a>
            </nav>
        </header>
        <main id="main" tabindex="-1">
            {move || match page.get() {
                Page::Home => view! { <home::Home /> }.into_any(),
                Page::New => view! { <new_dossier::NewDossier /> }.into_any(),
                Page::Editor(id) => view! { <editor::Editor id=id step=step /> }.into_any(),
                // Loaded on demand: see web::tools.
                Page::Export(_) | Page::Verify | Page::Desk(_) => view! { <Tools /> }.into_any(),
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
    Effect::new(move |_| {
        crate::web::tools::show(move || {
            failed.try_set(true);
        })
    });
    // The module's page goes with this one (its own cleanups run).
    on_cleanup(crate::web::tools::leave);
    view! {
        <div id=crate::web::tools::MOUNT_ID>
            <p class="hint">{t::LOADING}</p>
        </div>
        {move || failed.get().then(|| view! { <p class="error" role="alert">{t::tools::WORKER_FAILED}</p> })}
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
    /// `/chi-bo`: the secretary's desk; `/chi-bo/<digest>`: one file on it.
    Desk(Option<String>),
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
        ["chi-bo"] => (Page::Desk(None), 1),
        ["chi-bo", digest]
            if digest.len() == 64
                && digest
                    .bytes()
                    .all(|b| b.is_ascii_digit() || (b'a'..=b'f').contains(&b)) =>
        {
            (Page::Desk(Some((*digest).to_owned())), 1)
        }
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

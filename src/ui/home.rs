//! "Hồ sơ kiểm điểm của tôi": the dossiers kept on this device, side by
//! side; open, duplicate, delete with undo.

use leptos::prelude::*;

use crate::core::dossier::DossierId;
use crate::core::store::Summary;
use crate::text as t;
use crate::web::{clock, storage};

/// The list as read from storage, with the problems met (each quarantined
/// value is reported once).
fn read() -> (Vec<Summary>, Vec<String>) {
    match storage::drafts().list() {
        Ok((s, p)) => (s, p.iter().map(t::load_error).collect()),
        Err(e) => (Vec::new(), vec![t::kv_error(&e)]),
    }
}

#[component]
pub fn Home() -> impl IntoView {
    let (first, first_problems) = read();
    let summaries = RwSignal::new(first);
    let problems = RwSignal::new(first_problems);
    let message = RwSignal::new(None::<String>);
    // The last deletion, which "Hoàn tác" brings back.
    let deleted = RwSignal::new(None::<(DossierId, String)>);
    let refresh = move || {
        let (s, p) = read();
        summaries.set(s);
        if !p.is_empty() {
            problems.update(|all| all.extend(p));
        }
    };
    // Ask the browser to keep this site's storage; say so where it may not.
    let persisted = RwSignal::new(true);
    crate::web::storage::request_persistence(move |granted| persisted.set(granted));
    // Another tab created, changed or deleted a dossier.
    let storage_listener = window_event_listener(leptos::ev::storage, move |_| refresh());
    on_cleanup(move || storage_listener.remove());

    let duplicate = move |id: DossierId| match storage::drafts().duplicate(
        &id,
        clock::new_dossier_id(),
        clock::now(),
    ) {
        Ok(Some(copy)) => {
            message.set(Some(t::duplicated(copy.display_name())));
            refresh();
        }
        Ok(None) => refresh(),
        Err(e) => message.set(Some(t::save_error(&e))),
    };
    let delete = move |id: DossierId, name: String| match storage::drafts().trash(&id) {
        Ok(()) => {
            deleted.set(Some((id, name)));
            message.set(None);
            refresh();
        }
        Err(e) => message.set(Some(t::kv_error(&e))),
    };
    let undo = move |_| {
        if let Some((id, _)) = deleted.get_untracked() {
            match storage::drafts().untrash(&id) {
                Ok(true) => message.set(None),
                Ok(false) => message.set(Some(t::UNDO_IMPOSSIBLE.to_owned())),
                Err(e) => message.set(Some(t::kv_error(&e))),
            }
            deleted.set(None);
            refresh();
        }
    };

    let rows = move || {
        summaries
            .get()
            .into_iter()
            .map(|s| {
                let href = format!("/ho-so/{}", s.id);
                let name = if s.full_name.trim().is_empty() {
                    t::NO_NAME_YET.to_owned()
                } else {
                    s.full_name.clone()
                };
                let changed = format!(
                    "{} {}",
                    clock::local_date(s.updated_at),
                    clock::local_hhmm(s.updated_at)
                );
                let (dup_id, del_id, del_name) = (s.id.clone(), s.id.clone(), name.clone());
                let label = format!("{} {} — {name}", t::REVIEW_YEAR, s.year);
                view! {
                    <li class="dossier">
                        <a href=href>
                            <span class="year">{format!("{} {}", t::REVIEW_YEAR, s.year)}</span>
                            <span class="name">{name.clone()}</span>
                            <span class="meta">{t::template_label(s.template)}</span>
                            <span class="meta">{format!("{}: {changed}", t::LAST_CHANGE)}</span>
                        </a>
                        <div class="row-actions">
                            <button
                                type="button"
                                aria-label=format!("{} {label}", t::DUPLICATE)
                                on:click=move |_| duplicate(dup_id.clone())
                            >
                                {t::DUPLICATE}
                            </button>
                            <button
                                type="button"
                                aria-label=format!("{} {label}", t::DELETE)
                                on:click=move |_| delete(del_id.clone(), del_name.clone())
                            >
                                {t::DELETE}
                            </button>
                        </div>
                    </li>
                }
            })
            .collect_view()
    };
    view! {
        <h1>{t::HOME_TITLE}</h1>
        {move || {
            problems
                .get()
                .into_iter()
                .map(|m| view! { <p class="error" role="alert">{m}</p> })
                .collect_view()
        }}
        <div aria-live="polite" class="toasts">
            {move || {
                deleted
                    .get()
                    .map(|(_, name)| {
                        view! {
                            <p class="toast">
                                {t::deleted(&name)}" "
                                <button type="button" id="undo-delete" on:click=undo>{t::UNDO}</button>
                            </p>
                        }
                    })
            }}
            {move || message.get().map(|m| view! { <p class="toast">{m}</p> })}
        </div>
        <p>
            <a class="button primary" href="/moi" id="new-dossier">{t::NEW_DOSSIER}</a>
        </p>
        <Show when=move || summaries.with(Vec::is_empty)>
            <p class="empty">{t::HOME_EMPTY}</p>
        </Show>
        <ul class="dossiers">{rows}</ul>
        {move || (!persisted.get()).then(|| view! { <p class="note" id="persist-note">{t::PERSIST_NOTE}</p> })}
        <crate::ui::backup::BackupPanel on_restored=Callback::new(move |_| refresh()) />
    }
}

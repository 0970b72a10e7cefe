//! "Hồ sơ kiểm điểm của tôi": the dossiers kept on this device.

use leptos::prelude::*;

use crate::text as t;
use crate::web::{clock, storage};

#[component]
pub fn Home() -> impl IntoView {
    let listing = storage::drafts().list();
    let (summaries, problems, failure) = match listing {
        Ok((s, p)) => (s, p.iter().map(t::load_error).collect::<Vec<_>>(), None),
        Err(e) => (Vec::new(), Vec::new(), Some(t::kv_error(&e))),
    };
    let empty = summaries.is_empty();
    let rows = summaries
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
            view! {
                <li class="dossier">
                    <a href=href>
                        <span class="year">{format!("{} {}", t::REVIEW_YEAR, s.year)}</span>
                        <span class="name">{name}</span>
                        <span class="meta">{t::template_label(s.template)}</span>
                        <span class="meta">{format!("{}: {changed}", t::LAST_CHANGE)}</span>
                    </a>
                </li>
            }
        })
        .collect_view();
    view! {
        <h1>{t::HOME_TITLE}</h1>
        {failure.map(|m| view! { <p class="error" role="alert">{m}</p> })}
        {problems
            .into_iter()
            .map(|m| view! { <p class="error" role="alert">{m}</p> })
            .collect_view()}
        <p>
            <a class="button primary" href="/moi" id="new-dossier">{t::NEW_DOSSIER}</a>
        </p>
        {empty.then(|| view! { <p class="empty">{t::HOME_EMPTY}</p> })}
        <ul class="dossiers">{rows}</ul>
    }
}

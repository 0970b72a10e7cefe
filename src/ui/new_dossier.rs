//! "Tạo bản kiểm điểm mới": choose the review year and the role; the
//! template follows from them.

use leptos::prelude::*;

use crate::core::dossier::{Dossier, Role, default_review_year, offered_review_years};
use crate::core::template;
use crate::text as t;
use crate::web::{clock, storage};

#[component]
pub fn NewDossier() -> impl IntoView {
    let today = clock::today();
    let year = RwSignal::new(default_review_year(today));
    let role = RwSignal::new(Role::Member);
    let error = RwSignal::new(None::<String>);
    // A role that has no template in the chosen year falls back to Member.
    Effect::new(move || {
        if !role.get().available_in(year.get()) {
            role.set(Role::Member);
        }
    });
    let chosen = Memo::new(move |_| template::select(year.get(), role.get()).ok());
    let create = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let now = clock::now();
        let dossier = match Dossier::new(clock::new_dossier_id(), year.get(), role.get(), now) {
            Ok(d) => d,
            Err(e) => {
                error.set(Some(crate::text::new_dossier_error(&e)));
                return;
            }
        };
        match storage::drafts().save(&dossier, 0) {
            Ok(_) => crate::web::nav::navigate(&format!("/ho-so/{}", dossier.id)),
            Err(e) => error.set(Some(t::save_error(&e))),
        }
    };
    let years = offered_review_years(today);
    view! {
        <h1>{t::NEW_TITLE}</h1>
        <form on:submit=create class="new-dossier">
            <div class="field">
                <label for="year">{t::REVIEW_YEAR}</label>
                <select
                    id="year"
                    on:change=move |ev| {
                        if let Ok(y) = event_target_value(&ev).parse() {
                            year.set(y);
                        }
                    }
                >
                    {years
                        .into_iter()
                        .map(|y| {
                            view! {
                                <option value=y.to_string() selected=move || year.get() == y>
                                    {y.to_string()}
                                </option>
                            }
                        })
                        .collect_view()}
                </select>
            </div>
            <fieldset class="field">
                <legend>{t::ROLE}</legend>
                {Role::ALL
                    .into_iter()
                    .map(|r| {
                        let id = format!("role-{}", r.as_str());
                        view! {
                            <Show when=move || r.available_in(year.get())>
                                <div class="choice">
                                    <input
                                        type="radio"
                                        name="role"
                                        id=id.clone()
                                        value=r.as_str()
                                        prop:checked=move || role.get() == r
                                        on:change=move |_| role.set(r)
                                    />
                                    <label for=id.clone()>{t::role_label(r)}</label>
                                </div>
                            </Show>
                        }
                    })
                    .collect_view()}
            </fieldset>
            <p class="chosen" aria-live="polite">
                {move || {
                    chosen
                        .get()
                        .map(|tpl| {
                            format!(
                                "{}: {} — {}",
                                t::TEMPLATE,
                                tpl.code,
                                t::regime_label(tpl.regime),
                            )
                        })
                }}
            </p>
            {move || error.get().map(|m| view! { <p class="error" role="alert">{m}</p> })}
            <div class="actions">
                <button type="submit" class="primary" id="create">{t::CREATE}</button>
                <a href="/" class="button">{t::CANCEL}</a>
            </div>
        </form>
    }
}

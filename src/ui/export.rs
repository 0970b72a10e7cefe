//! "Xuất bản kiểm điểm": seal the dossier and make its PDF (in the export
//! worker), offer both files, and manage the signing key.

use leptos::prelude::*;

use crate::check::{CheckRequest, Job, JobAnswer, ProblemView};
use crate::core::dossier::{Dossier, DossierId};
use crate::core::store::KeyStoreError;
use crate::sealing::{ExportAnswer, ExportJob, Exported};
use crate::text::{self as t, tools as x};
use crate::web::storage::{key_fingerprint, signing_keys};
use crate::web::{clock, files, sealing as worker};

/// The stored key record, if any (an unreadable storage counts as none).
fn stored_key() -> Option<String> {
    signing_keys().current().ok().flatten()
}

fn today() -> (i32, u32, u32) {
    use chrono::Datelike;
    let d = clock::today();
    (d.year(), d.month(), d.day())
}

#[component]
pub fn Export(id: DossierId) -> impl IntoView {
    let dossier = match crate::web::storage::drafts().load(&id) {
        Ok(Some(stored)) => stored.dossier,
        Ok(None) => return view! { <p class="error">{t::NOT_FOUND}</p> }.into_any(),
        Err(e) => return view! { <p class="error">{t::load_error(&e)}</p> }.into_any(),
    };
    let back = format!("/ho-so/{id}");
    // The stored signing key, shared: the first export makes one.
    let key = RwSignal::new(stored_key());
    view! {
        <h1>{x::EXPORT_TITLE}</h1>
        <p>{x::EXPORT_INTRO}</p>
        <Readiness dossier=dossier.clone() />
        <Files dossier=dossier key=key />
        <Key key=key />
        <p class="actions"><a href=back>{x::BACK_TO_EDITOR}</a></p>
    }
    .into_any()
}

/// What the check says before export: complete, or what is still missing.
#[component]
fn Readiness(dossier: Dossier) -> impl IntoView {
    let problems = RwSignal::new(None::<Result<Vec<ProblemView>, String>>);
    crate::web::worker::call(
        Job::Check(CheckRequest {
            seq: 0,
            dossier,
            today: today(),
        }),
        move |answer| {
            match answer {
                JobAnswer::Check(view) => problems.try_set(Some(Ok(view.problems))),
                JobAnswer::Failed { message } => problems.try_set(Some(Err(message))),
                _ => problems.try_set(Some(Err(crate::text::WORKER_BAD_ANSWER.to_owned()))),
            };
        },
    );
    move || match problems.get() {
        None => view! { <p class="hint">{x::EXPORT_CHECKING}</p> }.into_any(),
        Some(Err(m)) => view! { <p class="error" role="alert">{m}</p> }.into_any(),
        Some(Ok(p)) if p.is_empty() => view! { <p class="ok">{x::EXPORT_COMPLETE}</p> }.into_any(),
        Some(Ok(p)) => view! {
            <div class="note" id="export-incomplete">
                <p>{x::EXPORT_INCOMPLETE}</p>
                <ul>{p.into_iter().map(|p| view! { <li>{p.message}</li> }).collect_view()}</ul>
            </div>
        }
        .into_any(),
    }
}

/// The export button and, once done, the two files to save.
#[component]
fn Files(dossier: Dossier, key: RwSignal<Option<String>>) -> impl IntoView {
    let busy = RwSignal::new(false);
    let message = RwSignal::new(None::<String>);
    // The finished export with the blob: URLs of its two files.
    let done = RwSignal::new(None::<(Exported, String, String)>);
    on_cleanup(move || {
        if let Some((_, a, b)) = done.get_untracked() {
            worker::revoke(&a);
            worker::revoke(&b);
        }
    });
    let dossier = StoredValue::new(dossier);
    let export = move |_| {
        busy.set(true);
        message.set(None);
        let job = ExportJob::Export {
            dossier: dossier.get_value(),
            key: key.get_untracked(),
            now_ms: clock::now().timestamp_millis(),
            today: today(),
        };
        // The answer may come after the page is gone: `try_` throughout.
        worker::call(job, None, move |answer, pdf| {
            busy.try_set(false);
            match (answer, pdf) {
                (ExportAnswer::Exported(e), Some(pdf)) => {
                    if let Some(new) = &e.new_key {
                        // Only the first export makes a key; never replace
                        // one stored meanwhile (another tab).
                        if signing_keys().store_first(new).is_ok() {
                            key.try_set(Some(new.clone()));
                        } else {
                            key.try_set(stored_key());
                            message.try_set(Some(x::KEY_NOT_STORED.to_owned()));
                        }
                    }
                    let json_url = worker::object_url(&e.json.as_str().into(), "application/json");
                    let pdf_url = worker::object_url(&pdf, "application/pdf");
                    if let (Some(j), Some(p)) = (json_url, pdf_url) {
                        if let Some((_, a, b)) = done.try_get_untracked().flatten() {
                            worker::revoke(&a);
                            worker::revoke(&b);
                        }
                        done.try_set(Some((e, j, p)));
                    }
                }
                (ExportAnswer::Failed(m), _) => {
                    message.try_set(Some(m));
                }
                _ => {
                    message.try_set(Some(crate::text::WORKER_BAD_ANSWER.to_owned()));
                }
            }
        });
    };
    view! {
        <div class="actions">
            <button type="button" class="primary" id="export" on:click=export disabled=move || busy.get()>
                {move || if busy.get() { x::EXPORT_BUSY } else { x::EXPORT_BUTTON }}
            </button>
        </div>
        <p role="status" class="hint">{move || busy.get().then_some(x::EXPORT_BUSY)}</p>
        {move || message.get().map(|m| view! { <p class="error" role="alert">{m}</p> })}
        {move || done.get().map(|(e, json_url, pdf_url)| view! {
            <div class="exported" id="exported">
                <p>{x::EXPORT_DONE}</p>
                <p class="actions">
                    <a class="button primary" id="save-json" href=json_url download=e.json_name.clone()>
                        {x::DOWNLOAD_JSON}
                    </a>
                    <a class="button primary" id="save-pdf" href=pdf_url download=e.pdf_name.clone()>
                        {x::DOWNLOAD_PDF}
                    </a>
                </p>
                <dl>
                    <dt>{x::KEY_FINGERPRINT}</dt><dd class="mono" id="exported-fingerprint">{e.fingerprint}</dd>
                    <dt>{x::DIGEST}</dt><dd class="mono">{e.digest}</dd>
                </dl>
            </div>
        })}
    }
}

/// The signing key: its fingerprint, what the seal means, and saving,
/// opening or replacing it.
#[component]
fn Key(key: RwSignal<Option<String>>) -> impl IntoView {
    let fingerprint = move || key.with(|k| k.as_deref().and_then(key_fingerprint));
    let message = RwSignal::new(None::<String>);
    let busy = RwSignal::new(false);
    // A key opened from a file or made anew, waiting for "Thay khoá".
    let pending = RwSignal::new(None::<(String, String)>);
    let pass = NodeRef::<leptos::html::Input>::new();
    let pass2 = NodeRef::<leptos::html::Input>::new();
    let open_pass = NodeRef::<leptos::html::Input>::new();
    let key_file = NodeRef::<leptos::html::Input>::new();
    let key_name = RwSignal::new(String::new());
    let value = |r: NodeRef<leptos::html::Input>| r.get().map(|i| i.value()).unwrap_or_default();

    let replace = move |new: String| {
        match signing_keys().replace(&new, clock::now().timestamp_millis()) {
            Ok(()) => {
                key.set(Some(new));
                message.set(Some(x::KEY_REPLACED.to_owned()));
            }
            Err(KeyStoreError::Kv(e)) => message.set(Some(t::kv_error(&e))),
            // `replace` keeps the stored key aside rather than refusing.
            Err(KeyStoreError::AlreadyStored) => message.set(Some(x::KEY_NOT_STORED.to_owned())),
        }
        pending.set(None);
    };
    // The answer may come after the page is gone: `try_` throughout.
    let answer = move |a: ExportAnswer, _: Option<js_sys::Uint8Array>| {
        busy.try_set(false);
        match a {
            ExportAnswer::File { name, text } => {
                let ok = files::download(&name, "application/json", text.as_bytes()).is_ok();
                message.try_set(Some(
                    if ok { x::KEY_SAVED } else { x::WORKER_FAILED }.to_owned(),
                ));
            }
            ExportAnswer::Key {
                key: new,
                fingerprint,
            } => {
                if key.try_with_untracked(Option::is_none).unwrap_or(false) {
                    replace(new);
                } else {
                    pending.try_set(Some((new, fingerprint)));
                }
            }
            ExportAnswer::Failed(m) => {
                message.try_set(Some(m));
            }
            _ => {
                message.try_set(Some(crate::text::WORKER_BAD_ANSWER.to_owned()));
            }
        }
    };
    let run = move |job: ExportJob, file: Option<web_sys::File>| {
        message.set(None);
        busy.set(true);
        worker::call(job, file.as_deref(), answer);
    };
    let save = move |_| {
        let (p, p2) = (value(pass), value(pass2));
        let Some(k) = key.get_untracked() else {
            return message.set(Some(x::SAVE_KEY_NONE.to_owned()));
        };
        if p.chars().count() < 8 {
            message.set(Some(x::PASSPHRASE_SHORT.to_owned()));
        } else if p != p2 {
            message.set(Some(x::PASSPHRASE_MISMATCH.to_owned()));
        } else {
            run(
                ExportJob::SaveKey {
                    key: k,
                    passphrase: p,
                },
                None,
            );
        }
    };
    let open = move |_| {
        let file = key_file
            .get()
            .and_then(|i| i.files())
            .and_then(|f| f.get(0));
        if file.is_none() {
            return message.set(Some(x::KEY_FILE_NONE.to_owned()));
        }
        let job = ExportJob::OpenKey {
            passphrase: value(open_pass),
            now_ms: clock::now().timestamp_millis(),
        };
        run(job, file);
    };
    let renew = move |_| {
        let job = ExportJob::NewKey {
            now_ms: clock::now().timestamp_millis(),
        };
        run(job, None);
    };

    view! {
        <section class="key" aria-labelledby="key-heading">
            <h2 id="key-heading">{x::KEY_HEADING}</h2>
            <p id="key-fingerprint">
                {move || match fingerprint() {
                    Some(f) => view! { {x::KEY_FINGERPRINT}": " <strong class="mono">{f}</strong> }.into_any(),
                    None => x::KEY_NONE.into_any(),
                }}
            </p>
            <p class="hint">{x::SEAL_MEANING}</p>
            <p role="status">{move || message.get()}</p>
            {move || pending.get().map(|(new, f)| {
                let old = fingerprint().unwrap_or_default();
                let new = StoredValue::new(new);
                view! {
                    <div class="note" role="alertdialog" aria-labelledby="replace-q">
                        <p id="replace-q">{x::replace_key_question(&f, &old)}</p>
                        <p>{x::NEW_KEY_WARNING}</p>
                        <p class="actions">
                            <button type="button" class="primary" id="replace-key" on:click=move |_| replace(new.get_value())>
                                {x::REPLACE_KEY}
                            </button>
                            <button type="button" on:click=move |_| pending.set(None)>{t::CANCEL}</button>
                        </p>
                    </div>
                }
            })}
            <details>
                <summary>{x::KEY_MANAGE}</summary>
                <fieldset class="field" disabled=move || busy.get()>
                    <legend>{x::SAVE_KEY}</legend>
                    <label for="key-pass">{x::PASSPHRASE}</label>
                    <span class="hint">{x::PASSPHRASE_HINT}</span>
                    <input type="password" id="key-pass" autocomplete="new-password" node_ref=pass />
                    <label for="key-pass2">{x::PASSPHRASE_AGAIN}</label>
                    <input type="password" id="key-pass2" autocomplete="new-password" node_ref=pass2 />
                    <p><button type="button" id="save-key" on:click=save>{x::SAVE_KEY}</button></p>
                </fieldset>
                <fieldset class="field" disabled=move || busy.get()>
                    <legend>{x::OPEN_KEY}</legend>
                    // The label is the button (the browser's own file field
                    // speaks the browser's language); the picked name shows beside it.
                    <label class="button file-pick">
                        {x::KEY_FILE}
                        <input
                            type="file"
                            id="key-file"
                            class="sr-only"
                            accept=".json,application/json"
                            node_ref=key_file
                            on:change=move |_| {
                                let name = key_file
                                    .get_untracked()
                                    .and_then(|i| i.files())
                                    .and_then(|f| f.get(0))
                                    .map(|f| f.name())
                                    .unwrap_or_default();
                                key_name.set(name);
                            }
                        />
                    </label>
                    <span class="mono" id="key-file-name">{move || key_name.get()}</span>
                    <label for="open-pass">{x::PASSPHRASE}</label>
                    <input type="password" id="open-pass" autocomplete="current-password" node_ref=open_pass />
                    <p><button type="button" id="open-key" on:click=open>{x::OPEN_KEY_BUTTON}</button></p>
                </fieldset>
                <p>
                    <button type="button" id="new-key" on:click=renew disabled=move || busy.get()>
                        {x::NEW_KEY}
                    </button>
                </p>
            </details>
        </section>
    }
}

//! "Sao lưu" and "Khôi phục": every dossier of this device to one file, and
//! back. A restore first shows what it will add and what it would replace;
//! nothing is replaced unless the person ticks it. The file work itself
//! (checksums, checks, the preview) runs in the worker (`crate::check::Job`).

use std::collections::BTreeSet;

use leptos::prelude::*;

use crate::check::{Job, JobAnswer, RestoreRow};
use crate::text as t;
use crate::ui::widgets::read_picked_text;
use crate::web::{clock, files, storage, worker};

/// The largest backup file read (checked again by the worker).
const MAX_BACKUP_BYTES: u64 = 20 * 1024 * 1024;

#[component]
pub fn BackupPanel(
    /// Called after a restore changed the dossiers.
    on_restored: Callback<()>,
) -> impl IntoView {
    let message = RwSignal::new(None::<String>);
    // The file being restored and what restoring it would do.
    let pending = RwSignal::new(None::<(String, Vec<RestoreRow>)>);
    let ticked = RwSignal::new(BTreeSet::<String>::new());
    // Worker answers may come after the page is gone: `try_` throughout.
    let failed = move |answer: JobAnswer| {
        let m = match answer {
            JobAnswer::Failed { message: m } => m,
            _ => t::WORKER_BAD_ANSWER.to_owned(),
        };
        message.try_set(Some(m));
    };

    let save = move |_| {
        let today = clock::today();
        let job = Job::MakeBackup {
            entries: storage::snapshot(),
            now_ms: clock::now().timestamp_millis(),
            today: (
                chrono::Datelike::year(&today),
                chrono::Datelike::month(&today),
                chrono::Datelike::day(&today),
            ),
        };
        worker::call(job, move |answer| match answer {
            JobAnswer::Backup {
                name,
                json,
                message: m,
            } => {
                message.try_set(Some(
                    match files::download(&name, "application/json", json.as_bytes()) {
                        Ok(()) => m,
                        Err(_) => t::DOWNLOAD_FAILED.to_owned(),
                    },
                ));
            }
            other => failed(other),
        });
    };

    let pick = move |ev: leptos::ev::Event| {
        let read = move |file: Result<String, String>| {
            let file = match file {
                Ok(file) => file,
                Err(m) => return message.set(Some(m)),
            };
            let job = Job::PreviewRestore {
                entries: storage::snapshot(),
                file: file.clone(),
            };
            worker::call(job, move |answer| match answer {
                JobAnswer::RestorePreview { rows } => {
                    ticked.try_set(BTreeSet::new());
                    message.try_set(None);
                    pending.try_set(Some((file, rows)));
                }
                other => failed(other),
            });
        };
        read_picked_text(&ev, MAX_BACKUP_BYTES, t::NOT_A_BACKUP, Box::new(read));
    };

    let apply = move |_| {
        let Some((file, _)) = pending.get_untracked() else {
            return;
        };
        pending.set(None);
        let job = Job::Restore {
            entries: storage::snapshot(),
            file,
            ticked: ticked.get_untracked().into_iter().collect(),
        };
        worker::call(job, move |answer| match answer {
            JobAnswer::Writes { writes, message: m } => {
                // Written even when the page is gone: the person asked for it.
                let m = match storage::apply_writes(&writes) {
                    Ok(()) => m,
                    Err(e) => t::kv_error(&e),
                };
                if message.try_set(Some(m)).is_none() {
                    on_restored.run(());
                }
            }
            other => failed(other),
        });
    };

    let preview_view = move || {
        pending.get().map(|(_, rows)| {
            let rows = rows
                .into_iter()
                .map(|row| {
                    let what = match row.replace {
                        None => view! { <span>{row.what}</span> }.into_any(),
                        Some(label) => {
                            let dom = format!("replace-{}", row.id);
                            let id = row.id.clone();
                            view! {
                                <span class="choice">
                                    <input
                                        type="checkbox"
                                        id=dom.clone()
                                        on:change=move |ev| {
                                            let on = event_target_checked(&ev);
                                            ticked.update(|t| {
                                                if on {
                                                    t.insert(id.clone());
                                                } else {
                                                    t.remove(&id);
                                                }
                                            });
                                        }
                                    />
                                    <label for=dom>{label}</label>
                                </span>
                            }
                            .into_any()
                        }
                    };
                    view! { <li><strong>{row.label}</strong>": " {what}</li> }
                })
                .collect_view();
            view! {
                <div class="restore-preview" role="region" aria-label=t::RESTORE_PREVIEW>
                    <h3>{t::RESTORE_PREVIEW}</h3>
                    <ul>{rows}</ul>
                    <div class="actions">
                        <button type="button" class="primary" id="restore-apply" on:click=apply>{t::RESTORE_APPLY}</button>
                        <button type="button" on:click=move |_| pending.set(None)>{t::CANCEL}</button>
                    </div>
                </div>
            }
        })
    };

    view! {
        <section class="backup" aria-labelledby="backup-heading">
            <h2 id="backup-heading">{t::BACKUP_HEADING}</h2>
            <p class="hint">{t::BACKUP_HINT}</p>
            <div class="actions">
                <button type="button" id="backup-save" on:click=save>{t::BACKUP_SAVE}</button>
                // The label is the button: the browser's own file field would
                // speak the browser's language («Choose File»), not ours.
                <label class="button file-pick">
                    {t::BACKUP_RESTORE}
                    <input type="file" id="backup-file" class="sr-only" accept=".json,application/json" on:change=pick />
                </label>
            </div>
            {move || message.get().map(|m| view! { <p class="toast" role="status">{m}</p> })}
            {preview_view}
        </section>
    }
}

//! "Bàn làm việc của bí thư chi bộ" (`/chi-bo`, one member's file at
//! `/chi-bo/<digest>`): the secretary receives the cell's sealed dossiers,
//! checks them in the verify worker (the verify page's checks), matches
//! them to the roster, reviews flags, writes the cell's comments and
//! proposal, and takes the summary, the spreadsheets and the dossier index
//! away. A page of the tools module (loaded on demand).
//!
//! The state is a [`Desk`] (its reducer methods are the only way it
//! changes, `core::desk`); every change is written to IndexedDB
//! ([`crate::web::desk_store`]) by [`Ctx::persist`], files and state in
//! one transaction.

use leptos::ev;
use leptos::prelude::*;
use leptos::task::spawn_local;

use crate::core::desk::summary::{self, Summary};
use crate::core::desk::{Desk, FileFlag, FileState, Filed, KeyState};
use crate::core::dossier::Rating;
use crate::sealing::{ExportAnswer, ExportJob, MAX_FILE_BYTES, Report, SheetKind};
use crate::text::{self as t, desk as d, desk_page as p};
use crate::web::desk_store as store;
use crate::web::sealing as worker;

/// The largest roster spreadsheet opened (checked again in the worker).
const MAX_ROSTER_BYTES: u64 = 5 * 1024 * 1024;

/// What every part of the page shares.
#[derive(Clone, Copy)]
struct Ctx {
    desk: RwSignal<Desk>,
    /// Why the last write or read of the store failed.
    store_error: RwSignal<Option<String>>,
    /// The last short confirmation ("Đã …").
    notice: RwSignal<Option<String>>,
    queue: StoredValue<Queue>,
}

impl Ctx {
    /// Changes the desk with one of its reducer methods, then writes it.
    fn change<R>(self, f: impl FnOnce(&mut Desk) -> R) -> Option<R> {
        let r = self.desk.try_update(f)?;
        self.persist(Vec::new());
        Some(r)
    }

    /// Writes the desk's state, with new sealed files (digest, text), in
    /// one transaction. While a write is running, later ones gather and go
    /// as one (an import of hundreds of files writes the state a few
    /// times, not once per file); each write takes the state as it is then.
    fn persist(self, files: Vec<(String, String)>) {
        let start = self
            .queue
            .try_update_value(|q| {
                q.files.extend(files);
                q.dirty = true;
                !std::mem::replace(&mut q.busy, true)
            })
            .unwrap_or(false);
        if start {
            spawn_local(self.drain());
        }
    }

    async fn drain(self) {
        loop {
            let Some(files) = self.queue.try_update_value(|q| {
                if q.dirty {
                    q.dirty = false;
                    Some(std::mem::take(&mut q.files))
                } else {
                    q.busy = false;
                    None
                }
            }) else {
                return;
            };
            let Some(files) = files else { return };
            let Some(state) = self
                .desk
                .try_with_untracked(|d| serde_json::to_string(d).ok())
                .flatten()
            else {
                return;
            };
            let written = match store::shared().await {
                Ok(db) => db.commit(&state, &files).await,
                Err(e) => Err(e),
            };
            self.store_error
                .try_set(written.err().map(|e| p::store_error(&e).to_owned()));
        }
    }
}

/// Writes waiting to go to the store.
#[derive(Default)]
struct Queue {
    files: Vec<(String, String)>,
    /// The state changed since the last write began.
    dirty: bool,
    /// A write is running.
    busy: bool,
}

/// The desk page; `selected` is the digest of the file opened, if any.
#[component]
pub fn DeskPage(selected: Option<String>) -> impl IntoView {
    let ctx = Ctx {
        desk: RwSignal::new(Desk::default()),
        store_error: RwSignal::new(None),
        notice: RwSignal::new(None),
        queue: StoredValue::new(Queue::default()),
    };
    let ready = RwSignal::new(false);
    spawn_local(async move {
        match load().await {
            Ok((desk, unreadable)) => {
                ctx.desk.try_set(desk);
                if let Some(why) = unreadable {
                    ctx.store_error
                        .try_set(Some(format!("{why} {}", p::STATE_UNREADABLE)));
                }
            }
            Err(e) => {
                ctx.store_error.try_set(Some(p::store_error(&e).to_owned()));
            }
        }
        ready.try_set(true);
    });

    let body = move || {
        if !ready.get() {
            return view! { <p class="hint">{p::OPENING}</p> }.into_any();
        }
        match selected.clone() {
            Some(digest) => view! { <MemberFile ctx=ctx digest=digest /> }.into_any(),
            None => view! {
                <CellFacts ctx=ctx />
                <Import ctx=ctx />
                <Review ctx=ctx />
                <SummaryView ctx=ctx />
                <Downloads ctx=ctx />
                <Roster ctx=ctx />
                <Files ctx=ctx />
                <BackupRestore ctx=ctx />
            }
            .into_any(),
        }
    };
    view! {
        <div class="desk">
            <h1>{p::TITLE}</h1>
            {move || ctx.store_error.get().map(|m| view! { <p class="error" role="alert">{m}</p> })}
            {move || ctx.notice.get().map(|m| view! { <p class="notice" role="status">{m}</p> })}
            {body}
        </div>
    }
}

/// The stored desk, or a new one, with why a stored state could not be
/// read (it is kept aside, see `desk_store::DeskDb::quarantine`).
async fn load() -> Result<(Desk, Option<String>), store::StoreError> {
    let db = store::shared().await?;
    let Some(raw) = db.state().await? else {
        return Ok((Desk::default(), None));
    };
    match Desk::from_json(&raw) {
        Ok(desk) => Ok((desk, None)),
        Err(e) => {
            db.quarantine(&raw, crate::web::clock::now().timestamp_millis())
                .await?;
            Ok((Desk::default(), Some(d::desk_read_error(&e))))
        }
    }
}

/// The cell's year and names (filled from the first file, editable).
#[component]
fn CellFacts(ctx: Ctx) -> impl IntoView {
    let cell = move || ctx.desk.with(|d| d.cell.clone());
    let set = move |f: fn(&mut Desk, String), e: ev::Event| {
        let value = event_target_value(&e);
        ctx.change(|d| f(d, value));
    };
    view! {
        <section aria-labelledby="desk-cell">
            <h2 id="desk-cell">{p::CELL_HEADING}</h2>
            <div class="desk-cell">
                <label for="desk-year">{p::CELL_YEAR}</label>
                <input
                    type="text"
                    id="desk-year"
                    inputmode="numeric"
                    prop:value=move || cell().year.map(|y| y.to_string()).unwrap_or_default()
                    on:change=move |e| set(|d, v| d.cell.year = v.trim().parse().ok(), e)
                />
                <label for="desk-cell-name">{p::CELL_NAME}</label>
                <input
                    type="text"
                    id="desk-cell-name"
                    prop:value=move || cell().party_cell
                    on:change=move |e| set(|d, v| d.cell.party_cell = crate::core::textnorm::nfc(v.trim()), e)
                />
                <label for="desk-committee">{p::CELL_COMMITTEE}</label>
                <input
                    type="text"
                    id="desk-committee"
                    prop:value=move || cell().party_committee
                    on:change=move |e| set(|d, v| d.cell.party_committee = crate::core::textnorm::nfc(v.trim()), e)
                />
            </div>
            <p class="hint">{p::CELL_HINT}</p>
        </section>
    }
}

/// Where an import stands.
#[derive(Clone, Default)]
struct Progress {
    total: usize,
    done: usize,
    accepted: usize,
    /// File name and why it was refused or skipped.
    refused: Vec<(String, String)>,
}

/// Receiving files: picked, a picked folder, or dropped (files or folders).
#[component]
fn Import(ctx: Ctx) -> impl IntoView {
    let progress = RwSignal::new(Progress::default());
    let over = RwSignal::new(false);
    let take = move |files: Vec<web_sys::File>| {
        let files: Vec<web_sys::File> = files
            .into_iter()
            .filter(|f| {
                let name = f.name().to_lowercase();
                let dossier = name.ends_with(".json") || name.ends_with(".pdf");
                if !dossier {
                    progress.update(|p| {
                        p.refused
                            .push((f.name(), p::SKIPPED_NOT_DOSSIER.to_owned()))
                    });
                }
                dossier
            })
            .collect();
        progress.update(|p| p.total += files.len());
        for file in files {
            admit(ctx, progress, file.name(), &file, || ());
        }
    };
    let picked = move |e: ev::Event| {
        let input: web_sys::HtmlInputElement = event_target(&e);
        take(list(input.files()));
        input.set_value("");
    };
    let drop = move |e: ev::DragEvent| {
        e.prevent_default();
        over.set(false);
        if let Some(dt) = e.data_transfer() {
            crate::web::files::dropped(&dt, take);
        }
    };
    view! {
        <section aria-labelledby="desk-import">
            <h2 id="desk-import">{p::IMPORT_HEADING}</h2>
            <div
                class="drop"
                class:over=move || over.get()
                on:dragover=move |e: ev::DragEvent| {
                    e.prevent_default();
                    over.set(true);
                }
                on:dragleave=move |_| over.set(false)
                on:drop=drop
            >
                <label class="button primary file-pick">
                    {p::IMPORT_FILES}
                    <input
                        type="file"
                        id="desk-files"
                        class="sr-only"
                        multiple
                        accept=".json,.pdf,application/json,application/pdf"
                        on:change=picked
                    />
                </label>
                <label class="button file-pick">
                    {p::IMPORT_FOLDER}
                    <input
                        type="file"
                        id="desk-folder"
                        class="sr-only"
                        multiple
                        prop:webkitdirectory=true
                        on:change=picked
                    />
                </label>
                <span class="hint">{p::IMPORT_DROP}</span>
            </div>
            <p class="hint">{p::IMPORT_ONLY_VERIFIED}</p>
            {move || {
                let pr = progress.get();
                (pr.total > 0 || !pr.refused.is_empty()).then(|| {
                    let refused_count = pr.refused.len();
                    view! {
                        <div class="desk-progress">
                            <progress
                                id="desk-progress"
                                max=pr.total.max(1)
                                value=pr.done
                                aria-label=p::IMPORT_HEADING
                            ></progress>
                            <p id="desk-progress-text" role="status">
                                {p::progress(pr.done, pr.total, pr.accepted, refused_count)}
                            </p>
                        </div>
                        {(!pr.refused.is_empty()).then(|| view! {
                            <h3>{p::REFUSED_HEADING}</h3>
                            <ul class="desk-refused" id="desk-refused">
                                {pr.refused.into_iter().map(|(name, why)| view! {
                                    <li><strong>{name}</strong>": "{why}</li>
                                }).collect_view()}
                            </ul>
                        })}
                    }
                })
            }}
        </section>
    }
}

fn list(files: Option<web_sys::FileList>) -> Vec<web_sys::File> {
    files
        .map(|l| (0..l.length()).filter_map(|i| l.get(i)).collect())
        .unwrap_or_default()
}

/// Checks one file in the verify worker and, if it verifies, admits it
/// into the desk and stores it; `then` runs once it is settled.
fn admit(
    ctx: Ctx,
    progress: RwSignal<Progress>,
    name: String,
    blob: &web_sys::Blob,
    then: impl FnOnce() + 'static,
) {
    let refuse = move |name: String, why: String| {
        progress.try_update(|p| {
            p.done += 1;
            p.refused.push((name, why));
        });
    };
    let size = blob.size() as u64;
    if size > MAX_FILE_BYTES {
        refuse(name, t::tools::file_too_large(size, MAX_FILE_BYTES));
        then();
        return;
    }
    let job = ExportJob::Admit {
        name: name.clone(),
        received_at: crate::web::clock::now().timestamp_millis(),
    };
    worker::call(job, Some(blob), move |answer, _| {
        match answer {
            ExportAnswer::Admitted { received, json } => {
                let digest = received.digest.clone();
                if ctx.desk.try_update(|d| d.admit(received)).is_some() {
                    ctx.persist(vec![(digest, json)]);
                }
                progress.try_update(|p| {
                    p.done += 1;
                    p.accepted += 1;
                });
            }
            ExportAnswer::Verified(Report { verdict, .. }) => refuse(name, verdict),
            ExportAnswer::Failed(m) => refuse(name, m),
            _ => refuse(name, t::WORKER_BAD_ANSWER.to_owned()),
        }
        then();
    });
}

/// Files that need the secretary's decision or eye: a new key, another
/// year or cell, a name the roster cannot place.
#[component]
fn Review(ctx: Ctx) -> impl IntoView {
    let flagged = move || {
        ctx.desk.with(|d| {
            d.files
                .iter()
                .filter_map(|f| {
                    let flags: Vec<FileFlag> = d
                        .flags(&f.received.digest)
                        .into_iter()
                        .filter(|fl| !matches!(fl, FileFlag::Replaced { .. }))
                        .collect();
                    (!flags.is_empty()).then(|| (f.received.clone(), flags))
                })
                .collect::<Vec<_>>()
        })
    };
    view! {
        <section aria-labelledby="desk-review">
            <h2 id="desk-review">{p::REVIEW_HEADING}</h2>
            {move || {
                let list = flagged();
                if list.is_empty() {
                    return view! { <p class="hint">{p::REVIEW_NONE}</p> }.into_any();
                }
                view! {
                    <ul class="desk-list" id="desk-flags">
                        {list.into_iter().map(|(r, flags)| {
                            let digest = r.digest.clone();
                            let pending = flags.iter().any(|f| matches!(f, FileFlag::KeyChanged { decision: None, .. }));
                            let (accept, refuse) = (digest.clone(), digest.clone());
                            view! {
                                <li class="desk-item flagged">
                                    <a href=format!("/chi-bo/{digest}")>{r.full_name.clone()}</a>
                                    <span class="hint">{r.file_name.clone()}</span>
                                    <ul class="desk-flags">
                                        {flags.iter().map(|f| view! { <li>{ctx.desk.with_untracked(|desk| d::file_flag(desk, f))}</li> }).collect_view()}
                                    </ul>
                                    {pending.then(|| view! {
                                        <div class="actions">
                                            <button type="button" class="key-accept" on:click=move |_| { ctx.change(|d| d.decide_key(&accept, true)); }>{p::ACCEPT_KEY}</button>
                                            <button type="button" class="key-refuse" on:click=move |_| { ctx.change(|d| d.decide_key(&refuse, false)); }>{p::REFUSE_KEY}</button>
                                        </div>
                                    })}
                                </li>
                            }
                        }).collect_view()}
                    </ul>
                }
                .into_any()
            }}
        </section>
    }
}

/// The cell's summary: counts per level, own and cell proposals side by
/// side, the members not rated, and the cap.
#[component]
fn SummaryView(ctx: Ctx) -> impl IntoView {
    let sum = Memo::new(move |_| ctx.desk.with(summary::summarize));
    view! {
        <section aria-labelledby="desk-summary">
            <h2 id="desk-summary">{p::SUMMARY_HEADING}</h2>
            {move || summary_view(&sum.get())}
        </section>
    }
}

fn summary_view(s: &Summary) -> AnyView {
    let counts = p::summary_counts(s.roster_size, s.handed_in, s.missing, s.rated);
    if s.handed_in == 0 {
        return view! {
            <p id="desk-counts">{counts}</p>
            <p class="hint">{p::SUMMARY_EMPTY}</p>
        }
        .into_any();
    }
    let rows = s
        .levels
        .iter()
        .map(|row| {
            let own = p::count_with_percent(row.own, summary::percent(row.own, s.rated));
            let cell = p::count_with_percent(row.cell, summary::percent(row.cell, s.rated));
            view! {
                <tr>
                    <th scope="row">{t::rating_label(row.level)}</th>
                    <td>{own}</td>
                    <td>{cell}</td>
                </tr>
            }
        })
        .collect_view();
    let not_rated = (!s.not_rated.is_empty()).then(|| {
        let items = s
            .not_rated
            .iter()
            .map(|(name, kinds)| {
                let why = d::not_rated_kinds(kinds);
                view! { <li>{name.clone()}": "{why}</li> }
            })
            .collect_view();
        view! {
            <h3>{p::NOT_RATED_HEADING}</h3>
            <ul id="desk-not-rated">{items}</ul>
        }
    });
    view! {
        <p id="desk-counts">{counts}</p>
        <div class="table-wrap">
            <table class="desk-table" id="desk-levels">
                <thead>
                    <tr>
                        <th scope="col">{p::SUMMARY_LEVEL}</th>
                        <th scope="col">{p::SUMMARY_OWN}</th>
                        <th scope="col">{p::SUMMARY_CELL}</th>
                    </tr>
                </thead>
                <tbody>{rows}</tbody>
            </table>
        </div>
        <p class="hint">{p::summary_gaps(s.own_missing, s.cell_undecided)}</p>
        {not_rated}
        <div class="cap" id="desk-cap">
            <p><strong>{d::cap_line(&s.cap)}</strong></p>
            <p>{d::cap_regime(s.cap.regime)}</p>
            <p class="hint">{d::CAP_DECIDED_ABOVE}</p>
            <p class="hint">{d::CAP_READING}</p>
        </div>
    }
    .into_any()
}

/// The spreadsheets and the dossier index, made in the desk worker.
#[component]
fn Downloads(ctx: Ctx) -> impl IntoView {
    let busy = RwSignal::new(false);
    let make = move |kind: SheetKind| {
        let desk = ctx.desk.get_untracked();
        busy.set(true);
        worker::call(
            ExportJob::DeskSheet {
                desk,
                sheet: kind,
                today: {
                    use chrono::Datelike;
                    let d = crate::web::clock::today();
                    (d.year(), d.month(), d.day())
                },
            },
            None,
            move |answer, bytes| {
                busy.try_set(false);
                match (answer, bytes) {
                    (ExportAnswer::Made { name, mime }, Some(bytes)) => {
                        match crate::web::files::download(&name, &mime, &bytes.to_vec()) {
                            Ok(()) => {
                                ctx.notice.try_set(Some(format!("{}: {name}", p::MADE)));
                            }
                            Err(_) => {
                                ctx.notice.try_set(Some(t::tools::WORKER_FAILED.to_owned()));
                            }
                        }
                    }
                    (ExportAnswer::Failed(m), _) => {
                        ctx.notice.try_set(Some(m));
                    }
                    _ => {
                        ctx.notice.try_set(Some(t::WORKER_BAD_ANSWER.to_owned()));
                    }
                }
            },
        );
    };
    let button = move |id: &'static str, label: &'static str, kind: SheetKind| {
        view! {
            <button type="button" id=id disabled=move || busy.get() on:click=move |_| make(kind)>
                {label}
            </button>
        }
    };
    view! {
        <section aria-labelledby="desk-downloads">
            <h2 id="desk-downloads">{p::DOWNLOADS_HEADING}</h2>
            <div class="actions">
                {button("desk-summary-xlsx", p::SUMMARY_XLSX, SheetKind::SummaryXlsx)}
                {button("desk-summary-csv", p::SUMMARY_CSV, SheetKind::SummaryCsv)}
                {button("desk-index-xlsx", p::INDEX_XLSX, SheetKind::IndexXlsx)}
                {button("desk-index-csv", p::INDEX_CSV, SheetKind::IndexCsv)}
                {button("desk-summary-pdf", p::SUMMARY_PDF, SheetKind::SummaryPdf)}
            </div>
        </section>
    }
}

/// The roster: read from a spreadsheet, made from the files, edited; who
/// has not handed in.
#[component]
fn Roster(ctx: Ctx) -> impl IntoView {
    // Rows read from a file, waiting for "Thay danh sách" when a roster
    // exists already.
    let pending = RwSignal::new(None::<Vec<(String, String, String)>>);
    let message = RwSignal::new(None::<String>);
    let replace = move |rows: Vec<(String, String, String)>| {
        let n = rows.len();
        ctx.change(|d| d.replace_roster(rows));
        message.set(Some(p::roster_read(n)));
    };
    let opened = move |e: ev::Event| {
        let input: web_sys::HtmlInputElement = event_target(&e);
        let Some(file) = input.files().and_then(|l| l.get(0)) else {
            return;
        };
        input.set_value("");
        let size = file.size() as u64;
        if size > MAX_ROSTER_BYTES {
            message.set(Some(t::tools::file_too_large(size, MAX_ROSTER_BYTES)));
            return;
        }
        let job = ExportJob::ReadRoster { name: file.name() };
        worker::call(job, Some(&*file), move |answer, _| match answer {
            ExportAnswer::Roster(rows) => {
                if ctx.desk.with_untracked(|d| d.roster.is_empty()) {
                    replace(rows);
                } else {
                    pending.try_set(Some(rows));
                }
            }
            ExportAnswer::Failed(m) => {
                message.try_set(Some(m));
            }
            _ => {
                message.try_set(Some(t::WORKER_BAD_ANSWER.to_owned()));
            }
        });
    };
    let from_files = move |_| {
        let n = ctx.change(|d| d.roster_from_files()).unwrap_or(0);
        message.set(Some(p::roster_added(n)));
    };
    let rows = move || {
        ctx.desk.with(|d| {
            let missing: Vec<u32> = d.missing().iter().map(|m| m.id).collect();
            d.roster
                .iter()
                .map(|m| (m.clone(), !missing.contains(&m.id)))
                .collect::<Vec<_>>()
        })
    };
    let missing = move || {
        ctx.desk.with(|d| {
            d.missing()
                .iter()
                .map(|m| m.full_name.clone())
                .collect::<Vec<_>>()
        })
    };
    view! {
        <section aria-labelledby="desk-roster">
            <h2 id="desk-roster">{p::ROSTER_HEADING}</h2>
            <div class="actions">
                <label class="button file-pick">
                    {p::ROSTER_OPEN}
                    <input
                        type="file"
                        id="desk-roster-file"
                        class="sr-only"
                        accept=".xlsx,.csv,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
                        on:change=opened
                    />
                </label>
                <button type="button" id="desk-roster-from-files" on:click=from_files>{p::ROSTER_FROM_FILES}</button>
            </div>
            {move || pending.get().map(|rows| {
                let keep = rows.clone();
                view! {
                    <div class="confirm" role="alertdialog" aria-labelledby="desk-roster-confirm">
                        <p id="desk-roster-confirm">{p::ROSTER_REPLACE_CONFIRM}" ("{p::roster_read(rows.len())}")"</p>
                        <button type="button" id="desk-roster-replace" on:click=move |_| { pending.set(None); replace(keep.clone()); }>{p::ROSTER_REPLACE}</button>
                        <button type="button" on:click=move |_| pending.set(None)>{p::CANCEL}</button>
                    </div>
                }
            })}
            {move || message.get().map(|m| view! { <p role="status">{m}</p> })}
            {move || {
                let missing = missing();
                (!missing.is_empty()).then(|| view! {
                    <h3>{p::MISSING_HEADING}" ("{missing.len()}")"</h3>
                    <ul id="desk-missing">{missing.into_iter().map(|n| view! { <li>{n}</li> }).collect_view()}</ul>
                })
            }}
            {move || {
                let rows = rows();
                if rows.is_empty() {
                    return view! { <p class="hint">{p::ROSTER_EMPTY}</p> }.into_any();
                }
                view! {
                    <ol class="desk-list" id="desk-roster-list">
                        {rows.into_iter().map(|(m, handed)| view! { <MemberRow ctx=ctx member=m handed=handed /> }).collect_view()}
                    </ol>
                }
                .into_any()
            }}
            <AddMember ctx=ctx />
        </section>
    }
}

/// One roster row, editable in place.
#[component]
fn MemberRow(ctx: Ctx, member: crate::core::desk::Member, handed: bool) -> impl IntoView {
    let editing = RwSignal::new(false);
    let id = member.id;
    let m = member.clone();
    view! {
        <li class="desk-item">
            {move || if editing.get() {
                let m = m.clone();
                let (name, birth, note) = (
                    RwSignal::new(m.full_name.clone()),
                    RwSignal::new(m.birth_date.clone()),
                    RwSignal::new(m.note.clone()),
                );
                view! {
                    <form class="member-form" on:submit=move |e: ev::SubmitEvent| {
                        e.prevent_default();
                        if name.get_untracked().trim().is_empty() { return; }
                        ctx.change(|d| d.edit_member(id, &name.get_untracked(), &birth.get_untracked(), &note.get_untracked()));
                        editing.set(false);
                    }>
                        {member_fields(format!("m{id}"), name, birth, note)}
                        <button type="submit">{p::MEMBER_SAVE}</button>
                        <button type="button" on:click=move |_| editing.set(false)>{p::CANCEL}</button>
                    </form>
                }
                .into_any()
            } else {
                let m = m.clone();
                view! {
                    <span class="name">{m.full_name.clone()}</span>
                    <span class="hint">{m.birth_date.clone()}</span>
                    {(!m.note.is_empty()).then(|| view! { <span class="hint">{m.note.clone()}</span> })}
                    <span class=if handed { "tag ok" } else { "tag missing" }>
                        {if handed { p::HANDED_IN } else { p::NOT_HANDED_IN }}
                    </span>
                    <span class="actions">
                        <button type="button" on:click=move |_| editing.set(true)>{p::MEMBER_EDIT}</button>
                        <button type="button" on:click=move |_| { ctx.change(|d| d.remove_member(id)); }>{p::MEMBER_REMOVE}</button>
                    </span>
                }
                .into_any()
            }}
        </li>
    }
}

fn member_fields(
    prefix: String,
    name: RwSignal<String>,
    birth: RwSignal<String>,
    note: RwSignal<String>,
) -> impl IntoView {
    let field = move |id: String, label: &'static str, value: RwSignal<String>| {
        view! {
            <span class="field">
                <label for=id.clone()>{label}</label>
                <input type="text" id=id prop:value=move || value.get() on:input=move |e| value.set(event_target_value(&e)) />
            </span>
        }
    };
    view! {
        {field(format!("{prefix}-name"), p::MEMBER_NAME, name)}
        {field(format!("{prefix}-birth"), p::MEMBER_BIRTH, birth)}
        {field(format!("{prefix}-note"), p::MEMBER_NOTE, note)}
    }
}

#[component]
fn AddMember(ctx: Ctx) -> impl IntoView {
    let (name, birth, note) = (
        RwSignal::new(String::new()),
        RwSignal::new(String::new()),
        RwSignal::new(String::new()),
    );
    let error = RwSignal::new(false);
    view! {
        <form class="member-form add" on:submit=move |e: ev::SubmitEvent| {
            e.prevent_default();
            if name.get_untracked().trim().is_empty() {
                error.set(true);
                return;
            }
            error.set(false);
            ctx.change(|d| d.add_member(&name.get_untracked(), &birth.get_untracked(), &note.get_untracked()));
            name.set(String::new());
            birth.set(String::new());
            note.set(String::new());
        }>
            {member_fields("new-member".to_owned(), name, birth, note)}
            <button type="submit" id="desk-add-member">{p::MEMBER_ADD}</button>
            {move || error.get().then(|| view! { <p class="error" role="alert">{p::MEMBER_NAME_MISSING}</p> })}
        </form>
    }
}

/// Every file received, in order, with its state.
#[component]
fn Files(ctx: Ctx) -> impl IntoView {
    view! {
        <section aria-labelledby="desk-files-heading">
            <h2 id="desk-files-heading">{p::FILES_HEADING}</h2>
            {move || {
                let files = ctx.desk.with(|d| d.files.clone());
                if files.is_empty() {
                    return view! { <p class="hint">{p::FILES_EMPTY}</p> }.into_any();
                }
                view! {
                    <ol class="desk-list" id="desk-file-list">
                        {files.into_iter().map(file_row).collect_view()}
                    </ol>
                }
                .into_any()
            }}
        </section>
    }
}

fn state_label(f: &Filed) -> &'static str {
    match (&f.key, &f.state) {
        (KeyState::Changed { decision: None, .. }, _) => p::STATE_KEY_PENDING,
        (
            KeyState::Changed {
                decision: Some(false),
                ..
            },
            _,
        ) => p::STATE_KEY_REFUSED,
        (_, FileState::Replaced { .. }) => p::STATE_REPLACED,
        (_, FileState::Current) => p::STATE_CURRENT,
    }
}

fn file_row(f: Filed) -> impl IntoView {
    let r = &f.received;
    let proposed = r.proposed.map_or(p::NO_PROPOSAL, t::rating_label);
    let class = if matches!(f.state, FileState::Current) && matches!(f.key, KeyState::Pinned) {
        "desk-item"
    } else {
        "desk-item muted"
    };
    view! {
        <li class=class>
            <a class="name" href=format!("/chi-bo/{}", r.digest)>{r.full_name.clone()}</a>
            <span class="hint">{r.file_name.clone()}</span>
            <span>{p::PROPOSED}": "{proposed}</span>
            <span class="tag">{state_label(&f)}</span>
        </li>
    }
}

/// One member's file: facts, the advisor's flags, the whole dossier
/// read-only (verified again from the stored text), and the cell's
/// comments and proposal.
#[component]
fn MemberFile(ctx: Ctx, digest: String) -> impl IntoView {
    // Rebuilt only when this file's record changes (not when the cell's
    // comment on it is saved).
    let filed = {
        let digest = digest.clone();
        Memo::new(move |_| ctx.desk.with(|d| d.file(&digest).cloned()))
    };
    let report = RwSignal::new(None::<Report>);
    {
        let digest = digest.clone();
        spawn_local(async move {
            let text = match store::shared().await {
                Ok(db) => db.file(&digest).await,
                Err(e) => Err(e),
            };
            match text {
                Ok(Some(text)) => {
                    let blob = js_sys::Array::of1(&wasm_bindgen::JsValue::from_str(&text));
                    let Ok(blob) = web_sys::Blob::new_with_str_sequence(&blob) else {
                        return;
                    };
                    let job = ExportJob::Verify {
                        name: format!("{digest}.json"),
                    };
                    worker::call(job, Some(&blob), move |answer, _| {
                        let r = match answer {
                            ExportAnswer::Verified(r) => r,
                            ExportAnswer::Failed(m) => Report {
                                verdict: m,
                                ..Report::default()
                            },
                            _ => Report {
                                verdict: t::WORKER_BAD_ANSWER.to_owned(),
                                ..Report::default()
                            },
                        };
                        report.try_set(Some(r));
                    });
                }
                Ok(None) => {
                    report.try_set(Some(Report {
                        verdict: p::FILE_GONE.to_owned(),
                        ..Report::default()
                    }));
                }
                Err(e) => {
                    ctx.store_error.try_set(Some(p::store_error(&e).to_owned()));
                }
            }
        });
    }
    let d2 = digest.clone();
    view! {
        <p><a href="/chi-bo" id="desk-back">{p::BACK}</a></p>
        {move || match filed.get() {
            None => view! { <p class="error">{p::FILE_GONE}</p> }.into_any(),
            Some(f) => {
                let flags = ctx.desk.with_untracked(|desk| desk.flags(&d2).iter().map(|f| d::file_flag(desk, f)).collect::<Vec<_>>());
                let review = ctx.desk.with_untracked(|d| d.reviews.get(&d2).cloned().unwrap_or_default());
                view! {
                    <h2>{p::MEMBER_HEADING}" "{f.received.full_name.clone()}</h2>
                    <p><span class="tag">{state_label(&f)}</span></p>
                    {(!flags.is_empty()).then(|| view! {
                        <ul class="desk-flags" id="desk-file-flags">{flags.into_iter().map(|fl| view! { <li>{fl}</li> }).collect_view()}</ul>
                    })}
                    <section aria-labelledby="desk-advice">
                        <h3 id="desk-advice">{p::ADVICE_HEADING}</h3>
                        {if f.received.flags.is_empty() {
                            view! { <p class="hint">{p::ADVICE_NONE}</p> }.into_any()
                        } else {
                            view! { <ul id="desk-advice-list">{f.received.flags.iter().map(|a| view! { <li>{a.clone()}</li> }).collect_view()}</ul> }.into_any()
                        }}
                    </section>
                    <CellReview ctx=ctx digest=d2.clone() comment=review.comment level=review.level />
                }
                .into_any()
            }
        }}
        <section aria-labelledby="desk-content">
            <h3 id="desk-content">{p::CONTENT_HEADING}</h3>
            {move || match report.get() {
                None => view! { <p class="hint">{p::CONTENT_LOADING}</p> }.into_any(),
                Some(r) => view! {
                    <div class=if r.ok { "report ok" } else { "report bad" }>
                        <p class="verdict" role=if r.ok { "status" } else { "alert" }>{r.verdict.clone()}</p>
                        <dl>{r.facts.iter().map(|(k, v)| view! { <dt>{k.clone()}</dt><dd>{v.clone()}</dd> }).collect_view()}</dl>
                        {r.content.iter().cloned().map(super::verify::row_view).collect_view()}
                    </div>
                }
                .into_any(),
            }}
        </section>
    }
}

/// The cell's comments and proposed level for one file.
#[component]
fn CellReview(ctx: Ctx, digest: String, comment: String, level: Option<Rating>) -> impl IntoView {
    let digest_for_print = digest.clone();
    let comment = RwSignal::new(comment);
    let level = RwSignal::new(level);
    let saved = RwSignal::new(false);
    let save = move |e: ev::SubmitEvent| {
        e.prevent_default();
        ctx.change(|d| d.set_review(&digest, &comment.get_untracked(), level.get_untracked()));
        saved.set(true);
    };
    let options = Rating::ALL.map(|r| {
        view! { <option value=rating_key(r) selected=move || level.get() == Some(r)>{t::rating_label(r)}</option> }
    });
    let printing = RwSignal::new(false);
    let print_message = RwSignal::new(None::<String>);
    let print_digest = digest_for_print;
    let print = move |_| {
        let digest = print_digest.clone();
        let (comment, level) = (comment.get_untracked(), level.get_untracked());
        // What is printed is what is kept.
        ctx.change(|d| d.set_review(&digest, &comment, level));
        printing.set(true);
        print_message.set(None);
        spawn_local(async move {
            let text = match store::shared().await {
                Ok(db) => db.file(&digest).await,
                Err(e) => Err(e),
            };
            let text = match text {
                Ok(Some(text)) => text,
                Ok(None) => {
                    printing.try_set(false);
                    print_message.try_set(Some(p::FILE_GONE.to_owned()));
                    return;
                }
                Err(e) => {
                    printing.try_set(false);
                    print_message.try_set(Some(p::store_error(&e).to_owned()));
                    return;
                }
            };
            let parts = js_sys::Array::of1(&wasm_bindgen::JsValue::from_str(&text));
            let Ok(blob) = web_sys::Blob::new_with_str_sequence(&parts) else {
                printing.try_set(false);
                return;
            };
            let job = ExportJob::PrintForCell { comment, level };
            worker::call(job, Some(&blob), move |answer, bytes| {
                printing.try_set(false);
                let said = match (answer, bytes) {
                    (ExportAnswer::Made { name, mime }, Some(bytes)) => {
                        match crate::web::files::download(&name, &mime, &bytes.to_vec()) {
                            Ok(()) => format!("{}: {name}", p::MADE),
                            Err(_) => t::tools::WORKER_FAILED.to_owned(),
                        }
                    }
                    (ExportAnswer::Failed(m), _) => m,
                    _ => t::WORKER_BAD_ANSWER.to_owned(),
                };
                print_message.try_set(Some(said));
            });
        });
    };
    view! {
        <form class="cell-review" on:submit=save aria-labelledby="desk-cell-review">
            <h3 id="desk-cell-review">{p::CELL_REVIEW_HEADING}</h3>
            <label for="desk-comment">{p::CELL_COMMENT}</label>
            <textarea
                id="desk-comment"
                rows="5"
                prop:value=move || comment.get()
                on:input=move |e| { saved.set(false); comment.set(event_target_value(&e)); }
            ></textarea>
            <label for="desk-cell-level">{p::CELL_LEVEL}</label>
            <select id="desk-cell-level" on:change=move |e| {
                saved.set(false);
                let v = event_target_value(&e);
                level.set(Rating::ALL.into_iter().find(|r| rating_key(*r) == v));
            }>
                <option value="" selected=move || level.get().is_none()>{p::CELL_LEVEL_NONE}</option>
                {options}
            </select>
            <button type="submit" id="desk-review-save" class="primary">{p::CELL_REVIEW_SAVE}</button>
            {move || saved.get().then(|| view! { <p role="status">{p::CELL_REVIEW_SAVED}</p> })}
            <button type="button" id="desk-print-cell" disabled=move || printing.get() on:click=print>
                {move || if printing.get() { p::PRINTING } else { p::PRINT_WITH_CELL }}
            </button>
            <p class="hint">{p::PRINT_WITH_CELL_HINT}</p>
            {move || print_message.get().map(|m| view! { <p role="status" id="desk-print-message">{m}</p> })}
        </form>
    }
}

fn rating_key(r: Rating) -> &'static str {
    match r {
        Rating::Excellent => "excellent",
        Rating::Good => "good",
        Rating::Completed => "completed",
        Rating::NotCompleted => "not_completed",
    }
}

/// The desk's backup file: made from the stored files in the order they
/// were received; restored by importing each file again, then adding what
/// the backup's state knows and this desk lacks (`core::desk::backup`).
#[component]
fn BackupRestore(ctx: Ctx) -> impl IntoView {
    use crate::core::desk::backup;
    let progress = RwSignal::new(Progress::default());
    let message = RwSignal::new(None::<String>);
    let make = move |_| {
        let desk = ctx.desk.get_untracked();
        spawn_local(async move {
            let db = match store::shared().await {
                Ok(db) => db,
                Err(e) => {
                    message.try_set(Some(p::store_error(&e).to_owned()));
                    return;
                }
            };
            let mut files = Vec::with_capacity(desk.files.len());
            for f in &desk.files {
                match db.file(&f.received.digest).await {
                    Ok(Some(text)) => files.push(text),
                    Ok(None) => {}
                    Err(e) => {
                        message.try_set(Some(p::store_error(&e).to_owned()));
                        return;
                    }
                }
            }
            let now = crate::web::clock::now().timestamp_millis();
            let made = backup::make_backup(&desk, &files, now)
                .map_err(|e| p::backup_error(&e))
                .and_then(|text| {
                    let name = backup::desk_backup_file_name(now);
                    crate::web::files::download(&name, "application/json", text.as_bytes())
                        .map(|()| format!("{}: {name}", p::BACKUP_MADE))
                        .map_err(|_| t::tools::WORKER_FAILED.to_owned())
                });
            message.try_set(Some(made.unwrap_or_else(|m| m)));
        });
    };
    let restore = move |e: ev::Event| {
        let input: web_sys::HtmlInputElement = event_target(&e);
        crate::web::files::read_picked(&input, backup::MAX_DESK_BACKUP_BYTES as u64, move |read| {
            let bytes = match read {
                Ok(bytes) => bytes,
                Err(crate::web::files::FileError::TooLarge(n)) => {
                    message.try_set(Some(p::backup_error(&backup::DeskBackupError::TooLarge(
                        n as usize,
                    ))));
                    return;
                }
                Err(_) => return,
            };
            let from = match backup::read_backup(&bytes) {
                Ok(b) => b,
                Err(e) => {
                    message.try_set(Some(p::backup_error(&e)));
                    return;
                }
            };
            ctx.change(|d| backup::merge(d, &from.desk));
            progress.try_update(|p| p.total += from.files.len());
            let left = std::rc::Rc::new(std::cell::Cell::new(from.files.len()));
            let restored = std::rc::Rc::new(from.desk);
            let finish = move || {
                ctx.change(|d| backup::carry_over(d, &restored));
                message.try_set(Some(p::RESTORE_DONE.to_owned()));
            };
            if from.files.is_empty() {
                finish();
                return;
            }
            let finish = std::rc::Rc::new(finish);
            for (i, text) in from.files.iter().enumerate() {
                let parts = js_sys::Array::of1(&wasm_bindgen::JsValue::from_str(text));
                let Ok(blob) = web_sys::Blob::new_with_str_sequence(&parts) else {
                    continue;
                };
                let (left, finish) = (left.clone(), finish.clone());
                admit(
                    ctx,
                    progress,
                    p::restored_file_name(i + 1),
                    &blob,
                    move || {
                        left.set(left.get().saturating_sub(1));
                        if left.get() == 0 {
                            finish();
                        }
                    },
                );
            }
        });
        input.set_value("");
    };
    view! {
        <section aria-labelledby="desk-backup">
            <h2 id="desk-backup">{p::BACKUP_HEADING}</h2>
            <p class="hint">{p::BACKUP_INTRO}</p>
            <div class="actions">
                <button type="button" id="desk-backup-make" on:click=make>{p::BACKUP_MAKE}</button>
                <label class="button file-pick">
                    {p::RESTORE_OPEN}
                    <input type="file" id="desk-restore" class="sr-only" accept=".json,application/json" on:change=restore />
                </label>
            </div>
            {move || {
                let pr = progress.get();
                (pr.total > 0).then(|| view! {
                    <p role="status">{p::progress(pr.done, pr.total, pr.accepted, pr.refused.len())}</p>
                    {(!pr.refused.is_empty()).then(|| view! {
                        <ul class="desk-refused">
                            {pr.refused.into_iter().map(|(name, why)| view! { <li><strong>{name}</strong>": "{why}</li> }).collect_view()}
                        </ul>
                    })}
                })
            }}
            {move || message.get().map(|m| view! { <p role="status" id="desk-backup-message">{m}</p> })}
        </section>
    }
}

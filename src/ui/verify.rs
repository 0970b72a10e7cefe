//! "Kiểm tra hồ sơ": open dossier files (.json or .pdf; picked or dropped),
//! check each in the export worker, and show the verdict and the content
//! read-only.

use leptos::ev;
use leptos::prelude::*;

use crate::dossier_view::Row as Shown;
use crate::sealing::{ExportAnswer, ExportJob, MAX_FILE_BYTES, Report};
use crate::text::tools as x;
use crate::web::sealing as worker;

/// One opened file: waiting for its check, or checked.
#[derive(Clone)]
struct FileRow {
    name: String,
    report: Option<Report>,
}

#[component]
pub fn Verify() -> impl IntoView {
    let rows = RwSignal::new(Vec::<FileRow>::new());
    let over = RwSignal::new(false);
    // Also called by worker answers, which may come after the page is gone.
    let settle = move |i: usize, report: Report| {
        rows.try_update(|r| {
            if let Some(row) = r.get_mut(i) {
                row.report = Some(report);
            }
        });
    };
    let failed = move |file: &str, verdict: String| Report {
        file: file.to_owned(),
        verdict,
        ..Report::default()
    };
    let open = move |list: Option<web_sys::FileList>| {
        let Some(list) = list else { return };
        for file in (0..list.length()).filter_map(|i| list.get(i)) {
            let name = file.name();
            let i = rows.with_untracked(Vec::len);
            rows.update(|r| {
                r.push(FileRow {
                    name: name.clone(),
                    report: None,
                })
            });
            let size = file.size() as u64;
            if size > MAX_FILE_BYTES {
                settle(i, failed(&name, x::file_too_large(size, MAX_FILE_BYTES)));
                continue;
            }
            let job = ExportJob::Verify { name: name.clone() };
            worker::call(job, Some(&*file), move |answer, _| {
                settle(
                    i,
                    match answer {
                        ExportAnswer::Verified(r) => r,
                        ExportAnswer::Failed(m) => failed(&name, m),
                        _ => failed(&name, crate::text::WORKER_BAD_ANSWER.to_owned()),
                    },
                );
            });
        }
    };
    let picked = move |e: ev::Event| {
        let input: web_sys::HtmlInputElement = event_target(&e);
        open(input.files());
        // The same file can be picked again after a change.
        input.set_value("");
    };
    let drop = move |e: ev::DragEvent| {
        e.prevent_default();
        over.set(false);
        open(e.data_transfer().and_then(|d| d.files()));
    };

    view! {
        <h1>{x::VERIFY}</h1>
        <p>{x::VERIFY_INTRO}</p>
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
            <label for="verify-files" class="button primary">{x::VERIFY_PICK}</label>
            <input
                type="file"
                id="verify-files"
                class="sr-only"
                multiple
                accept=".json,.pdf,application/json,application/pdf"
                on:change=picked
            />
            <span class="hint">{x::VERIFY_DROP}</span>
        </div>
        <ol class="reports" aria-live="polite">
            {move || rows.get().into_iter().map(report_view).collect_view()}
        </ol>
    }
}

fn report_view(row: FileRow) -> impl IntoView {
    let Some(r) = row.report else {
        return view! {
            <li class="report">
                <h2>{row.name}</h2>
                <p class="hint">{x::VERIFY_WAITING}</p>
            </li>
        }
        .into_any();
    };
    let (class, badge) = if r.ok {
        ("report ok", x::VERIFY_OK)
    } else {
        ("report bad", x::VERIFY_BAD)
    };
    let content = (!r.content.is_empty()).then(|| {
        view! {
            <details>
                <summary>{x::VERIFY_CONTENT}</summary>
                {r.content.into_iter().map(row_view).collect_view()}
            </details>
        }
    });
    view! {
        <li class=class>
            <h2>{row.name}</h2>
            <p class="verdict" role=if r.ok { "status" } else { "alert" }>
                <strong>{badge}</strong>": "{r.verdict}
            </p>
            <dl>
                {r.facts.into_iter().map(|(k, v)| view! { <dt>{k}</dt><dd>{v}</dd> }).collect_view()}
            </dl>
            {content}
        </li>
    }
    .into_any()
}

/// One row of the read-only dossier (`crate::dossier_view`); also the
/// desk's view of a member's file.
pub(crate) fn row_view(row: Shown) -> AnyView {
    match row {
        Shown::Heading(h) => view! { <h3>{h}</h3> }.into_any(),
        Shown::Answer(label, text) => view! {
            {(!label.is_empty()).then(|| view! { <h4>{label}</h4> })}
            <p class="answer">{text}</p>
        }
        .into_any(),
        Shown::Line(line) => view! { <p class="line">{line}</p> }.into_any(),
    }
}

//! The check worker's jobs: validation (`core::validate`), the rating
//! advisor (`core::rules`) and their Vietnamese wording (`text::validate`,
//! `text::advice`), backups, restores, suggestions files, carry-over and the
//! templates' prose run in the check worker (`src/bin/check_worker.rs`), so
//! that none of them weighs on the app's first load. The editor sends a
//! [`CheckRequest`] when a check is due (blur, a choice, a new step,
//! "Kiểm tra") and shows the [`CheckView`] it gets back.
//!
//! One module per concern: the messages ([`protocol`], declared once over
//! the compact wire format of [`crate::wire`], with their version), what
//! the editor shows ([`view`]), and here the worker's side that runs a job
//! ([`run`], [`check`]) and answers a message ([`answer`]). All of it is
//! tested natively (`tests/check_protocol.rs`).

use chrono::NaiveDate;

use crate::core::rules::{self, Severity};
use crate::core::validate;
use crate::text;

pub mod protocol;
pub mod view;

pub use protocol::{CheckRequest, Job, JobAnswer, READY, UNREADABLE, VERSION};
pub use view::{
    AdviceView, CheckView, FindingView, IDENTITY, ProblemView, RestoreRow, SectionProgress, Tone,
};

/// Runs the check (the worker's side).
///
/// ```
/// use chrono::{TimeZone, Utc};
/// use kiemdiem::check::{check, CheckRequest};
/// use kiemdiem::core::dossier::{Dossier, DossierId, Role};
/// let now = Utc.with_ymd_and_hms(2026, 11, 29, 8, 0, 0).unwrap();
/// let dossier = Dossier::new(DossierId("hs-1".into()), 2025, Role::Member, now).unwrap();
/// let view = check(&CheckRequest { seq: 7, dossier, today: (2026, 11, 29) });
/// assert_eq!(view.seq, 7);
/// assert!(view.problems.iter().any(|p| p.key == "full_name"));
/// ```
pub fn check(req: &CheckRequest) -> CheckView {
    let d = &req.dossier;
    let (y, m, day) = req.today;
    let today = NaiveDate::from_ymd_opt(y, m, day).unwrap_or_default();
    let template = d.template.template();
    let scheme = template.default_point_scheme();
    let report = validate::validate(d, today, scheme.as_ref());
    let progress = report
        .progress()
        .sections
        .into_iter()
        .map(|(section, c)| SectionProgress {
            section: section.to_owned(),
            answered: c.answered,
            required: c.required,
        })
        .collect();
    let problems = report
        .sections()
        .iter()
        .flat_map(|s| {
            s.problems.iter().map(move |p| ProblemView {
                key: p.key().to_owned(),
                section: s.id.to_owned(),
                message: text::validate::problem(p, template, d.role),
            })
        })
        .collect();
    let advice = rules::advise(d, None, rules::reference_date(d.year));
    let findings = advice
        .findings
        .iter()
        .map(|f| FindingView {
            tone: match f.severity {
                Severity::Info => Tone::Info,
                Severity::Warning => Tone::Warning,
                Severity::RuledOut => Tone::RuledOut,
            },
            label: text::advice::severity_label(f.severity).to_owned(),
            text: text::advice::finding(f, template, d.role),
            citation: match text::advice::confidence_note(f.confidence) {
                Some(note) => format!("{} — {note}", text::advice::citation(&f.citation)),
                None => text::advice::citation(&f.citation),
            },
        })
        .collect();
    CheckView {
        seq: req.seq,
        progress,
        problems,
        advice: AdviceView {
            not_rated: text::advice::rating_status(&advice.status),
            summary: text::advice::proposal(&advice.proposal)
                .or_else(|| text::advice::ceiling(&advice)),
            findings,
        },
    }
}

fn at(ms: i64) -> chrono::DateTime<chrono::Utc> {
    chrono::DateTime::from_timestamp_millis(ms).unwrap_or_default()
}

fn store_of(
    entries: &[(String, String)],
) -> crate::core::store::Drafts<crate::core::store::MemoryKv> {
    use crate::core::store::{Drafts, KeyValue, MemoryKv};
    let kv = MemoryKv::default();
    for (k, v) in entries {
        let _ = kv.set(k, v);
    }
    Drafts::new(kv)
}

/// Runs a job (the worker's side).
pub fn run(job: Job) -> JobAnswer {
    use crate::core::{backup, carryover, store::KeyValue, suggestions};
    match job {
        Job::Check(req) => JobAnswer::Check(check(&req)),
        Job::Prose { template } => JobAnswer::Prose(
            template
                .template()
                .prose()
                .into_iter()
                .map(|(k, lines)| (k, lines.into_iter().map(str::to_owned).collect()))
                .collect(),
        ),
        Job::Suggestions {
            mut dossier,
            file,
            now_ms,
        } => match suggestions::parse_suggestions(file.as_bytes()) {
            Err(e) => JobAnswer::Dossier {
                dossier: None,
                message: text::validate::suggestions_error(&e),
            },
            Ok(parsed) => {
                let year = suggestions::check_year(&parsed, &dossier)
                    .err()
                    .map(|e| text::validate::suggestions_error(&e));
                let applied = suggestions::apply(&parsed, &mut dossier, at(now_ms));
                let done = text::suggestions_imported(applied.added, applied.skipped);
                JobAnswer::Dossier {
                    dossier: Some(dossier),
                    message: year.map_or(done.clone(), |y| format!("{y} {done}")),
                }
            }
        },
        Job::CarryOver {
            previous,
            mut dossier,
            now_ms,
        } => {
            let outcome = carryover::start_from_previous(&previous, &mut dossier, at(now_ms));
            JobAnswer::Dossier {
                dossier: Some(dossier),
                message: text::carried_over(outcome.added(), outcome.skipped),
            }
        }
        Job::StartPlan {
            mut dossier,
            now_ms,
        } => {
            let added = dossier.start_plan(at(now_ms));
            JobAnswer::Dossier {
                dossier: Some(dossier),
                message: text::plan_started(added),
            }
        }
        Job::MakeBackup {
            entries,
            now_ms,
            today: (y, m, d),
        } => {
            let drafts = store_of(&entries);
            match backup::make_backup(&drafts, now_ms, env!("CARGO_PKG_VERSION")) {
                Ok((json, summary)) => {
                    let name = backup::backup_file_name(
                        NaiveDate::from_ymd_opt(y, m, d).unwrap_or_default(),
                    );
                    JobAnswer::Backup {
                        message: text::backup_made(summary.dossiers, &name),
                        name,
                        json,
                    }
                }
                Err(e) => JobAnswer::Failed {
                    message: text::backup_failed(&e),
                },
            }
        }
        Job::PreviewRestore { entries, file } => match backup::read_backup(file.as_bytes()) {
            Err(e) => JobAnswer::Failed {
                message: text::restore_error(&e),
            },
            Ok(file) => {
                let preview = backup::preview_restore(&file, &store_of(&entries));
                let rows = preview
                    .entries
                    .into_iter()
                    .map(|e| {
                        let name = if e.full_name.is_empty() {
                            text::NO_NAME_YET.to_owned()
                        } else {
                            e.full_name
                        };
                        let (what, replace) = match e.action {
                            backup::RestoreAction::Add => (text::RESTORE_ADD, None),
                            backup::RestoreAction::Same => (text::RESTORE_SAME, None),
                            backup::RestoreAction::Blocked(_) => (text::RESTORE_BLOCKED, None),
                            backup::RestoreAction::Replace { file_is_newer, .. } => (
                                "",
                                Some(format!(
                                    "{} ({})",
                                    text::RESTORE_REPLACE,
                                    if file_is_newer {
                                        text::RESTORE_FILE_NEWER
                                    } else {
                                        text::RESTORE_HERE_NEWER
                                    }
                                )),
                            ),
                        };
                        RestoreRow {
                            id: e.id.0,
                            label: format!("{} {} — {name}", text::REVIEW_YEAR, e.year),
                            what: what.to_owned(),
                            replace,
                        }
                    })
                    .collect();
                JobAnswer::RestorePreview { rows }
            }
        },
        Job::Restore {
            entries,
            file,
            ticked,
        } => match backup::read_backup(file.as_bytes()) {
            Err(e) => JobAnswer::Failed {
                message: text::restore_error(&e),
            },
            Ok(file) => {
                let drafts = store_of(&entries);
                let preview = backup::preview_restore(&file, &drafts);
                let mut choices = backup::RestoreChoices::none();
                for id in ticked {
                    choices.set(&crate::core::dossier::DossierId(id), true);
                }
                match backup::apply_restore(&preview, &file, &drafts, &choices) {
                    Err(e) => JobAnswer::Failed {
                        message: text::kv_error(&e),
                    },
                    Ok(o) => {
                        let before: std::collections::BTreeMap<_, _> =
                            entries.into_iter().collect();
                        let kv = drafts.kv();
                        let writes = kv
                            .keys()
                            .unwrap_or_default()
                            .into_iter()
                            .filter_map(|k| {
                                let now = kv.get(&k).ok().flatten();
                                (before.get(&k) != now.as_ref()).then_some((k, now))
                            })
                            .collect();
                        JobAnswer::Writes {
                            writes,
                            message: text::restored(
                                o.added.len(),
                                o.replaced.len(),
                                o.unchanged.len() + o.kept_local.len(),
                            ),
                        }
                    }
                }
            }
        },
    }
}

/// The worker's message handler: a job's message in, its answer's message
/// out. Never silence: a job that cannot be read or answered gets
/// [`JobAnswer::Failed`]; a message without a readable job number gets
/// [`UNREADABLE`].
pub fn answer(msg: Vec<String>) -> Vec<String> {
    let seq = crate::wire::seq_of(&msg);
    let answer = match Job::decode(msg) {
        Some((seq, job)) => run(job).encode(seq).or_else(|| {
            JobAnswer::Failed {
                message: text::WORKER_BAD_ANSWER.to_owned(),
            }
            .encode(seq)
        }),
        None => seq.and_then(|seq| {
            JobAnswer::Failed {
                message: text::WORKER_BAD_JOB.to_owned(),
            }
            .encode(seq)
        }),
    };
    answer.unwrap_or_else(|| vec![UNREADABLE.to_owned()])
}

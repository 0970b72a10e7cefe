//! The check of a dossier, as a request and an answer that cross a Web
//! Worker boundary: validation (`core::validate`), the rating advisor
//! (`core::rules`) and their Vietnamese wording (`text::validate`,
//! `text::advice`) run in the check worker (`src/bin/check_worker.rs`), so
//! that none of them weighs on the app's first load. The editor sends a
//! [`CheckRequest`] when a check is due (blur, a choice, a new step,
//! "Kiểm tra") and shows the [`CheckView`] it gets back: plain strings and
//! counts, ready to display.
//!
//! Both ends are plain functions over a list of strings (a JavaScript
//! array of strings on the wire, see [`Job::encode`]), tested natively
//! (`tests/check_protocol.rs`).

use chrono::NaiveDate;

use crate::core::dossier::Dossier;
use crate::core::rules::{self, Severity};
use crate::core::template::TemplateId;
use crate::core::validate::{self, IDENTITY_SECTION};
use crate::text;

/// What the editor asks.
#[derive(Clone, Debug)]
pub struct CheckRequest {
    /// Echoed back, so that a late answer to an older request is ignored.
    pub seq: u32,
    pub dossier: Dossier,
    /// Today in the person's time zone, as (year, month, day).
    pub today: (i32, u32, u32),
}

/// How complete one section (or the identity block) is.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SectionProgress {
    pub section: String,
    pub answered: usize,
    pub required: usize,
}

/// One validation problem, worded.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ProblemView {
    /// The field, item, criterion or group it concerns.
    pub key: String,
    /// The section it belongs to (`identity` for the identity block).
    pub section: String,
    pub message: String,
}

/// How strongly a finding speaks.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Tone {
    Info = 0,
    Warning = 1,
    RuledOut = 2,
}

/// One finding of the rating advisor, worded, with its source.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct FindingView {
    pub tone: Tone,
    pub label: String,
    pub text: String,
    pub citation: String,
}

/// What the rating advisor says about the proposed party rating.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct AdviceView {
    /// Set when the person is not rated this year (say so instead of asking
    /// for a rating).
    pub not_rated: Option<String>,
    /// The proposal against what the facts allow, in one line.
    pub summary: Option<String>,
    pub findings: Vec<FindingView>,
}

/// The answer: progress, problems and advice, worded in Vietnamese.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct CheckView {
    pub seq: u32,
    pub progress: Vec<SectionProgress>,
    pub problems: Vec<ProblemView>,
    pub advice: AdviceView,
}

impl CheckView {
    /// The counts of one section.
    pub fn progress_of(&self, section: &str) -> Option<&SectionProgress> {
        self.progress.iter().find(|p| p.section == section)
    }

    /// The first problem of a key.
    pub fn problem_for(&self, key: &str) -> Option<&ProblemView> {
        self.problems.iter().find(|p| p.key == key)
    }
}

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

/// The section id of the identity block in [`SectionProgress::section`].
pub const IDENTITY: &str = IDENTITY_SECTION;

// --- Jobs: everything the worker does for the page ---------------------------------

/// Work the page hands to the worker: pure computation over data the page
/// sends along (a worker cannot read `localStorage`, so storage-wide jobs get
/// a snapshot of the app's keys and answer with the writes to make).
// One message at a time crosses the boundary: the size of a variant does not
// matter, and boxing would only add code to the bundle.
#[allow(clippy::large_enum_variant)]
#[derive(Clone, Debug)]
pub enum Job {
    Check(CheckRequest),
    /// Add the points of a suggestions file to section IV.
    Suggestions {
        dossier: Dossier,
        file: String,
        now_ms: i64,
    },
    /// Pre-fill section III from last year's dossier.
    CarryOver {
        previous: Dossier,
        dossier: Dossier,
        now_ms: i64,
    },
    /// Make the remediation plan from the measures of section VI.
    StartPlan {
        dossier: Dossier,
        now_ms: i64,
    },
    /// Make the backup file of every dossier.
    MakeBackup {
        entries: Vec<(String, String)>,
        now_ms: i64,
        today: (i32, u32, u32),
    },
    /// Read a backup file and say what restoring it would do.
    PlanRestore {
        entries: Vec<(String, String)>,
        file: String,
    },
    /// Restore, replacing only the ticked dossiers.
    Restore {
        entries: Vec<(String, String)>,
        file: String,
        ticked: Vec<String>,
    },
    /// The prose of a template (guidance, criteria texts, notes), which the
    /// app's first load is built without (see `core::template::Template::prose`).
    Prose {
        template: TemplateId,
    },
}

/// What restoring one dossier of a backup would do, worded.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PlanRow {
    pub id: String,
    pub label: String,
    /// What happens without a choice ("sẽ thêm…", "đã có…").
    pub what: String,
    /// Set when the dossier here differs: replacing it needs a tick; the
    /// text says which copy is newer.
    pub replace: Option<String>,
}

/// The worker's answer to a [`Job`].
#[allow(clippy::large_enum_variant)]
#[derive(Clone, Debug)]
pub enum JobAnswer {
    Check(CheckView),
    /// The dossier after a suggestions import, a carry-over or the start
    /// of the plan, with a line to show (`dossier` is `None` when nothing could be done).
    Dossier {
        dossier: Option<Dossier>,
        message: String,
    },
    Backup {
        name: String,
        json: String,
        message: String,
    },
    Plan {
        rows: Vec<PlanRow>,
    },
    /// Storage writes to make (`None` removes the key), and a line to show.
    Writes {
        writes: Vec<(String, Option<String>)>,
        message: String,
    },
    Failed {
        message: String,
    },
    /// The prose of a template, keyed (see `Template::prose`).
    Prose(Vec<(String, Vec<String>)>),
}

/// What the worker says once it listens: messages sent before are lost, so
/// the page holds its jobs until then.
pub const READY: &str = "ready";

// --- The wire: a list of strings ----------------------------------------------------
//
// A message is a list of strings (a JavaScript array of strings between the
// page and the worker): the message number, a tag, then the fields in a
// fixed order. A dossier travels as its JSON (the page has that code for
// storage anyway); numbers as decimal text; an optional text as "-" (none)
// or "+" and the text; a list as its length, then its items. Reading it
// takes a few lines of code in the page instead of a serde deserializer per
// answer type (measured: 8 KB gzip less in the first load).

/// Writes the fields of a message.
struct Out(Vec<String>);

impl Out {
    fn text(&mut self, s: impl Into<String>) -> &mut Self {
        self.0.push(s.into());
        self
    }

    fn num(&mut self, n: impl ToString) -> &mut Self {
        self.text(n.to_string())
    }

    fn opt(&mut self, s: Option<&str>) -> &mut Self {
        self.text(s.map_or_else(|| "-".to_owned(), |s| format!("+{s}")))
    }

    fn dossier(&mut self, d: &Dossier) -> Option<&mut Self> {
        Some(self.text(serde_json::to_string(d).ok()?))
    }

    fn pairs(&mut self, pairs: &[(String, String)]) -> &mut Self {
        self.num(pairs.len());
        for (k, v) in pairs {
            self.text(k.as_str()).text(v.as_str());
        }
        self
    }
}

/// Reads the fields of a message in order; `None` when one is missing or
/// malformed.
struct In(std::vec::IntoIter<String>);

impl In {
    fn text(&mut self) -> Option<String> {
        self.0.next()
    }

    fn num<T: std::str::FromStr>(&mut self) -> Option<T> {
        self.0.next()?.parse().ok()
    }

    fn opt(&mut self) -> Option<Option<String>> {
        let s = self.0.next()?;
        match s.strip_prefix('+') {
            Some(v) => Some(Some(v.to_owned())),
            None => (s == "-").then_some(None),
        }
    }

    fn dossier(&mut self) -> Option<Dossier> {
        serde_json::from_str(&self.0.next()?).ok()
    }

    fn list<T>(&mut self, mut item: impl FnMut(&mut Self) -> Option<T>) -> Option<Vec<T>> {
        let n: usize = self.num()?;
        (0..n).map(|_| item(self)).collect()
    }

    fn pairs(&mut self) -> Option<Vec<(String, String)>> {
        self.list(|r| Some((r.text()?, r.text()?)))
    }

    fn date(&mut self) -> Option<(i32, u32, u32)> {
        Some((self.num()?, self.num()?, self.num()?))
    }
}

impl Job {
    /// The message for job number `seq` (the page's side).
    pub fn encode(&self, seq: u32) -> Option<Vec<String>> {
        let mut o = Out(Vec::new());
        o.num(seq);
        match self {
            Job::Check(r) => {
                o.text("check").num(r.seq).dossier(&r.dossier)?;
                o.num(r.today.0).num(r.today.1).num(r.today.2);
            }
            Job::Suggestions {
                dossier,
                file,
                now_ms,
            } => {
                o.text("suggestions").dossier(dossier)?;
                o.text(file.as_str()).num(now_ms);
            }
            Job::CarryOver {
                previous,
                dossier,
                now_ms,
            } => {
                o.text("carry").dossier(previous)?.dossier(dossier)?;
                o.num(now_ms);
            }
            Job::StartPlan { dossier, now_ms } => {
                o.text("start_plan").dossier(dossier)?.num(now_ms);
            }
            Job::MakeBackup {
                entries,
                now_ms,
                today,
            } => {
                o.text("backup").pairs(entries).num(now_ms);
                o.num(today.0).num(today.1).num(today.2);
            }
            Job::PlanRestore { entries, file } => {
                o.text("plan").pairs(entries).text(file.as_str());
            }
            Job::Restore {
                entries,
                file,
                ticked,
            } => {
                o.text("restore").pairs(entries).text(file.as_str());
                o.num(ticked.len());
                for id in ticked {
                    o.text(id.as_str());
                }
            }
            Job::Prose { template } => {
                o.text("prose").text(template.as_str());
            }
        }
        Some(o.0)
    }

    /// Reads a message of the page: the job and its number (the worker's
    /// side).
    pub fn decode(msg: Vec<String>) -> Option<(u32, Job)> {
        let mut r = In(msg.into_iter());
        let seq = r.num()?;
        let job = match r.text()?.as_str() {
            "check" => Job::Check(CheckRequest {
                seq: r.num()?,
                dossier: r.dossier()?,
                today: r.date()?,
            }),
            "suggestions" => Job::Suggestions {
                dossier: r.dossier()?,
                file: r.text()?,
                now_ms: r.num()?,
            },
            "carry" => Job::CarryOver {
                previous: r.dossier()?,
                dossier: r.dossier()?,
                now_ms: r.num()?,
            },
            "start_plan" => Job::StartPlan {
                dossier: r.dossier()?,
                now_ms: r.num()?,
            },
            "backup" => Job::MakeBackup {
                entries: r.pairs()?,
                now_ms: r.num()?,
                today: r.date()?,
            },
            "plan" => Job::PlanRestore {
                entries: r.pairs()?,
                file: r.text()?,
            },
            "restore" => Job::Restore {
                entries: r.pairs()?,
                file: r.text()?,
                ticked: r.list(In::text)?,
            },
            "prose" => {
                let id = r.text()?;
                Job::Prose {
                    template: TemplateId::ALL.into_iter().find(|t| t.as_str() == id)?,
                }
            }
            _ => return None,
        };
        Some((seq, job))
    }
}

impl JobAnswer {
    /// The message answering job number `seq` (the worker's side).
    pub fn encode(&self, seq: u32) -> Option<Vec<String>> {
        let mut o = Out(Vec::new());
        o.num(seq);
        match self {
            JobAnswer::Check(v) => {
                o.text("check").num(v.seq).num(v.progress.len());
                for p in &v.progress {
                    o.text(p.section.as_str()).num(p.answered).num(p.required);
                }
                o.num(v.problems.len());
                for p in &v.problems {
                    o.text(p.key.as_str())
                        .text(p.section.as_str())
                        .text(p.message.as_str());
                }
                o.opt(v.advice.not_rated.as_deref())
                    .opt(v.advice.summary.as_deref())
                    .num(v.advice.findings.len());
                for f in &v.advice.findings {
                    o.num(f.tone as u8)
                        .text(f.label.as_str())
                        .text(f.text.as_str())
                        .text(f.citation.as_str());
                }
            }
            JobAnswer::Dossier { dossier, message } => {
                o.text("dossier");
                match dossier {
                    Some(d) => o.text("+").dossier(d)?,
                    None => o.text("-"),
                };
                o.text(message.as_str());
            }
            JobAnswer::Backup {
                name,
                json,
                message,
            } => {
                o.text("backup")
                    .text(name.as_str())
                    .text(json.as_str())
                    .text(message.as_str());
            }
            JobAnswer::Plan { rows } => {
                o.text("plan").num(rows.len());
                for row in rows {
                    o.text(row.id.as_str())
                        .text(row.label.as_str())
                        .text(row.what.as_str())
                        .opt(row.replace.as_deref());
                }
            }
            JobAnswer::Writes { writes, message } => {
                o.text("writes").num(writes.len());
                for (k, v) in writes {
                    o.text(k.as_str()).opt(v.as_deref());
                }
                o.text(message.as_str());
            }
            JobAnswer::Failed { message } => {
                o.text("failed").text(message.as_str());
            }
            JobAnswer::Prose(entries) => {
                o.text("prose").num(entries.len());
                for (key, lines) in entries {
                    o.text(key.as_str()).num(lines.len());
                    for line in lines {
                        o.text(line.as_str());
                    }
                }
            }
        }
        Some(o.0)
    }

    /// Reads a message of the worker: the answer and the number of the job
    /// it answers (the page's side).
    pub fn decode(msg: Vec<String>) -> Option<(u32, JobAnswer)> {
        let mut r = In(msg.into_iter());
        let seq = r.num()?;
        let answer = match r.text()?.as_str() {
            "check" => JobAnswer::Check(CheckView {
                seq: r.num()?,
                progress: r.list(|r| {
                    Some(SectionProgress {
                        section: r.text()?,
                        answered: r.num()?,
                        required: r.num()?,
                    })
                })?,
                problems: r.list(|r| {
                    Some(ProblemView {
                        key: r.text()?,
                        section: r.text()?,
                        message: r.text()?,
                    })
                })?,
                advice: AdviceView {
                    not_rated: r.opt()?,
                    summary: r.opt()?,
                    findings: r.list(|r| {
                        Some(FindingView {
                            tone: match r.num::<u8>()? {
                                0 => Tone::Info,
                                1 => Tone::Warning,
                                _ => Tone::RuledOut,
                            },
                            label: r.text()?,
                            text: r.text()?,
                            citation: r.text()?,
                        })
                    })?,
                },
            }),
            "dossier" => JobAnswer::Dossier {
                dossier: match r.text()?.as_str() {
                    "+" => Some(r.dossier()?),
                    _ => None,
                },
                message: r.text()?,
            },
            "backup" => JobAnswer::Backup {
                name: r.text()?,
                json: r.text()?,
                message: r.text()?,
            },
            "plan" => JobAnswer::Plan {
                rows: r.list(|r| {
                    Some(PlanRow {
                        id: r.text()?,
                        label: r.text()?,
                        what: r.text()?,
                        replace: r.opt()?,
                    })
                })?,
            },
            "writes" => JobAnswer::Writes {
                writes: r.list(|r| Some((r.text()?, r.opt()?)))?,
                message: r.text()?,
            },
            "failed" => JobAnswer::Failed { message: r.text()? },
            "prose" => JobAnswer::Prose(r.list(|r| Some((r.text()?, r.list(In::text)?)))?),
            _ => return None,
        };
        Some((seq, answer))
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
        Job::PlanRestore { entries, file } => match backup::read_backup(file.as_bytes()) {
            Err(e) => JobAnswer::Failed {
                message: text::restore_error(&e),
            },
            Ok(file) => {
                let plan = backup::plan_restore(&file, &store_of(&entries));
                let rows = plan
                    .entries
                    .into_iter()
                    .map(|e| {
                        let name = if e.full_name.is_empty() {
                            text::NO_NAME_YET.to_owned()
                        } else {
                            e.full_name
                        };
                        let (what, replace) = match e.action {
                            backup::PlanAction::Add => (text::RESTORE_ADD, None),
                            backup::PlanAction::Same => (text::RESTORE_SAME, None),
                            backup::PlanAction::Blocked(_) => (text::RESTORE_BLOCKED, None),
                            backup::PlanAction::Replace { file_is_newer, .. } => (
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
                        PlanRow {
                            id: e.id.0,
                            label: format!("{} {} — {name}", text::REVIEW_YEAR, e.year),
                            what: what.to_owned(),
                            replace,
                        }
                    })
                    .collect();
                JobAnswer::Plan { rows }
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
                let plan = backup::plan_restore(&file, &drafts);
                let mut choices = backup::RestoreChoices::none();
                for id in ticked {
                    choices.set(&crate::core::dossier::DossierId(id), true);
                }
                match backup::apply_restore(&plan, &file, &drafts, &choices) {
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

/// What the worker answers to a message whose job number it cannot read:
/// the page cannot tell which job it was, so it fails every job waiting for
/// this worker (see `web::worker`).
pub const UNREADABLE: &str = "unreadable";

/// The worker's message handler: a job's message in, its answer's message
/// out. Never silence: a job that cannot be read or answered gets
/// [`JobAnswer::Failed`]; a message without a readable job number gets
/// [`UNREADABLE`].
pub fn answer(msg: Vec<String>) -> Vec<String> {
    let seq = msg.first().and_then(|s| s.parse::<u32>().ok());
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

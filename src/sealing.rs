//! The export and verify workers' jobs: sealing a dossier, rendering its
//! PDF, keeping the signing key, and verifying dossier files. The heavy
//! parts (Ed25519, RFC 8785, Argon2, the PDF crate and its fonts, the PDF
//! reader) live only in the export and verify workers
//! (`src/bin/export_worker.rs`, `src/bin/verify_worker.rs`) and the command
//! line; the tools module carries only the messages.
//!
//! One module per concern: the messages ([`protocol`], declared once, JSON
//! with a version, a file's bytes alongside), what the pages show
//! ([`view`]), and here the workers' side that runs a job ([`run`],
//! [`run_export`], [`run_verify`]) and answers a message ([`answer_job`]).
//! Tested natively (`tests/export_protocol.rs`).

pub mod protocol;
pub mod view;

pub use protocol::{
    Envelope, ExportAnswer, ExportJob, READY, SheetKind, UNREADABLE, VERSION, WorkerKind,
    is_verify, job_json, worker_of,
};
pub use view::{Exported, KeyView, Report};

/// The localStorage key of the signing key record (see
/// [`crate::core::store::SIGNING_KEY`]).
pub use crate::core::store::SIGNING_KEY as KEY_STORAGE_KEY;

/// The largest file the verify page opens (checked before reading, and again
/// in the worker).
pub const MAX_FILE_BYTES: u64 = 8 * 1024 * 1024;

/// Runs one job with `run` (the worker's side): the answer's JSON and its
/// binary part. Never silence: a job that cannot be read, or is of another
/// version, gets [`ExportAnswer::Failed`] under its number, and a message
/// without a readable number gets [`UNREADABLE`].
#[cfg(feature = "full")]
pub fn answer_job(json: &str, file: Option<Vec<u8>>, run: Runner) -> (String, Option<Vec<u8>>) {
    let (seq, answer, bytes) = match protocol::decode::<ExportJob>(json) {
        Some((seq, Some(job))) => {
            let (answer, bytes) = run(job, file);
            (seq, answer, bytes)
        }
        Some((seq, None)) => (
            seq,
            ExportAnswer::Failed(crate::text::WORKER_BAD_JOB.to_owned()),
            None,
        ),
        None => return (UNREADABLE.to_owned(), None),
    };
    match protocol::encode(seq, answer) {
        Some(json) => (json, bytes),
        None => (UNREADABLE.to_owned(), None),
    }
}

/// What runs a job: [`run_export`] in the export worker, [`run_verify`] in
/// the verify worker, [`run`] (both) on the command line and in tests. Two
/// workers, so that the verify page does not load the PDF writer and the
/// export page does not load the PDF reader.
pub type Runner = fn(ExportJob, Option<Vec<u8>>) -> (ExportAnswer, Option<Vec<u8>>);

#[cfg(feature = "full")]
pub use worker_side::{admit, render_sealed, run, run_desk, run_export, run_verify, verify_report};

/// What only the export worker and the command line link: sealing, the
/// PDF, key files, verification (feature `full`: the app's main bin is built
/// without it).
#[cfg(feature = "full")]
mod worker_side {
    use chrono::{DateTime, NaiveDate};
    use serde::{Deserialize, Serialize};

    use super::{ExportAnswer, ExportJob, Exported, Report, SheetKind, WorkerKind};
    use crate::core::desk::Received;
    use crate::core::dossier::{Dossier, IdentityField};
    use crate::core::keyfile::{self, KdfParams};
    use crate::core::pdf;
    use crate::core::seal::json::{from_hex, to_hex};
    use crate::core::seal::{self, KeyPair, Verified};
    use crate::text::{self as t, tools as x};

    /// The signing key as the page stores it (`KEY_STORAGE_KEY`): the seed in
    /// hex, with its fingerprint for display. Kept in clear in the browser's
    /// storage, like the drafts (see docs/dossier-format.md).
    #[derive(Serialize, Deserialize)]
    struct KeyRecord {
        version: u32,
        seed: String,
        fingerprint: String,
        created_at: i64,
    }

    fn random<const N: usize>() -> Result<[u8; N], String> {
        let mut bytes = [0u8; N];
        getrandom::fill(&mut bytes).map_err(|_| x::NO_RANDOMNESS.to_owned())?;
        Ok(bytes)
    }

    fn record(key: &KeyPair, now_ms: i64) -> Result<String, String> {
        serde_json::to_string(&KeyRecord {
            version: 1,
            seed: to_hex(key.seed()),
            fingerprint: key.fingerprint(),
            created_at: now_ms,
        })
        .map_err(|_| x::KEY_RECORD_FAILED.to_owned())
    }

    fn open_record(key: &str) -> Result<KeyPair, String> {
        serde_json::from_str::<KeyRecord>(key)
            .ok()
            .filter(|r| r.version == 1)
            .and_then(|r| from_hex::<32>(&r.seed))
            .map(KeyPair::from_seed)
            .ok_or_else(|| x::KEY_RECORD_BROKEN.to_owned())
    }

    fn date_of(today: (i32, u32, u32)) -> NaiveDate {
        NaiveDate::from_ymd_opt(today.0, today.1, today.2).unwrap_or_default()
    }

    /// Runs any job; the second part is the PDF of an export, or a
    /// spreadsheet of the desk.
    pub fn run(job: ExportJob, file: Option<Vec<u8>>) -> (ExportAnswer, Option<Vec<u8>>) {
        match super::worker_of(&job) {
            WorkerKind::Verify => run_verify(job, file),
            WorkerKind::Desk => run_desk(job, file),
            WorkerKind::Export => run_export(job, file),
        }
    }

    /// Runs a job of the verify worker (the others are refused).
    pub fn run_verify(job: ExportJob, file: Option<Vec<u8>>) -> (ExportAnswer, Option<Vec<u8>>) {
        let answer = match job {
            ExportJob::Verify { name } => {
                ExportAnswer::Verified(verify_report(&name, &file.unwrap_or_default()))
            }
            ExportJob::Admit { name, received_at } => {
                match admit(&name, &file.unwrap_or_default(), received_at) {
                    Ok((received, json)) => ExportAnswer::Admitted { received, json },
                    Err(report) => ExportAnswer::Verified(report),
                }
            }
            _ => ExportAnswer::Failed(x::WORKER_FAILED.to_owned()),
        };
        (answer, None)
    }

    /// Checks one file for the secretary's desk with the verify page's
    /// checks: what the desk keeps of it and the sealed text (of a PDF, its
    /// embedded file), or the report saying why it is refused.
    pub fn admit(name: &str, bytes: &[u8], received_at: i64) -> Result<(Received, String), Report> {
        let refused = |verdict: String| Report {
            file: name.to_owned(),
            verdict,
            ..Report::default()
        };
        let is_pdf = bytes.starts_with(b"%PDF-");
        let json = if is_pdf {
            pdf::embedded_dossier(bytes).map_err(|e| refused(x::pdf_read_error(&e)))?
        } else {
            bytes.to_vec()
        };
        let v = seal::verify(&json).map_err(|e| {
            refused(if is_pdf {
                format!("{} {}", x::IN_PDF, t::seal::verify_error(&e))
            } else {
                t::seal::verify_error(&e)
            })
        })?;
        let text = String::from_utf8(json).map_err(|_| refused(x::WORKER_FAILED.to_owned()))?;
        Ok((t::desk::receive(&v, name, received_at), text))
    }

    /// Runs a job of the desk worker: rosters in, spreadsheets out (the
    /// others are refused).
    pub fn run_desk(job: ExportJob, file: Option<Vec<u8>>) -> (ExportAnswer, Option<Vec<u8>>) {
        use crate::core::desk::{roster, summary};
        match job {
            ExportJob::ReadRoster { name } => {
                let bytes = file.unwrap_or_default();
                let read = if name.to_lowercase().ends_with(".xlsx") {
                    roster::read_xlsx(&bytes)
                } else {
                    roster::read_csv(&bytes)
                };
                let answer = match read {
                    Ok(rows) => ExportAnswer::Roster(rows),
                    Err(e) => ExportAnswer::Failed(t::desk::roster_error(&e)),
                };
                (answer, None)
            }
            ExportJob::DeskSheet {
                sheet: SheetKind::SummaryPdf,
                ..
            } => (ExportAnswer::Failed(x::WORKER_FAILED.to_owned()), None),
            ExportJob::DeskSheet {
                desk, sheet: kind, ..
            } => {
                let made = made_sheet(&desk, kind, &summary::summarize(&desk));
                match made {
                    Ok((name, mime, bytes)) => (ExportAnswer::Made { name, mime }, Some(bytes)),
                    Err(m) => (ExportAnswer::Failed(m), None),
                }
            }
            _ => (ExportAnswer::Failed(x::WORKER_FAILED.to_owned()), None),
        }
    }

    /// `KiemDiem_TongHop_2025_ChiBoKhuPho3`, `KiemDiem_DanhMucHoSo_2025_…`:
    /// ASCII, so that every system and e-mail keeps the name.
    fn sheet_file_stem(desk: &crate::core::desk::Desk, kind: SheetKind) -> String {
        let what = match kind {
            SheetKind::SummaryXlsx | SheetKind::SummaryCsv | SheetKind::SummaryPdf => "TongHop",
            SheetKind::IndexXlsx | SheetKind::IndexCsv => "DanhMucHoSo",
        };
        let year = desk.cell.year.map(|y| format!("_{y}")).unwrap_or_default();
        let cell = crate::core::filename::ascii_name(&desk.cell.party_cell);
        let cell = if cell.is_empty() {
            String::new()
        } else {
            format!("_{cell}")
        };
        format!("KiemDiem_{what}{year}{cell}")
    }

    const XLSX: &str = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    const CSV: &str = "text/csv;charset=utf-8";

    /// A desk download: its file name, type and bytes.
    pub(super) fn made_sheet(
        desk: &crate::core::desk::Desk,
        kind: SheetKind,
        summary: &crate::core::desk::summary::Summary,
    ) -> Result<(String, String, Vec<u8>), String> {
        use crate::core::desk::sheet;
        let words = &t::desk::SHEET_WORDS;
        let stem = sheet_file_stem(desk, kind);
        Ok(match kind {
            SheetKind::SummaryXlsx => (
                format!("{stem}.xlsx"),
                XLSX.to_owned(),
                sheet::summary_xlsx(desk, summary, words).map_err(|e| t::desk::sheet_error(&e))?,
            ),
            SheetKind::SummaryCsv => (
                format!("{stem}.csv"),
                CSV.to_owned(),
                sheet::summary_csv(desk, summary, words).into_bytes(),
            ),
            SheetKind::IndexXlsx => (
                format!("{stem}.xlsx"),
                XLSX.to_owned(),
                sheet::index_xlsx(desk, words).map_err(|e| t::desk::sheet_error(&e))?,
            ),
            SheetKind::IndexCsv => (
                format!("{stem}.csv"),
                CSV.to_owned(),
                sheet::index_csv(desk, words).into_bytes(),
            ),
            // Made by the export worker (`summary_pdf`): the desk worker
            // does not link the PDF writer.
            SheetKind::SummaryPdf => return Err(x::WORKER_FAILED.to_owned()),
        })
    }

    /// The cell's summary as a party document, with its CSV attached (the
    /// export worker).
    fn summary_pdf(
        desk: &crate::core::desk::Desk,
        today: NaiveDate,
    ) -> Result<(String, Vec<u8>), String> {
        use crate::core::desk::{sheet, summary};
        use crate::core::pdf::summary::{SummaryDoc, SummaryTable, render_summary};
        let words = &t::desk::SHEET_WORDS;
        let sum = summary::summarize(desk);
        let parts = sheet::summary_parts(desk, &sum, words);
        let csv = sheet::summary_csv(desk, &sum, words);
        let stem = sheet_file_stem(desk, SheetKind::SummaryPdf);
        let csv_name = format!("{stem}.csv");
        let table = |rows: &[Vec<String>], keep: &[(usize, f32)]| {
            let mut rows = rows.iter();
            let header = rows.next().cloned().unwrap_or_default();
            SummaryTable {
                columns: keep
                    .iter()
                    .map(|&(i, share)| (header.get(i).cloned().unwrap_or_default(), share))
                    .collect(),
                rows: rows
                    .map(|r| {
                        keep.iter()
                            .map(|&(i, _)| {
                                let cell = r.get(i).map(String::as_str).unwrap_or("");
                                t::desk_page::pdf_cell(cell)
                            })
                            .collect()
                    })
                    .collect(),
            }
        };
        // STT, name, birth date, own, cell, note (the form's name is left
        // out of the printed table: the CSV attached has it).
        let members = table(
            &parts.members,
            &[
                (0, 0.06),
                (1, 0.25),
                (2, 0.13),
                (4, 0.18),
                (5, 0.18),
                (6, 0.20),
            ],
        );
        let levels = table(
            &parts.levels,
            &[(0, 0.34), (1, 0.16), (2, 0.16), (3, 0.18), (4, 0.16)],
        );
        let year = desk.cell.year;
        let doc = SummaryDoc {
            party_committee: &desk.cell.party_committee,
            party_cell: &desk.cell.party_cell,
            place: "",
            date: today,
            title: t::desk_page::summary_pdf_title(year),
            intro: vec![t::desk_page::SUMMARY_PDF_INTRO.to_owned()],
            members,
            levels,
            notes: parts
                .counts
                .iter()
                .map(|r| r.join(": "))
                .chain(parts.cap.iter().cloned())
                .collect(),
            caption: t::desk_page::SUMMARY_PDF_CAPTION,
            caption_note: t::desk_page::SUMMARY_PDF_CAPTION_NOTE,
            csv: csv.as_bytes(),
            csv_name: &csv_name,
            csv_description: t::desk_page::SUMMARY_PDF_ATTACHED,
            document_title: t::desk_page::summary_pdf_title(year).join(" "),
            app_name: t::APP_NAME,
        };
        let pdf = render_summary(&doc).map_err(|e| x::pdf_error(&e))?;
        Ok((format!("{stem}.pdf"), pdf))
    }

    /// Runs a job of the export worker (verification is refused).
    pub fn run_export(job: ExportJob, file: Option<Vec<u8>>) -> (ExportAnswer, Option<Vec<u8>>) {
        let result = match job {
            ExportJob::Export {
                dossier,
                key,
                now_ms,
                today,
            } => return export(&dossier, key.as_deref(), now_ms, date_of(today)),
            ExportJob::NewKey { now_ms } => random::<32>()
                .map(KeyPair::from_seed)
                .and_then(|k| Ok((record(&k, now_ms)?, k.fingerprint())))
                .map(|(key, fingerprint)| ExportAnswer::Key { key, fingerprint }),
            ExportJob::SaveKey { key, passphrase } => save_key(&key, &passphrase),
            ExportJob::DeskSheet { desk, today, .. } => {
                return match summary_pdf(&desk, date_of(today)) {
                    Ok((name, pdf)) => (
                        ExportAnswer::Made {
                            name,
                            mime: "application/pdf".to_owned(),
                        },
                        Some(pdf),
                    ),
                    Err(m) => (ExportAnswer::Failed(m), None),
                };
            }
            ExportJob::PrintForCell { comment, level } => {
                let bytes = file.unwrap_or_default();
                let cell = pdf::CellFill {
                    comment: &comment,
                    level,
                };
                return match render_sealed(&bytes, Some(cell)) {
                    Ok(pdf) => (
                        ExportAnswer::Made {
                            name: cell_print_name(&bytes),
                            mime: "application/pdf".to_owned(),
                        },
                        Some(pdf),
                    ),
                    Err(m) => (ExportAnswer::Failed(m), None),
                };
            }
            ExportJob::OpenKey { passphrase, now_ms } => {
                let bytes = file.unwrap_or_default();
                keyfile::import_key(&bytes, &passphrase)
                    .map_err(|e| t::seal::key_file_error(&e))
                    .and_then(|k| Ok((record(&k, now_ms)?, k.fingerprint())))
                    .map(|(key, fingerprint)| ExportAnswer::Key { key, fingerprint })
            }
            ExportJob::Verify { .. } | ExportJob::Admit { .. } | ExportJob::ReadRoster { .. } => {
                Err(x::WORKER_FAILED.to_owned())
            }
        };
        (result.unwrap_or_else(ExportAnswer::Failed), None)
    }

    fn save_key(key: &str, passphrase: &str) -> Result<ExportAnswer, String> {
        let key = open_record(key)?;
        let text = keyfile::export_key(
            &key,
            passphrase,
            KdfParams::RECOMMENDED,
            random::<16>()?,
            random::<24>()?,
        )
        .map_err(|e| t::seal::key_file_error(&e))?;
        let name = format!("KiemDiem_Khoa_{}.json", key.fingerprint().replace(' ', ""));
        Ok(ExportAnswer::File { name, text })
    }

    fn export(
        dossier: &Dossier,
        key: Option<&str>,
        now_ms: i64,
        today: NaiveDate,
    ) -> (ExportAnswer, Option<Vec<u8>>) {
        let made = || -> Result<(Exported, Vec<u8>), String> {
            let (pair, new_key) = match key {
                Some(k) => (open_record(k)?, None),
                None => {
                    let pair = KeyPair::from_seed(random::<32>()?);
                    let rec = record(&pair, now_ms)?;
                    (pair, Some(rec))
                }
            };
            let sealed = seal::seal(dossier, &pair, now_ms, env!("CARGO_PKG_VERSION"))
                .map_err(|e| t::seal::seal_error(&e))?;
            let pdf_name = format!("{}.pdf", sealed.file_stem);
            let pdf = pdf::render(&pdf::PdfInput {
                dossier,
                sealed_json: sealed.text.as_bytes(),
                file_name: &sealed.file_name(),
                digest_hex: &sealed.digest,
                fingerprint: &sealed.fingerprint,
                date: today,
                scheme: None,
                words: &t::pdf::WORDS,
                cell: None,
            })
            .map_err(|e| x::pdf_error(&e))?;
            Ok((
                Exported {
                    json_name: sealed.file_name(),
                    pdf_name,
                    fingerprint: sealed.fingerprint,
                    digest: sealed.digest,
                    json: sealed.text,
                    new_key,
                },
                pdf,
            ))
        };
        match made() {
            Ok((e, pdf)) => (ExportAnswer::Exported(e), Some(pdf)),
            Err(m) => (ExportAnswer::Failed(m), None),
        }
    }

    /// Renders the PDF of a sealed dossier file (the command line's
    /// `render`; the desk's print with the cell's comment and proposal,
    /// `cell`), dated on the day it was sealed (Vietnam's time).
    pub fn render_sealed(bytes: &[u8], cell: Option<pdf::CellFill>) -> Result<Vec<u8>, String> {
        let v = seal::verify(bytes).map_err(|e| t::seal::verify_error(&e))?;
        let sealed_on = vn_time(v.payload.created_at).date();
        let stem = crate::core::filename::dossier_file_stem(
            v.payload.year,
            v.payload.template,
            &v.payload.dossier.identity.full_name,
        );
        pdf::render(&pdf::PdfInput {
            dossier: &v.payload.dossier,
            sealed_json: bytes,
            file_name: &format!("{stem}.json"),
            digest_hex: &v.digest,
            fingerprint: &v.fingerprint,
            date: sealed_on,
            scheme: None,
            words: &t::pdf::WORDS,
            cell,
        })
        .map_err(|e| x::pdf_error(&e))
    }

    /// The name of the desk's print of a member's file with the cell's
    /// comment: `KiemDiem_2025_2B_NguyenThiAnhHong_ChiBo.pdf`.
    fn cell_print_name(bytes: &[u8]) -> String {
        let stem = seal::verify(bytes)
            .map(|v| {
                crate::core::filename::dossier_file_stem(
                    v.payload.year,
                    v.payload.template,
                    &v.payload.dossier.identity.full_name,
                )
            })
            .unwrap_or_else(|_| "KiemDiem".to_owned());
        format!("{stem}_ChiBo.pdf")
    }

    /// A file's sealing time (ms since the epoch) in Vietnam's time (UTC+7,
    /// no daylight saving).
    fn vn_time(ms: i64) -> chrono::NaiveDateTime {
        DateTime::from_timestamp_millis(ms + 7 * 3_600_000)
            .map(|d| d.naive_utc())
            .unwrap_or_default()
    }

    /// Checks one file, `.json` or `.pdf` (by content, not by name), as the
    /// verify page and the command line show it.
    pub fn verify_report(name: &str, bytes: &[u8]) -> Report {
        let is_pdf = bytes.starts_with(b"%PDF-");
        let json = if is_pdf {
            match pdf::embedded_dossier(bytes) {
                Ok(json) => json,
                Err(e) => {
                    return Report {
                        file: name.to_owned(),
                        verdict: x::pdf_read_error(&e),
                        ..Report::default()
                    };
                }
            }
        } else {
            bytes.to_vec()
        };
        match seal::verify(&json) {
            Ok(v) => Report {
                file: name.to_owned(),
                ok: true,
                verdict: if is_pdf {
                    x::VERIFIED_PDF
                } else {
                    x::VERIFIED_JSON
                }
                .to_owned(),
                facts: facts(&v),
                content: crate::dossier_view::rows(&v.payload.dossier),
            },
            Err(e) => Report {
                file: name.to_owned(),
                verdict: if is_pdf {
                    format!("{} {}", x::IN_PDF, t::seal::verify_error(&e))
                } else {
                    t::seal::verify_error(&e)
                },
                ..Report::default()
            },
        }
    }

    fn facts(v: &Verified) -> Vec<(String, String)> {
        let d = &v.payload.dossier;
        let template = d.template.template();
        let sealed_at = vn_time(v.payload.created_at)
            .format("%d/%m/%Y %H:%M")
            .to_string();
        [
            (
                t::identity_label(IdentityField::FullName),
                d.identity.full_name.clone(),
            ),
            (t::REVIEW_YEAR, d.year.to_string()),
            (t::TEMPLATE, template.code.to_owned()),
            (t::ROLE, t::role_label(d.role).to_owned()),
            (x::SEALED_AT, format!("{sealed_at} {}", x::VN_TIME)),
            (x::KEY_FINGERPRINT, v.fingerprint.clone()),
            (x::DIGEST, v.digest.clone()),
            (x::APP_VERSION, v.payload.app_version.clone()),
        ]
        .into_iter()
        .map(|(k, v)| (k.to_owned(), v))
        .collect()
    }
}

//! The cell's summary and the dossier index as spreadsheets a committee
//! office can use: `.csv` (UTF-8 with a byte order mark, CRLF, RFC 4180
//! quoting, formula-looking cells neutralised) and `.xlsx` (written by
//! rust_xlsxwriter into memory: Vietnamese text, numbers as numbers,
//! percentages formatted, a frozen header row, widths that fit).
//!
//! The words (headers, labels, flags) are the app's Vietnamese, kept in
//! `crate::text::desk::SHEET_WORDS` and handed in by the caller, so that
//! the core does not depend on the text module.
//!
//! The dossier index answers QĐ 366-QĐ/TW Điều 17 (the dossier list) and
//! Mẫu 04 «Danh mục hồ sơ kiểm điểm, đánh giá, xếp loại» [C]. Mẫu 04's own
//! layout is not in `shared/domain/`, so the columns here are the app's:
//! number, name, file, sealing time, key fingerprint, SHA-256, status.

use chrono::{DateTime, Datelike, Timelike};
use rust_xlsxwriter::{Format, FormatAlign, FormatBorder, Workbook, Worksheet, XlsxError};

use super::summary::{CapCheck, CapRegime, Summary, percent};
use super::{Desk, FileFlag, Filed, Member, NotRatedKind};
use crate::core::dossier::Rating;
use crate::core::template::TemplateId;

/// The sheets' words (see the [module documentation](self)).
#[derive(Clone, Copy, Debug)]
pub struct SheetWords {
    /// Sheet names (at most 31 characters, none of `[]:*?/\`).
    pub members_sheet: &'static str,
    pub levels_sheet: &'static str,
    pub index_sheet: &'static str,
    /// STT, Họ và tên, Ngày sinh, Mẫu, Tự đề xuất xếp loại, Chi bộ đề xuất,
    /// Ghi chú.
    pub member_columns: [&'static str; 7],
    /// Mức xếp loại, Tự đề xuất (số), Tỉ lệ, Chi bộ đề xuất (số), Tỉ lệ.
    pub level_columns: [&'static str; 5],
    /// STT, Họ và tên, Tệp, Niêm phong lúc, Dấu khoá, SHA-256, Trạng thái.
    pub index_columns: [&'static str; 7],
    pub rating_label: fn(Rating) -> &'static str,
    pub template_label: fn(TemplateId) -> &'static str,
    pub not_rated: fn(&[NotRatedKind]) -> String,
    pub not_rated_uncertain: &'static str,
    /// A roster member who has not handed in.
    pub not_handed_in: &'static str,
    pub file_flag: fn(&Desk, &FileFlag) -> String,
    /// The status of a file in the index.
    pub file_status: fn(&Desk, &Filed) -> String,
    /// Labels of the counts: roster, handed in, missing, rated, not rated,
    /// no own proposal, no cell proposal.
    pub count_labels: [&'static str; 7],
    pub cap_heading: &'static str,
    pub cap_regime: fn(CapRegime) -> &'static str,
    pub cap_line: fn(&CapCheck) -> String,
    pub cap_decided_above: &'static str,
    pub cap_reading: &'static str,
    /// After the sealing time: "(giờ Việt Nam)".
    pub vn_time: &'static str,
}

/// Why a spreadsheet was not written.
#[derive(Debug, thiserror::Error)]
pub enum SheetError {
    #[error("xlsx: {0}")]
    Xlsx(#[from] XlsxError),
}

/// A cell that a spreadsheet would read as a formula (or a command), made
/// text: `'` before a leading `=`, `+`, `-`, `@`, tab or carriage return.
///
/// ```
/// use kiemdiem::core::desk::sheet::neutralise;
/// assert_eq!(neutralise("=1+1"), "'=1+1");
/// assert_eq!(neutralise("Nguyễn Văn An"), "Nguyễn Văn An");
/// ```
pub fn neutralise(cell: &str) -> String {
    if cell.starts_with(['=', '+', '-', '@', '\t', '\r']) {
        format!("'{cell}")
    } else {
        cell.to_owned()
    }
}

/// A sealing time (ms since the epoch) as dd/mm/yyyy hh:mm, Vietnam time
/// (UTC+7, no daylight saving).
pub fn vn_datetime(ms: i64) -> String {
    let Some(t) = DateTime::from_timestamp_millis(ms.saturating_add(7 * 3_600_000)) else {
        return String::new();
    };
    format!(
        "{:02}/{:02}/{:04} {:02}:{:02}",
        t.day(),
        t.month(),
        t.year(),
        t.hour(),
        t.minute()
    )
}

/// One row of the per-member table.
struct MemberRow {
    name: String,
    birth: String,
    template: String,
    own: String,
    cell: String,
    note: String,
}

/// The per-member table: each counted file of the cell's year, then each
/// roster member who has not handed in.
fn member_rows(desk: &Desk, w: &SheetWords) -> Vec<MemberRow> {
    let label = |r: Option<Rating>| r.map_or(String::new(), |r| (w.rating_label)(r).to_owned());
    let mut rows: Vec<MemberRow> = desk
        .counted()
        .map(|f| {
            let r = &f.received;
            let mut notes = Vec::new();
            if r.is_not_rated() {
                notes.push((w.not_rated)(&r.not_rated));
            } else if r.not_rated_uncertain {
                notes.push(w.not_rated_uncertain.to_owned());
            }
            notes.extend(
                desk.flags(&r.digest)
                    .iter()
                    .map(|flag| (w.file_flag)(desk, flag)),
            );
            notes.extend(r.flags.iter().cloned());
            let cell = desk.reviews.get(&r.digest).and_then(|c| c.level);
            MemberRow {
                name: r.full_name.clone(),
                birth: r.birth_date.clone(),
                template: (w.template_label)(r.template).to_owned(),
                own: if r.is_not_rated() {
                    String::new()
                } else {
                    label(r.proposed)
                },
                cell: if r.is_not_rated() {
                    String::new()
                } else {
                    label(cell)
                },
                note: notes.join("\n"),
            }
        })
        .collect();
    rows.extend(desk.missing().into_iter().map(|m: &Member| {
        MemberRow {
            name: m.full_name.clone(),
            birth: m.birth_date.clone(),
            template: String::new(),
            own: String::new(),
            cell: String::new(),
            note: [w.not_handed_in, m.note.as_str()]
                .iter()
                .filter(|s| !s.is_empty())
                .copied()
                .collect::<Vec<_>>()
                .join("\n"),
        }
    }));
    rows
}

/// The counts under the level table, with their labels.
fn counts(s: &Summary, w: &SheetWords) -> Vec<(&'static str, u32)> {
    let values = [
        s.roster_size,
        s.handed_in,
        s.missing,
        s.rated,
        s.not_rated.len() as u32,
        s.own_missing,
        s.cell_undecided,
    ];
    w.count_labels.into_iter().zip(values).collect()
}

/// The cap's lines: heading, regulation, the figures, who decides, the
/// reading.
fn cap_lines(s: &Summary, w: &SheetWords) -> [String; 5] {
    [
        w.cap_heading.to_owned(),
        (w.cap_regime)(s.cap.regime).to_owned(),
        (w.cap_line)(&s.cap),
        w.cap_decided_above.to_owned(),
        w.cap_reading.to_owned(),
    ]
}

/// A percentage for the CSV: "33,3" (Vietnamese decimal comma), empty
/// when there is nothing to divide by.
fn percent_text(n: u32, of: u32) -> String {
    percent(n, of).map_or(String::new(), |p| format!("{p:.1}").replace('.', ","))
}

/// A separating row: two empty fields (one empty field alone would be
/// written `""`).
fn blank() -> Vec<String> {
    vec![String::new(), String::new()]
}

fn csv_text(rows: Vec<Vec<String>>) -> String {
    let mut writer = csv::WriterBuilder::new()
        .flexible(true)
        .terminator(csv::Terminator::CRLF)
        .from_writer(Vec::new());
    for row in rows {
        // Writing to a Vec cannot fail.
        let _ = writer.write_record(row.iter().map(|c| neutralise(c)));
    }
    let bytes = writer.into_inner().unwrap_or_default();
    format!("\u{feff}{}", String::from_utf8_lossy(&bytes))
}

/// The cell's summary as CSV: the per-member table, an empty line, the
/// counts per level (own and the cell's, with percentages of those rated),
/// the other counts, and the cap.
pub fn summary_csv(desk: &Desk, summary: &Summary, words: &SheetWords) -> String {
    let parts = summary_parts(desk, summary, words);
    let mut rows = parts.members;
    rows.push(blank());
    rows.extend(parts.levels);
    rows.push(blank());
    rows.extend(parts.counts);
    rows.push(blank());
    rows.extend(parts.cap.into_iter().map(|line| vec![line]));
    csv_text(rows)
}

/// The summary's parts as rows of text, each table with its header row:
/// what the CSV writes one after the other and the PDF lays out
/// (`core::pdf::summary`).
#[derive(Clone, Debug)]
pub struct SummaryParts {
    pub members: Vec<Vec<String>>,
    pub levels: Vec<Vec<String>>,
    /// Label and number.
    pub counts: Vec<Vec<String>>,
    /// The cap's lines: heading, regulation, the figures, who decides, the
    /// reading.
    pub cap: Vec<String>,
}

/// See [`SummaryParts`].
pub fn summary_parts(desk: &Desk, summary: &Summary, words: &SheetWords) -> SummaryParts {
    let mut members: Vec<Vec<String>> = vec![words.member_columns.map(str::to_owned).to_vec()];
    for (i, r) in member_rows(desk, words).into_iter().enumerate() {
        members.push(vec![
            (i + 1).to_string(),
            r.name,
            r.birth,
            r.template,
            r.own,
            r.cell,
            r.note,
        ]);
    }
    let mut levels = vec![words.level_columns.map(str::to_owned).to_vec()];
    for l in &summary.levels {
        levels.push(vec![
            (words.rating_label)(l.level).to_owned(),
            l.own.to_string(),
            percent_text(l.own, summary.rated),
            l.cell.to_string(),
            percent_text(l.cell, summary.rated),
        ]);
    }
    SummaryParts {
        members,
        levels,
        counts: counts(summary, words)
            .into_iter()
            .map(|(label, n)| vec![label.to_owned(), n.to_string()])
            .collect(),
        cap: cap_lines(summary, words).to_vec(),
    }
}

/// The dossier index rows: every file in the order received.
fn index_rows(desk: &Desk, w: &SheetWords) -> Vec<[String; 7]> {
    desk.files
        .iter()
        .enumerate()
        .map(|(i, f)| {
            let r = &f.received;
            [
                (i + 1).to_string(),
                r.full_name.clone(),
                r.file_name.clone(),
                format!("{} {}", vn_datetime(r.sealed_at), w.vn_time),
                r.fingerprint.clone(),
                r.digest.clone(),
                (w.file_status)(desk, f),
            ]
        })
        .collect()
}

/// The dossier index as CSV.
pub fn index_csv(desk: &Desk, words: &SheetWords) -> String {
    let mut rows = vec![words.index_columns.map(str::to_owned).to_vec()];
    rows.extend(index_rows(desk, words).into_iter().map(Vec::from));
    csv_text(rows)
}

struct Formats {
    header: Format,
    text: Format,
    wrap: Format,
    number: Format,
    percent: Format,
}

impl Formats {
    fn new() -> Self {
        let cell = Format::new()
            .set_border(FormatBorder::Thin)
            .set_align(FormatAlign::Top);
        Formats {
            header: cell
                .clone()
                .set_bold()
                .set_text_wrap()
                .set_align(FormatAlign::Center)
                .set_background_color(0xE7E6E6),
            text: cell.clone(),
            wrap: cell.clone().set_text_wrap(),
            number: cell.clone().set_num_format("0"),
            percent: cell.set_num_format("0.0%"),
        }
    }
}

fn header(
    sheet: &mut Worksheet,
    columns: &[&str],
    widths: &[f64],
    f: &Formats,
) -> Result<(), XlsxError> {
    for (c, (name, width)) in columns.iter().zip(widths).enumerate() {
        let c = c as u16;
        sheet.write_string_with_format(0, c, *name, &f.header)?;
        sheet.set_column_width(c, *width)?;
    }
    sheet.set_freeze_panes(1, 0)?;
    Ok(())
}

fn members_sheet(
    book: &mut Workbook,
    desk: &Desk,
    w: &SheetWords,
    f: &Formats,
) -> Result<(), XlsxError> {
    let sheet = book.add_worksheet();
    sheet.set_name(w.members_sheet)?;
    header(
        sheet,
        &w.member_columns,
        &[6.0, 30.0, 12.0, 12.0, 30.0, 30.0, 70.0],
        f,
    )?;
    for (i, r) in member_rows(desk, w).into_iter().enumerate() {
        let row = i as u32 + 1;
        sheet.write_number_with_format(row, 0, (i + 1) as f64, &f.number)?;
        let cells = [r.name, r.birth, r.template, r.own, r.cell];
        for (c, text) in cells.iter().enumerate() {
            sheet.write_string_with_format(row, c as u16 + 1, text, &f.text)?;
        }
        sheet.write_string_with_format(row, 6, &r.note, &f.wrap)?;
    }
    Ok(())
}

fn levels_sheet(
    book: &mut Workbook,
    s: &Summary,
    w: &SheetWords,
    f: &Formats,
) -> Result<(), XlsxError> {
    let sheet = book.add_worksheet();
    sheet.set_name(w.levels_sheet)?;
    header(sheet, &w.level_columns, &[34.0, 16.0, 12.0, 16.0, 12.0], f)?;
    let share =
        |n: u32| -> Option<f64> { (s.rated > 0).then(|| f64::from(n) / f64::from(s.rated)) };
    let mut row = 1;
    for l in &s.levels {
        sheet.write_string_with_format(row, 0, (w.rating_label)(l.level), &f.text)?;
        for (c, n) in [(1, l.own), (3, l.cell)] {
            sheet.write_number_with_format(row, c, f64::from(n), &f.number)?;
            match share(n) {
                Some(p) => sheet.write_number_with_format(row, c + 1, p, &f.percent)?,
                None => sheet.write_blank(row, c + 1, &f.percent)?,
            };
        }
        row += 1;
    }
    row += 1;
    for (label, n) in counts(s, w) {
        sheet.write_string_with_format(row, 0, label, &f.text)?;
        sheet.write_number_with_format(row, 1, f64::from(n), &f.number)?;
        row += 1;
    }
    row += 1;
    for line in cap_lines(s, w) {
        sheet.write_string(row, 0, &line)?;
        row += 1;
    }
    Ok(())
}

/// The cell's summary as an `.xlsx` workbook: sheet 1 the per-member
/// table, sheet 2 the counts per level with percentages of those rated,
/// the other counts and the cap.
pub fn summary_xlsx(
    desk: &Desk,
    summary: &Summary,
    words: &SheetWords,
) -> Result<Vec<u8>, SheetError> {
    let mut book = Workbook::new();
    let f = Formats::new();
    members_sheet(&mut book, desk, words, &f)?;
    levels_sheet(&mut book, summary, words, &f)?;
    Ok(book.save_to_buffer()?)
}

/// The dossier index as an `.xlsx` workbook.
pub fn index_xlsx(desk: &Desk, words: &SheetWords) -> Result<Vec<u8>, SheetError> {
    let mut book = Workbook::new();
    let f = Formats::new();
    let sheet = book.add_worksheet();
    sheet.set_name(words.index_sheet)?;
    header(
        sheet,
        &words.index_columns,
        &[6.0, 30.0, 44.0, 24.0, 22.0, 68.0, 40.0],
        &f,
    )?;
    for (i, cells) in index_rows(desk, words).into_iter().enumerate() {
        let row = i as u32 + 1;
        sheet.write_number_with_format(row, 0, (i + 1) as f64, &f.number)?;
        for (c, text) in cells.iter().enumerate().skip(1) {
            let format = if c == 6 { &f.wrap } else { &f.text };
            sheet.write_string_with_format(row, c as u16, text, format)?;
        }
    }
    Ok(book.save_to_buffer()?)
}

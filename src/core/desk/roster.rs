//! The roster (danh sách đảng viên của chi bộ): matching a dossier to a
//! member, and reading a roster from the spreadsheet the secretary already
//! has (`.csv` or `.xlsx`, `full` feature only).
//!
//! Matching (issue 9, item 3): names are compared by [`name_key`] (NFC,
//! lower case, whitespace collapsed), so NFC/NFD, case and extra spaces do
//! not matter; birth dates by [`birth_key`]. The candidates are the
//! members with the same name key:
//! * none → no match;
//! * one → that member, unless both birth dates are known and differ;
//! * several (namesakes) → the birth date decides: exactly one candidate
//!   with an equal birth date is the match; otherwise the match is
//!   ambiguous and all candidates are shown, never guessed.

use serde::{Deserialize, Serialize};

use crate::core::dossier::parse_vn_date;
use crate::core::textnorm::nfc;

/// The largest roster file read: 5 MiB (a roster of a few hundred rows is
/// a few tens of KB).
pub const MAX_ROSTER_BYTES: usize = 5 * 1024 * 1024;

/// The most roster rows read.
pub const MAX_ROSTER_ROWS: usize = 5000;

/// Which roster member a dossier is.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum MemberMatch {
    One(u32),
    /// Namesakes the birth date does not tell apart: their ids.
    Ambiguous(Vec<u32>),
    None,
}

/// Why a roster file was not read (worded in `crate::text::desk`).
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum RosterError {
    #[error("roster file is {size} bytes, more than {max}")]
    TooLarge { size: usize, max: usize },
    #[error("roster has more than {max} rows")]
    TooManyRows { max: usize },
    #[error("not UTF-8 text")]
    NotUtf8,
    #[error("unreadable CSV: {0}")]
    Csv(String),
    #[error("unreadable spreadsheet: {0}")]
    Xlsx(String),
    #[error("the workbook has no sheet")]
    NoSheet,
    #[error("no member names found")]
    NoNames,
}

/// A name as compared: NFC, lower case, runs of whitespace made one space,
/// trimmed.
///
/// ```
/// use kiemdiem::core::desk::name_key;
/// assert_eq!(name_key("  NGUYỄN   Văn\tAn "), "nguyễn văn an");
/// assert_eq!(name_key("Nguye\u{302}\u{303}n"), name_key("Nguyễn"));
/// ```
pub fn name_key(s: &str) -> String {
    nfc(s)
        .to_lowercase()
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
}

/// A birth date as compared: "yyyy-mm-dd" when it reads as a date
/// (`dd/mm/yyyy`, see [`parse_vn_date`]), else "" (missing or unreadable).
///
/// ```
/// use kiemdiem::core::desk::birth_key;
/// assert_eq!(birth_key("5/1/1980"), "1980-01-05");
/// assert_eq!(birth_key(""), "");
/// assert_eq!(birth_key("1980"), "");
/// ```
pub fn birth_key(s: &str) -> String {
    use chrono::Datelike;
    parse_vn_date(s).map_or_else(String::new, |d| {
        format!("{:04}-{:02}-{:02}", d.year(), d.month(), d.day())
    })
}

/// The matching rule of the [module documentation](self), over the
/// candidates (id and birth key of each roster member with the same name
/// key) and the file's birth key.
pub(crate) fn decide(candidates: &[(u32, String)], birth: &str) -> MemberMatch {
    match candidates {
        [] => MemberMatch::None,
        [(id, theirs)] => {
            if !birth.is_empty() && !theirs.is_empty() && birth != theirs {
                MemberMatch::None
            } else {
                MemberMatch::One(*id)
            }
        }
        many => {
            let mut equal = many
                .iter()
                .filter(|(_, theirs)| !birth.is_empty() && theirs == birth);
            match (equal.next(), equal.next()) {
                (Some((id, _)), None) => MemberMatch::One(*id),
                _ => MemberMatch::Ambiguous(many.iter().map(|(id, _)| *id).collect()),
            }
        }
    }
}

#[cfg(feature = "full")]
pub use reading::{read_csv, read_xlsx};

/// The rows of a roster: (name, birth date, note), NFC.
pub type RosterRows = Vec<(String, String, String)>;

/// Reading a roster from a spreadsheet (`full`: csv and calamine).
#[cfg(feature = "full")]
mod reading {
    use super::{MAX_ROSTER_BYTES, MAX_ROSTER_ROWS, RosterError, RosterRows, name_key};
    use crate::core::textnorm::nfc;

    /// One cell of a roster sheet: its text, and its number when the
    /// spreadsheet stored one (an Excel date serial in a birth-date column).
    #[derive(Clone, Debug, Default)]
    struct RawCell {
        text: String,
        number: Option<f64>,
    }

    impl RawCell {
        fn text(s: &str) -> Self {
            RawCell {
                text: s.trim().to_owned(),
                number: None,
            }
        }
    }

    /// What a header cell names.
    #[derive(Clone, Copy, PartialEq, Eq)]
    enum Column {
        Name,
        Birth,
        Note,
    }

    fn header_column(cell: &str) -> Option<Column> {
        let k = name_key(cell);
        let k = k.trim_end_matches([':', '.', '*']);
        if k.starts_with("họ và tên") || k.starts_with("họ tên") || k == "tên" {
            Some(Column::Name)
        } else if k.starts_with("ngày sinh")
            || k.starts_with("năm sinh")
            || k.starts_with("ngày, tháng, năm sinh")
            || k.starts_with("ngày tháng năm sinh")
            || k.starts_with("sinh ngày")
        {
            Some(Column::Birth)
        } else if k.starts_with("ghi chú") {
            Some(Column::Note)
        } else {
            None
        }
    }

    fn is_number(s: &str) -> bool {
        let s = s.trim().trim_end_matches('.');
        !s.is_empty() && s.chars().all(|c| c.is_ascii_digit())
    }

    /// An Excel date serial (1900 date system) as dd/mm/yyyy.
    fn serial_date(serial: f64) -> Option<String> {
        if !(1.0..2_958_466.0).contains(&serial) {
            return None;
        }
        let epoch = chrono::NaiveDate::from_ymd_opt(1899, 12, 30)?;
        let date = epoch.checked_add_days(chrono::Days::new(serial.floor() as u64))?;
        Some(crate::core::dossier::format_vn_date(date))
    }

    /// A birth-date cell as text: an Excel date serial (a number that is not
    /// a plain year) becomes dd/mm/yyyy.
    fn birth_text(cell: &RawCell) -> String {
        match cell.number {
            Some(n) if n >= 10_000.0 => serial_date(n).unwrap_or_else(|| cell.text.clone()),
            _ => cell.text.clone(),
        }
    }

    /// The roster in a sheet's rows: from the header row's columns when one is
    /// found (among the first 20 rows), else the first non-number text of each
    /// row is the name and the next cell the birth date. Empty rows, rows
    /// without a name and a leading STT column are skipped.
    fn rows_to_roster(rows: &[Vec<RawCell>]) -> Result<RosterRows, RosterError> {
        let header = rows.iter().take(20).enumerate().find_map(|(i, row)| {
            let cols: Vec<Option<Column>> = row.iter().map(|c| header_column(&c.text)).collect();
            let name = cols.iter().position(|c| *c == Some(Column::Name))?;
            let birth = cols.iter().position(|c| *c == Some(Column::Birth));
            let note = cols.iter().position(|c| *c == Some(Column::Note));
            Some((i, name, birth, note))
        });
        let empty = RawCell::default();
        let mut out = Vec::new();
        match header {
            Some((at, name, birth, note)) => {
                for row in &rows[at + 1..] {
                    let get = |i: Option<usize>| i.and_then(|i| row.get(i)).unwrap_or(&empty);
                    let n = &get(Some(name)).text;
                    if n.is_empty() || is_number(n) {
                        continue;
                    }
                    out.push((nfc(n), nfc(&birth_text(get(birth))), nfc(&get(note).text)));
                }
            }
            None => {
                for row in rows {
                    let Some(at) = row
                        .iter()
                        .position(|c| !c.text.is_empty() && !is_number(&c.text))
                    else {
                        continue;
                    };
                    let birth = row.get(at + 1).map(birth_text).unwrap_or_default();
                    out.push((nfc(&row[at].text), nfc(&birth), String::new()));
                }
            }
        }
        if out.is_empty() {
            return Err(RosterError::NoNames);
        }
        Ok(out)
    }

    /// The separator of a CSV file: `;` when its first line has more of them
    /// than commas (spreadsheets set to a Vietnamese locale write `;`), tab
    /// likewise, else `,`.
    fn separator(text: &str) -> u8 {
        let first = text.lines().next().unwrap_or("");
        let count = |c: char| first.matches(c).count();
        let (comma, semi, tab) = (count(','), count(';'), count('\t'));
        if semi > comma && semi >= tab {
            b';'
        } else if tab > comma {
            b'\t'
        } else {
            b','
        }
    }

    /// Reads a roster from a CSV file: UTF-8 with or without a byte order
    /// mark, `,` or `;` (or tab) between fields, quoted fields as RFC 4180.
    pub fn read_csv(bytes: &[u8]) -> Result<RosterRows, RosterError> {
        if bytes.len() > MAX_ROSTER_BYTES {
            return Err(RosterError::TooLarge {
                size: bytes.len(),
                max: MAX_ROSTER_BYTES,
            });
        }
        let text = std::str::from_utf8(bytes).map_err(|_| RosterError::NotUtf8)?;
        let text = text.strip_prefix('\u{feff}').unwrap_or(text);
        let mut reader = csv::ReaderBuilder::new()
            .has_headers(false)
            .flexible(true)
            .delimiter(separator(text))
            .from_reader(text.as_bytes());
        let mut rows = Vec::new();
        for record in reader.records() {
            let record = record.map_err(|e| RosterError::Csv(e.to_string()))?;
            if rows.len() >= MAX_ROSTER_ROWS {
                return Err(RosterError::TooManyRows {
                    max: MAX_ROSTER_ROWS,
                });
            }
            rows.push(record.iter().map(RawCell::text).collect::<Vec<_>>());
        }
        rows_to_roster(&rows)
    }

    /// Reads a roster from the first sheet of an `.xlsx` workbook. Dates
    /// stored as dates (or as Excel date serials in the birth-date column)
    /// become dd/mm/yyyy.
    pub fn read_xlsx(bytes: &[u8]) -> Result<RosterRows, RosterError> {
        use calamine::{Data, Reader, Xlsx};
        if bytes.len() > MAX_ROSTER_BYTES {
            return Err(RosterError::TooLarge {
                size: bytes.len(),
                max: MAX_ROSTER_BYTES,
            });
        }
        let mut book = Xlsx::new(std::io::Cursor::new(bytes))
            .map_err(|e: calamine::XlsxError| RosterError::Xlsx(e.to_string()))?;
        let range = book
            .worksheet_range_at(0)
            .ok_or(RosterError::NoSheet)?
            .map_err(|e| RosterError::Xlsx(e.to_string()))?;
        if range.height() > MAX_ROSTER_ROWS {
            return Err(RosterError::TooManyRows {
                max: MAX_ROSTER_ROWS,
            });
        }
        let cell = |d: &Data| -> RawCell {
            match d {
                Data::Empty | Data::Error(_) => RawCell::default(),
                Data::String(s) | Data::DateTimeIso(s) | Data::DurationIso(s) => {
                    match iso_date(s) {
                        Some(date) => RawCell::text(&date),
                        None => RawCell::text(s),
                    }
                }
                Data::Int(i) => RawCell {
                    text: i.to_string(),
                    number: Some(*i as f64),
                },
                Data::Float(f) => RawCell {
                    text: if f.fract() == 0.0 && f.abs() < 1e15 {
                        format!("{}", *f as i64)
                    } else {
                        f.to_string()
                    },
                    number: Some(*f),
                },
                Data::Bool(b) => RawCell::text(if *b { "1" } else { "0" }),
                Data::DateTime(dt) => {
                    let (y, m, day, ..) = dt.to_ymd_hms_milli();
                    RawCell::text(&format!("{day:02}/{m:02}/{y:04}"))
                }
            }
        };
        let rows: Vec<Vec<RawCell>> = range.rows().map(|r| r.iter().map(cell).collect()).collect();
        rows_to_roster(&rows)
    }

    /// An ISO date ("1980-01-05", possibly with a time) as dd/mm/yyyy.
    fn iso_date(s: &str) -> Option<String> {
        let head = s.get(..10)?;
        let mut parts = head.split('-');
        let y: i32 = parts.next()?.parse().ok()?;
        let m: u32 = parts.next()?.parse().ok()?;
        let d: u32 = parts.next()?.parse().ok()?;
        let date = chrono::NaiveDate::from_ymd_opt(y, m, d)?;
        (head.len() == 10 && (s.len() == 10 || s[10..].starts_with('T')))
            .then(|| crate::core::dossier::format_vn_date(date))
    }
}

//! The suggestions file: the points a party cell or the upper committee
//! suggests a person address in the review («gợi ý kiểm điểm»), handed to
//! the person as a small JSON file and loaded into section IV («Giải trình
//! những vấn đề được gợi ý kiểm điểm (nếu có)»), one explanation per point.
//!
//! The format is documented, with a worked example, in
//! `docs/suggestions-format.md`; `tests/core_suggestions.rs` parses the
//! example of that document and `tests/fixtures/suggestions/valid.json`,
//! which must be the same.
//!
//! ```json
//! {"format": "kiemdiem.goi-y", "version": 1, "year": 2025,
//!  "issued_by": "Chi bộ …", "person": "Nguyễn …", "points": ["…", "…"]}
//! ```
//!
//! Use: [`parse_suggestions`] on the file's bytes; then [`check_year`]
//! against the dossier (a file for another review year is probably the wrong
//! file: the UI asks before going on); then [`apply`], which adds the points
//! the dossier does not have yet.

use chrono::{DateTime, Utc};
use serde::Serialize;
use serde_json::{Map, Value};

use crate::core::dossier::Dossier;
use crate::core::linesplit::text_key;

/// The value of `"format"`.
pub const FORMAT: &str = "kiemdiem.goi-y";

/// The version of the format this build reads and writes.
pub const VERSION: u64 = 1;

/// The largest file read, in bytes (64 KiB; the app's limit: 50 points of
/// 2 000 characters fit in it comfortably).
pub const MAX_FILE_BYTES: usize = 64 * 1024;

/// The most points one file may carry (the app's limit).
pub const MAX_POINTS: usize = 50;

/// The longest point, in characters of the NFC text (the app's limit).
pub const POINT_MAX_CHARS: usize = 2_000;

/// The longest `issued_by` or `person`, in characters (the app's limit: two
/// printed lines).
pub const LABEL_MAX_CHARS: usize = 200;

/// A suggestions file, read and checked. Texts are NFC with surrounding
/// whitespace trimmed.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SuggestionsFile {
    /// The review year the points are for.
    pub year: i32,
    /// Who suggests the points («Chi bộ …», «Ban Thường vụ …»), if given.
    pub issued_by: Option<String>,
    /// Whom the points are for, if given.
    pub person: Option<String>,
    /// The points, in the file's order; at least one, none empty.
    pub points: Vec<String>,
}

/// Why a suggestions file cannot be used.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum SuggestionsError {
    /// The file is larger than [`MAX_FILE_BYTES`].
    #[error("file of {bytes} bytes is larger than {max}")]
    TooLarge { bytes: usize, max: usize },
    /// The file is not JSON (nor UTF-8 text) at all.
    #[error("not JSON (line {line}, column {column})")]
    NotJson { line: usize, column: usize },
    /// JSON, but not an object with `"format": "kiemdiem.goi-y"`.
    #[error("not a {FORMAT} file")]
    NotThisFormat,
    /// A version this build does not read.
    #[error("version {found} is not supported (this build reads {supported})")]
    UnsupportedVersion { found: u64, supported: u64 },
    /// A field is missing or of the wrong type (`version`, `year`,
    /// `issued_by`, `person` or `points`).
    #[error("field {field} is missing or malformed")]
    Malformed { field: &'static str },
    /// `issued_by` or `person` is longer than [`LABEL_MAX_CHARS`].
    #[error("field {field} has {chars} characters, more than {max}")]
    FieldTooLong {
        field: &'static str,
        chars: usize,
        max: usize,
    },
    /// `points` is empty.
    #[error("no points")]
    NoPoints,
    /// More than [`MAX_POINTS`] points.
    #[error("{count} points, more than {max}")]
    TooManyPoints { count: usize, max: usize },
    /// Point number `number` (from 1) is empty or only whitespace.
    #[error("point {number} is empty")]
    EmptyPoint { number: usize },
    /// Point number `number` (from 1) is longer than [`POINT_MAX_CHARS`].
    #[error("point {number} has {chars} characters, more than {max}")]
    PointTooLong {
        number: usize,
        chars: usize,
        max: usize,
    },
    /// The file is for another review year than the dossier (from
    /// [`check_year`]).
    #[error("file is for {file}, the dossier for {dossier}")]
    YearMismatch { file: i32, dossier: i32 },
}

/// Reads a suggestions file (see the [module documentation](self) and
/// `docs/suggestions-format.md`). A UTF-8 byte-order mark is accepted;
/// unknown fields are ignored. The checks come in this order: size, JSON,
/// format, version, year, `issued_by`, `person`, points.
pub fn parse_suggestions(bytes: &[u8]) -> Result<SuggestionsFile, SuggestionsError> {
    if bytes.len() > MAX_FILE_BYTES {
        return Err(SuggestionsError::TooLarge {
            bytes: bytes.len(),
            max: MAX_FILE_BYTES,
        });
    }
    let bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
    let value: Value = serde_json::from_slice(bytes).map_err(|e| SuggestionsError::NotJson {
        line: e.line(),
        column: e.column(),
    })?;
    let Some(obj) = value.as_object() else {
        return Err(SuggestionsError::NotThisFormat);
    };
    if obj.get("format").and_then(Value::as_str) != Some(FORMAT) {
        return Err(SuggestionsError::NotThisFormat);
    }
    let version = obj
        .get("version")
        .and_then(Value::as_u64)
        .ok_or(SuggestionsError::Malformed { field: "version" })?;
    if version != VERSION {
        return Err(SuggestionsError::UnsupportedVersion {
            found: version,
            supported: VERSION,
        });
    }
    let year = obj
        .get("year")
        .and_then(Value::as_i64)
        .and_then(|y| i32::try_from(y).ok())
        .ok_or(SuggestionsError::Malformed { field: "year" })?;
    let issued_by = label(obj, "issued_by")?;
    let person = label(obj, "person")?;
    let raw = obj
        .get("points")
        .and_then(Value::as_array)
        .ok_or(SuggestionsError::Malformed { field: "points" })?;
    if raw.is_empty() {
        return Err(SuggestionsError::NoPoints);
    }
    if raw.len() > MAX_POINTS {
        return Err(SuggestionsError::TooManyPoints {
            count: raw.len(),
            max: MAX_POINTS,
        });
    }
    let mut points = Vec::with_capacity(raw.len());
    for (i, p) in raw.iter().enumerate() {
        let number = i + 1;
        let text = p
            .as_str()
            .map(text_key)
            .ok_or(SuggestionsError::Malformed { field: "points" })?;
        let chars = text.chars().count();
        if chars == 0 {
            return Err(SuggestionsError::EmptyPoint { number });
        }
        if chars > POINT_MAX_CHARS {
            return Err(SuggestionsError::PointTooLong {
                number,
                chars,
                max: POINT_MAX_CHARS,
            });
        }
        points.push(text);
    }
    Ok(SuggestionsFile {
        year,
        issued_by,
        person,
        points,
    })
}

/// An optional one-line text field: absent, `null` or blank is `None`.
fn label(
    obj: &Map<String, Value>,
    field: &'static str,
) -> Result<Option<String>, SuggestionsError> {
    let text = match obj.get(field) {
        None | Some(Value::Null) => return Ok(None),
        Some(Value::String(s)) => text_key(s),
        Some(_) => return Err(SuggestionsError::Malformed { field }),
    };
    let chars = text.chars().count();
    if chars > LABEL_MAX_CHARS {
        return Err(SuggestionsError::FieldTooLong {
            field,
            chars,
            max: LABEL_MAX_CHARS,
        });
    }
    Ok((chars > 0).then_some(text))
}

/// Whether the file is for the dossier's review year
/// ([`SuggestionsError::YearMismatch`] if not). Kept apart from
/// [`parse_suggestions`] so that the UI can show the file and ask.
pub fn check_year(file: &SuggestionsFile, dossier: &Dossier) -> Result<(), SuggestionsError> {
    if file.year == dossier.year {
        Ok(())
    } else {
        Err(SuggestionsError::YearMismatch {
            file: file.year,
            dossier: dossier.year,
        })
    }
}

/// What [`apply`] did.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Applied {
    /// Points added to section IV.
    pub added: usize,
    /// Points left out because section IV (or an earlier point of the file)
    /// already says the same.
    pub skipped: usize,
}

/// Adds the file's points to section IV of `dossier`, in the file's order,
/// after those it has, leaving out the points it already has (same NFC
/// text, trimmed). Existing points and their explanations are never
/// changed, so loading the same file twice adds nothing. Does not check the
/// year (see [`check_year`]).
pub fn apply(file: &SuggestionsFile, dossier: &mut Dossier, now: DateTime<Utc>) -> Applied {
    let mut seen: Vec<String> = dossier
        .suggestions
        .iter()
        .map(|s| text_key(&s.point))
        .collect();
    let mut applied = Applied::default();
    for point in &file.points {
        let key = text_key(point);
        if seen.contains(&key) {
            applied.skipped += 1;
        } else {
            dossier.add_suggestion(&key, now);
            seen.push(key);
            applied.added += 1;
        }
    }
    applied
}

/// The file as written (field order as documented).
#[derive(Serialize)]
struct Written<'a> {
    format: &'static str,
    version: u64,
    year: i32,
    #[serde(skip_serializing_if = "Option::is_none")]
    issued_by: Option<&'a str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    person: Option<&'a str>,
    points: &'a [String],
}

impl SuggestionsFile {
    /// The file as JSON, in the documented format (pretty-printed, fields
    /// in the documented order, absent optional fields left out), for a
    /// secretary's tool to hand out. Reading it back gives the same file
    /// when the texts are NFC and trimmed (as [`parse_suggestions`] makes
    /// them).
    pub fn to_json(&self) -> String {
        let written = Written {
            format: FORMAT,
            version: VERSION,
            year: self.year,
            issued_by: self.issued_by.as_deref(),
            person: self.person.as_deref(),
            points: &self.points,
        };
        serde_json::to_string_pretty(&written).unwrap_or_default()
    }
}

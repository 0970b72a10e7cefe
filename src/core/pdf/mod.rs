//! The printed self-review: a PDF in the party-document format (HD
//! 36-HD/VPTW) that carries its own sealed file.
//!
//! * [`compose`] lays a dossier out on its template: pure, pages of
//!   positioned text, rules, check boxes and the QR code ([`layout`]).
//! * [`render`] paints that layout with krilla, embeds the sealed JSON as
//!   the PDF/A-3 associated file of the document (relationship `Source`)
//!   and returns the PDF (PDF/A-3b).
//! * [`embedded_dossier`] reads the sealed JSON back out of such a PDF
//!   (lopdf), for the verify page and the CLI.
//!
//! Paper and file stay linked: the last page prints a QR code encoding
//! the dossier's digest and the signing key's fingerprint ([`qr_payload`]),
//! the same two as text under it, and the fingerprint again under the
//! signature.
//!
//! Fonts: Tinos (SIL OFL 1.1), compiled in; see [`font`]. Text is drawn
//! without shaping, one glyph per character, and stays selectable: krilla
//! writes a ToUnicode map from the text given with each run.

use chrono::NaiveDate;

use crate::core::dossier::Dossier;
use crate::core::template::PointScheme;

pub mod case;
mod compose;
pub mod font;
pub mod frame;
pub mod layout;
mod paint;
mod read;
pub mod summary;
mod words;

pub use compose::{compose, qr_payload};
pub use read::{PdfReadError, embedded_dossier};
pub use words::{Clean, Words};

/// What the PDF is made from.
#[derive(Clone, Copy, Debug)]
pub struct PdfInput<'a> {
    pub dossier: &'a Dossier,
    /// The sealed dossier file (`core::seal`), embedded byte for byte.
    pub sealed_json: &'a [u8],
    /// Its file name, as the person will see it among the PDF's
    /// attachments (e.g. "kiem-diem-2025-nguyen-van-a.json").
    pub file_name: &'a str,
    /// SHA-256 of the dossier, lower-case hex.
    pub digest_hex: &'a str,
    /// The signing key's fingerprint, as the app shows it.
    pub fingerprint: &'a str,
    /// The date of the place-and-date line (and of the PDF's metadata).
    pub date: NaiveDate,
    /// The point scheme issued by a party committee, if any: its maxima are
    /// printed in the scoring table. The app's default split (not a rule)
    /// is never printed.
    pub scheme: Option<&'a PointScheme>,
    /// The app's words (`crate::text::pdf::WORDS`).
    pub words: &'a Words,
    /// The cell's comment and proposed level, printed into the chi ủy's
    /// block (the secretary's desk, "In bản có ý kiến của chi bộ"); `None`
    /// for the member's own print, where that block stays blank.
    pub cell: Option<CellFill<'a>>,
}

/// What the cell writes into the chi ủy's block of a member's form:
/// «Nhận xét, đánh giá của chi ủy» and «Chi bộ đề xuất xếp loại mức chất
/// lượng». Not part of the member's seal: the print says so.
#[derive(Clone, Copy, Debug)]
pub struct CellFill<'a> {
    pub comment: &'a str,
    pub level: Option<crate::core::dossier::Rating>,
}

/// Why no PDF could be made.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum PdfError {
    /// The file name is empty or not a plain file name.
    #[error("the embedded file needs a plain file name, not {0:?}")]
    FileName(String),
    /// The QR code payload does not fit in a QR code.
    #[error("the QR code cannot hold {0} bytes")]
    QrTooLong(usize),
    /// The compiled-in font is unreadable (a broken build).
    #[error(transparent)]
    Font(#[from] font::FontError),
    /// krilla refused to write the document.
    #[error("the PDF could not be written: {0}")]
    Write(String),
}

/// Renders the dossier as a PDF/A-3b document with the sealed JSON
/// attached.
///
/// ```
/// use chrono::{NaiveDate, TimeZone, Utc};
/// use kiemdiem::core::dossier::{Dossier, DossierId, Role};
/// use kiemdiem::core::pdf::{embedded_dossier, render, PdfInput};
///
/// let now = Utc.with_ymd_and_hms(2025, 12, 1, 8, 0, 0).unwrap();
/// let dossier = Dossier::new(DossierId("hs-1".into()), 2025, Role::Member, now).unwrap();
/// let sealed = br#"{"sealed":true}"#;
/// let pdf = render(&PdfInput {
///     dossier: &dossier,
///     sealed_json: sealed,
///     file_name: "kiem-diem.json",
///     digest_hex: "00ff",
///     fingerprint: "AB12-CD34",
///     date: NaiveDate::from_ymd_opt(2025, 12, 1).unwrap(),
///     scheme: None,
///     words: &kiemdiem::text::pdf::WORDS,
///     cell: None,
/// })
/// .unwrap();
/// assert!(pdf.starts_with(b"%PDF-"));
/// assert_eq!(embedded_dossier(&pdf).unwrap(), sealed);
/// ```
pub fn render(input: &PdfInput) -> Result<Vec<u8>, PdfError> {
    let layout = compose(input)?;
    let dossier = input.dossier;
    let template = dossier.template.template();
    let name = dossier.identity.full_name.trim();
    paint::paint(
        &layout,
        &paint::Meta {
            title: (input.words.document_title)(template.title, dossier.year, name),
            author: Some(name.to_owned()),
            creator: input.words.app_name,
            date: input.date,
            file: paint::Attached {
                name: input.file_name,
                mime: "application/json",
                description: input.words.embedded_description,
                data: input.sealed_json,
                source: true,
            },
        },
    )
}

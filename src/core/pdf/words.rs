//! The words the PDF prints that are neither the template's nor the
//! document frame's: labels, table headings, the lines under the QR code,
//! the closing note. They are the app's Vietnamese, kept in `crate::text`
//! (`crate::text::pdf::WORDS`) and handed in by the caller with the
//! dossier ([`super::PdfInput::words`]), so that the PDF does not depend on
//! the text module (which depends on the core).

use crate::core::dossier::{Grade, IdentityField, Rating, RemedyItem, TaskEvidence};
use crate::core::template::{EvidenceColumn, Unchecked};

/// Makes a text of the person's printable (NFC, no control characters).
pub type Clean = fn(&str) -> String;

/// The PDF's own words (see the [module documentation](self)).
#[derive(Clone, Copy, Debug)]
pub struct Words {
    /// The label of an identity line («Họ và tên»).
    pub identity_label: fn(IdentityField) -> &'static str,
    /// The label of a self-grade box when the template gives none.
    pub grade_label_default: &'static str,
    pub grade_label: fn(Grade) -> &'static str,
    pub rating_label: fn(Rating) -> &'static str,
    /// Under the civil-servant rating when it does not apply.
    pub not_applicable: &'static str,
    /// A line of section III.
    pub remedy_line: fn(&RemedyItem, Clean) -> String,
    /// A cell of the task appendix.
    pub task_cell: fn(&TaskEvidence, &EvidenceColumn, Clean) -> String,
    /// A score not given.
    pub points_blank: &'static str,
    /// The total line of a criteria group's table.
    pub points_group_total: &'static str,
    pub table_number: &'static str,
    pub table_criterion: &'static str,
    pub table_max: &'static str,
    pub table_points: &'static str,
    pub fingerprint_label: &'static str,
    pub digest_label: &'static str,
    pub qr_heading: &'static str,
    pub qr_hint: &'static str,
    /// The line naming the embedded file.
    pub attached_file: fn(&str) -> String,
    pub appendix_title: &'static str,
    pub appendix_subtitle: &'static str,
    /// Whose appendix: form title, year, name.
    pub appendix_owner: fn(&str, i32, &str) -> String,
    /// The closing note on the parts not checked against an original.
    pub source_note: fn(&Unchecked) -> Option<String>,
    /// The document's title in its metadata: form title, year, name.
    pub document_title: fn(&str, i32, &str) -> String,
    /// The creator in the metadata.
    pub app_name: &'static str,
    /// The description of the embedded file.
    pub embedded_description: &'static str,
    /// The closing note of a print with the cell's comment and proposal:
    /// they are not part of the member's seal.
    pub cell_fill_note: &'static str,
}

//! The cell's summary as a party document (the secretary's desk): the HD
//! 36 header (đảng bộ, chi bộ, «ĐẢNG CỘNG SẢN VIỆT NAM», place and date),
//! a title, the members' table, the counts per level, the notes (members
//! not rated, the HTXS cap), and the cell's signature caption; the summary's
//! CSV rides along as the PDF/A-3 associated file (relationship `Data`).
//!
//! There is no central template for a cell's summary table (regulations.md
//! §6.2: «hiện nay không có văn bản nào hướng dẫn cụ thể về Mẫu Bảng tổng
//! hợp kết quả xếp loại chất lượng chi bộ, đảng viên cuối năm» [C]): the
//! title and the columns are the app's, given by the caller in its words
//! (`crate::text::desk`), and the document says so.

use chrono::NaiveDate;

use super::PdfError;
use super::compose::{clean, doc_header, number_pages, para as body_para};
use super::font::{Face, faces};
use super::frame::HD36;
use super::layout::{Align, Cell, Flow, Layout, Para, Table};
use super::paint::{self, Attached, Meta};

/// A table of the summary: column headers with their share of the width,
/// and rows of text.
#[derive(Clone, Debug, Default)]
pub struct SummaryTable {
    pub columns: Vec<(String, f32)>,
    pub rows: Vec<Vec<String>>,
}

/// What the summary document is made from (all text already worded).
#[derive(Clone, Debug)]
pub struct SummaryDoc<'a> {
    pub party_committee: &'a str,
    pub party_cell: &'a str,
    pub place: &'a str,
    pub date: NaiveDate,
    /// Centred bold lines: the title, the year.
    pub title: Vec<String>,
    /// Paragraphs before the tables (the counts).
    pub intro: Vec<String>,
    pub members: SummaryTable,
    pub levels: SummaryTable,
    /// Paragraphs after the tables (not rated, the cap, its reading).
    pub notes: Vec<String>,
    /// The signature caption («T/M CHI ỦY (CHI BỘ)») and its note.
    pub caption: &'a str,
    pub caption_note: &'a str,
    /// The summary's data, attached to the PDF.
    pub csv: &'a [u8],
    pub csv_name: &'a str,
    pub csv_description: &'a str,
    /// The document's title in its metadata, and the creator.
    pub document_title: String,
    pub app_name: &'a str,
}

fn para(f: &Flow, text: &str, face: Face, align: Align) -> Para {
    body_para(f, &clean(text), face, align, 0.0)
}

fn table(f: &Flow, t: &SummaryTable) -> Table {
    let total: f32 = t
        .columns
        .iter()
        .map(|(_, s)| s)
        .sum::<f32>()
        .max(f32::EPSILON);
    let size = f.profile.appendix_size;
    Table {
        widths: t
            .columns
            .iter()
            .map(|(_, s)| f.width() * s / total)
            .collect(),
        header: t
            .columns
            .iter()
            .map(|(h, _)| Cell::new(clean(h), Face::Bold, Align::Center))
            .collect(),
        rows: t
            .rows
            .iter()
            .map(|r| {
                r.iter()
                    .enumerate()
                    .map(|(i, c)| {
                        let align = if i == 0 { Align::Center } else { Align::Left };
                        Cell::new(clean(c), Face::Regular, align)
                    })
                    .collect()
            })
            .collect(),
        size,
        leading: f.profile.leading * size / f.profile.body_size,
    }
}

/// Lays the summary out: pure, like [`super::compose`].
pub fn compose_summary(doc: &SummaryDoc) -> Result<Layout, PdfError> {
    let faces = faces()?;
    let profile = HD36;
    let mut f = Flow::new(faces, profile);
    doc_header(
        &mut f,
        None,
        doc.party_committee,
        doc.party_cell,
        doc.place,
        doc.date,
    );
    f.y += 18.0;
    for line in &doc.title {
        let p = para(&f, line, Face::Bold, Align::Center);
        f.paragraph(&p, 0.0);
    }
    f.y += 10.0;
    for line in &doc.intro {
        let p = para(&f, line, Face::Regular, Align::Justify);
        f.paragraph(&p, 0.0);
    }
    f.y += 6.0;
    if !doc.members.rows.is_empty() {
        let t = table(&f, &doc.members);
        f.table(&t);
        f.y += 10.0;
    }
    let t = table(&f, &doc.levels);
    f.table(&t);
    f.y += 10.0;
    for line in &doc.notes {
        let p = para(&f, line, Face::Regular, Align::Justify);
        f.paragraph(&p, 0.0);
        f.gap(profile.paragraph_gap);
    }
    f.gap(profile.leading);
    let width = f.width() * 0.55;
    let x = f.left() + f.width() - width;
    f.keep_together(|f| {
        let mut p = para(f, doc.caption, Face::Bold, Align::Center);
        p.x = x;
        p.width = width;
        f.paragraph(&p, 0.0);
        let mut p = para(f, doc.caption_note, Face::Italic, Align::Center);
        p.x = x;
        p.width = width;
        f.paragraph(&p, 0.0);
        f.y += profile.leading * 3.0;
    });
    let mut pages = f.finish();
    number_pages(&mut pages, faces, profile);
    Ok(Layout { profile, pages })
}

/// The summary as a PDF/A-3b file with its CSV attached.
pub fn render_summary(doc: &SummaryDoc) -> Result<Vec<u8>, PdfError> {
    let layout = compose_summary(doc)?;
    paint::paint(
        &layout,
        &Meta {
            title: doc.document_title.clone(),
            author: None,
            creator: doc.app_name,
            date: doc.date,
            file: Attached {
                name: doc.csv_name,
                mime: "text/csv",
                description: doc.csv_description,
                data: doc.csv,
                source: false,
            },
        },
    )
}

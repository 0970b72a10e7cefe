//! Painting a [`Layout`] with krilla: glyph runs (the font's glyph ids and
//! advances, the text given with each run so that krilla writes the
//! ToUnicode map), rules, check boxes and the QR code as vector shapes; the
//! sealed JSON embedded as the document's associated file; PDF/A-3b.

use std::sync::OnceLock;

use chrono::Datelike;
use krilla::color::luma;
use krilla::configure::{Archival, ConfigurationBuilder, Validator};
use krilla::embed::{AssociationKind, EmbeddedFile, MimeType};
use krilla::geom::{PathBuilder, Point, Rect};
use krilla::metadata::{DateTime, Metadata};
use krilla::num::NormalizedF32;
use krilla::page::PageSettings;
use krilla::paint::{Fill, FillRule, LineCap, Stroke, StrokeDash};
use krilla::surface::Surface;
use krilla::text::{Font, GlyphId, KrillaGlyph};
use krilla::{Document, SerializeSettings};

use super::PdfError;
use super::font::{Face, FontError, faces};
use super::layout::{CheckBox, Layout, Mark, QrMark, Rule, TextRun};

/// What a painted document carries besides its pages: its metadata and
/// its one associated file (PDF/A-3).
pub(super) struct Meta<'a> {
    pub title: String,
    pub author: Option<String>,
    pub creator: &'a str,
    pub date: chrono::NaiveDate,
    pub file: Attached<'a>,
}

/// The associated file: a dossier's sealed JSON (`Source`), or a summary's
/// data (`Data`).
pub(super) struct Attached<'a> {
    pub name: &'a str,
    pub mime: &'a str,
    pub description: &'a str,
    pub data: &'a [u8],
    pub source: bool,
}

/// The krilla fonts, made once per process (DESIGN.md: a new face per call
/// is the main avoidable cost).
fn krilla_fonts() -> Result<&'static [Font; 3], PdfError> {
    static FONTS: OnceLock<Result<[Font; 3], FontError>> = OnceLock::new();
    FONTS
        .get_or_init(|| {
            let load = |face: Face| {
                Font::new(face.bytes().into(), 0).ok_or_else(|| FontError {
                    face,
                    detail: "krilla cannot read it".to_owned(),
                })
            };
            Ok([load(Face::Regular)?, load(Face::Bold)?, load(Face::Italic)?])
        })
        .as_ref()
        .map_err(|e| PdfError::Font(e.clone()))
}

fn font_for(fonts: &[Font; 3], face: Face) -> Font {
    match face {
        Face::Regular => fonts[0].clone(),
        Face::Bold => fonts[1].clone(),
        Face::Italic => fonts[2].clone(),
    }
}

/// Whether a file name can stand in the PDF's attachment list: not empty,
/// no path separators, no control characters.
fn check_file_name(name: &str) -> Result<(), PdfError> {
    let bad = name.trim().is_empty()
        || name.len() > 255
        || name
            .chars()
            .any(|c| c.is_control() || c == '/' || c == '\\');
    if bad {
        Err(PdfError::FileName(name.to_owned()))
    } else {
        Ok(())
    }
}

fn pdf_date(date: chrono::NaiveDate) -> DateTime {
    // Years outside u16 cannot be typed into the app; clamp rather than fail.
    let year = u16::try_from(date.year().clamp(0, 9999)).unwrap_or(0);
    let small = |v: u32| u8::try_from(v).unwrap_or(1);
    DateTime::new(year)
        .month(small(date.month()))
        .day(small(date.day()))
}

pub(super) fn paint(layout: &Layout, meta: &Meta) -> Result<Vec<u8>, PdfError> {
    check_file_name(meta.file.name)?;
    let fonts = krilla_fonts()?;
    let faces = faces()?;
    let configuration = ConfigurationBuilder::new()
        .set_validator(Validator::A(Archival::A3_B))
        .finish()
        .map_err(|e| PdfError::Write(format!("{e:?}")))?;
    let mut document = Document::new_with(SerializeSettings {
        configuration,
        ..SerializeSettings::default()
    });
    let profile = layout.profile;
    for page in &layout.pages {
        let settings = PageSettings::from_wh(profile.page_width, profile.page_height)
            .ok_or_else(|| PdfError::Write("invalid page size".to_owned()))?;
        let mut pdf_page = document.start_page_with(settings);
        let mut surface = pdf_page.surface();
        for mark in &page.marks {
            match mark {
                Mark::Text(run) => text_run(&mut surface, run, fonts, faces),
                Mark::Rule(rule) => line(&mut surface, rule),
                Mark::CheckBox(b) => check_box(&mut surface, b),
                Mark::Qr(q) => qr(&mut surface, q),
            }
        }
        surface.finish();
        pdf_page.finish();
    }

    let date = pdf_date(meta.date);
    let mut metadata = Metadata::new()
        .title(meta.title.clone())
        .language("vi".to_owned())
        .creator(meta.creator.to_owned())
        .creation_date(date);
    if let Some(author) = meta.author.as_ref().filter(|a| !a.is_empty()) {
        metadata = metadata.authors(vec![author.clone()]);
    }
    document.set_metadata(metadata);

    let mime = MimeType::new(meta.file.mime)
        .ok_or_else(|| PdfError::Write("invalid MIME type".to_owned()))?;
    document
        .embed_file(EmbeddedFile {
            path: meta.file.name.to_owned(),
            mime_type: Some(mime),
            description: Some(meta.file.description.to_owned()),
            association_kind: if meta.file.source {
                AssociationKind::Source
            } else {
                AssociationKind::Data
            },
            data: meta.file.data.to_vec().into(),
            modification_date: Some(date),
            compress: Some(true),
            location: None,
        })
        .ok_or_else(|| PdfError::Write("the file is embedded twice".to_owned()))?;
    document
        .finish()
        .map_err(|e| PdfError::Write(e.to_string()))
}

fn black_fill() -> Fill {
    Fill {
        paint: luma::Color::black().into(),
        opacity: NormalizedF32::ONE,
        rule: FillRule::NonZero,
    }
}

fn stroke(width: f32) -> Stroke {
    Stroke {
        width,
        ..Stroke::default()
    }
}

/// A run of text: one glyph per character, advances from the font plus the
/// run's word spacing after each space.
fn text_run(surface: &mut Surface, run: &TextRun, fonts: &[Font; 3], faces: &super::font::Faces) {
    let metrics = faces.get(run.face);
    let extra = if run.size > 0.0 {
        run.word_spacing / run.size
    } else {
        0.0
    };
    let glyphs: Vec<KrillaGlyph> = run
        .text
        .char_indices()
        .map(|(i, c)| {
            let g = metrics.drawn(c);
            let advance = g.advance + if c == ' ' { extra } else { 0.0 };
            KrillaGlyph::new(
                GlyphId::new(u32::from(g.id)),
                advance,
                0.0,
                0.0,
                0.0,
                i..i + c.len_utf8(),
                None,
            )
        })
        .collect();
    surface.set_stroke(None);
    surface.set_fill(Some(black_fill()));
    surface.draw_glyphs(
        Point::from_xy(run.x, run.baseline),
        &glyphs,
        font_for(fonts, run.face),
        &run.text,
        run.size,
        false,
    );
}

fn line(surface: &mut Surface, rule: &Rule) {
    let mut pb = PathBuilder::new();
    pb.move_to(rule.x1, rule.y1);
    pb.line_to(rule.x2, rule.y2);
    let Some(path) = pb.finish() else {
        return;
    };
    let mut s = stroke(rule.width);
    if rule.dotted {
        s.line_cap = LineCap::Round;
        s.dash = Some(StrokeDash {
            array: vec![0.0, 3.0],
            offset: 0.0,
        });
    }
    surface.set_fill(None);
    surface.set_stroke(Some(s));
    surface.draw_path(&path);
    surface.set_stroke(None);
}

/// ☐, or ☒ when checked: a square and, when checked, its two diagonals.
fn check_box(surface: &mut Surface, b: &CheckBox) {
    let mut pb = PathBuilder::new();
    if let Some(rect) = Rect::from_xywh(b.x, b.y, b.size, b.size) {
        pb.push_rect(rect);
    }
    if b.checked {
        let inset = b.size * 0.18;
        let (l, t, r, bt) = (
            b.x + inset,
            b.y + inset,
            b.x + b.size - inset,
            b.y + b.size - inset,
        );
        pb.move_to(l, t);
        pb.line_to(r, bt);
        pb.move_to(r, t);
        pb.line_to(l, bt);
    }
    let Some(path) = pb.finish() else {
        return;
    };
    surface.set_fill(None);
    surface.set_stroke(Some(stroke(0.7)));
    surface.draw_path(&path);
    surface.set_stroke(None);
}

/// The QR code: one filled square per dark module, in one path.
fn qr(surface: &mut Surface, q: &QrMark) {
    let mut pb = PathBuilder::new();
    for (i, dark) in q.dark.iter().enumerate() {
        if !dark || q.width == 0 {
            continue;
        }
        let (row, col) = (i / q.width, i % q.width);
        // A hair wider than the module, so neighbours leave no seam.
        if let Some(rect) = Rect::from_xywh(
            q.x + col as f32 * q.module,
            q.y + row as f32 * q.module,
            q.module + 0.02,
            q.module + 0.02,
        ) {
            pb.push_rect(rect);
        }
    }
    let Some(path) = pb.finish() else {
        return;
    };
    surface.set_stroke(None);
    surface.set_fill(Some(black_fill()));
    surface.draw_path(&path);
}

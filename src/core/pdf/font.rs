//! The three faces of the PDF (Tinos Regular, Bold, Italic, cut by
//! `scripts/subset-fonts.sh`), compiled in, and what the layout needs from
//! them: which glyph draws a character and how wide it is.
//!
//! No shaping: the text is NFC and the font has a precomposed glyph for
//! every Vietnamese letter, so one character is one glyph and the advance
//! comes from the font's `hmtx` table (read with skrifa). What shaping would
//! add is kerning, which party documents set in Times do not need.
//!
//! The tables are built once per process ([`faces`]): building them is the
//! avoidable per-call cost DESIGN.md measured.

use std::collections::HashMap;
use std::sync::OnceLock;

use skrifa::instance::{LocationRef, Size};
use skrifa::{FontRef, MetadataProvider};

/// Tinos Regular (SIL OFL 1.1, see `assets/fonts/OFL.txt`).
pub(crate) const REGULAR: &[u8] = include_bytes!("../../../assets/fonts/Tinos-Regular.ttf");
/// Tinos Bold.
pub(crate) const BOLD: &[u8] = include_bytes!("../../../assets/fonts/Tinos-Bold.ttf");
/// Tinos Italic.
pub(crate) const ITALIC: &[u8] = include_bytes!("../../../assets/fonts/Tinos-Italic.ttf");

/// The character drawn for one the font has no glyph for (the real
/// character is still what a reader copies out of the PDF).
pub const REPLACEMENT: char = '?';

/// The character drawn for a private-use character: word processors paste
/// their Symbol-font bullets as those.
pub const PRIVATE_USE_BULLET: char = '•';

/// A face of the document's font.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Face {
    Regular,
    Bold,
    Italic,
}

impl Face {
    /// Every face, in the order of [`Faces`].
    pub const ALL: [Face; 3] = [Face::Regular, Face::Bold, Face::Italic];

    pub(crate) fn bytes(self) -> &'static [u8] {
        match self {
            Face::Regular => REGULAR,
            Face::Bold => BOLD,
            Face::Italic => ITALIC,
        }
    }

    fn index(self) -> usize {
        match self {
            Face::Regular => 0,
            Face::Bold => 1,
            Face::Italic => 2,
        }
    }
}

/// One glyph of one face: its id and its advance in em.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct GlyphInfo {
    pub id: u16,
    /// Advance width as a fraction of the font size.
    pub advance: f32,
}

/// The character → glyph table of one face.
#[derive(Debug)]
pub struct Metrics {
    glyphs: HashMap<char, GlyphInfo>,
    replacement: GlyphInfo,
    /// Ascent and descent (positive), as fractions of the font size.
    pub ascent: f32,
    pub descent: f32,
}

impl Metrics {
    fn load(face: Face) -> Result<Metrics, skrifa::raw::ReadError> {
        let font = FontRef::new(face.bytes())?;
        let location = LocationRef::default();
        let metrics = font.metrics(Size::unscaled(), location);
        let units = f32::from(metrics.units_per_em.max(1));
        let advances = font.glyph_metrics(Size::unscaled(), location);
        let mut glyphs = HashMap::new();
        for (code, gid) in font.charmap().mappings() {
            let Some(c) = char::from_u32(code) else {
                continue;
            };
            let Ok(id) = u16::try_from(gid.to_u32()) else {
                continue;
            };
            let advance = advances.advance_width(gid).unwrap_or(0.0) / units;
            glyphs.insert(c, GlyphInfo { id, advance });
        }
        // Every cut face maps '?' (Basic Latin); glyph 0 (.notdef) if not.
        let replacement = glyphs.get(&REPLACEMENT).copied().unwrap_or(GlyphInfo {
            id: 0,
            advance: 0.5,
        });
        Ok(Metrics {
            glyphs,
            replacement,
            ascent: metrics.ascent / units,
            descent: -metrics.descent / units,
        })
    }

    /// The glyph that draws `c`, or `None` when the face has none.
    pub fn glyph(&self, c: char) -> Option<GlyphInfo> {
        self.glyphs.get(&c).copied()
    }

    /// The glyph drawn for `c`: its own; a bullet for a private-use
    /// character; else [`REPLACEMENT`].
    ///
    /// ```
    /// use kiemdiem::core::pdf::font::{faces, Face};
    /// let regular = faces().unwrap().get(Face::Regular);
    /// assert_eq!(regular.drawn('ơ'), regular.glyph('ơ').unwrap());
    /// assert_eq!(regular.drawn('☐'), regular.glyph('?').unwrap());
    /// assert_eq!(regular.drawn('\u{F0B7}'), regular.glyph('•').unwrap());
    /// ```
    pub fn drawn(&self, c: char) -> GlyphInfo {
        if let Some(g) = self.glyph(c) {
            return g;
        }
        if ('\u{E000}'..='\u{F8FF}').contains(&c)
            && let Some(g) = self.glyph(PRIVATE_USE_BULLET)
        {
            return g;
        }
        self.replacement
    }

    /// The width of `text` at `size` points, in points.
    ///
    /// ```
    /// use kiemdiem::core::pdf::font::{faces, Face};
    /// let regular = faces().unwrap().get(Face::Regular);
    /// let w = regular.width("Đảng", 14.0);
    /// assert!(w > 20.0 && w < 40.0);
    /// assert_eq!(regular.width("", 14.0), 0.0);
    /// ```
    pub fn width(&self, text: &str, size: f32) -> f32 {
        text.chars().map(|c| self.drawn(c).advance).sum::<f32>() * size
    }
}

/// The three faces' tables.
#[derive(Debug)]
pub struct Faces([Metrics; 3]);

impl Faces {
    /// The table of one face.
    pub fn get(&self, face: Face) -> &Metrics {
        &self.0[face.index()]
    }
}

/// The compiled-in font could not be read (a broken build, never user
/// data).
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
#[error("the compiled-in font {face:?} cannot be read: {detail}")]
pub struct FontError {
    pub face: Face,
    pub detail: String,
}

/// The faces' tables, built on first use and kept for the process.
///
/// ```
/// use kiemdiem::core::pdf::font::{faces, Face};
/// let faces = faces().unwrap();
/// assert!(faces.get(Face::Bold).glyph('Ữ').is_some());
/// assert!(faces.get(Face::Italic).glyph('☐').is_none());
/// ```
pub fn faces() -> Result<&'static Faces, FontError> {
    static FACES: OnceLock<Result<Faces, FontError>> = OnceLock::new();
    FACES
        .get_or_init(|| {
            let load = |face: Face| {
                Metrics::load(face).map_err(|e| FontError {
                    face,
                    detail: e.to_string(),
                })
            };
            Ok(Faces([
                load(Face::Regular)?,
                load(Face::Bold)?,
                load(Face::Italic)?,
            ]))
        })
        .as_ref()
        .map_err(Clone::clone)
}

//! The party-document frame the templates do not carry, as data: the
//! header words, the date line, the year line, and the page profile (paper,
//! margins, sizes).
//!
//! Wording is verbatim from `shared/domain/` (source on each constant). The
//! profile is versioned data, not code: the reference expects HD
//! 36-HD/VPTW (2018) to be replaced by HD 05-HD/VPTW (2026) with possibly
//! different sizes (gaps.md §6.3), which would be a second [`Profile`].

use crate::core::template::Regime;

/// «ĐẢNG CỘNG SẢN VIỆT NAM», the tiêu đề: top right of the first page, in
/// capitals, 15 pt, upright, bold, with a rule of its own length under it
/// (regulations.md §5, HD 36 Mục II 1.1.2 and Phụ lục 3 [C]).
pub const PARTY_TITLE: &str = "ĐẢNG CỘNG SẢN VIỆT NAM";

/// «ĐẢNG BỘ ………» and «CHI BỘ …», the left column of the header
/// (regulations.md §3.1 and §3.2 [C]: the 2019 and 02B-2023 forms).
pub const COMMITTEE_PREFIX: &str = "ĐẢNG BỘ";
pub const CELL_PREFIX: &str = "CHI BỘ";
/// Names a person may have typed with their own organisation word, which
/// then stands instead of the prefix ("Chi bộ Khu phố 3" → "CHI BỘ KHU
/// PHỐ 3", not "CHI BỘ CHI BỘ …"); compared in capitals.
pub const ORGANISATION_WORDS: &[&str] = &[
    "ĐẢNG BỘ",
    "CHI BỘ",
    "ĐẢNG ỦY",
    "ĐẢNG UỶ",
    "CHI ỦY",
    "CHI UỶ",
];

/// The words of the place-and-date line «….., ngày … tháng … năm …»
/// (regulations.md §3.1 [C]; italic 14 pt per HD 36 Phụ lục 3, example
/// «Hạ Long, ngày 20 tháng 02 năm 2018»).
pub const DATE_DAY: &str = "ngày";
pub const DATE_MONTH: &str = "tháng";
pub const DATE_YEAR: &str = "năm";

/// The line under the title: «Năm: …» on the 2019 form (regulations.md
/// §3.1 [C]), «Năm ....» on the 2023 forms (§3.2 [C]) and «Năm ….» on the
/// 2025 forms (§3.3 [C], 2C copy).
pub fn year_line(regime: Regime, year: i32) -> String {
    match regime {
        Regime::Qd132 => format!("Năm: {year}"),
        Regime::Qd124 | Regime::Qd366 => format!("Năm {year}"),
    }
}

/// A page profile: paper, margins and type sizes, in PDF points.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Profile {
    /// Where the numbers come from.
    pub source: &'static str,
    pub page_width: f32,
    pub page_height: f32,
    pub margin_top: f32,
    pub margin_bottom: f32,
    pub margin_left: f32,
    pub margin_right: f32,
    /// Distance of the page number's baseline from the top edge.
    pub page_number_baseline: f32,
    pub page_number_size: f32,
    /// «ĐẢNG CỘNG SẢN VIỆT NAM».
    pub party_title_size: f32,
    /// Header organisation names, the date line, the body.
    pub body_size: f32,
    /// Baseline-to-baseline distance of body lines.
    pub leading: f32,
    /// Extra space after a paragraph.
    pub paragraph_gap: f32,
    /// First-line indent of body paragraphs.
    pub indent: f32,
    /// «BẢN KIỂM ĐIỂM CÁ NHÂN» (tên loại văn bản).
    pub title_size: f32,
    /// The form code above the header.
    pub form_code_size: f32,
    /// Tables (the 2025 scoring).
    pub table_size: f32,
    /// The task appendix (six columns).
    pub appendix_size: f32,
    /// The digest and fingerprint lines.
    pub small_size: f32,
}

/// Millimetres to PDF points.
pub const fn mm(v: f32) -> f32 {
    v * 72.0 / 25.4
}

/// HD 36-HD/VPTW (2018) as the reference reads it: A4 (regulations.md §5
/// [C]); margins 20/20/30/15 mm (gaps.md §6.1: the recent sources agree on
/// these fixed values, inside the remembered ranges top 20–25, bottom 20–25,
/// left 30–35, right 15–20 mm); page number from page 2, centred in the top
/// margin, 10 mm from the top edge (regulations.md §5 [C] handbook); sizes
/// from Phụ lục 3 [C]: tiêu đề 15 bold, tên loại 15–16 bold, body 14–15;
/// line spacing between single and 1.5 lines, first-line indent 10 mm
/// (gaps.md §6.3 [C-3p]: «lời văn cỡ 14 giãn dòng 19 pt, lùi đầu dòng 10
/// mm»).
pub const HD36: Profile = Profile {
    source: "HD 36-HD/VPTW (2018)",
    page_width: 595.28,
    page_height: 841.89,
    margin_top: mm(20.0),
    margin_bottom: mm(20.0),
    margin_left: mm(30.0),
    margin_right: mm(15.0),
    page_number_baseline: mm(10.0) + 9.0,
    page_number_size: 13.0,
    party_title_size: 15.0,
    body_size: 14.0,
    leading: 19.0,
    paragraph_gap: 3.0,
    indent: mm(10.0),
    title_size: 16.0,
    form_code_size: 12.0,
    table_size: 13.0,
    appendix_size: 11.0,
    small_size: 10.0,
};

impl Profile {
    /// The width of the text area.
    pub fn text_width(&self) -> f32 {
        self.page_width - self.margin_left - self.margin_right
    }

    /// The y of the bottom of the text area (from the top edge).
    pub fn body_bottom(&self) -> f32 {
        self.page_height - self.margin_bottom
    }
}

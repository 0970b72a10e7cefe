//! File names a secretary can sort: `KiemDiem_2025_2B_NguyenThiAnhHong`
//! (then `.json` for the sealed file, `.pdf` for the printout).
//!
//! The parts: `KiemDiem`, the review year, the template's short code (the
//! form's letter as printed: `02`, `02A`, `02B`, `2A`, `2B`, `2C`) and the
//! full name folded to ASCII in CamelCase (tones removed, Đ → D, đ → d).
//! Only `A–Z a–z 0–9 _` appear, so the name is the same on every system and
//! sorts by year, then form, then name. Folding uses NFD
//! (`core::textnorm::nfd`): Unicode's tables natively, the browser's
//! `String.prototype.normalize` in wasm, with the same result.

use crate::core::template::TemplateId;
use crate::core::textnorm::nfd;

/// The name part of a file name when the dossier has no name yet
/// (`KiemDiem_2025_2B_ChuaGhiTen.json`): "chưa ghi tên" folded like a name.
/// It is part of the file name, not a sentence, so it lives here rather
/// than in `text` (which reads `core::seal`, which reads this module).
pub const UNNAMED_IN_FILE_NAME: &str = "ChuaGhiTen";

/// The longest name part, in characters (a file name stays well under the
/// 255 bytes every file system allows).
pub const MAX_NAME_CHARS: usize = 60;

/// The file name without extension for a dossier.
///
/// ```
/// use kiemdiem::core::filename::dossier_file_stem;
/// use kiemdiem::core::template::TemplateId;
/// assert_eq!(
///     dossier_file_stem(2025, TemplateId::Y2025Member, "Nguyễn Thị Ánh Hồng"),
///     "KiemDiem_2025_2B_NguyenThiAnhHong"
/// );
/// assert_eq!(
///     dossier_file_stem(2024, TemplateId::Y2023Leader, "  "),
///     "KiemDiem_2024_02B_ChuaGhiTen"
/// );
/// ```
pub fn dossier_file_stem(year: i32, template: TemplateId, full_name: &str) -> String {
    let name = ascii_name(full_name);
    let name = if name.is_empty() {
        UNNAMED_IN_FILE_NAME.to_owned()
    } else {
        name
    };
    format!("KiemDiem_{year}_{}_{name}", template_short_code(template))
}

/// The form's letter as printed, for file names: the part of the template
/// id after the dash.
///
/// ```
/// use kiemdiem::core::filename::template_short_code;
/// use kiemdiem::core::template::TemplateId;
/// assert_eq!(template_short_code(TemplateId::Y2019), "02");
/// assert_eq!(template_short_code(TemplateId::Y2025Outside), "2C");
/// ```
pub fn template_short_code(template: TemplateId) -> &'static str {
    let id = template.as_str();
    id.split_once('-').map_or(id, |(_, code)| code)
}

/// A name folded to ASCII in CamelCase: tones and other marks removed, Đ/đ
/// as D/d, each word capitalised and the rest of it in lower case, every
/// other character a word break; at most [`MAX_NAME_CHARS`] characters.
/// Empty when nothing is left.
///
/// ```
/// use kiemdiem::core::filename::ascii_name;
/// assert_eq!(ascii_name("Đặng Văn Ơn"), "DangVanOn");
/// assert_eq!(ascii_name("TRẦN thị-BÍCH"), "TranThiBich");
/// assert_eq!(ascii_name("—"), "");
/// ```
pub fn ascii_name(full_name: &str) -> String {
    let mut out = String::new();
    let mut word_start = true;
    for c in nfd(full_name).chars() {
        if is_combining_mark(c) {
            continue;
        }
        let c = match c {
            // Đ and đ have no decomposition; Ð/ð (U+00D0/U+00F0, which look
            // the same) are sometimes typed for them.
            'Đ' | 'Ð' => 'D',
            'đ' | 'ð' => 'd',
            c => c,
        };
        if !c.is_ascii_alphanumeric() {
            word_start = true;
            continue;
        }
        if out.len() == MAX_NAME_CHARS {
            break;
        }
        out.push(if word_start {
            c.to_ascii_uppercase()
        } else {
            c.to_ascii_lowercase()
        });
        word_start = false;
    }
    out
}

/// Combining marks left by NFD on Latin letters: the diacritical marks
/// block (every Vietnamese tone, the circumflex, breve and horn) and its
/// supplements.
fn is_combining_mark(c: char) -> bool {
    matches!(c,
        '\u{0300}'..='\u{036F}'
        | '\u{1AB0}'..='\u{1AFF}'
        | '\u{1DC0}'..='\u{1DFF}'
        | '\u{20D0}'..='\u{20FF}'
        | '\u{FE20}'..='\u{FE2F}')
}

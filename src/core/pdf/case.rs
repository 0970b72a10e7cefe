//! Upper and lower case for the letters the PDF's fonts draw (Basic Latin,
//! Latin-1, Vietnamese), without Unicode's case tables: the header prints
//! the party committee and cell in capitals, and the export worker should
//! not carry tables for scripts it cannot draw anyway. Other characters are
//! left as they are.
//!
//! Vietnamese letters outside Latin-1 come in (upper, lower) pairs on
//! adjacent code points, the upper case first, except Ư/ư (U+01AF/U+01B0),
//! whose upper case is on the odd code point.

/// The upper case of one character (itself when it has none here).
fn upper_char(c: char) -> char {
    let u = c as u32;
    let mapped = match u {
        0x61..=0x7A => u - 0x20,
        0xE0..=0xFE if u != 0xF7 => u - 0x20,
        0x103 | 0x111 | 0x129 | 0x169 | 0x1A1 => u - 1,
        0x1B0 => 0x1AF,
        0x1EA0..=0x1EF9 if !u.is_multiple_of(2) => u - 1,
        _ => u,
    };
    char::from_u32(mapped).unwrap_or(c)
}

/// The lower case of one character (itself when it has none here).
fn lower_char(c: char) -> char {
    let u = c as u32;
    let mapped = match u {
        0x41..=0x5A => u + 0x20,
        0xC0..=0xDE if u != 0xD7 => u + 0x20,
        0x102 | 0x110 | 0x128 | 0x168 | 0x1A0 => u + 1,
        0x1AF => 0x1B0,
        0x1EA0..=0x1EF9 if u.is_multiple_of(2) => u + 1,
        _ => u,
    };
    char::from_u32(mapped).unwrap_or(c)
}

/// `s` in capitals.
///
/// ```
/// use kiemdiem::core::pdf::case::upper;
/// assert_eq!(upper("Chi bộ Khu phố 3"), "CHI BỘ KHU PHỐ 3");
/// assert_eq!(upper("đảng ủy ưu tiên ơn"), "ĐẢNG ỦY ƯU TIÊN ƠN");
/// ```
pub fn upper(s: &str) -> String {
    s.chars().map(upper_char).collect()
}

/// `s` in lower case.
///
/// ```
/// use kiemdiem::core::pdf::case::lower;
/// assert_eq!(lower("BẢN KIỂM ĐIỂM CÁ NHÂN"), "bản kiểm điểm cá nhân");
/// assert_eq!(lower("ƯỚC ĐẠT"), "ước đạt");
/// ```
pub fn lower(s: &str) -> String {
    s.chars().map(lower_char).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn in_repertoire(c: char) -> bool {
        let u = c as u32;
        (0x20..=0x7E).contains(&u)
            || (0xA0..=0xFF).contains(&u)
            || matches!(
                u,
                0x102
                    | 0x103
                    | 0x110
                    | 0x111
                    | 0x128
                    | 0x129
                    | 0x168
                    | 0x169
                    | 0x1A0
                    | 0x1A1
                    | 0x1AF
                    | 0x1B0
            )
            || (0x1EA0..=0x1EF9).contains(&u)
    }

    /// Agrees with Rust's Unicode tables wherever both the character and
    /// its case partner are in the fonts' repertoire.
    #[test]
    fn agrees_with_unicode_on_the_font_repertoire() {
        let all = (0x20..=0x1EFF_u32).filter_map(char::from_u32);
        for c in all.filter(|&c| in_repertoire(c)) {
            let mut std_upper = c.to_uppercase();
            if let (Some(u), None) = (std_upper.next(), std_upper.next())
                && in_repertoire(u)
            {
                assert_eq!(upper_char(c), u, "upper of {c:?}");
            }
            let mut std_lower = c.to_lowercase();
            if let (Some(l), None) = (std_lower.next(), std_lower.next())
                && in_repertoire(l)
            {
                assert_eq!(lower_char(c), l, "lower of {c:?}");
            }
        }
    }
}

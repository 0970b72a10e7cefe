//! Points as people write them in Vietnamese: a comma before the decimal
//! ("27,5"), one decimal at most. Points are kept in tenths, never as
//! floating-point numbers.

use crate::core::dossier::Points;

/// Parses "27", "27,5" or "27.5" (and a trailing separator, as typed
/// mid-way: "27,") into tenths of a point. More than one decimal, a sign or
/// any other character gives `None`.
///
/// ```
/// use kiemdiem::core::dossier::Points;
/// use kiemdiem::core::numfmt::parse_points;
/// assert_eq!(parse_points("27,5"), Some(Points(275)));
/// assert_eq!(parse_points(" 30 "), Some(Points(300)));
/// assert_eq!(parse_points("2,75"), None);
/// assert_eq!(parse_points("-1"), None);
/// ```
pub fn parse_points(raw: &str) -> Option<Points> {
    let raw = raw.trim();
    let (whole, frac) = match raw.find([',', '.']) {
        Some(i) => (&raw[..i], &raw[i + 1..]),
        None => (raw, ""),
    };
    if whole.is_empty() || whole.len() > 4 || !whole.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    if frac.len() > 1 || !frac.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    let whole: u32 = whole.parse().ok()?;
    let tenth: u32 = if frac.is_empty() {
        0
    } else {
        frac.parse().ok()?
    };
    Some(Points(whole * 10 + tenth))
}

/// Formats tenths of a point the Vietnamese way: "27,5", "30".
///
/// ```
/// use kiemdiem::core::dossier::Points;
/// use kiemdiem::core::numfmt::format_points;
/// assert_eq!(format_points(Points(275)), "27,5");
/// assert_eq!(format_points(Points(300)), "30");
/// ```
pub fn format_points(p: Points) -> String {
    if p.0.is_multiple_of(10) {
        format!("{}", p.0 / 10)
    } else {
        format!("{},{}", p.0 / 10, p.0 % 10)
    }
}

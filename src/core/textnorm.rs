//! Text normalisation: everything the app stores is Unicode NFC (TCVN
//! 6909:2001 is Unicode; input methods may produce decomposed tone marks).

use unicode_normalization::{UnicodeNormalization, is_nfc_quick};

/// Returns `s` in Unicode Normalisation Form C.
///
/// ```
/// use kiemdiem::core::textnorm::nfc;
/// // "ễ" typed as e + combining circumflex + combining tilde
/// assert_eq!(nfc("Nguye\u{302}\u{303}n"), "Nguyễn");
/// ```
pub fn nfc(s: &str) -> String {
    match is_nfc_quick(s.chars()) {
        unicode_normalization::IsNormalized::Yes => s.to_owned(),
        _ => s.nfc().collect(),
    }
}

/// Whether `s` is already NFC.
pub fn is_nfc(s: &str) -> bool {
    unicode_normalization::is_nfc(s)
}

//! Text normalisation: everything the app stores is Unicode NFC (TCVN
//! 6909:2001 is Unicode; input methods may produce decomposed tone marks).
//!
//! Natively this is the `unicode-normalization` crate. In the browser the
//! same Unicode algorithm is already built in (`String.prototype.normalize`),
//! so the wasm build calls it instead of shipping the crate's tables (about
//! 100 KB of the first load); `tests/browser_text.rs` checks both agree on
//! every Vietnamese letter.

/// Returns `s` in Unicode Normalisation Form C.
///
/// ```
/// use kiemdiem::core::textnorm::nfc;
/// // "ễ" typed as e + combining circumflex + combining tilde
/// assert_eq!(nfc("Nguye\u{302}\u{303}n"), "Nguyễn");
/// ```
pub fn nfc(s: &str) -> String {
    if s.is_ascii() {
        return s.to_owned();
    }
    imp::nfc(s)
}

/// Whether `s` is already NFC.
pub fn is_nfc(s: &str) -> bool {
    s.is_ascii() || imp::nfc(s) == s
}

#[cfg(not(target_arch = "wasm32"))]
mod imp {
    use unicode_normalization::UnicodeNormalization;

    pub fn nfc(s: &str) -> String {
        s.nfc().collect()
    }
}

#[cfg(target_arch = "wasm32")]
mod imp {
    pub fn nfc(s: &str) -> String {
        js_sys::JsString::from(s).normalize("NFC").into()
    }
}

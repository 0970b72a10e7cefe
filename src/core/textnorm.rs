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

/// Returns `s` in Unicode Normalisation Form D: every precomposed letter
/// split into its base letter and combining marks (used to fold names to
/// ASCII for file names, see `core::filename`). Like [`nfc`], the browser
/// build uses `String.prototype.normalize`.
///
/// ```
/// use kiemdiem::core::textnorm::nfd;
/// assert_eq!(nfd("Hồng"), "Ho\u{302}\u{300}ng");
/// assert_eq!(nfd("Đặng"), "Đa\u{323}\u{306}ng"); // Đ has no decomposition
/// ```
pub fn nfd(s: &str) -> String {
    if s.is_ascii() {
        return s.to_owned();
    }
    imp::nfd(s)
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

    pub fn nfd(s: &str) -> String {
        s.nfd().collect()
    }

    pub fn upper(s: &str) -> String {
        s.to_uppercase()
    }

    pub fn lower(s: &str) -> String {
        s.to_lowercase()
    }
}

#[cfg(target_arch = "wasm32")]
mod imp {
    pub fn nfc(s: &str) -> String {
        js_sys::JsString::from(s).normalize("NFC").into()
    }

    pub fn nfd(s: &str) -> String {
        js_sys::JsString::from(s).normalize("NFD").into()
    }

    pub fn upper(s: &str) -> String {
        js_sys::JsString::from(s).to_upper_case().into()
    }

    pub fn lower(s: &str) -> String {
        js_sys::JsString::from(s).to_lower_case().into()
    }
}

/// `s` with its first letter in upper case ("đảng viên" → "Đảng viên").
///
/// Like [`nfc`], the browser build uses the browser's own Unicode case
/// mapping (`String.prototype.toUpperCase`) instead of shipping Rust's
/// tables.
///
/// ```
/// use kiemdiem::core::textnorm::capitalize;
/// assert_eq!(capitalize("đảng viên"), "Đảng viên");
/// ```
pub fn capitalize(s: &str) -> String {
    let mut chars = s.chars();
    match chars.next() {
        Some(c) => imp::upper(c.encode_utf8(&mut [0; 4])) + chars.as_str(),
        None => String::new(),
    }
}

/// `s` with its first letter in lower case ("Việc thực hiện" → "việc thực
/// hiện").
///
/// ```
/// use kiemdiem::core::textnorm::lowercase_first;
/// assert_eq!(lowercase_first("Đảng viên"), "đảng viên");
/// ```
pub fn lowercase_first(s: &str) -> String {
    let mut chars = s.chars();
    match chars.next() {
        Some(c) => imp::lower(c.encode_utf8(&mut [0; 4])) + chars.as_str(),
        None => String::new(),
    }
}

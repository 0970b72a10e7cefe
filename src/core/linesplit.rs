//! Lists typed as text, line by line: a text of shortcomings or measures
//! split into one item per line or bullet, and lines compared by their
//! words. Used by the dossier (the plan made from section VI), the
//! carry-over of section III (`core::carryover`) and the suggestions file
//! (`core::suggestions`).

use crate::core::textnorm::nfc;

/// Bullet characters stripped from the start of a line: the ASCII ones, the
/// typographic ones, and the private-use bullets Word's Symbol and
/// Wingdings fonts leave in pasted text.
const BULLETS: &[char] = &[
    '-', '+', '*', '•', '–', '—', '−', '·', '●', '○', '◦', '▪', '■', '□', '►', '▸', '➢', '➤', '✓',
    '✔', '\u{f0b7}', '\u{f0a7}', '\u{f0d8}', '\u{f076}',
];

/// The most leading markers stripped from one line ("- 1. a) …").
const MAX_MARKERS: usize = 3;

/// Splits a text of shortcomings or measures into one item per line or
/// bullet: lines are split at any line break (LF, CRLF, CR, U+2028/9);
/// from each line its leading bullet ("-", "+", "•", "*", …) and numbering
/// ("1.", "1)", "1/", "1.2.", "(1)", "a)", "đ)", "b.", "ii)", "IV.") are stripped,
/// with the whitespace around; empty lines are dropped. The words are kept
/// verbatim (NFC), including a line's final punctuation.
///
/// ```
/// use kiemdiem::core::linesplit::split_items;
/// let text = "- Chưa mạnh dạn.\r\n\r\n2. Đôi lúc còn chậm;\n  a) Ngại va chạm";
/// assert_eq!(split_items(text), ["Chưa mạnh dạn.", "Đôi lúc còn chậm;", "Ngại va chạm"]);
/// ```
pub fn split_items(text: &str) -> Vec<String> {
    text.split(['\n', '\r', '\u{2028}', '\u{2029}'])
        .map(strip_markers)
        .filter(|line| !line.is_empty())
        .map(nfc)
        .collect()
}

/// A line without its leading markers and surrounding whitespace.
fn strip_markers(line: &str) -> &str {
    let mut rest = line.trim();
    for _ in 0..MAX_MARKERS {
        match strip_marker(rest) {
            Some(r) => rest = r.trim_start(),
            None => break,
        }
    }
    rest
}

/// The line after one leading marker, if it starts with one.
fn strip_marker(line: &str) -> Option<&str> {
    let first = line.chars().next()?;
    if BULLETS.contains(&first) {
        return Some(&line[first.len_utf8()..]);
    }
    if let Some(inner) = line.strip_prefix('(') {
        let close = inner.find(')')?;
        return is_label(&inner[..close]).then(|| &inner[close + 1..]);
    }
    strip_numbering(line)
}

/// Strips a numbering label and its closing mark: a number with ".", ")"
/// or "/" ("1.", "1)", "1/", and dotted "1.2."), or a letter or small Roman
/// numeral with ")" or "." ("a)", "đ)", "b.", "iv)", "IV."). After a number
/// the text may follow at once ("1.Chưa …") but not a digit ("1.5 triệu",
/// "1/2 số" are not numbered); after a letter label with "." a space must
/// follow ("v.v." is not numbered).
fn strip_numbering(line: &str) -> Option<&str> {
    // Labels are ASCII letters and digits, or đ: looking no further keeps
    // Unicode's alphanumeric tables out of the browser bundle.
    let end = line.find(|c: char| !(c.is_ascii_alphanumeric() || c == 'đ' || c == 'Đ'))?;
    let (label, rest) = line.split_at(end);
    let mark = rest.chars().next()?;
    let after = &rest[mark.len_utf8()..];
    if is_number(label) {
        if !matches!(mark, '.' | ')' | '/') {
            return None;
        }
        let mut rest = after;
        if mark == '.' {
            while let Some(next) = dotted_part(rest) {
                rest = next;
            }
        }
        let next_is_digit = rest.starts_with(|c: char| c.is_ascii_digit());
        return (!next_is_digit).then_some(rest);
    }
    let spaced = after.is_empty() || after.starts_with(char::is_whitespace);
    let closes = mark == ')' || (mark == '.' && spaced);
    (is_label(label) && closes).then_some(after)
}

/// After "1.", the rest of a dotted number "2." or "2)" (then the text).
fn dotted_part(s: &str) -> Option<&str> {
    let digits = s.find(|c: char| !c.is_ascii_digit())?;
    if digits == 0 || digits > 3 {
        return None;
    }
    let rest = &s[digits..];
    rest.strip_prefix('.').or_else(|| rest.strip_prefix(')'))
}

/// One to three ASCII digits.
fn is_number(s: &str) -> bool {
    (1..=3).contains(&s.len()) && s.bytes().all(|b| b.is_ascii_digit())
}

/// A list label: a number, one letter (Vietnamese lists use "đ" after "d"),
/// or a small Roman numeral.
fn is_label(s: &str) -> bool {
    const ROMAN: [&str; 12] = [
        "i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix", "x", "xi", "xii",
    ];
    let mut chars = s.chars();
    let single_letter = matches!((chars.next(), chars.next()), (Some(c), None) if c.is_ascii_alphabetic() || c == 'đ' || c == 'Đ');
    is_number(s) || single_letter || ROMAN.iter().any(|r| r.eq_ignore_ascii_case(s))
}

/// The key two lines are compared by: NFC, surrounding whitespace trimmed.
pub fn text_key(s: &str) -> String {
    nfc(s.trim())
}

/// Whether two lines say the same (see [`text_key`]).
pub fn same_text(a: &str, b: &str) -> bool {
    text_key(a) == text_key(b)
}

//! The app's register: every string the app ships speaks to a party member
//! as «đồng chí», never «bạn», and no raw (English) error text reaches the
//! person. Reads the string literals of the source files that hold or show
//! user-facing text.

use std::fs;
use std::path::{Path, PathBuf};

/// The string literals of a Rust source file (comments skipped; escapes
/// kept as written, which is enough for word searches).
fn literals(src: &str) -> Vec<String> {
    let mut out = Vec::new();
    let chars: Vec<char> = src.chars().collect();
    let mut i = 0;
    while i < chars.len() {
        match chars[i] {
            '/' if chars.get(i + 1) == Some(&'/') => {
                while i < chars.len() && chars[i] != '\n' {
                    i += 1;
                }
            }
            '/' if chars.get(i + 1) == Some(&'*') => {
                i += 2;
                while i + 1 < chars.len() && !(chars[i] == '*' && chars[i + 1] == '/') {
                    i += 1;
                }
                i += 2;
            }
            // A char literal such as '"' or '\'' (lifetimes have no closing quote
            // two or three characters on).
            '\'' if chars.get(i + 2) == Some(&'\'') => i += 3,
            '\'' if chars.get(i + 1) == Some(&'\\') && chars.get(i + 3) == Some(&'\'') => i += 4,
            'r' if chars.get(i + 1) == Some(&'#') || chars.get(i + 1) == Some(&'"') => {
                let prev_ident = i > 0 && (chars[i - 1].is_alphanumeric() || chars[i - 1] == '_');
                let mut j = i + 1;
                let mut hashes = 0;
                while chars.get(j) == Some(&'#') {
                    hashes += 1;
                    j += 1;
                }
                if prev_ident || chars.get(j) != Some(&'"') {
                    i += 1;
                    continue;
                }
                let start = j + 1;
                let mut k = start;
                'raw: while k < chars.len() {
                    if chars[k] == '"' && (0..hashes).all(|h| chars.get(k + 1 + h) == Some(&'#')) {
                        break 'raw;
                    }
                    k += 1;
                }
                out.push(chars[start..k.min(chars.len())].iter().collect());
                i = k + 1 + hashes;
            }
            '"' => {
                let mut s = String::new();
                i += 1;
                while i < chars.len() && chars[i] != '"' {
                    if chars[i] == '\\' && i + 1 < chars.len() {
                        s.push(chars[i]);
                        i += 1;
                    }
                    s.push(chars[i]);
                    i += 1;
                }
                out.push(s);
                i += 1;
            }
            _ => i += 1,
        }
    }
    out
}

fn rust_files(dir: &Path, out: &mut Vec<PathBuf>) {
    for entry in fs::read_dir(dir).expect("source directory") {
        let path = entry.expect("directory entry").path();
        if path.is_dir() {
            rust_files(&path, out);
        } else if path.extension().is_some_and(|e| e == "rs") {
            out.push(path);
        }
    }
}

/// The files whose literals reach the person: the app's voice, the
/// components, the worker answers.
fn shipped() -> Vec<(PathBuf, Vec<String>)> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut files = Vec::new();
    for dir in [
        "src/text",
        "src/ui",
        "src/core/template",
        "src/check",
        "src/sealing",
    ] {
        rust_files(&root.join(dir), &mut files);
    }
    files.push(root.join("src/check.rs"));
    files.push(root.join("src/sealing.rs"));
    files.push(root.join("src/dossier_view.rs"));
    files
        .into_iter()
        .map(|p| {
            let src = fs::read_to_string(&p).expect("readable source");
            let lits = literals(&src);
            (p, lits)
        })
        .collect()
}

fn words(s: &str) -> impl Iterator<Item = String> + '_ {
    s.split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(|w| w.to_lowercase())
}

#[test]
fn the_literal_reader_finds_strings_and_skips_comments() {
    let src = "// bạn\nconst A: &str = \"đồng chí \\\"x\\\"\"; /* bạn */ let c = '\"'; f(r#\"raw \"q\"\"#);";
    assert_eq!(
        literals(src),
        ["đồng chí \\\"x\\\"".to_owned(), "raw \"q\"".to_owned()]
    );
}

#[test]
fn no_shipped_string_says_ban() {
    let files = shipped();
    assert!(files.iter().map(|(_, l)| l.len()).sum::<usize>() > 500);
    let mut found = Vec::new();
    for (path, lits) in &files {
        for l in lits {
            if words(l).any(|w| w == "bạn") {
                found.push(format!("{}: {l}", path.display()));
            }
        }
    }
    assert!(found.is_empty(), "«bạn» in:\n{}", found.join("\n"));
}

/// English words that show up in raw error texts (thiserror messages,
/// serde, the browser).
const ENGLISH_ERROR_WORDS: &[&str] = &[
    "error",
    "failed",
    "invalid",
    "cannot",
    "could",
    "unexpected",
    "unavailable",
    "exceeded",
    "quota",
    "missing",
    "refused",
    "unreadable",
];

/// `s` without its format placeholders ("{exceeded}").
fn without_placeholders(s: &str) -> String {
    let mut out = String::new();
    let mut depth = 0;
    for c in s.chars() {
        match c {
            '{' => depth += 1,
            '}' if depth > 0 => depth -= 1,
            _ if depth == 0 => out.push(c),
            _ => {}
        }
    }
    out
}

#[test]
fn no_shipped_string_carries_english_error_words() {
    let mut found = Vec::new();
    // The person's words all live in src/text (the components hold CSS
    // classes and ids); the worker answers are made in check.rs and
    // export.rs.
    for (path, lits) in shipped() {
        if path.components().any(|c| c.as_os_str() == "ui") {
            continue;
        }
        for l in lits {
            let l = without_placeholders(&l);
            // Single tokens are protocol tags and keys, not sentences.
            if !l.trim().contains(' ') {
                continue;
            }
            if let Some(w) = words(&l).find(|w| ENGLISH_ERROR_WORDS.contains(&w.as_str())) {
                found.push(format!("{} ({w}): {l}", path.display()));
            }
        }
    }
    assert!(found.is_empty(), "English in:\n{}", found.join("\n"));
}

#[test]
fn no_raw_error_is_turned_into_text_for_the_person() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut files = Vec::new();
    for dir in ["src/ui", "src/web", "src/text", "src/check", "src/sealing"] {
        rust_files(&root.join(dir), &mut files);
    }
    files.push(root.join("src/check.rs"));
    files.push(root.join("src/sealing.rs"));
    files.push(root.join("src/dossier_view.rs"));
    let mut found = Vec::new();
    for path in files {
        let src = fs::read_to_string(&path).expect("readable source");
        for (n, line) in src.lines().enumerate() {
            let code = line.split("//").next().unwrap_or("");
            for raw in [
                "(e.to_string()",
                "(&e.to_string()",
                "|e| e.to_string()",
                " e.to_string()",
                "{e}",
                "{e:?}",
                "{err}",
            ] {
                if code.contains(raw) {
                    found.push(format!("{}:{}: {}", path.display(), n + 1, line.trim()));
                }
            }
        }
    }
    assert!(found.is_empty(), "raw errors shown:\n{}", found.join("\n"));
}

#[test]
fn a_dossier_without_a_name_is_named_once_not_in_double_brackets() {
    use kiemdiem::text;
    let unnamed = text::carry_from(2024, "");
    assert!(unnamed.contains(text::NO_NAME_YET), "{unnamed}");
    assert!(!unnamed.contains("(("), "{unnamed}");
    assert_eq!(
        text::carry_from(2024, "Nguyễn Văn A"),
        "Lấy từ bản kiểm điểm năm 2024 (Nguyễn Văn A)"
    );
}

//! `kiemdiem-cli` on the shared test files: every sealed variant
//! (`tests/fixtures/seal/`) and the PDFs made from them
//! (`tests/fixtures/seal/pdf/`). Its verdicts are kept in
//! `tests/fixtures/seal/verdicts.json`, which the verify page's end-to-end
//! test (`tests/e2e/export.spec.mjs`) reads too: the command line and the
//! page agree on every file because both must match it.
//!
//! `KIEMDIEM_BLESS_SEAL=1 cargo test --test cli` rewrites the PDFs and the
//! verdicts (then review the diff).

use std::path::{Path, PathBuf};
use std::process::Command;

use kiemdiem::core::pdf::{self, PdfInput};
use kiemdiem::core::seal;
use kiemdiem::sealing::Report;

const CLI: &str = env!("CARGO_BIN_EXE_kiemdiem-cli");

fn dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/seal")
}

fn bless() -> bool {
    std::env::var_os("KIEMDIEM_BLESS_SEAL").is_some()
}

/// The PDFs of the shared set: the valid dossier printed; the same with its
/// embedded file changed after sealing; a truncated copy.
fn write_pdfs() {
    let valid = std::fs::read(dir().join("valid.json")).unwrap();
    let out = dir().join("pdf");
    std::fs::create_dir_all(&out).unwrap();
    let status = Command::new(CLI)
        .args(["render", "valid.json", "-o", "pdf/ok-valid.pdf"])
        .current_dir(dir())
        .status()
        .unwrap();
    assert!(status.success());
    let v = seal::verify(&valid).unwrap();
    let changed = String::from_utf8(valid.clone())
        .unwrap()
        .replacen("Khối vận", "Khối văn", 1);
    assert_ne!(changed.as_bytes(), valid.as_slice());
    let tampered = pdf::render(&PdfInput {
        dossier: &v.payload.dossier,
        sealed_json: changed.as_bytes(),
        file_name: "KiemDiem_2025_2B_NguyenThiAnhHong.json",
        digest_hex: &v.digest,
        fingerprint: &v.fingerprint,
        date: chrono::NaiveDate::from_ymd_opt(2025, 12, 1).unwrap(),
        scheme: None,
        words: &kiemdiem::text::pdf::WORDS,
    })
    .unwrap();
    std::fs::write(out.join("bad-embedded-changed.pdf"), tampered).unwrap();
    let whole = std::fs::read(out.join("ok-valid.pdf")).unwrap();
    std::fs::write(out.join("bad-truncated.pdf"), &whole[..whole.len() / 2]).unwrap();
}

/// Every file of the shared set, as paths relative to `tests/fixtures/seal`.
fn files() -> Vec<String> {
    let mut files = vec!["valid.json".to_owned()];
    for sub in ["variants", "pdf"] {
        let mut names: Vec<String> = std::fs::read_dir(dir().join(sub))
            .unwrap()
            .map(|e| format!("{sub}/{}", e.unwrap().file_name().to_string_lossy()))
            .collect();
        names.sort();
        files.extend(names);
    }
    files
}

fn cli_verify(files: &[String]) -> (bool, Vec<Report>) {
    let out = Command::new(CLI)
        .arg("verify")
        .arg("--json")
        .args(files)
        .current_dir(dir())
        .output()
        .unwrap();
    let reports: Vec<Report> = serde_json::from_slice(&out.stdout).unwrap();
    (out.status.success(), reports)
}

#[test]
fn the_command_line_gives_the_committed_verdict_for_every_shared_file() {
    if bless() {
        write_pdfs();
    }
    let files = files();
    assert!(files.len() >= 18, "{files:?}");
    let (all_ok, reports) = cli_verify(&files);
    assert!(!all_ok, "some files are bad, so the exit status is 1");
    let verdicts: Vec<(String, bool, String)> = files
        .iter()
        .zip(&reports)
        .map(|(f, r)| (f.clone(), r.ok, r.verdict.clone()))
        .collect();
    let path = dir().join("verdicts.json");
    if bless() {
        let text = serde_json::to_string_pretty(&verdicts).unwrap();
        std::fs::write(&path, text + "\n").unwrap();
    }
    let committed: Vec<(String, bool, String)> =
        serde_json::from_str(&std::fs::read_to_string(&path).unwrap()).unwrap();
    assert_eq!(verdicts, committed);
    // The names say what each file is.
    for (file, ok, verdict) in &verdicts {
        let name = file.rsplit('/').next().unwrap();
        let expect_ok = name.starts_with("ok-") || name == "valid.json";
        assert_eq!(*ok, expect_ok, "{file}: {verdict}");
    }
}

#[test]
fn the_command_line_and_the_verify_page_code_say_the_same() {
    let files = files();
    let (_, reports) = cli_verify(&files);
    for (file, report) in files.iter().zip(reports) {
        let bytes = std::fs::read(dir().join(file)).unwrap();
        let name = file.rsplit('/').next().unwrap();
        assert_eq!(
            report,
            kiemdiem::sealing::verify_report(name, &bytes),
            "{file}"
        );
    }
}

#[test]
fn a_rendered_pdf_carries_the_sealed_file_byte_for_byte() {
    let out = std::env::temp_dir().join(format!("kiemdiem-cli-{}.pdf", std::process::id()));
    let status = Command::new(CLI)
        .args(["render", "valid.json", "-o"])
        .arg(&out)
        .current_dir(dir())
        .status()
        .unwrap();
    assert!(status.success());
    let pdf_bytes = std::fs::read(&out).unwrap();
    let _ = std::fs::remove_file(&out);
    let valid = std::fs::read(dir().join("valid.json")).unwrap();
    assert_eq!(pdf::embedded_dossier(&pdf_bytes).unwrap(), valid);
    // A changed file is not rendered: the seal is checked first.
    let bad = Command::new(CLI)
        .args([
            "render",
            "variants/bad-content-changed.json",
            "-o",
            "/dev/null",
        ])
        .current_dir(dir())
        .output()
        .unwrap();
    assert!(!bad.status.success());
    assert!(String::from_utf8_lossy(&bad.stderr).contains("đã bị thay đổi sau khi niêm phong"));
}

#[test]
fn the_command_line_explains_its_use_and_refuses_unknown_commands() {
    let out = Command::new(CLI).arg("frobnicate").output().unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("kiemdiem-cli verify"));
    let none = Command::new(CLI).arg("verify").output().unwrap();
    assert_eq!(none.status.code(), Some(2));
}

#[test]
fn a_missing_file_or_a_folder_is_explained_in_vietnamese() {
    let missing = Command::new(CLI)
        .args(["verify", "khong-co-tep-nay.json"])
        .output()
        .unwrap();
    assert_eq!(missing.status.code(), Some(1));
    let said = String::from_utf8_lossy(&missing.stdout);
    assert!(said.contains("LỖI khong-co-tep-nay.json"), "{said}");
    assert!(said.contains("không tìm thấy tệp"), "{said}");
    assert!(!said.contains("os error"), "{said}");

    let folder = std::env::temp_dir();
    let out = std::env::temp_dir().join("kiemdiem-cli-test.pdf");
    let render = Command::new(CLI)
        .args([
            "render",
            folder.to_str().unwrap(),
            "-o",
            out.to_str().unwrap(),
        ])
        .output()
        .unwrap();
    assert_eq!(render.status.code(), Some(1));
    let said = String::from_utf8_lossy(&render.stderr);
    assert!(said.contains("đây là một thư mục"), "{said}");
    assert!(!out.exists());
}

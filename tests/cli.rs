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
        cell: None,
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

// ---------------------------------------------------------------------------
// The secretary's desk on the command line

/// A fresh folder under the system's temporary folder.
fn temp(name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("kiemdiem-desk-{}-{name}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

fn generate(dir: &Path, args: &[&str]) -> serde_json::Value {
    let out = Command::new(CLI)
        .args(["desk", "generate"])
        .arg(dir)
        .args(args)
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    serde_json::from_slice(&out.stdout).unwrap()
}

fn xlsx_rows(path: &Path, sheet: usize) -> Vec<Vec<calamine::Data>> {
    use calamine::{Reader, Xlsx, open_workbook};
    let mut book: Xlsx<_> = open_workbook(path).unwrap();
    let range = book.worksheet_range_at(sheet).unwrap().unwrap();
    range.rows().map(<[calamine::Data]>::to_vec).collect()
}

fn text(d: &calamine::Data) -> String {
    match d {
        calamine::Data::String(s) => s.clone(),
        calamine::Data::Empty => String::new(),
        other => panic!("not text: {other:?}"),
    }
}

fn number(d: &calamine::Data) -> f64 {
    match d {
        calamine::Data::Float(f) => *f,
        other => panic!("not a number: {other:?}"),
    }
}

#[test]
fn a_generated_cell_is_summarised_with_its_defects_found() {
    let dir = temp("cell");
    let made = generate(
        &dir.join("in"),
        &[
            "--count",
            "40",
            "--tampered",
            "2",
            "--duplicate",
            "1",
            "--new-key",
            "1",
            "--missing",
            "3",
            "--seed",
            "7",
        ],
    );
    assert_eq!(made["files"], 44);
    let out = Command::new(CLI)
        .args(["desk", "summarize"])
        .arg(dir.join("in"))
        .arg("-o")
        .arg(dir.join("tong-hop.xlsx"))
        .arg("--csv")
        .arg(dir.join("tong-hop.csv"))
        .arg("--index")
        .arg(dir.join("danh-muc.xlsx"))
        .arg("--roster")
        .arg(dir.join("in/roster.csv"))
        .output()
        .unwrap();
    let said = String::from_utf8_lossy(&out.stdout).into_owned();
    assert_eq!(out.status.code(), Some(1), "{said}");
    // One line per refused file, with the reason.
    let refused: Vec<&str> = said.lines().filter(|l| l.starts_with("LỖI")).collect();
    assert_eq!(refused.len(), 2, "{said}");
    for (line, file) in refused
        .iter()
        .zip(made["tampered_files"].as_array().unwrap())
    {
        assert!(line.contains(file.as_str().unwrap()), "{line}");
        assert!(line.contains("đã bị thay đổi sau khi niêm phong"), "{line}");
    }
    let new_key = made["new_key_files"][0].as_str().unwrap();
    assert!(
        said.lines()
            .any(|l| l.starts_with("CHÚ Ý") && l.contains(new_key) && l.contains("khoá khác")),
        "{said}"
    );
    assert!(
        said.contains("40 hồ sơ được tính, 39 được xếp loại, 1 không xếp loại; 3 đồng chí"),
        "{said}"
    );

    // Sheet 1: one row per member who handed in, then those who did not.
    let members = xlsx_rows(&dir.join("tong-hop.xlsx"), 0);
    assert_eq!(text(&members[0][1]), "Họ và tên");
    assert_eq!(members.len(), 1 + 40 + 3);
    assert_eq!(number(&members[1][0]), 1.0);
    let names: Vec<String> = members[1..].iter().map(|r| text(&r[1])).collect();
    let namesake = made["namesakes"][0].as_str().unwrap();
    assert_eq!(
        names.iter().filter(|n| *n == namesake).count(),
        2,
        "{names:?}"
    );
    for missing in made["missing_names"].as_array().unwrap() {
        let row = members
            .iter()
            .find(|r| text(&r[1]) == missing.as_str().unwrap())
            .unwrap();
        assert_eq!(text(&row[6]), "Chưa nộp hồ sơ");
    }
    assert!(
        members
            .iter()
            .any(|r| text(&r[6]).contains("Miễn công tác và sinh hoạt đảng"))
    );

    // Sheet 2: the counts per level as numbers, percentages of those rated.
    let levels = xlsx_rows(&dir.join("tong-hop.xlsx"), 1);
    let want = [
        ("Hoàn thành xuất sắc nhiệm vụ", &made["levels"]["excellent"]),
        ("Hoàn thành tốt nhiệm vụ", &made["levels"]["good"]),
        ("Hoàn thành nhiệm vụ", &made["levels"]["completed"]),
        (
            "Không hoàn thành nhiệm vụ",
            &made["levels"]["not_completed"],
        ),
    ];
    for (row, (label, count)) in levels[1..5].iter().zip(want) {
        assert_eq!(text(&row[0]), label);
        let count = count.as_f64().unwrap();
        assert_eq!(number(&row[1]), count, "{label}");
        assert!((number(&row[2]) - count / 39.0).abs() < 1e-9, "{label}");
    }
    let all: Vec<String> = levels
        .iter()
        .flatten()
        .filter_map(|d| match d {
            calamine::Data::String(s) => Some(s.clone()),
            _ => None,
        })
        .collect();
    assert!(
        all.iter().any(|s| s.contains("Điều 11, khoản 1")),
        "{all:?}"
    );
    assert!(all.iter().any(|s| s.contains("đảng ủy cơ sở")), "{all:?}");

    // The dossier index lists every admitted file with its digest.
    let index = xlsx_rows(&dir.join("danh-muc.xlsx"), 0);
    assert_eq!(index.len(), 1 + 42);
    assert_eq!(text(&index[0][5]), "SHA-256");
    assert!(index[1..].iter().all(|r| text(&r[5]).len() == 64));
    assert!(
        index[1..]
            .iter()
            .any(|r| text(&r[6]).contains("chờ bí thư quyết định"))
    );
    assert!(
        index[1..]
            .iter()
            .any(|r| text(&r[6]).starts_with("Đã được thay"))
    );

    // The CSV: a byte order mark, CRLF lines, the same members.
    let csv = std::fs::read_to_string(dir.join("tong-hop.csv")).unwrap();
    assert!(csv.starts_with("\u{feff}STT,Họ và tên,"));
    assert!(csv.contains("Ghi chú\r\n"));
    assert!(csv.contains(namesake));
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn a_folder_with_nothing_wrong_ends_with_success() {
    let dir = temp("clean");
    generate(&dir.join("in"), &["--count", "5", "--year", "2022"]);
    let out = Command::new(CLI)
        .args(["desk", "summarize"])
        .arg(dir.join("in"))
        .arg("--index")
        .arg(dir.join("danh-muc.csv"))
        .output()
        .unwrap();
    let said = String::from_utf8_lossy(&out.stdout);
    assert!(out.status.success(), "{said}");
    assert!(!said.contains("LỖI"), "{said}");
    let index = std::fs::read_to_string(dir.join("danh-muc.csv")).unwrap();
    assert!(index.starts_with('\u{feff}'));
    assert_eq!(index.matches("\r\n").count(), 6);
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn desk_commands_explain_their_use() {
    for args in [
        &["desk"][..],
        &["desk", "summarize", "somewhere"],
        &["desk", "generate", "somewhere"],
        &["desk", "generate", "somewhere", "--count", "x"],
    ] {
        let out = Command::new(CLI).args(args).output().unwrap();
        assert_eq!(out.status.code(), Some(2), "{args:?}");
        assert!(String::from_utf8_lossy(&out.stderr).contains("desk summarize"));
    }
}

#[test]
fn a_pdf_of_a_file_already_received_is_read_and_not_counted_twice() {
    let dir = temp("pdf");
    generate(&dir.join("in"), &["--count", "2"]);
    let json = std::fs::read_dir(dir.join("in"))
        .unwrap()
        .map(|e| e.unwrap().path())
        .find(|p| p.extension().is_some_and(|e| e == "json"))
        .unwrap();
    let status = Command::new(CLI)
        .arg("render")
        .arg(&json)
        .arg("-o")
        .arg(dir.join("in/ban-in.pdf"))
        .status()
        .unwrap();
    assert!(status.success());
    let out = Command::new(CLI)
        .args(["desk", "summarize"])
        .arg(dir.join("in"))
        .arg("--csv")
        .arg(dir.join("tong-hop.csv"))
        .output()
        .unwrap();
    let said = String::from_utf8_lossy(&out.stdout);
    assert!(out.status.success(), "{said}");
    assert!(
        said.lines()
            .any(|l| l.contains("ban-in.pdf") && l.contains("đã có trên bàn làm việc")),
        "{said}"
    );
    assert!(said.contains(": 2 hồ sơ được tính"), "{said}");
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn a_file_name_with_terminal_escapes_or_a_bidi_override_is_printed_inert() {
    let dir = temp("escapes");
    let sly = dir.join("\u{1b}[2K\u{1b}[1GOK  tốt.json");
    let rtl = dir.join("hồ sơ\u{202e}nosj.exe");
    std::fs::write(&sly, b"{}").unwrap();
    std::fs::write(&rtl, b"{}").unwrap();
    let out = Command::new(env!("CARGO_BIN_EXE_kiemdiem-cli"))
        .arg("verify")
        .arg(&sly)
        .arg(&rtl)
        .output()
        .unwrap();
    let text = String::from_utf8(out.stdout).unwrap();
    assert!(
        !text.contains('\u{1b}') && !text.contains('\u{202e}'),
        "{text:?}"
    );
    assert!(
        text.contains("\\u{1b}[2K") && text.contains("\\u{202e}"),
        "{text}"
    );
    assert_eq!(
        text.lines().filter(|l| l.starts_with("LỖI ")).count(),
        2,
        "{text}"
    );
}

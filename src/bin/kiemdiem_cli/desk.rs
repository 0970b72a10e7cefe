//! `kiemdiem-cli desk …`: the secretary's desk on the command line.
//!
//! * `summarize DIR... -o OUT.xlsx [--csv F] [--index F] [--roster F]`: every
//!   `.json` and `.pdf` directly in the folders (sub-folders are not read)
//!   is verified with the verify page's checks (`kiemdiem::sealing`); the
//!   verified ones are admitted to one desk (`core::desk`), so the folders
//!   of several cells make one summary (files of other cells are flagged);
//!   each refused file gets one line with its reason. Exit 1 if any file
//!   was refused.
//! * `generate DIR --count N …`: a cell's sealed dossiers with chosen
//!   defects and its roster, for tests and benchmarks; prints a JSON line
//!   of what it made.

use std::path::{Path, PathBuf};
use std::process::ExitCode;

use chrono::{TimeZone, Utc};
use kiemdiem::core::desk::summary;
use kiemdiem::core::desk::{Admission, Desk, roster, sheet};
use kiemdiem::core::dossier::{Dossier, DossierId, IdentityField, Points, Rating, Role};
use kiemdiem::core::seal::{self, KeyPair};
use kiemdiem::core::{filename, pdf};
use kiemdiem::text::desk as t;
use sha2::{Digest, Sha256};

use crate::cli::{io_error, read, usage};

/// The longest name or verdict echoed on the terminal.
const ECHO_MAX: usize = 300;

/// The value after a flag.
fn flag<'a>(args: &'a [String], name: &str) -> Option<&'a str> {
    args.iter()
        .position(|a| a == name)
        .and_then(|i| args.get(i + 1))
        .map(String::as_str)
}

/// Arguments that are neither flags nor their values.
fn positional<'a>(args: &'a [String], flags: &[&str]) -> Option<Vec<&'a str>> {
    let mut out = Vec::new();
    let mut i = 0;
    while i < args.len() {
        let a = args[i].as_str();
        if flags.contains(&a) {
            args.get(i + 1)?;
            i += 2;
        } else if a.starts_with("--") {
            return None;
        } else {
            out.push(a);
            i += 1;
        }
    }
    Some(out)
}

fn has_ext(path: &Path, ext: &str) -> bool {
    path.extension()
        .is_some_and(|e| e.to_string_lossy().eq_ignore_ascii_case(ext))
}

/// The `.json` and `.pdf` files directly in a folder, sorted by name.
fn dossier_files(dir: &str) -> Result<Vec<PathBuf>, String> {
    let entries = std::fs::read_dir(dir).map_err(|e| io_error(dir, &e))?;
    let mut files: Vec<PathBuf> = entries
        .filter_map(Result::ok)
        .map(|e| e.path())
        .filter(|p| p.is_file() && (has_ext(p, "json") || has_ext(p, "pdf")))
        .collect();
    files.sort();
    Ok(files)
}

fn now_ms() -> i64 {
    std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |d| d.as_millis() as i64)
}

/// Verifies one file and admits it; `Err` with the verdict when refused.
fn take(desk: &mut Desk, name: &str, bytes: &[u8], now: i64) -> Result<Admission, String> {
    let json = if bytes.starts_with(b"%PDF-") {
        pdf::embedded_dossier(bytes).ok()
    } else {
        Some(bytes.to_vec())
    };
    match json.as_deref().map(seal::verify) {
        Some(Ok(v)) => Ok(desk.admit(t::receive(&v, name, now))),
        // The verify page's verdict, worded the same way.
        _ => Err(kiemdiem::sealing::verify_report(name, bytes).verdict),
    }
}

fn write(path: &str, bytes: &[u8]) -> Result<(), String> {
    std::fs::write(path, bytes).map_err(|e| io_error(path, &e))
}

pub fn summarize(args: &[String]) -> ExitCode {
    const FLAGS: [&str; 5] = ["-o", "--csv", "--index", "--roster", "--pdf"];
    let Some(dirs) = positional(args, &FLAGS) else {
        return usage();
    };
    let (out, csv_out, index_out) = (flag(args, "-o"), flag(args, "--csv"), flag(args, "--index"));
    let pdf_out = flag(args, "--pdf");
    if dirs.is_empty()
        || (out.is_none() && csv_out.is_none() && index_out.is_none() && pdf_out.is_none())
    {
        return usage();
    }
    let mut desk = Desk::new();
    if let Some(path) = flag(args, "--roster") {
        let rows = read(path).and_then(|bytes| {
            let rows = if has_ext(Path::new(path), "xlsx") {
                roster::read_xlsx(&bytes)
            } else {
                roster::read_csv(&bytes)
            };
            rows.map_err(|e| t::roster_error(&e))
        });
        match rows {
            Ok(rows) => desk.replace_roster(rows),
            Err(e) => {
                eprintln!("LỖI {}: {}", t::echo(path, ECHO_MAX), t::echo(&e, ECHO_MAX));
                return ExitCode::from(2);
            }
        }
    }
    let now = now_ms();
    let (mut taken, mut refused) = (0usize, 0usize);
    for dir in &dirs {
        let files = match dossier_files(dir) {
            Ok(files) => files,
            Err(e) => {
                eprintln!("LỖI {}", t::echo(&e, ECHO_MAX));
                return ExitCode::from(2);
            }
        };
        for path in files {
            let shown = path.to_string_lossy().into_owned();
            let name = path
                .file_name()
                .map_or_else(|| shown.clone(), |n| n.to_string_lossy().into_owned());
            let result = read(&shown).and_then(|bytes| take(&mut desk, &name, &bytes, now));
            match result {
                Ok(Admission::New) => taken += 1,
                Ok(a) => {
                    taken += 1;
                    let who = desk
                        .files
                        .last()
                        .map_or(String::new(), |f| f.received.full_name.clone());
                    println!(
                        "CHÚ Ý {}: {}",
                        t::echo(&shown, ECHO_MAX),
                        t::echo(&t::admission(&a, &who), ECHO_MAX)
                    );
                }
                Err(verdict) => {
                    refused += 1;
                    println!(
                        "LỖI {}: {}",
                        t::echo(&shown, ECHO_MAX),
                        t::echo(&verdict, ECHO_MAX)
                    );
                }
            }
        }
    }
    let summary = summary::summarize(&desk);
    let words = &t::SHEET_WORDS;
    let mut outputs: Vec<(&str, Result<Vec<u8>, String>)> = Vec::new();
    let xlsx_failed = |e: sheet::SheetError| t::sheet_error(&e);
    if let Some(path) = out {
        outputs.push((
            path,
            sheet::summary_xlsx(&desk, &summary, words).map_err(xlsx_failed),
        ));
    }
    if let Some(path) = csv_out {
        outputs.push((
            path,
            Ok(sheet::summary_csv(&desk, &summary, words).into_bytes()),
        ));
    }
    if let Some(path) = index_out {
        let bytes = if has_ext(Path::new(path), "csv") {
            Ok(sheet::index_csv(&desk, words).into_bytes())
        } else {
            sheet::index_xlsx(&desk, words).map_err(xlsx_failed)
        };
        outputs.push((path, bytes));
    }
    if let Some(path) = pdf_out {
        // The same document as the desk's «Bảng tổng hợp (.pdf)», dated
        // today in Vietnam's time (UTC+7).
        let now_ms = std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .map_or(0, |d| d.as_millis() as i64);
        let today = chrono::DateTime::from_timestamp_millis(now_ms + 7 * 3_600_000)
            .map(|d| d.date_naive())
            .unwrap_or_default();
        use chrono::Datelike;
        let job = kiemdiem::sealing::ExportJob::DeskSheet {
            desk: desk.clone(),
            sheet: kiemdiem::sealing::SheetKind::SummaryPdf,
            today: (today.year(), today.month(), today.day()),
        };
        let made = match kiemdiem::sealing::run(job, None) {
            (kiemdiem::sealing::ExportAnswer::Made { .. }, Some(pdf)) => Ok(pdf),
            (kiemdiem::sealing::ExportAnswer::Failed(m), _) => Err(m),
            _ => Err(kiemdiem::text::WORKER_BAD_ANSWER.to_owned()),
        };
        outputs.push((path, made));
    }
    for (path, bytes) in outputs {
        if let Err(e) = bytes.and_then(|b| write(path, &b)) {
            eprintln!("LỖI {}", t::echo(&e, ECHO_MAX));
            return ExitCode::from(2);
        }
    }
    println!("{}", t::cli_summary(taken, refused, &summary));
    if refused > 0 {
        ExitCode::from(1)
    } else {
        ExitCode::SUCCESS
    }
}

// ---------------------------------------------------------------------------
// The generator

const FAMILY: [&str; 16] = [
    "Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Huỳnh", "Phan", "Vũ", "Võ", "Đặng", "Bùi", "Đỗ",
    "Hồ", "Ngô", "Dương", "Lý",
];
const MIDDLE: [&str; 10] = [
    "Văn",
    "Thị",
    "Đức",
    "Minh",
    "Thu",
    "Hữu",
    "Ngọc",
    "Thanh",
    "Quốc",
    "Thị Ánh",
];
const GIVEN: [&str; 24] = [
    "An", "Bình", "Cường", "Dũng", "Hà", "Hồng", "Khánh", "Lan", "Long", "Mai", "Nam", "Oanh",
    "Phúc", "Quân", "Sơn", "Tâm", "Uyên", "Vinh", "Xuân", "Yến", "Ơn", "Đạt", "Hương", "Tú",
];

/// The ratings proposed, in turn (one member in ten HTXS, about one in
/// five HT, one in twenty KHT).
const LEVELS: [Rating; 20] = {
    use Rating::*;
    [
        Good,
        Good,
        Excellent,
        Good,
        Completed,
        Good,
        Good,
        Good,
        Completed,
        Good,
        Good,
        Good,
        Excellent,
        Good,
        Completed,
        Good,
        NotCompleted,
        Good,
        Completed,
        Good,
    ]
};

/// A small deterministic generator (SplitMix64).
struct Mix(u64);

impl Mix {
    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9e37_79b9_7f4a_7c15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
        z ^ (z >> 31)
    }

    fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }
}

/// A deterministic signing key.
fn key(seed: u64, member: usize, which: &str) -> KeyPair {
    let hash = Sha256::digest(format!("kiemdiem desk generate {seed} {member} {which}"));
    let mut bytes = [0u8; 32];
    bytes.copy_from_slice(&hash);
    KeyPair::from_seed(bytes)
}

struct Person {
    name: String,
    birth: String,
}

/// `count` distinct names (members 0 and 1 are namesakes with different
/// birth dates when there are two or more).
fn people(count: usize, mix: &mut Mix) -> Vec<Person> {
    let mut seen = std::collections::HashSet::new();
    let mut out: Vec<Person> = Vec::new();
    while out.len() < count {
        let birth = format!(
            "{:02}/{:02}/{}",
            1 + mix.below(28),
            1 + mix.below(12),
            1955 + mix.below(45)
        );
        if out.len() == 1 {
            let name = out[0].name.clone();
            if out[0].birth != birth {
                out.push(Person { name, birth });
            }
            continue;
        }
        let name = format!(
            "{} {} {}",
            FAMILY[mix.below(FAMILY.len())],
            MIDDLE[mix.below(MIDDLE.len())],
            GIVEN[mix.below(GIVEN.len())]
        );
        if seen.insert(name.clone()) || seen.len() >= FAMILY.len() * MIDDLE.len() * GIVEN.len() {
            out.push(Person { name, birth });
        }
    }
    out
}

const CELL: &str = "Chi bộ Khu phố 1";
const COMMITTEE: &str = "Đảng bộ phường Nghĩa Lộ";
/// The answer every generated dossier carries; a tampered copy changes it.
const ANSWER: &str =
    "Luôn kiên định lập trường, tư tưởng chính trị; hoàn thành nhiệm vụ được giao.";

/// The dossier of a member: `level` `None` makes them exempted (not rated).
fn dossier(year: i32, p: &Person, level: Option<Rating>, i: usize) -> Result<Dossier, String> {
    let now = Utc
        .with_ymd_and_hms(year, 11, 20, 1, 0, 0)
        .single()
        .ok_or("năm không hợp lệ")?;
    let mut d = Dossier::new(DossierId(format!("hs-{i:x}-0")), year, Role::Member, now)
        .map_err(|e| kiemdiem::text::new_dossier_error(&e))?;
    d.set_identity(IdentityField::FullName, &p.name, now);
    d.set_identity(IdentityField::BirthDate, &p.birth, now);
    d.set_identity(IdentityField::PartyCell, CELL, now);
    d.set_identity(IdentityField::PartyCommittee, COMMITTEE, now);
    if let Some(slot) = d.template.template().slots_for(Role::Member).next() {
        d.set_answer_text(slot.key, ANSWER, now);
    }
    match level {
        None => d.circumstances.exempted = true,
        Some(level) => {
            d.proposal.party = Some(level);
            if year >= 2025 {
                let score = match level {
                    Rating::Excellent => 920,
                    Rating::Good => 800,
                    Rating::Completed => 600,
                    Rating::NotCompleted => 400,
                };
                d.points.insert("B.I.chung.1".into(), Points(score));
            }
        }
    }
    Ok(d)
}

fn count_flag(args: &[String], name: &str, default: usize) -> Option<usize> {
    match flag(args, name) {
        None => Some(default),
        Some(v) => v.parse().ok(),
    }
}

pub fn generate(args: &[String]) -> ExitCode {
    const FLAGS: [&str; 7] = [
        "--count",
        "--tampered",
        "--duplicate",
        "--new-key",
        "--missing",
        "--year",
        "--seed",
    ];
    let parsed = (|| {
        let dirs = positional(args, &FLAGS)?;
        let [dir] = dirs.as_slice() else {
            return None;
        };
        let count = count_flag(args, "--count", 0).filter(|n| *n > 0)?;
        let year: i32 = flag(args, "--year").map_or(Some(2025), |y| y.parse().ok())?;
        let seed: u64 = flag(args, "--seed").map_or(Some(1), |s| s.parse().ok())?;
        Some((
            dir.to_string(),
            count,
            count_flag(args, "--tampered", 0)?.min(count),
            count_flag(args, "--duplicate", 0)?.min(count),
            count_flag(args, "--new-key", 0)?.min(count),
            count_flag(args, "--missing", 0)?,
            year,
            seed,
        ))
    })();
    let Some((dir, count, tampered, duplicate, new_key, missing, year, seed)) = parsed else {
        return usage();
    };
    match make(
        &dir, count, tampered, duplicate, new_key, missing, year, seed,
    ) {
        Ok(report) => {
            println!("{report}");
            ExitCode::SUCCESS
        }
        Err(e) => {
            eprintln!("LỖI {}", t::echo(&e, ECHO_MAX));
            ExitCode::from(2)
        }
    }
}

#[allow(clippy::too_many_arguments)]
fn make(
    dir: &str,
    count: usize,
    tampered: usize,
    duplicate: usize,
    new_key: usize,
    missing: usize,
    year: i32,
    seed: u64,
) -> Result<serde_json::Value, String> {
    std::fs::create_dir_all(dir).map_err(|e| io_error(dir, &e))?;
    let mut mix = Mix(seed);
    let everyone = people(count + missing, &mut mix);
    let (members, absent) = everyone.split_at(count);
    let sealed_at = Utc
        .with_ymd_and_hms(year, 12, 1, 1, 0, 0)
        .single()
        .ok_or("năm không hợp lệ")?
        .timestamp_millis();
    // The third member is exempted (not rated) when there are three or more.
    let level_of = |i: usize| (!(count >= 3 && i == 2)).then(|| LEVELS[i % LEVELS.len()]);
    let seal_one = |d: &Dossier, key: &KeyPair, at: i64| {
        seal::seal(d, key, at, env!("CARGO_PKG_VERSION"))
            .map_err(|e| kiemdiem::text::seal::seal_error(&e))
    };
    let put = |name: &str, text: &str| write(&format!("{dir}/{name}"), text.as_bytes());
    let stem = |p: &Person, i: usize, d: &Dossier| {
        format!(
            "{}_{:03}",
            filename::dossier_file_stem(year, d.template, &p.name),
            i + 1
        )
    };
    let mut levels = [0usize; 4];
    let mut not_rated = 0;
    let mut texts = Vec::new();
    for (i, p) in members.iter().enumerate() {
        let level = level_of(i);
        let d = dossier(year, p, level, i)?;
        let file = seal_one(&d, &key(seed, i, "first"), sealed_at + i as i64 * 60_000)?;
        put(&format!("{}.json", stem(p, i, &d)), &file.text)?;
        match level {
            Some(l) => levels[l as usize] += 1,
            None => not_rated += 1,
        }
        texts.push((stem(p, i, &d), file.text, d));
    }
    // Later files: duplicates from the last member back, then new keys.
    let later = sealed_at + 86_400_000;
    for k in 0..duplicate {
        let i = count - 1 - k;
        let (name, _, d) = &texts[i];
        let file = seal_one(d, &key(seed, i, "first"), later + k as i64 * 60_000)?;
        put(&format!("{name}_nop-lai.json"), &file.text)?;
    }
    let mut new_key_files = Vec::new();
    for k in 0..new_key {
        let i = (count - 1).saturating_sub(duplicate + k);
        let (name, _, d) = &texts[i];
        let file = seal_one(
            d,
            &key(seed, i, "second"),
            later + (duplicate + k) as i64 * 60_000,
        )?;
        let file_name = format!("{name}_khoa-moi.json");
        put(&file_name, &file.text)?;
        new_key_files.push(file_name);
    }
    let mut tampered_files = Vec::new();
    for (name, text, _) in texts.iter().take(tampered) {
        let changed = text.replacen("hoàn thành nhiệm vụ", "hoàn thanh nhiệm vụ", 1);
        let file_name = format!("{name}_sua-sau-niem-phong.json");
        put(&file_name, &changed)?;
        tampered_files.push(file_name);
    }
    // The roster: every member, those who hand in nothing last.
    let mut roster = String::from("STT,Họ và tên,Ngày sinh,Ghi chú\r\n");
    for (i, p) in everyone.iter().enumerate() {
        roster.push_str(&format!("{},{},{},\r\n", i + 1, p.name, p.birth));
    }
    put("roster.csv", &roster)?;
    let dup_new = duplicate + new_key;
    Ok(serde_json::json!({
        "year": year,
        "party_cell": CELL,
        "dossiers": count,
        "files": count + tampered + dup_new,
        "roster": count + missing,
        "not_rated": not_rated,
        "levels": {
            "excellent": levels[0],
            "good": levels[1],
            "completed": levels[2],
            "not_completed": levels[3],
        },
        "tampered": tampered,
        "tampered_files": tampered_files,
        "duplicates": duplicate,
        "new_key": new_key,
        "new_key_files": new_key_files,
        "missing": missing,
        "missing_names": absent.iter().map(|p| p.name.clone()).collect::<Vec<_>>(),
        "namesakes": if count >= 2 { vec![members[0].name.clone()] } else { vec![] },
    }))
}

//! `kiemdiem-cli`: the export core on the command line, for the party
//! committee's office and for tests. The same code as the verify page and
//! the export worker (`kiemdiem::sealing`).
//!
//! ```text
//! kiemdiem-cli verify FILE...            check the seal of .json/.pdf dossiers
//! kiemdiem-cli render FILE.json -o OUT.pdf   print a sealed dossier as its PDF
//! kiemdiem-cli desk summarize DIR... -o OUT.xlsx [--csv F] [--index F] [--pdf F] [--roster F]
//! kiemdiem-cli desk generate DIR --count N [--tampered K] [--duplicate K]
//!              [--new-key K] [--missing K] [--year Y] [--seed S]
//! ```
//!
//! `desk summarize` is the secretary's desk for the committee office: the
//! dossiers of the folders verified with the verify page's checks, admitted
//! to one desk, summarised (`core::desk`); `desk generate` makes a cell's
//! sealed dossiers with chosen defects, for tests and benchmarks.
//!
//! `verify` prints one line per file, `OK` or `LỖI` with the verdict the
//! verify page shows, and exits with 1 if any file failed; `--json` prints
//! the verify page's full reports as JSON instead.

#[cfg(not(target_arch = "wasm32"))]
fn main() -> std::process::ExitCode {
    cli::main()
}

#[cfg(target_arch = "wasm32")]
fn main() {}

#[cfg(not(target_arch = "wasm32"))]
mod cli {
    use std::process::ExitCode;

    use kiemdiem::sealing::{self, MAX_FILE_BYTES};

    const USAGE: &str = "Cách dùng:
  kiemdiem-cli verify [--json] TỆP...        kiểm tra niêm phong của tệp hồ sơ (.json, .pdf)
  kiemdiem-cli render TỆP.json -o TỆP.pdf    in tệp hồ sơ đã niêm phong ra PDF
  kiemdiem-cli desk summarize THƯ_MỤC... -o TỔNG_HỢP.xlsx [--csv TỆP.csv] [--index TỆP.xlsx|.csv] [--pdf TỆP.pdf] [--roster TỆP.csv|.xlsx]
                                             tổng hợp các hồ sơ .json/.pdf trong thư mục (không xét thư mục con)
  kiemdiem-cli desk generate THƯ_MỤC --count N [--tampered K] [--duplicate K] [--new-key K] [--missing K] [--year NĂM] [--seed S]
                                             tạo hồ sơ mẫu của một chi bộ để kiểm thử";

    pub fn main() -> ExitCode {
        let args: Vec<String> = std::env::args().skip(1).collect();
        match args.first().map(String::as_str) {
            Some("verify") => verify(&args[1..]),
            Some("render") => render(&args[1..]),
            Some("desk") => match args.get(1).map(String::as_str) {
                Some("summarize") => crate::desk::summarize(&args[2..]),
                Some("generate") => crate::desk::generate(&args[2..]),
                _ => {
                    eprintln!("{USAGE}");
                    ExitCode::from(2)
                }
            },
            _ => {
                eprintln!("{USAGE}");
                ExitCode::from(2)
            }
        }
    }

    pub(crate) fn usage() -> ExitCode {
        eprintln!("{USAGE}");
        ExitCode::from(2)
    }

    pub(crate) fn io_error(path: &str, e: &std::io::Error) -> String {
        kiemdiem::text::tools::file_io_error(path, e.kind())
    }

    /// Reads a file, refusing one over the verify page's limit before
    /// reading it.
    pub(crate) fn read(path: &str) -> Result<Vec<u8>, String> {
        let meta = std::fs::metadata(path).map_err(|e| io_error(path, &e))?;
        if meta.len() > MAX_FILE_BYTES {
            return Err(kiemdiem::text::tools::file_too_large(
                meta.len(),
                MAX_FILE_BYTES,
            ));
        }
        std::fs::read(path).map_err(|e| io_error(path, &e))
    }

    fn verify(args: &[String]) -> ExitCode {
        let json = args.iter().any(|a| a == "--json");
        let files: Vec<&String> = args.iter().filter(|a| *a != "--json").collect();
        if files.is_empty() {
            eprintln!("{USAGE}");
            return ExitCode::from(2);
        }
        let mut reports = Vec::new();
        for path in files {
            let name = std::path::Path::new(path)
                .file_name()
                .map_or(path.clone(), |n| n.to_string_lossy().into_owned());
            let report = match read(path) {
                Ok(bytes) => sealing::verify_report(&name, &bytes),
                Err(e) => sealing::Report {
                    file: name,
                    verdict: e,
                    ..sealing::Report::default()
                },
            };
            reports.push(report);
        }
        if json {
            match serde_json::to_string_pretty(&reports) {
                Ok(s) => println!("{s}"),
                Err(_) => {
                    eprintln!("{}", kiemdiem::text::tools::CLI_REPORT_FAILED);
                    return ExitCode::from(2);
                }
            }
        } else {
            // Text from the files (their names, what the verdict quotes)
            // is escaped and bounded: a name cannot move the cursor, erase
            // the «LỖI» or reverse the line.
            use kiemdiem::text::echo;
            for r in &reports {
                let tag = if r.ok { "OK  " } else { "LỖI" };
                println!("{tag} {}: {}", echo(&r.file, 200), echo(&r.verdict, 2000));
            }
        }
        if reports.iter().all(|r| r.ok) {
            ExitCode::SUCCESS
        } else {
            ExitCode::from(1)
        }
    }

    fn render(args: &[String]) -> ExitCode {
        let (input, output) = match args {
            [input, o, output] if o == "-o" => (input, output),
            _ => {
                eprintln!("{USAGE}");
                return ExitCode::from(2);
            }
        };
        let result = read(input)
            .and_then(|bytes| sealing::render_sealed(&bytes, None))
            .and_then(|pdf| std::fs::write(output, pdf).map_err(|e| io_error(output, &e)));
        match result {
            Ok(()) => {
                println!("{output}");
                ExitCode::SUCCESS
            }
            Err(e) => {
                eprintln!("LỖI {input}: {e}");
                ExitCode::from(1)
            }
        }
    }
}

/// `desk summarize` and `desk generate`.
#[cfg(not(target_arch = "wasm32"))]
#[path = "kiemdiem_cli/desk.rs"]
mod desk;

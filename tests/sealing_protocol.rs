//! The export worker's protocol, end to end in native code: a dossier in, a
//! sealed file and a PDF out; the signing key made, saved behind a
//! passphrase and opened again; files verified as the verify page and the
//! command line show them.

use chrono::{TimeZone, Utc};
use kiemdiem::core::dossier::{Dossier, DossierId, IdentityField, Role};
use kiemdiem::core::keyfile::KeyFileError;
use kiemdiem::core::seal::{self, VerifyError};
use kiemdiem::core::{pdf, seal::KeyPair};
use kiemdiem::dossier_view::Row;
use kiemdiem::sealing::{
    Envelope, ExportAnswer, ExportJob, Exported, VERSION, answer_job, protocol, run, run_export,
    run_verify, verify_report,
};
use kiemdiem::text;

fn dossier() -> Dossier {
    let now = Utc.with_ymd_and_hms(2026, 11, 29, 8, 0, 0).unwrap();
    let mut d = Dossier::new(DossierId("hs-1".into()), 2025, Role::Member, now).unwrap();
    d.set_identity(IdentityField::FullName, "Nguyễn Thị Ánh Hồng", now);
    d.set_identity(IdentityField::PartyCell, "Chi bộ Khu phố 3", now);
    d.set_identity(IdentityField::Place, "Đức Phố", now);
    d
}

fn export(key: Option<String>) -> (Exported, Vec<u8>) {
    let (answer, pdf) = run(
        ExportJob::Export {
            dossier: dossier(),
            key,
            now_ms: 1_764_403_200_000,
            today: (2026, 11, 29),
        },
        None,
    );
    match (answer, pdf) {
        (ExportAnswer::Exported(e), Some(pdf)) => (e, pdf),
        (other, _) => panic!("not an export: {other:?}"),
    }
}

fn new_key() -> (String, String) {
    match run(ExportJob::NewKey { now_ms: 1 }, None).0 {
        ExportAnswer::Key { key, fingerprint } => (key, fingerprint),
        other => panic!("not a key: {other:?}"),
    }
}

#[test]
fn the_first_export_makes_a_key_and_both_files_carry_the_same_seal() {
    let (e, pdf_bytes) = export(None);
    let key = e.new_key.clone().expect("a first export makes a key");
    assert_eq!(e.json_name, "KiemDiem_2025_2B_NguyenThiAnhHong.json");
    assert_eq!(e.pdf_name, "KiemDiem_2025_2B_NguyenThiAnhHong.pdf");
    let v = seal::verify(e.json.as_bytes()).unwrap();
    assert_eq!(v.fingerprint, e.fingerprint);
    assert_eq!(v.digest, e.digest);
    assert_eq!(v.payload.dossier, dossier());
    assert!(pdf_bytes.starts_with(b"%PDF-"));
    assert_eq!(
        pdf::embedded_dossier(&pdf_bytes).unwrap(),
        e.json.as_bytes()
    );

    // The next export with the stored key keeps it and its fingerprint.
    let (again, _) = export(Some(key));
    assert_eq!(again.new_key, None);
    assert_eq!(again.fingerprint, e.fingerprint);
}

#[test]
fn a_broken_stored_key_is_reported_not_replaced() {
    let (answer, pdf) = run(
        ExportJob::Export {
            dossier: dossier(),
            key: Some("{\"version\":1,\"seed\":\"zz\"}".into()),
            now_ms: 1,
            today: (2026, 11, 29),
        },
        None,
    );
    assert!(pdf.is_none());
    assert!(
        matches!(&answer, ExportAnswer::Failed(m) if m == text::tools::KEY_RECORD_BROKEN),
        "{answer:?}"
    );
}

#[test]
fn a_saved_key_file_opens_with_its_passphrase_only() {
    let (key, fingerprint) = new_key();
    let ExportAnswer::File { name, text: file } = run(
        ExportJob::SaveKey {
            key,
            passphrase: "mật khẩu dài".into(),
        },
        None,
    )
    .0
    else {
        panic!("no key file")
    };
    assert_eq!(
        name,
        format!("KiemDiem_Khoa_{}.json", fingerprint.replace(' ', ""))
    );
    let open = |passphrase: &str| {
        run(
            ExportJob::OpenKey {
                passphrase: passphrase.into(),
                now_ms: 2,
            },
            Some(file.clone().into_bytes()),
        )
        .0
    };
    match open("mật khẩu dài") {
        ExportAnswer::Key { fingerprint: f, .. } => assert_eq!(f, fingerprint),
        other => panic!("not opened: {other:?}"),
    }
    match open("mật khẩu khác") {
        ExportAnswer::Failed(m) => assert_eq!(
            m,
            text::seal::key_file_error(&KeyFileError::WrongPassphrase)
        ),
        other => panic!("opened with a wrong passphrase: {other:?}"),
    }
    // A passphrase too short is refused before anything is written.
    let (key, _) = new_key();
    assert!(matches!(
        run(
            ExportJob::SaveKey {
                key,
                passphrase: "ngắn".into()
            },
            None
        )
        .0,
        ExportAnswer::Failed(_)
    ));
}

#[test]
fn the_verify_report_accepts_both_files_and_names_what_is_wrong_with_a_changed_one() {
    let (e, pdf_bytes) = export(None);
    let json = verify_report("a.json", e.json.as_bytes());
    assert!(json.ok, "{json:?}");
    assert!(json.facts.iter().any(|(_, v)| v == "Nguyễn Thị Ánh Hồng"));
    assert!(json.facts.iter().any(|(_, v)| *v == e.fingerprint));
    assert!(
        json.content
            .iter()
            .any(|r| matches!(r, Row::Answer(_, v) if v == "Đức Phố"))
    );
    let from_pdf = verify_report("a.pdf", &pdf_bytes);
    assert!(from_pdf.ok, "{from_pdf:?}");
    assert_eq!(from_pdf.facts, json.facts);

    let changed = e.json.replacen("Khu phố 3", "Khu phố 4", 1);
    let bad = verify_report("b.json", changed.as_bytes());
    assert!(!bad.ok);
    assert_eq!(
        bad.verdict,
        text::seal::verify_error(&VerifyError::SignatureInvalid)
    );
    assert!(bad.content.is_empty(), "nothing of a changed file is shown");

    let not_pdf = verify_report("c.pdf", b"%PDF-1.7 cut short");
    assert!(!not_pdf.ok);
    assert!(!not_pdf.verdict.is_empty());
}

#[test]
fn jobs_and_answers_cross_the_boundary_as_json_with_their_number() {
    let job = Envelope {
        v: VERSION,
        seq: 12,
        body: ExportJob::NewKey { now_ms: 5 },
    };
    let (json, bytes) = answer_job(&serde_json::to_string(&job).unwrap(), None, run);
    assert!(bytes.is_none());
    let back: Envelope<ExportAnswer> = serde_json::from_str(&json).unwrap();
    assert_eq!((back.v, back.seq), (VERSION, 12));
    assert!(matches!(back.body, ExportAnswer::Key { .. }));
    // A job the worker cannot read, or one of another version (a page and a
    // worker of two builds), is answered with a failure under its number,
    // never silence.
    let other_version = format!(
        r#"{{"v":{},"seq":13,"body":{{"new_key":{{"now_ms":5}}}}}}"#,
        VERSION + 1
    );
    for msg in [
        r#"{"v":1,"seq":13,"body":{"NoSuchJob":{}}}"#,
        r#"{"seq":13,"body":{"new_key":{"now_ms":5}}}"#,
        &other_version,
    ] {
        let (json, _) = answer_job(msg, None, run);
        let back: Envelope<ExportAnswer> = serde_json::from_str(&json).unwrap();
        assert_eq!(back.seq, 13);
        assert!(
            matches!(&back.body, ExportAnswer::Failed(m) if m == kiemdiem::text::WORKER_BAD_JOB),
            "{msg}: {back:?}"
        );
    }
    // The page reads an answer of another version as no answer.
    let answer = protocol::encode(14, ExportAnswer::Failed("x".into())).unwrap();
    assert!(matches!(
        protocol::decode::<ExportAnswer>(&answer),
        Some((14, Some(ExportAnswer::Failed(_))))
    ));
    let stale = answer.replace(&format!(r#""v":{VERSION}"#), r#""v":0"#);
    assert_ne!(stale, answer);
    assert!(matches!(
        protocol::decode::<ExportAnswer>(&stale),
        Some((14, None))
    ));
    // Without a readable number the answer says so (the page then fails
    // every job waiting for this worker).
    assert_eq!(
        answer_job("not json", None, run).0,
        kiemdiem::sealing::UNREADABLE
    );
    // Each worker refuses the other's jobs.
    let verify = ExportJob::Verify {
        name: "a.json".into(),
    };
    assert!(matches!(
        run_export(verify, Some(b"{}".to_vec())).0,
        ExportAnswer::Failed(_)
    ));
    assert!(matches!(
        run_verify(ExportJob::NewKey { now_ms: 1 }, None).0,
        ExportAnswer::Failed(_)
    ));
}

#[test]
fn a_key_record_seals_like_the_key_it_holds() {
    let (key, fingerprint) = new_key();
    let (e, _) = export(Some(key));
    assert_eq!(e.fingerprint, fingerprint);
    assert_ne!(e.fingerprint, KeyPair::from_seed([0; 32]).fingerprint());
}

#[test]
fn a_backup_of_the_drafts_never_carries_the_signing_key() {
    use kiemdiem::core::backup::make_backup;
    use kiemdiem::core::store::{Drafts, KeyValue, MemoryKv};
    use kiemdiem::sealing::KEY_STORAGE_KEY;

    let (key, _) = new_key();
    let drafts = Drafts::new(MemoryKv::default());
    drafts.save(&dossier(), 0).unwrap();
    drafts.kv().set(KEY_STORAGE_KEY, &key).unwrap();
    drafts
        .kv()
        .set(&format!("{KEY_STORAGE_KEY}.1"), &key)
        .unwrap();
    let (file, _) = make_backup(&drafts, 1, "0.1.0").unwrap();
    let seed = serde_json::from_str::<serde_json::Value>(&key).unwrap()["seed"]
        .as_str()
        .unwrap()
        .to_owned();
    assert!(file.contains("Nguyễn Thị Ánh Hồng"), "the dossier is in it");
    assert!(!file.contains(&seed), "the key is not");
    assert!(!file.contains("signing-key"));
}

/// Every job and every answer of the export and verify workers reads back
/// as it was written: two values of each variant (everything filled,
/// everything empty), built from the declarations (`ExportJob::examples`),
/// so a new variant or field is round-tripped without being listed here.
#[test]
fn every_export_job_and_answer_round_trips() {
    let jobs = ExportJob::examples();
    assert_eq!(jobs.len(), 2 * ExportJob::TAGS.len());
    for (i, job) in jobs.into_iter().enumerate() {
        assert_eq!(job.tag(), ExportJob::TAGS[i % ExportJob::TAGS.len()]);
        let json = protocol::job_json(u32::MAX, job.clone()).unwrap();
        let back = protocol::decode::<ExportJob>(&json);
        assert_eq!(
            format!("{back:?}"),
            format!("{:?}", Some((u32::MAX, Some(job))))
        );
    }
    let answers = ExportAnswer::examples();
    assert_eq!(answers.len(), 2 * ExportAnswer::TAGS.len());
    for (i, a) in answers.into_iter().enumerate() {
        assert_eq!(a.tag(), ExportAnswer::TAGS[i % ExportAnswer::TAGS.len()]);
        let json = protocol::encode(0, a.clone()).unwrap();
        let back = protocol::decode::<ExportAnswer>(&json);
        assert_eq!(format!("{back:?}"), format!("{:?}", Some((0, Some(a)))));
    }
}

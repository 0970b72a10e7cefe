//! The check worker's protocol: a dossier in, progress, problems and advice
//! out, as lists of strings, worded in Vietnamese.

use chrono::{TimeZone, Utc};
use kiemdiem::check::{CheckRequest, Job, JobAnswer, Tone, answer, check, run};
use kiemdiem::core::dossier::{Dossier, DossierId, IdentityField, Points, Rating, Role};

fn dossier(year: i32, role: Role) -> Dossier {
    let now = Utc.with_ymd_and_hms(2026, 11, 29, 8, 0, 0).unwrap();
    Dossier::new(DossierId("hs-1".into()), year, role, now).unwrap()
}

#[test]
fn an_answer_round_trips_and_echoes_the_request_number() {
    let mut d = dossier(2025, Role::Member);
    d.points.insert("B.I.chung.1".into(), Points(600));
    d.proposal.party = Some(Rating::Excellent);
    let req = CheckRequest {
        seq: 41,
        dossier: d,
        today: (2026, 11, 29),
    };
    let msg = Job::Check(req.clone()).encode(9).unwrap();
    let (seq, back) = JobAnswer::decode(answer(msg)).unwrap();
    assert_eq!(seq, 9);
    let JobAnswer::Check(view) = back else {
        panic!("not a check answer")
    };
    assert_eq!(view.seq, 41);
    let expected = check(&req);
    assert!(!expected.advice.findings.is_empty());
    assert!(expected.advice.summary.is_some());
    assert_eq!(view, expected);
}

/// Every job and every answer reads back as it was written: two values of
/// each variant (everything filled, everything empty), built from the
/// declaration itself (`Job::examples`), so a new variant or field is
/// round-tripped without being listed here.
#[test]
fn every_job_and_answer_round_trips() {
    let jobs = Job::examples();
    assert_eq!(jobs.len(), 2 * Job::TAGS.len());
    for (i, job) in jobs.iter().enumerate() {
        assert_eq!(job.tag(), Job::TAGS[i % Job::TAGS.len()]);
        let (seq, back) = Job::decode(job.encode(3).unwrap()).unwrap();
        assert_eq!(seq, 3);
        assert_eq!(format!("{back:?}"), format!("{job:?}"));
    }
    let answers = JobAnswer::examples();
    assert_eq!(answers.len(), 2 * JobAnswer::TAGS.len());
    for (i, a) in answers.iter().enumerate() {
        assert_eq!(a.tag(), JobAnswer::TAGS[i % JobAnswer::TAGS.len()]);
        let (seq, back) = JobAnswer::decode(a.encode(u32::MAX).unwrap()).unwrap();
        assert_eq!(seq, u32::MAX);
        assert_eq!(format!("{back:?}"), format!("{a:?}"));
    }
    // The filled examples do fill: optional texts that look like the
    // format's markers, lists, a dossier with a name.
    let filled = format!("{:?}", &answers[..JobAnswer::TAGS.len()]);
    assert!(
        filled.contains("Some(\"+- Nguyễn Thị Ánh Hồng\\n\")"),
        "{filled}"
    );
    assert!(
        format!(
            "{:?}",
            answers[JobAnswer::TAGS.len()..].iter().collect::<Vec<_>>()
        )
        .contains("None")
    );
    // Every tone crosses as itself.
    for tone in Tone::ALL {
        let view = kiemdiem::check::CheckView {
            advice: kiemdiem::check::AdviceView {
                findings: vec![kiemdiem::check::FindingView {
                    tone,
                    label: String::new(),
                    text: String::new(),
                    citation: String::new(),
                }],
                ..Default::default()
            },
            ..Default::default()
        };
        let back = JobAnswer::decode(JobAnswer::Check(view.clone()).encode(1).unwrap());
        assert!(matches!(back, Some((1, JobAnswer::Check(v))) if v == view));
    }
}

/// A page and a worker of two builds do not misread each other: a job of
/// another version is refused with the page's "could not send" message, an
/// answer of another version reads as no answer (the page then says it
/// could not read it).
#[test]
fn a_message_of_another_version_is_refused() {
    for job in Job::examples() {
        let mut msg = job.encode(5).unwrap();
        assert_eq!(msg[1], kiemdiem::check::VERSION.to_string());
        msg[1] = (kiemdiem::check::VERSION + 1).to_string();
        assert!(Job::decode(msg.clone()).is_none());
        let (seq, back) = JobAnswer::decode(answer(msg)).unwrap();
        assert_eq!(seq, 5);
        assert!(
            matches!(&back, JobAnswer::Failed { message } if message == kiemdiem::text::WORKER_BAD_JOB),
            "{back:?}"
        );
    }
    for a in JobAnswer::examples() {
        let mut msg = a.encode(6).unwrap();
        msg[1] = "0".into();
        assert!(JobAnswer::decode(msg).is_none());
    }
    // Nor does a message with something left over read.
    let mut msg = Job::Prose {
        template: kiemdiem::core::template::TemplateId::Y2019,
    }
    .encode(7)
    .unwrap();
    msg.push("x".into());
    assert!(Job::decode(msg).is_none());
}

#[test]
fn an_empty_dossier_lists_what_is_missing_per_section_in_vietnamese() {
    let view = check(&CheckRequest {
        seq: 1,
        dossier: dossier(2022, Role::Leader),
        today: (2026, 11, 29),
    });
    let name = view.problem_for("full_name").unwrap();
    assert_eq!(name.section, "identity");
    assert!(name.message.contains("Họ và tên"), "{}", name.message);
    let identity = view.progress_of("identity").unwrap();
    assert_eq!((identity.answered, identity.required), (0, 4));
    // The leader items of section I are required of a leader.
    assert!(
        view.problems
            .iter()
            .any(|p| p.key == "I.lanhdao.1" && p.section == "I")
    );
}

#[test]
fn progress_moves_when_a_field_is_filled() {
    let mut d = dossier(2025, Role::Member);
    d.set_identity(IdentityField::FullName, "Nguyễn Thị Ánh Hồng", d.updated_at);
    let view = check(&CheckRequest {
        seq: 1,
        dossier: d,
        today: (2026, 11, 29),
    });
    assert_eq!(view.progress_of("identity").unwrap().answered, 1);
    assert!(view.problem_for("full_name").is_none());
}

#[test]
fn a_proposal_above_what_the_score_allows_is_a_warning_with_its_source() {
    let mut d = dossier(2025, Role::Member);
    d.points.insert("B.I.chung.1".into(), Points(600));
    d.proposal.party = Some(Rating::Excellent);
    let view = check(&CheckRequest {
        seq: 1,
        dossier: d,
        today: (2026, 11, 29),
    });
    let summary = view.advice.summary.expect("a summary line");
    assert!(summary.contains("cao hơn"), "{summary}");
    let warning = view
        .advice
        .findings
        .iter()
        .find(|f| f.tone == Tone::Warning)
        .expect("a warning");
    assert!(
        warning.citation.contains("QĐ 366-QĐ/TW"),
        "{}",
        warning.citation
    );
    assert!(view.advice.not_rated.is_none());
}

#[test]
fn a_member_exempted_from_party_work_is_told_they_are_not_rated() {
    let mut d = dossier(2025, Role::Member);
    d.circumstances.exempted = true;
    let view = check(&CheckRequest {
        seq: 1,
        dossier: d,
        today: (2026, 11, 29),
    });
    let said = view.advice.not_rated.expect("not rated");
    assert!(said.contains("Điều 5, khoản 2"), "{said}");
    assert!(said.contains("không phải đề xuất mức xếp loại"), "{said}");
    // The check asks for neither a proposed rating nor points; the same
    // dossier, rated, is asked for both.
    let asks = |problems: &[kiemdiem::check::ProblemView]| {
        problems.iter().any(|p| {
            p.message.contains("chưa chọn mức tự xếp loại chất lượng")
                || p.message.starts_with("Chưa chấm điểm")
        })
    };
    assert!(!asks(&view.problems), "{:#?}", view.problems);
    let rated = check(&CheckRequest {
        seq: 2,
        dossier: dossier(2025, Role::Member),
        today: (2026, 11, 29),
    });
    assert!(asks(&rated.problems));
}

#[test]
fn a_message_that_is_not_a_request_gets_a_failure_never_silence() {
    // A job number but no job the worker knows: a failure under that
    // number, in Vietnamese, so that the page stops waiting for it.
    let v = kiemdiem::check::VERSION.to_string();
    for msg in [
        vec!["1".to_owned()],
        vec!["1".into(), v.clone()],
        vec!["1".into(), v.clone(), "Check".into(), "2".into()],
        vec!["1".into(), v.clone(), "unknown".into()],
        vec!["1".into(), "Check".into()],
    ] {
        let (seq, back) = JobAnswer::decode(answer(msg.clone())).expect("a readable answer");
        assert_eq!(seq, 1, "{msg:?}");
        match back {
            JobAnswer::Failed { message } => {
                assert_eq!(message, kiemdiem::text::WORKER_BAD_JOB, "{msg:?}")
            }
            other => panic!("{msg:?} answered {other:?}"),
        }
    }
    // No readable job number: the answer says so, and reads as no job's
    // answer (the page then fails every job waiting for this worker).
    for msg in [
        vec![],
        vec!["hello".to_owned()],
        vec!["-1".into(), "check".into()],
    ] {
        let out = answer(msg.clone());
        assert_eq!(out, vec![kiemdiem::check::UNREADABLE.to_owned()], "{msg:?}");
        assert!(JobAnswer::decode(out).is_none());
    }
    assert_eq!(
        JobAnswer::decode(vec!["1".into(), v, "Plan".into(), "3".into()]).map(|_| ()),
        None
    );
}

fn stored_entries(dossiers: &[Dossier]) -> Vec<(String, String)> {
    use kiemdiem::core::store::{Drafts, KeyValue, MemoryKv};
    let drafts = Drafts::new(MemoryKv::default());
    for d in dossiers {
        drafts.save(d, 0).unwrap();
    }
    let kv = drafts.kv();
    kv.keys()
        .unwrap()
        .into_iter()
        .map(|k| (k.clone(), kv.get(&k).unwrap().unwrap()))
        .collect()
}

#[test]
fn backup_plan_and_restore_run_as_jobs_over_a_snapshot() {
    let mut d = dossier(2025, Role::Member);
    d.set_identity(IdentityField::FullName, "Nguyễn Thị Ánh Hồng", d.updated_at);
    let entries = stored_entries(std::slice::from_ref(&d));
    let JobAnswer::Backup {
        name,
        json,
        message,
    } = run(Job::MakeBackup {
        entries: entries.clone(),
        now_ms: 1_764_400_000_000,
        today: (2026, 11, 29),
    })
    else {
        panic!("no backup")
    };
    assert_eq!(name, "KiemDiem_SaoLuu_2026-11-29.json");
    assert!(message.contains("1 bản kiểm điểm"), "{message}");

    // Into an empty device: one dossier to add, then the writes that add it.
    let JobAnswer::RestorePreview { rows } = run(Job::PreviewRestore {
        entries: vec![],
        file: json.clone(),
    }) else {
        panic!("no plan")
    };
    assert_eq!(rows.len(), 1);
    assert!(rows[0].replace.is_none());
    assert!(rows[0].label.contains("Nguyễn Thị Ánh Hồng"));
    let JobAnswer::Writes { writes, .. } = run(Job::Restore {
        entries: vec![],
        file: json.clone(),
        ticked: vec![],
    }) else {
        panic!("no writes")
    };
    assert_eq!(writes.len(), 1);
    assert!(
        writes[0]
            .1
            .as_deref()
            .unwrap()
            .contains("Nguyễn Thị Ánh Hồng")
    );

    // Over a changed copy: replacing needs a tick.
    let mut changed = d.clone();
    changed.set_identity(
        IdentityField::FullName,
        "Tên khác",
        d.updated_at + chrono::Duration::minutes(1),
    );
    let here = stored_entries(&[changed]);
    let JobAnswer::RestorePreview { rows } = run(Job::PreviewRestore {
        entries: here.clone(),
        file: json.clone(),
    }) else {
        panic!("no plan")
    };
    assert!(rows[0].replace.is_some());
    let JobAnswer::Writes { writes, .. } = run(Job::Restore {
        entries: here.clone(),
        file: json.clone(),
        ticked: vec![],
    }) else {
        panic!("no writes")
    };
    assert!(writes.is_empty(), "{writes:?}");
    let JobAnswer::Writes { writes, .. } = run(Job::Restore {
        entries: here,
        file: json.clone(),
        ticked: vec![d.id.0.clone()],
    }) else {
        panic!("no writes")
    };
    assert!(writes.iter().any(|(k, v)| k == "kiemdiem.dossier.hs-1"
        && v.as_deref().unwrap().contains("Nguyễn Thị Ánh Hồng")));
    assert!(
        writes
            .iter()
            .any(|(k, _)| k.starts_with("kiemdiem.replaced.hs-1"))
    );

    // A changed byte is refused.
    let tampered = json.replace("Ánh Hồng", "Ánh Hông");
    let JobAnswer::Failed { message } = run(Job::PreviewRestore {
        entries: vec![],
        file: tampered,
    }) else {
        panic!("tampered file accepted")
    };
    assert!(message.contains("mã kiểm tra"), "{message}");
}

#[test]
fn a_suggestions_file_and_last_years_dossier_fill_sections_iv_and_iii() {
    let file =
        r#"{"format":"kiemdiem.goi-y","version":1,"year":2025,"points":["Chậm nộp báo cáo."]}"#;
    let JobAnswer::Dossier {
        dossier: Some(d),
        message,
    } = run(Job::Suggestions {
        dossier: dossier(2025, Role::Member),
        file: file.into(),
        now_ms: 0,
    })
    else {
        panic!("no dossier")
    };
    assert_eq!(d.suggestions[0].point, "Chậm nộp báo cáo.");
    assert!(message.contains("Đã thêm 1"), "{message}");
    let JobAnswer::Dossier { dossier: None, .. } = run(Job::Suggestions {
        dossier: dossier(2025, Role::Member),
        file: "{}".into(),
        now_ms: 0,
    }) else {
        panic!("a wrong file was applied")
    };

    let mut prev = dossier(2024, Role::Member);
    prev.id = DossierId("hs-2".into());
    prev.set_answer_text("II.1", "- Chưa mạnh dạn.\n- Còn chậm.", prev.updated_at);
    let JobAnswer::Dossier {
        dossier: Some(next),
        ..
    } = run(Job::CarryOver {
        previous: prev,
        dossier: dossier(2025, Role::Member),
        now_ms: 0,
    })
    else {
        panic!("no dossier")
    };
    assert_eq!(
        next.remedies
            .iter()
            .map(|r| r.text.as_str())
            .collect::<Vec<_>>(),
        ["Chưa mạnh dạn.", "Còn chậm."]
    );
}

#[test]
fn the_measures_of_section_vi_become_the_plan() {
    let mut d = dossier(2025, Role::Member);
    d.set_answer_text(
        "A.VI",
        "1. Mạnh dạn hơn.\n2. Nộp báo cáo đúng hạn.",
        d.updated_at,
    );
    let msg = Job::StartPlan {
        dossier: d,
        now_ms: 0,
    }
    .encode(1)
    .unwrap();
    let (_, answer) = JobAnswer::decode(answer(msg)).unwrap();
    let JobAnswer::Dossier {
        dossier: Some(d),
        message,
    } = answer
    else {
        panic!("no dossier")
    };
    assert_eq!(
        d.plan.iter().map(|p| p.text.as_str()).collect::<Vec<_>>(),
        ["Mạnh dạn hơn.", "Nộp báo cáo đúng hạn."]
    );
    assert!(message.contains("Đã thêm 2"), "{message}");
}

#[test]
fn the_worker_serves_a_templates_prose_to_the_app() {
    use kiemdiem::core::template::TemplateId;
    let msg = Job::Prose {
        template: TemplateId::Y2025Member,
    }
    .encode(5)
    .unwrap();
    let (seq, back) = JobAnswer::decode(answer(msg)).unwrap();
    assert_eq!(seq, 5);
    let JobAnswer::Prose(prose) = back else {
        panic!("no prose")
    };
    let get = |key: &str| {
        prose
            .iter()
            .find(|(k, _)| k == key)
            .map(|(_, l)| l.clone())
            .unwrap_or_else(|| panic!("no {key}"))
    };
    assert!(get("g:A.III")[0].starts_with("Kiểm điểm rõ từng hạn chế"));
    assert!(get("c:B.I.chung.1").len() > 1);
    assert!(get("b:")[0].starts_with("7.12."));
    assert!(!get("n:").is_empty());
}

#[test]
fn six_months_are_counted_at_the_review_years_reference_date_not_at_today() {
    // Admitted 15/07/2025: 6 months on 15/01/2026, after 31/12/2025.
    let mut d = dossier(2025, Role::Member);
    d.circumstances.admitted_on = chrono::NaiveDate::from_ymd_opt(2025, 7, 15);
    let on = |d: &Dossier, today| {
        check(&CheckRequest {
            seq: 1,
            dossier: d.clone(),
            today,
        })
        .advice
        .not_rated
    };
    let before = on(&d, (2025, 11, 20));
    assert!(before.as_deref().is_some_and(|s| s.contains("15/01/2026")));
    assert_eq!(on(&d, (2026, 1, 5)), before);
    assert_eq!(on(&d, (2026, 2, 1)), before);
    // Admitted 30/06/2025: 6 months on 30/12/2025, so rated, whenever checked.
    d.circumstances.admitted_on = chrono::NaiveDate::from_ymd_opt(2025, 6, 30);
    assert_eq!(on(&d, (2025, 11, 20)), None);
    assert_eq!(on(&d, (2026, 1, 5)), None);
}

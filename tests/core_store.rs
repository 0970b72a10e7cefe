//! The draft store's logic over an in-memory key-value store: revisions,
//! quarantine, newer schemas, full storage.

use chrono::{TimeZone, Utc};
use kiemdiem::core::dossier::{Dossier, DossierId, IdentityField, Role};
use kiemdiem::core::store::{Drafts, KeyValue, KvError, LoadError, MemoryKv, SaveError};

fn dossier(id: &str, minute: u32) -> Dossier {
    let at = Utc.with_ymd_and_hms(2026, 11, 29, 8, minute, 0).unwrap();
    let mut d = Dossier::new(DossierId(id.into()), 2025, Role::Member, at).unwrap();
    d.set_identity(IdentityField::FullName, "Nguyễn Thị Ánh Hồng", at);
    d
}

#[test]
fn revisions_count_up_and_a_stale_writer_is_refused() {
    let drafts = Drafts::new(MemoryKv::default());
    let d = dossier("hs-1", 0);
    assert_eq!(drafts.save(&d, 0), Ok(1));
    assert_eq!(drafts.save(&d, 1), Ok(2));
    assert_eq!(
        drafts.save(&d, 1),
        Err(SaveError::Conflict {
            expected: 1,
            stored: 2
        })
    );
    // A brand-new dossier with an id already in use is a conflict too.
    assert_eq!(
        drafts.save(&d, 0),
        Err(SaveError::Conflict {
            expected: 0,
            stored: 2
        })
    );
}

#[test]
fn the_list_is_newest_first_and_skips_other_keys() {
    let drafts = Drafts::new(MemoryKv::default());
    drafts.save(&dossier("hs-old", 1), 0).unwrap();
    drafts.save(&dossier("hs-new", 9), 0).unwrap();
    drafts.kv().set("unrelated", "x").unwrap();
    let (list, problems) = drafts.list().unwrap();
    assert!(problems.is_empty());
    let ids: Vec<_> = list.iter().map(|s| s.id.0.as_str()).collect();
    assert_eq!(ids, ["hs-new", "hs-old"]);
    assert_eq!(list[0].full_name, "Nguyễn Thị Ánh Hồng");
}

#[test]
fn a_corrupt_value_is_moved_aside_once_and_never_overwritten() {
    let drafts = Drafts::new(MemoryKv::default());
    drafts
        .kv()
        .set("kiemdiem.dossier.hs-x", "garbage 1")
        .unwrap();
    let (_, problems) = drafts.list().unwrap();
    assert!(
        matches!(&problems[..], [LoadError::Malformed { quarantined_as, .. }] if quarantined_as == "kiemdiem.quarantine.hs-x")
    );
    // Reported once: the next listing is clean.
    assert!(drafts.list().unwrap().1.is_empty());
    // A second corrupt value under the same id gets its own quarantine key.
    drafts
        .kv()
        .set("kiemdiem.dossier.hs-x", "garbage 2")
        .unwrap();
    let err = drafts.load(&DossierId("hs-x".into())).unwrap_err();
    assert!(
        matches!(err, LoadError::Malformed { ref quarantined_as, .. } if quarantined_as == "kiemdiem.quarantine.hs-x.2")
    );
    assert_eq!(
        drafts
            .kv()
            .get("kiemdiem.quarantine.hs-x")
            .unwrap()
            .as_deref(),
        Some("garbage 1")
    );
    assert_eq!(
        drafts
            .kv()
            .get("kiemdiem.quarantine.hs-x.2")
            .unwrap()
            .as_deref(),
        Some("garbage 2")
    );
    assert_eq!(drafts.quarantined().unwrap().len(), 2);
}

#[test]
fn a_valid_json_that_is_not_a_dossier_is_quarantined_too() {
    let drafts = Drafts::new(MemoryKv::default());
    drafts
        .kv()
        .set("kiemdiem.dossier.hs-y", r#"{"schema":1,"revision":3}"#)
        .unwrap();
    assert!(matches!(
        drafts.load(&DossierId("hs-y".into())),
        Err(LoadError::Malformed { .. })
    ));
}

#[test]
fn a_newer_schema_is_left_untouched() {
    let drafts = Drafts::new(MemoryKv::default());
    let raw = r#"{"schema":99,"revision":1,"dossier":{}}"#;
    drafts.kv().set("kiemdiem.dossier.hs-z", raw).unwrap();
    assert!(matches!(
        drafts.load(&DossierId("hs-z".into())),
        Err(LoadError::NewerSchema { found: 99, .. })
    ));
    assert_eq!(
        drafts.kv().get("kiemdiem.dossier.hs-z").unwrap().as_deref(),
        Some(raw)
    );
    // And a save does not overwrite it.
    let mut d = dossier("hs-z", 0);
    d.id = DossierId("hs-z".into());
    assert!(matches!(
        drafts.save(&d, 1),
        Err(SaveError::Load(LoadError::NewerSchema { .. }))
    ));
    assert_eq!(
        drafts.kv().get("kiemdiem.dossier.hs-z").unwrap().as_deref(),
        Some(raw)
    );
}

#[test]
fn a_full_storage_reports_quota_and_keeps_the_previous_save() {
    let drafts = Drafts::new(MemoryKv::with_quota(2_000));
    let mut d = dossier("hs-q", 0);
    assert_eq!(drafts.save(&d, 0), Ok(1));
    d.set_answer_text("I.1", &"Rất dài. ".repeat(400), d.updated_at);
    assert_eq!(
        drafts.save(&d, 1),
        Err(SaveError::Kv(KvError::QuotaExceeded))
    );
    let stored = drafts.load(&d.id).unwrap().unwrap();
    assert_eq!(stored.revision, 1);
    assert_eq!(stored.dossier.answer_text("I.1"), "");
}

#[test]
fn a_deleted_dossier_can_be_brought_back_once() {
    let drafts = Drafts::new(MemoryKv::default());
    let d = dossier("hs-del", 0);
    drafts.save(&d, 0).unwrap();
    drafts.trash(&d.id).unwrap();
    assert_eq!(drafts.load(&d.id), Ok(None));
    assert!(drafts.list().unwrap().0.is_empty());
    assert_eq!(drafts.untrash(&d.id), Ok(true));
    assert_eq!(drafts.load(&d.id).unwrap().unwrap().dossier, d);
    // Nothing left to bring back.
    assert_eq!(drafts.untrash(&d.id), Ok(false));
}

#[test]
fn bringing_back_never_overwrites_a_dossier_saved_since() {
    let drafts = Drafts::new(MemoryKv::default());
    let d = dossier("hs-del", 0);
    drafts.save(&d, 0).unwrap();
    drafts.trash(&d.id).unwrap();
    let mut newer = dossier("hs-del", 5);
    newer.identity.full_name = "Người khác".into();
    drafts.save(&newer, 0).unwrap();
    assert_eq!(drafts.untrash(&d.id), Ok(false));
    assert_eq!(
        drafts
            .load(&d.id)
            .unwrap()
            .unwrap()
            .dossier
            .identity
            .full_name,
        "Người khác"
    );
}

#[test]
fn a_duplicate_is_a_new_dossier_with_the_same_content() {
    let drafts = Drafts::new(MemoryKv::default());
    let mut d = dossier("hs-a", 0);
    d.set_answer_text("I.1", "Giữ vững lập trường.", d.updated_at);
    drafts.save(&d, 0).unwrap();
    let later = Utc.with_ymd_and_hms(2026, 11, 30, 9, 0, 0).unwrap();
    let copy = drafts
        .duplicate(&d.id, DossierId("hs-b".into()), later)
        .unwrap()
        .unwrap();
    assert_eq!(copy.answer_text("I.1"), "Giữ vững lập trường.");
    assert_eq!(copy.created_at, later);
    assert_eq!(drafts.list().unwrap().0.len(), 2);
    // The original is untouched.
    assert_eq!(drafts.load(&d.id).unwrap().unwrap().dossier, d);
    assert_eq!(
        drafts.duplicate(
            &DossierId("hs-none".into()),
            DossierId("hs-c".into()),
            later
        ),
        Ok(None)
    );
}

#[test]
fn a_schema_1_value_as_the_first_release_stored_it_still_loads() {
    use kiemdiem::core::dossier::{Grade, Rating};
    let raw = std::fs::read_to_string(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/tests/fixtures/storage/v1-dossier.json"
    ))
    .unwrap();
    let drafts = Drafts::new(MemoryKv::default());
    drafts
        .kv()
        .set("kiemdiem.dossier.hs-19a0b1c2d3e-1f2e", raw.trim())
        .unwrap();
    let stored = drafts
        .load(&DossierId("hs-19a0b1c2d3e-1f2e".into()))
        .unwrap()
        .unwrap();
    assert_eq!(stored.revision, 3);
    let d = stored.dossier;
    assert_eq!(d.identity.full_name, "Nguyễn Thị Ánh Hồng");
    assert_eq!(d.answers["I.1"].grade, Some(Grade::Good));
    assert_eq!(d.proposal.party, Some(Rating::Good));
    assert!(
        d.suggestions.is_empty()
            && d.remedies.is_empty()
            && d.plan.is_empty()
            && d.tasks.is_empty()
    );
    // Saving it again keeps every field and bumps the revision.
    assert_eq!(drafts.save(&d, 3), Ok(4));
}

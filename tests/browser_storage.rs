//! The draft store on the browser's real `localStorage` (gloo-storage), in
//! headless Chromium: save, load, a missing key, a malformed stored value.
#![cfg(target_arch = "wasm32")]

use chrono::{TimeZone, Utc};
use kiemdiem::core::dossier::{Dossier, DossierId, IdentityField, Role};
use kiemdiem::core::store::{Drafts, KeyValue, LoadError, SaveError};
use kiemdiem::web::storage::{LocalKv, drafts, snapshot};
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

fn sample(id: &str) -> Dossier {
    let now = Utc.with_ymd_and_hms(2026, 11, 29, 8, 0, 0).unwrap();
    let mut d = Dossier::new(DossierId(id.into()), 2025, Role::Member, now).unwrap();
    d.set_identity(IdentityField::FullName, "Nguyễn Thị Ánh Hồng", now);
    d.set_identity(IdentityField::PartyCell, "Chi bộ Khu phố 3", now);
    d
}

fn clear() {
    use gloo_storage::Storage;
    gloo_storage::LocalStorage::clear();
}

#[wasm_bindgen_test]
fn save_then_load_returns_the_same_dossier_from_local_storage() {
    clear();
    let d = sample("hs-1");
    assert_eq!(drafts().save(&d, 0), Ok(1));
    // It really is in localStorage, under the documented key.
    let raw = LocalKv.get("kiemdiem.dossier.hs-1").unwrap().unwrap();
    assert!(raw.contains("Nguyễn Thị Ánh Hồng"));
    let stored = drafts().load(&d.id).unwrap().unwrap();
    assert_eq!(stored.dossier, d);
    assert_eq!(stored.revision, 1);
}

#[wasm_bindgen_test]
fn a_missing_key_loads_as_none() {
    clear();
    assert_eq!(drafts().load(&DossierId("hs-missing".into())), Ok(None));
}

#[wasm_bindgen_test]
fn a_malformed_value_is_quarantined_not_lost() {
    clear();
    LocalKv.set("kiemdiem.dossier.hs-bad", "{not json").unwrap();
    let err = drafts().load(&DossierId("hs-bad".into())).unwrap_err();
    let LoadError::Malformed { quarantined_as, .. } = err else {
        panic!("expected Malformed, got {err:?}");
    };
    assert_eq!(quarantined_as, "kiemdiem.quarantine.hs-bad");
    assert_eq!(
        LocalKv.get(&quarantined_as).unwrap().as_deref(),
        Some("{not json")
    );
    // The list no longer trips over it, and still shows the good ones.
    let good = sample("hs-good");
    drafts().save(&good, 0).unwrap();
    let (list, problems) = drafts().list().unwrap();
    assert_eq!(list.len(), 1);
    assert!(problems.is_empty());
}

#[wasm_bindgen_test]
fn a_stale_revision_is_refused_and_writes_nothing() {
    clear();
    let d = sample("hs-2");
    let store = Drafts::new(LocalKv);
    store.save(&d, 0).unwrap();
    store.save(&d, 1).unwrap();
    let mut other = d.clone();
    other.identity.full_name = "Tab cũ".into();
    assert_eq!(
        store.save(&other, 1),
        Err(SaveError::Conflict {
            expected: 1,
            stored: 2
        })
    );
    assert_eq!(
        store
            .load(&d.id)
            .unwrap()
            .unwrap()
            .dossier
            .identity
            .full_name,
        "Nguyễn Thị Ánh Hồng"
    );
}

#[wasm_bindgen_test]
fn a_full_storage_is_reported_and_the_last_good_save_kept() {
    use kiemdiem::core::store::{KvError, MemoryKv};
    // A stand-in for a browser whose storage is full after the first save.
    let store = Drafts::new(MemoryKv::with_quota(2_000));
    let mut d = sample("hs-q");
    assert_eq!(store.save(&d, 0), Ok(1));
    d.set_answer_text("I.1", &"Rất dài. ".repeat(400), d.updated_at);
    assert_eq!(
        store.save(&d, 1),
        Err(SaveError::Kv(KvError::QuotaExceeded))
    );
    assert_eq!(store.load(&d.id).unwrap().unwrap().revision, 1);
    // The message the editor shows says so in Vietnamese and that the text is kept.
    let message = kiemdiem::text::save_error(&SaveError::Kv(KvError::QuotaExceeded));
    assert!(message.contains("Bộ nhớ của trình duyệt đã đầy"));
}

#[wasm_bindgen_test]
fn a_value_stored_by_the_first_schema_loads_from_local_storage() {
    clear();
    let raw = include_str!("fixtures/storage/v1-dossier.json");
    LocalKv
        .set("kiemdiem.dossier.hs-19a0b1c2d3e-1f2e", raw.trim())
        .unwrap();
    let stored = drafts()
        .load(&DossierId("hs-19a0b1c2d3e-1f2e".into()))
        .unwrap()
        .unwrap();
    assert_eq!(stored.revision, 3);
    assert_eq!(stored.dossier.identity.full_name, "Nguyễn Thị Ánh Hồng");
    assert_eq!(drafts().list().unwrap().0.len(), 1);
}

#[wasm_bindgen_test]
fn the_snapshot_a_worker_gets_leaves_out_the_signing_key() {
    clear();
    drafts().save(&sample("hs-s"), 0).unwrap();
    LocalKv
        .set("kiemdiem.signing-key", "{\"seed\":\"secret\"}")
        .unwrap();
    LocalKv
        .set("kiemdiem.signing-key.1764400000000", "{\"seed\":\"old\"}")
        .unwrap();
    LocalKv.set("another-app", "x").unwrap();
    let keys: Vec<String> = snapshot().into_iter().map(|(k, _)| k).collect();
    assert_eq!(keys, vec!["kiemdiem.dossier.hs-s".to_owned()]);
}

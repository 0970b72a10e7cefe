//! Backup ("Sao lưu") and restore ("Khôi phục") over an in-memory store:
//! the file, its checks, the restore plan and what applying it writes.
//!
//! `KIEMDIEM_BLESS_BACKUP=1 cargo test --test core_backup the_example_file` rewrites
//! `tests/fixtures/backup/valid.json` from the code (then paste it into
//! `docs/backup-format.md`, which a test compares with it).

use chrono::{DateTime, NaiveDate, TimeZone, Utc};
use kiemdiem::core::backup::{
    BACKUP_FORMAT, BACKUP_VERSION, Backup, MAX_BACKUP_BYTES, REPLACED_PREFIX, RestoreAction,
    RestoreChoices, RestoreCounts, RestoreError, SkipReason, apply_restore, backup_file_name,
    checksum_of, make_backup, preview_restore, read_backup, replaced_copies,
};
use kiemdiem::core::dossier::{Dossier, DossierId, Grade, IdentityField, Role};
use kiemdiem::core::store::{
    Drafts, KeyValue, KvError, LoadError, MemoryKv, SCHEMA_VERSION, StoredDossier,
};
use kiemdiem::core::textnorm::is_nfc;
use serde_json::Value;
use sha2::{Digest, Sha256};

const FIXTURE: &str = "tests/fixtures/backup/valid.json";
const DOC: &str = "docs/backup-format.md";
/// 2026-11-29 08:00:00 UTC.
const NOW_MS: i64 = 1_795_939_200_000;

fn at(minute: u32) -> DateTime<Utc> {
    Utc.with_ymd_and_hms(2026, 11, 29, 8, minute, 0).unwrap()
}

fn dossier(id: &str, name: &str, minute: u32) -> Dossier {
    let mut d = Dossier::new(DossierId(id.into()), 2025, Role::Member, at(0)).unwrap();
    d.set_identity(IdentityField::FullName, name, at(minute));
    d
}

fn store_with(dossiers: &[&Dossier]) -> Drafts<MemoryKv> {
    let drafts = Drafts::new(MemoryKv::default());
    for d in dossiers {
        drafts.save(d, 0).unwrap();
    }
    drafts
}

fn backup_of(dossiers: &[&Dossier]) -> String {
    make_backup(&store_with(dossiers), NOW_MS, "0.1.0")
        .unwrap()
        .0
}

fn raw(drafts: &Drafts<MemoryKv>, key: &str) -> Option<String> {
    drafts.kv().get(key).unwrap()
}

fn dossier_key(id: &str) -> String {
    format!("kiemdiem.dossier.{id}")
}

/// The dossiers array of a file as this app writes it (its own line).
fn dossiers_line(file: &str) -> &str {
    file.lines()
        .find_map(|l| l.strip_prefix("  \"dossiers\": "))
        .expect("a dossiers line")
}

/// A file with the given dossiers array (verbatim) and a correct checksum:
/// to test the checks that come after the checksum.
fn sealed(dossiers_json: &str) -> String {
    format!(
        "{{\"format\":\"{BACKUP_FORMAT}\",\"version\":1,\"created_at\":{NOW_MS},\
         \"app_version\":\"0.1.0\",\"checksum\":\"{}\",\"dossiers\":{dossiers_json}}}",
        checksum_of(dossiers_json.as_bytes())
    )
}

/// Every Vietnamese letter, lower and upper case, in NFC.
const VIETNAMESE: &str = "aàảãáạ ăằẳẵắặ âầẩẫấậ bcdđ eèẻẽéẹ êềểễếệ ghiìỉĩíị klmnoòỏõóọ \
ôồổỗốộ ơờởỡớợ pqrstuùủũúụ ưừửữứự vxyỳỷỹýỵ \
AÀẢÃÁẠ ĂẰẲẴẮẶ ÂẦẨẪẤẬ BCDĐ EÈẺẼÉẸ ÊỀỂỄẾỆ GHIÌỈĨÍỊ KLMNOÒỎÕÓỌ \
ÔỒỔỖỐỘ ƠỜỞỠỚỢ PQRSTUÙỦŨÚỤ ƯỪỬỮỨỰ VXYỲỶỸÝỴ «…» “—”";

// ---------------------------------------------------------------------------
// The file

#[test]
fn the_file_name_is_built_from_the_date() {
    let d = |y, m, dd| NaiveDate::from_ymd_opt(y, m, dd).unwrap();
    assert_eq!(
        backup_file_name(d(2026, 11, 29)),
        "KiemDiem_SaoLuu_2026-11-29.json"
    );
    assert_eq!(
        backup_file_name(d(2027, 1, 5)),
        "KiemDiem_SaoLuu_2027-01-05.json"
    );
}

#[test]
fn the_file_has_the_documented_members_and_no_float() {
    let a = dossier("hs-a1", "Nguyễn Văn An", 1);
    let (file, summary) = make_backup(&store_with(&[&a]), NOW_MS, "0.1.0").unwrap();
    let v: Value = serde_json::from_str(&file).unwrap();
    assert_eq!(v["format"], "kiemdiem.sao-luu");
    assert_eq!(v["version"], 1);
    assert_eq!(v["created_at"], NOW_MS);
    assert_eq!(v["app_version"], "0.1.0");
    assert_eq!(
        v["dossiers"][0]["dossier"]["identity"]["full_name"],
        "Nguyễn Văn An"
    );
    assert_eq!(v["dossiers"][0]["schema"], SCHEMA_VERSION);
    assert_eq!(summary.dossiers, 1);
    assert_eq!(summary.bytes, file.len());

    fn no_float(v: &Value) -> bool {
        match v {
            Value::Number(n) => n.is_i64() || n.is_u64(),
            Value::Array(a) => a.iter().all(no_float),
            Value::Object(o) => o.values().all(no_float),
            _ => true,
        }
    }
    assert!(no_float(&v));
}

#[test]
fn the_checksum_is_sha256_of_serde_json_to_string_of_the_dossiers() {
    let a = dossier("hs-a1", "Nguyễn Văn An", 1);
    let b = dossier("hs-b2", "Trần Thị Bình", 2);
    let drafts = store_with(&[&b, &a]);
    let (file, _) = make_backup(&drafts, NOW_MS, "0.1.0").unwrap();

    // Recomputed independently of the module: sorted by id, as stored.
    let stored: Vec<StoredDossier> = ["hs-a1", "hs-b2"]
        .iter()
        .map(|id| drafts.load(&DossierId((*id).into())).unwrap().unwrap())
        .collect();
    let array = serde_json::to_string(&stored).unwrap();
    let hex: String = Sha256::digest(array.as_bytes())
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect();
    let v: Value = serde_json::from_str(&file).unwrap();
    assert_eq!(v["checksum"], format!("sha256:{hex}"));
    // And those exact bytes are in the file.
    assert_eq!(dossiers_line(&file), array);
}

#[test]
fn the_backup_leaves_out_quarantined_and_newer_values_and_says_so() {
    let a = dossier("hs-a1", "Nguyễn Văn An", 1);
    let drafts = store_with(&[&a]);
    drafts
        .kv()
        .set(&dossier_key("hs-bad"), "{not json")
        .unwrap();
    drafts
        .kv()
        .set(
            &dossier_key("hs-c3"),
            r#"{"schema":99,"revision":1,"dossier":{}}"#,
        )
        .unwrap();
    drafts
        .kv()
        .set("kiemdiem.quarantine.hs-old", "old junk")
        .unwrap();

    let (file, summary) = make_backup(&drafts, NOW_MS, "0.1.0").unwrap();
    assert_eq!(summary.dossiers, 1);
    assert_eq!(summary.left_out_quarantined, 2);
    assert_eq!(summary.left_out_newer, 1);
    let backup = read_backup(file.as_bytes()).unwrap();
    assert_eq!(backup.dossiers.len(), 1);
    assert_eq!(backup.dossiers[0].dossier, a);
    // The newer value is left where it is.
    assert!(raw(&drafts, &dossier_key("hs-c3")).is_some());
}

/// A store that lists its keys newest-first, as a browser may.
struct ReversedKv(MemoryKv);

impl KeyValue for ReversedKv {
    fn get(&self, key: &str) -> Result<Option<String>, KvError> {
        self.0.get(key)
    }
    fn set(&self, key: &str, value: &str) -> Result<(), KvError> {
        self.0.set(key, value)
    }
    fn remove(&self, key: &str) -> Result<(), KvError> {
        self.0.remove(key)
    }
    fn keys(&self) -> Result<Vec<String>, KvError> {
        let mut keys = self.0.keys()?;
        keys.reverse();
        Ok(keys)
    }
}

#[test]
fn the_same_dossiers_give_the_same_file_whatever_the_storage_order() {
    let a = dossier("hs-a1", "Nguyễn Văn An", 1);
    let b = dossier("hs-b2", "Trần Thị Bình", 2);
    let reversed = Drafts::new(ReversedKv(MemoryKv::default()));
    reversed.save(&a, 0).unwrap();
    reversed.save(&b, 0).unwrap();
    let (file, _) = make_backup(&reversed, NOW_MS, "0.1.0").unwrap();
    assert_eq!(file, backup_of(&[&a, &b]));
    let ids: Vec<_> = read_backup(file.as_bytes())
        .unwrap()
        .dossiers
        .into_iter()
        .map(|s| s.dossier.id.0)
        .collect();
    assert_eq!(ids, ["hs-a1", "hs-b2"]);
}

// ---------------------------------------------------------------------------
// Round trip

#[test]
fn backup_then_restore_into_an_empty_store_gives_the_same_dossiers() {
    let mut a = dossier("hs-a1", "Nguyễn Văn An", 1);
    a.set_answer_text("B.I.chung.1", "Luôn kiên định lập trường.", at(3));
    a.set_answer_grade("B.I.chung.1", Some(Grade::Good), at(3));
    let mut b = Dossier::new(DossierId("hs-b2".into()), 2019, Role::Leader, at(0)).unwrap();
    b.set_identity(IdentityField::PartyCell, "Chi bộ Khối vận", at(4));
    let source = store_with(&[&a, &b]);
    source.save(&a, 1).unwrap(); // revision 2 for a

    let (file, _) = make_backup(&source, NOW_MS, "0.1.0").unwrap();
    let backup = read_backup(file.as_bytes()).unwrap();
    assert_eq!(backup.version, BACKUP_VERSION);
    assert_eq!(backup.created_at, NOW_MS);
    assert_eq!(backup.created_at_utc(), Some(at(0)));
    assert_eq!(backup.app_version, "0.1.0");

    let target = Drafts::new(MemoryKv::default());
    let plan = preview_restore(&backup, &target);
    assert_eq!(
        plan.counts(),
        RestoreCounts {
            add: 2,
            ..RestoreCounts::default()
        }
    );
    let outcome = apply_restore(&plan, &backup, &target, &RestoreChoices::none()).unwrap();
    assert_eq!(outcome.added.len(), 2);

    for d in [&a, &b] {
        let restored = target.load(&d.id).unwrap().unwrap();
        let original = source.load(&d.id).unwrap().unwrap();
        assert_eq!(&restored.dossier, d);
        assert_eq!(restored.schema, SCHEMA_VERSION);
        assert!(restored.revision > original.revision);
    }
    let (mine, theirs) = (target.list().unwrap(), source.list().unwrap());
    assert_eq!(mine, theirs);

    // Restoring again changes nothing.
    let again = preview_restore(&backup, &target);
    assert_eq!(
        again.counts(),
        RestoreCounts {
            same: 2,
            ..RestoreCounts::default()
        }
    );
    let before = target.kv().keys().unwrap();
    let outcome = apply_restore(&again, &backup, &target, &RestoreChoices::none()).unwrap();
    assert_eq!(outcome.unchanged.len(), 2);
    assert_eq!(target.kv().keys().unwrap(), before);
}

#[test]
fn vietnamese_text_survives_byte_exact_in_nfc() {
    let mut d = dossier("hs-a1", "Nguyễn Thị Ánh Hồng", 1);
    d.set_identity(IdentityField::WorkUnit, VIETNAMESE, at(2));
    d.set_answer_text("B.I.chung.1", VIETNAMESE, at(2));
    // Typed with combining marks: the editor stores NFC, the backup keeps it.
    d.set_identity(IdentityField::Place, "Đức Pho\u{302}\u{301}", at(2));
    assert_eq!(d.identity.place, "Đức Phố");

    let (file, _) = make_backup(&store_with(&[&d]), NOW_MS, "0.1.0").unwrap();
    // Written as UTF-8, not as \u escapes.
    assert!(file.contains(VIETNAMESE));
    assert!(file.contains("Nguyễn Thị Ánh Hồng"));
    assert!(!file.contains("\\u"));

    let target = Drafts::new(MemoryKv::default());
    let backup = read_backup(file.as_bytes()).unwrap();
    apply_restore(
        &preview_restore(&backup, &target),
        &backup,
        &target,
        &RestoreChoices::none(),
    )
    .unwrap();
    let back = target.load(&d.id).unwrap().unwrap().dossier;
    for (got, want) in [
        (&back.identity.full_name, "Nguyễn Thị Ánh Hồng"),
        (&back.identity.work_unit, VIETNAMESE),
        (&back.identity.place, "Đức Phố"),
        (&back.answers["B.I.chung.1"].text, VIETNAMESE),
    ] {
        assert_eq!(got.as_bytes(), want.as_bytes());
        assert!(is_nfc(got));
    }
    assert!(
        raw(&target, &dossier_key("hs-a1"))
            .unwrap()
            .contains(VIETNAMESE)
    );
}

// ---------------------------------------------------------------------------
// Plan and apply

/// Here: a (same), b (older here), c (newer here), d absent.
/// File: a, b (newer), c (older), d.
fn here_and_file() -> (Drafts<MemoryKv>, Backup) {
    let a = dossier("hs-a1", "Nguyễn Văn An", 1);
    let b_file = dossier("hs-b2", "Trần Thị Bình (bản mới)", 20);
    let c_file = dossier("hs-c3", "Lê Văn Cường (bản cũ)", 5);
    let d = dossier("hs-d4", "Phạm Thị Dung", 6);
    let file = backup_of(&[&a, &b_file, &c_file, &d]);

    let b_here = dossier("hs-b2", "Trần Thị Bình", 10);
    let c_here = dossier("hs-c3", "Lê Văn Cường", 30);
    let here = store_with(&[&a, &b_here, &c_here]);
    here.save(&b_here, 1).unwrap(); // b here at revision 2
    (here, read_backup(file.as_bytes()).unwrap())
}

#[test]
fn the_plan_says_add_same_or_replace_and_which_copy_is_newer() {
    let (here, backup) = here_and_file();
    let plan = preview_restore(&backup, &here);
    let actions: Vec<(&str, &RestoreAction)> = plan
        .entries
        .iter()
        .map(|e| (e.id.0.as_str(), &e.action))
        .collect();
    assert_eq!(
        actions,
        [
            ("hs-a1", &RestoreAction::Same),
            (
                "hs-b2",
                &RestoreAction::Replace {
                    here_revision: 2,
                    here_updated_at: at(10),
                    file_updated_at: at(20),
                    file_is_newer: true,
                }
            ),
            (
                "hs-c3",
                &RestoreAction::Replace {
                    here_revision: 1,
                    here_updated_at: at(30),
                    file_updated_at: at(5),
                    file_is_newer: false,
                }
            ),
            ("hs-d4", &RestoreAction::Add),
        ]
    );
    assert_eq!(plan.entries[3].full_name, "Phạm Thị Dung");
    assert_eq!(plan.entries[3].year, 2025);
    assert_eq!(
        plan.counts(),
        RestoreCounts {
            add: 1,
            same: 1,
            replace: 2,
            replace_newer: 1,
            blocked: 0
        }
    );
    let suggested = RestoreChoices::newer_in(&plan);
    assert!(suggested.is_ticked(&DossierId("hs-b2".into())));
    assert!(!suggested.is_ticked(&DossierId("hs-c3".into())));
    assert_eq!(suggested.replace.len(), 1);
}

#[test]
fn planning_writes_nothing() {
    let (here, backup) = here_and_file();
    let before: Vec<_> = here
        .kv()
        .keys()
        .unwrap()
        .into_iter()
        .map(|k| (raw(&here, &k), k))
        .collect();
    preview_restore(&backup, &here);
    let after: Vec<_> = here
        .kv()
        .keys()
        .unwrap()
        .into_iter()
        .map(|k| (raw(&here, &k), k))
        .collect();
    assert_eq!(before, after);
}

#[test]
fn an_unticked_replace_leaves_the_local_dossier_untouched() {
    let (here, backup) = here_and_file();
    let b_before = raw(&here, &dossier_key("hs-b2")).unwrap();
    let c_before = raw(&here, &dossier_key("hs-c3")).unwrap();
    let a_before = raw(&here, &dossier_key("hs-a1")).unwrap();
    let plan = preview_restore(&backup, &here);

    let outcome = apply_restore(&plan, &backup, &here, &RestoreChoices::none()).unwrap();
    assert_eq!(raw(&here, &dossier_key("hs-b2")).unwrap(), b_before);
    assert_eq!(raw(&here, &dossier_key("hs-c3")).unwrap(), c_before);
    assert_eq!(raw(&here, &dossier_key("hs-a1")).unwrap(), a_before);
    let ids = |v: &[DossierId]| v.iter().map(|i| i.0.clone()).collect::<Vec<_>>();
    assert_eq!(ids(&outcome.added), ["hs-d4"]);
    assert_eq!(ids(&outcome.unchanged), ["hs-a1"]);
    assert_eq!(ids(&outcome.kept_local), ["hs-b2", "hs-c3"]);
    assert!(outcome.replaced.is_empty());
    assert!(outcome.skipped.is_empty());
    assert!(replaced_copies(&here).unwrap().is_empty());
    // The added one is there with the file's content.
    let d = here.load(&DossierId("hs-d4".into())).unwrap().unwrap();
    assert_eq!(d.dossier.identity.full_name, "Phạm Thị Dung");
}

#[test]
fn a_ticked_replace_keeps_the_old_copy_aside_and_bumps_the_revision() {
    let (here, backup) = here_and_file();
    let b = DossierId("hs-b2".into());
    let old_raw = raw(&here, &dossier_key("hs-b2")).unwrap();
    let old_revision = here.load(&b).unwrap().unwrap().revision;
    let c_before = raw(&here, &dossier_key("hs-c3")).unwrap();
    let plan = preview_restore(&backup, &here);
    let mut choices = RestoreChoices::none();
    choices.set(&b, true);

    let outcome = apply_restore(&plan, &backup, &here, &choices).unwrap();
    assert_eq!(outcome.replaced.len(), 1);
    assert_eq!(outcome.replaced[0].id, b);
    assert_eq!(outcome.replaced[0].kept_as, "kiemdiem.replaced.hs-b2.1");
    // The old value, verbatim, under the replaced key.
    assert_eq!(raw(&here, "kiemdiem.replaced.hs-b2.1").unwrap(), old_raw);
    // The new one: the file's content, current schema, a higher revision.
    let now = here.load(&b).unwrap().unwrap();
    let in_file = backup.dossiers.iter().find(|s| s.dossier.id == b).unwrap();
    assert_eq!(now.dossier, in_file.dossier);
    assert_eq!(now.schema, SCHEMA_VERSION);
    assert!(now.revision > old_revision);
    assert!(now.revision > in_file.revision);
    // An open tab holding the old revision can no longer save over it.
    assert!(here.save(&now.dossier, old_revision).is_err());
    // Unticked c is untouched.
    assert_eq!(raw(&here, &dossier_key("hs-c3")).unwrap(), c_before);

    // The kept copy is neither a dossier nor a quarantined value.
    assert!(REPLACED_PREFIX.starts_with("kiemdiem."));
    let (list, problems) = here.list().unwrap();
    assert!(problems.is_empty());
    assert_eq!(list.len(), 4);
    assert!(here.quarantined().unwrap().is_empty());
    assert_eq!(
        replaced_copies(&here).unwrap(),
        ["kiemdiem.replaced.hs-b2.1"]
    );
    // And the next backup does not carry it.
    let (_, summary) = make_backup(&here, NOW_MS, "0.1.0").unwrap();
    assert_eq!(summary.dossiers, 4);
    assert_eq!(summary.left_out_quarantined, 0);
}

#[test]
fn a_second_replacement_never_overwrites_the_first_kept_copy() {
    let (here, backup) = here_and_file();
    let c = DossierId("hs-c3".into());
    let mut choices = RestoreChoices::none();
    choices.set(&c, true);
    let first_raw = raw(&here, &dossier_key("hs-c3")).unwrap();
    apply_restore(&preview_restore(&backup, &here), &backup, &here, &choices).unwrap();

    // The person edits it again, then restores the same file again.
    let mut edited = here.load(&c).unwrap().unwrap();
    edited
        .dossier
        .set_identity(IdentityField::FullName, "Lê Văn Cường (sửa lại)", at(40));
    here.save(&edited.dossier, edited.revision).unwrap();
    let second_raw = raw(&here, &dossier_key("hs-c3")).unwrap();
    let outcome =
        apply_restore(&preview_restore(&backup, &here), &backup, &here, &choices).unwrap();

    assert_eq!(outcome.replaced[0].kept_as, "kiemdiem.replaced.hs-c3.2");
    assert_eq!(raw(&here, "kiemdiem.replaced.hs-c3.1").unwrap(), first_raw);
    assert_eq!(raw(&here, "kiemdiem.replaced.hs-c3.2").unwrap(), second_raw);
}

#[test]
fn a_dossier_changed_after_planning_is_not_overwritten() {
    let (here, backup) = here_and_file();
    let plan = preview_restore(&backup, &here);
    let b = DossierId("hs-b2".into());
    // Another tab saves b, and creates d, between plan and apply.
    let mut b_now = here.load(&b).unwrap().unwrap();
    b_now
        .dossier
        .set_identity(IdentityField::WorkUnit, "Sửa ở tab khác", at(50));
    here.save(&b_now.dossier, b_now.revision).unwrap();
    let d_other = dossier("hs-d4", "Tạo ở tab khác", 51);
    here.save(&d_other, 0).unwrap();
    let b_raw = raw(&here, &dossier_key("hs-b2")).unwrap();
    let d_raw = raw(&here, &dossier_key("hs-d4")).unwrap();

    let choices = RestoreChoices::newer_in(&plan);
    let outcome = apply_restore(&plan, &backup, &here, &choices).unwrap();
    assert_eq!(
        outcome.skipped,
        [
            (b.clone(), SkipReason::ChangedSincePreview),
            (DossierId("hs-d4".into()), SkipReason::ChangedSincePreview)
        ]
    );
    assert_eq!(raw(&here, &dossier_key("hs-b2")).unwrap(), b_raw);
    assert_eq!(raw(&here, &dossier_key("hs-d4")).unwrap(), d_raw);
    assert!(outcome.added.is_empty() && outcome.replaced.is_empty());
}

#[test]
fn a_local_copy_from_a_newer_app_is_blocked_and_left_alone() {
    let a = dossier("hs-a1", "Nguyễn Văn An", 1);
    let backup = read_backup(backup_of(&[&a]).as_bytes()).unwrap();
    let here = Drafts::new(MemoryKv::default());
    let newer = r#"{"schema":99,"revision":7,"dossier":{"id":"hs-a1"}}"#;
    here.kv().set(&dossier_key("hs-a1"), newer).unwrap();

    let plan = preview_restore(&backup, &here);
    assert!(matches!(
        plan.entries[0].action,
        RestoreAction::Blocked(LoadError::NewerSchema { found: 99, .. })
    ));
    assert_eq!(plan.counts().blocked, 1);
    let mut choices = RestoreChoices::none();
    choices.set(&a.id, true);
    let outcome = apply_restore(&plan, &backup, &here, &choices).unwrap();
    assert!(matches!(
        outcome.skipped[..],
        [(_, SkipReason::LocalUnreadable(_))]
    ));
    assert_eq!(raw(&here, &dossier_key("hs-a1")).unwrap(), newer);
}

#[test]
fn a_full_storage_stops_the_replacement_before_anything_is_overwritten() {
    let (here, backup) = here_and_file();
    let plan = preview_restore(&backup, &here);
    let b = DossierId("hs-b2".into());
    // Copy the store into one with no room for the kept-aside copy.
    let used: usize = here
        .kv()
        .keys()
        .unwrap()
        .iter()
        .map(|k| k.len() + raw(&here, k).unwrap().len())
        .sum();
    let full = Drafts::new(MemoryKv::with_quota(used + 10));
    for k in here.kv().keys().unwrap() {
        full.kv().set(&k, &raw(&here, &k).unwrap()).unwrap();
    }
    let b_raw = raw(&full, &dossier_key("hs-b2")).unwrap();
    let choices = RestoreChoices {
        replace: [b].into(),
    };
    // Keeping b aside is the first write, and it does not fit.
    assert_eq!(
        apply_restore(&plan, &backup, &full, &choices),
        Err(KvError::QuotaExceeded)
    );
    assert_eq!(raw(&full, &dossier_key("hs-b2")).unwrap(), b_raw);
    assert!(replaced_copies(&full).unwrap().is_empty());
}

// ---------------------------------------------------------------------------
// Refused files

fn good_file() -> String {
    let a = dossier("hs-a1", "Nguyễn Văn An", 1);
    let b = dossier("hs-b2", "Trần Thị Bình", 2);
    backup_of(&[&a, &b])
}

#[test]
fn a_byte_changed_in_a_dossier_is_a_checksum_mismatch() {
    let file = good_file();
    assert!(read_backup(file.as_bytes()).is_ok());
    for (from, to) in [
        ("Trần Thị Bình", "Trần Thị Bính"),
        ("\"year\":2025", "\"year\":2024"),
        ("\"revision\":1", "\"revision\":9"),
    ] {
        assert!(file.contains(from));
        let changed = file.replacen(from, to, 1);
        assert!(
            matches!(
                read_backup(changed.as_bytes()),
                Err(RestoreError::ChecksumMismatch { .. })
            ),
            "{from} → {to}"
        );
    }
    // Flipping any single byte inside the array is caught (or the file is
    // no longer JSON).
    let start = file.find("\"dossiers\": ").unwrap() + 12;
    for i in (start..file.len() - 2).step_by(7) {
        let mut bytes = file.clone().into_bytes();
        bytes[i] ^= 0x01;
        assert!(read_backup(&bytes).is_err(), "byte {i} changed");
    }
}

#[test]
fn the_checksum_covers_the_dossiers_bytes_as_written_not_the_rest() {
    let file = good_file();
    // Same content, different bytes (a space) inside the array: refused.
    let spaced = file.replacen("\"dossiers\": [", "\"dossiers\": [ ", 1);
    let parsed: Value = serde_json::from_str(&spaced).unwrap();
    assert_eq!(parsed, serde_json::from_str::<Value>(&file).unwrap());
    assert!(matches!(
        read_backup(spaced.as_bytes()),
        Err(RestoreError::ChecksumMismatch { .. })
    ));
    // Layout outside the array is free: one line, or CRLF.
    let one_line = file.replace('\n', "");
    assert!(read_backup(one_line.as_bytes()).is_ok());
    let crlf = file.replace('\n', "\r\n");
    assert!(read_backup(crlf.as_bytes()).is_ok());
}

#[test]
fn a_missing_or_garbled_checksum_is_refused() {
    let file = good_file();
    let v: Value = serde_json::from_str(&file).unwrap();
    let checksum = v["checksum"].as_str().unwrap().to_owned();

    let without: String = file
        .lines()
        .filter(|l| !l.contains("\"checksum\""))
        .collect::<Vec<_>>()
        .join("\n");
    assert_eq!(
        read_backup(without.as_bytes()),
        Err(RestoreError::ChecksumMissing)
    );
    for garbled in ["md5:0123", "sha256:", "", "sha256:xyz"] {
        let f = file.replace(&checksum, garbled);
        assert_eq!(
            read_backup(f.as_bytes()),
            Err(RestoreError::ChecksumMissing),
            "{garbled}"
        );
    }
    let other = checksum_of(b"[]");
    let f = file.replace(&checksum, &other);
    assert_eq!(
        read_backup(f.as_bytes()),
        Err(RestoreError::ChecksumMismatch {
            expected: other,
            actual: checksum.clone()
        })
    );
    // Upper-case hex is the same checksum.
    let upper = format!("sha256:{}", checksum[7..].to_uppercase());
    assert!(read_backup(file.replace(&checksum, &upper).as_bytes()).is_ok());
}

#[test]
fn a_truncated_file_is_refused_wherever_it_was_cut() {
    let file = good_file();
    let bytes = file.as_bytes();
    // Everything but the final "}\n" is needed.
    for cut in 1..bytes.len() - 2 {
        assert_eq!(
            read_backup(&bytes[..cut]),
            Err(RestoreError::Truncated),
            "cut at {cut}"
        );
    }
    assert!(matches!(
        read_backup(b""),
        Err(RestoreError::NotJson { .. })
    ));
    assert!(matches!(
        read_backup(b" \n"),
        Err(RestoreError::NotJson { .. })
    ));
}

#[test]
fn a_file_that_is_not_a_backup_is_refused() {
    let file = good_file();
    assert_eq!(
        read_backup(file.replace(BACKUP_FORMAT, "kiemdiem.khac").as_bytes()),
        Err(RestoreError::NotABackup)
    );
    let no_format: String = file
        .lines()
        .filter(|l| !l.contains("\"format\""))
        .collect::<Vec<_>>()
        .join("\n");
    assert_eq!(
        read_backup(no_format.as_bytes()),
        Err(RestoreError::NotABackup)
    );
    for other in [
        &b"[1, 2]"[..],
        b"\"kiemdiem.sao-luu\"",
        b"{}",
        br#"{"format": 1}"#,
    ] {
        assert_eq!(read_backup(other), Err(RestoreError::NotABackup));
    }
    for junk in [&b"Xin ch\xc3\xa0o"[..], b"\xff\xfe{}", b"{\"a\":1} x"] {
        assert!(matches!(
            read_backup(junk),
            Err(RestoreError::NotJson { .. })
        ));
    }
    // A single stored dossier is not a backup either.
    let a = dossier("hs-a1", "Nguyễn Văn An", 1);
    let drafts = store_with(&[&a]);
    let one = raw(&drafts, &dossier_key("hs-a1")).unwrap();
    assert_eq!(read_backup(one.as_bytes()), Err(RestoreError::NotABackup));
}

#[test]
fn a_newer_version_is_refused_and_an_invalid_one_too() {
    let file = good_file();
    let newer = file.replacen("\"version\": 1,", "\"version\": 2,", 1);
    assert_ne!(newer, file);
    assert_eq!(
        read_backup(newer.as_bytes()),
        Err(RestoreError::NewerVersion { found: 2 })
    );
    for bad in ["0", "1.0", "\"1\"", "null"] {
        let f = file.replacen("\"version\": 1,", &format!("\"version\": {bad},"), 1);
        assert_eq!(
            read_backup(f.as_bytes()),
            Err(RestoreError::BadField {
                field: "version".into()
            }),
            "{bad}"
        );
    }
}

#[test]
fn a_file_over_20_mib_is_refused_and_one_at_the_limit_is_read() {
    assert_eq!(MAX_BACKUP_BYTES, 20 * 1024 * 1024);
    let mut file = good_file().into_bytes();
    file.resize(MAX_BACKUP_BYTES, b' ');
    assert!(read_backup(&file).is_ok());
    file.push(b' ');
    assert_eq!(
        read_backup(&file),
        Err(RestoreError::TooLarge {
            size: MAX_BACKUP_BYTES + 1,
            max: MAX_BACKUP_BYTES
        })
    );
}

#[test]
fn bad_envelope_members_are_named() {
    let file = good_file();
    let cases = [
        ("\"created_at\": ", "\"created_at\": 1.5e12, \"x\": "),
        ("\"app_version\": ", "\"app_version\": 1, \"x\": "),
        ("\"dossiers\": ", "\"dossiers\": {}, \"x\": "),
    ];
    for (from, to) in cases {
        let f = file.replacen(from, to, 1);
        let field = from.trim_matches(|c| c == '"' || c == ':' || c == ' ');
        assert_eq!(
            read_backup(f.as_bytes()),
            Err(RestoreError::BadField {
                field: field.into()
            }),
            "{field}"
        );
    }
    // A repeated member is refused, not silently picked.
    let twice = file.replacen("\"dossiers\": ", "\"dossiers\": [], \"dossiers\": ", 1);
    assert_eq!(
        read_backup(twice.as_bytes()),
        Err(RestoreError::BadField {
            field: "dossiers".into()
        })
    );
}

#[test]
fn an_unreadable_or_newer_or_duplicate_entry_refuses_the_whole_file() {
    let file = good_file();
    let array: Vec<Value> = serde_json::from_str(dossiers_line(&file)).unwrap();
    let with = |entries: &[Value]| sealed(&serde_json::to_string(entries).unwrap());
    assert!(read_backup(with(&array).as_bytes()).is_ok());

    let mut newer = array.clone();
    newer[1]["schema"] = 2.into();
    assert_eq!(
        read_backup(with(&newer).as_bytes()),
        Err(RestoreError::DossierFromNewerApp {
            index: 1,
            id: Some("hs-b2".into()),
            found: 2
        })
    );

    let mut broken = array.clone();
    broken[0]["dossier"]["year"] = "hai nghìn".into();
    assert!(matches!(
        read_backup(with(&broken).as_bytes()),
        Err(RestoreError::UnreadableDossier { index: 0, id: Some(ref id), .. }) if id == "hs-a1"
    ));

    let mut float = array.clone();
    float[0]["dossier"]["created_at"] = serde_json::json!(1.5);
    assert!(matches!(
        read_backup(with(&float).as_bytes()),
        Err(RestoreError::UnreadableDossier { index: 0, .. })
    ));

    let mut odd_id = array.clone();
    odd_id[0]["dossier"]["id"] = "../hs-a1".into();
    assert!(matches!(
        read_backup(with(&odd_id).as_bytes()),
        Err(RestoreError::UnreadableDossier { index: 0, .. })
    ));

    let dup = [array[0].clone(), array[1].clone(), array[0].clone()];
    assert_eq!(
        read_backup(with(&dup).as_bytes()),
        Err(RestoreError::DuplicateId { id: "hs-a1".into() })
    );

    let not_entries = [Value::from(3)];
    assert!(matches!(
        read_backup(with(&not_entries).as_bytes()),
        Err(RestoreError::UnreadableDossier {
            index: 0,
            id: None,
            ..
        })
    ));
    // An empty backup is a backup.
    assert_eq!(read_backup(with(&[]).as_bytes()).unwrap().dossiers, []);
}

// ---------------------------------------------------------------------------
// The documented example

/// The example of docs/backup-format.md, made by the code.
fn example_file() -> String {
    let made = Utc.with_ymd_and_hms(2026, 11, 20, 7, 30, 0).unwrap();
    let id = DossierId::from_parts(made.timestamp_millis(), 0x1a2b);
    let mut d = Dossier::new(id, 2025, Role::Member, made).unwrap();
    let edited = Utc.with_ymd_and_hms(2026, 11, 28, 14, 5, 0).unwrap();
    d.set_identity(IdentityField::FullName, "Nguyễn Thị Ánh Hồng", edited);
    d.set_identity(IdentityField::PartyCell, "Chi bộ Khối vận", edited);
    d.set_answer_text(
        "B.I.chung.1",
        "Luôn kiên định lập trường, tư tưởng chính trị.",
        edited,
    );
    let drafts = store_with(&[&d]);
    make_backup(&drafts, NOW_MS, "0.1.0").unwrap().0
}

#[test]
fn the_example_file_is_what_the_code_writes() {
    let made = example_file();
    if std::env::var_os("KIEMDIEM_BLESS_BACKUP").is_some() {
        std::fs::create_dir_all("tests/fixtures/backup").unwrap();
        std::fs::write(FIXTURE, &made).unwrap();
    }
    let fixture = std::fs::read_to_string(FIXTURE).unwrap();
    assert_eq!(fixture, made, "rerun with KIEMDIEM_BLESS_BACKUP=1");
}

#[test]
fn the_documented_example_reads_and_its_checksum_holds() {
    let fixture = std::fs::read_to_string(FIXTURE).unwrap();
    let backup = read_backup(fixture.as_bytes()).unwrap();
    assert_eq!(backup.dossiers.len(), 1);
    assert_eq!(
        backup.dossiers[0].dossier.identity.full_name,
        "Nguyễn Thị Ánh Hồng"
    );
    // The checksum as the document tells another tool to compute it.
    let v: Value = serde_json::from_str(&fixture).unwrap();
    assert_eq!(
        v["checksum"].as_str().unwrap(),
        checksum_of(dossiers_line(&fixture).as_bytes())
    );
    let doc = std::fs::read_to_string(DOC).unwrap();
    assert!(
        doc.contains(&format!("```json\n{fixture}```")),
        "{DOC} must show {FIXTURE} verbatim"
    );
    assert!(doc.contains(v["checksum"].as_str().unwrap()));
    let hashed = dossiers_line(&fixture).len();
    assert!(doc.contains(&format!("SHA-256 of the {hashed} bytes")));

    // What the page says restoring it does.
    let drafts = Drafts::new(MemoryKv::default());
    let plan = preview_restore(&backup, &drafts);
    assert_eq!(plan.entries[0].action, RestoreAction::Add);
    apply_restore(&plan, &backup, &drafts, &RestoreChoices::none()).unwrap();
    let key = "kiemdiem.dossier.hs-1a1f7dcb8c0-1a2b";
    assert!(doc.contains(key));
    assert!(
        raw(&drafts, key)
            .unwrap()
            .starts_with(r#"{"schema":1,"revision":2,"#)
    );
    assert!(doc.contains(r#"`"schema":1,"revision":2`"#));
    let again = preview_restore(&backup, &drafts);
    assert_eq!(again.entries[0].action, RestoreAction::Same);
    assert!(doc.contains(&backup_file_name(
        NaiveDate::from_ymd_opt(2026, 11, 29).unwrap()
    )));
}

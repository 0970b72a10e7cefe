//! The desk's backup file (`core::desk::backup`, docs/desk-format.md): it
//! round-trips, refuses what is not one or was changed, and restoring adds
//! what this desk lacks without overwriting anything.

use kiemdiem::core::desk::backup::{
    DESK_BACKUP_FORMAT, DeskBackupError, MAX_DESK_BACKUP_BYTES, carry_over, desk_backup_file_name,
    make_backup, merge, read_backup,
};
use kiemdiem::core::desk::{Desk, KeyState, Received};
use kiemdiem::core::dossier::{Rating, Role};
use kiemdiem::core::template::TemplateId;

fn received(digest: &str, name: &str, fingerprint: &str, sealed_at: i64) -> Received {
    Received {
        digest: digest.to_owned(),
        file_name: format!("{digest}.json"),
        fingerprint: fingerprint.to_owned(),
        sealed_at,
        received_at: sealed_at + 1,
        year: 2025,
        role: Role::Member,
        template: TemplateId::Y2025Member,
        full_name: name.to_owned(),
        birth_date: "01/02/1980".to_owned(),
        party_cell: "Chi bộ Khu phố 3".to_owned(),
        party_committee: "Đảng bộ phường Phổ Ninh".to_owned(),
        proposed: Some(Rating::Good),
        not_rated: Vec::new(),
        not_rated_uncertain: false,
        flags: Vec::new(),
    }
}

fn desk_with_roster() -> Desk {
    let mut d = Desk::default();
    d.add_member("Nguyễn Văn An", "01/02/1980", "");
    d.add_member("Trần Thị Bình", "", "tổ 2");
    d
}

#[test]
fn a_backup_reads_back_with_its_desk_and_files_in_order() {
    let mut desk = desk_with_roster();
    desk.admit(received("aa", "Nguyễn Văn An", "K1", 10));
    desk.set_review("aa", "Gương mẫu", Some(Rating::Good));
    let files = vec!["{\"first\":1}".to_owned(), "{\"second\":2}".to_owned()];
    let text = make_backup(&desk, &files, 1_764_900_000_000).expect("written");
    assert!(text.contains(DESK_BACKUP_FORMAT));
    let back = read_backup(text.as_bytes()).expect("read");
    assert_eq!(back.desk, desk);
    assert_eq!(back.files, files);
    assert_eq!(back.created_at, 1_764_900_000_000);
}

#[test]
fn a_changed_backup_is_refused_by_its_checksum() {
    let text = make_backup(&desk_with_roster(), &[], 1).expect("written");
    let changed = text.replacen("Nguy", "Ngu", 1);
    assert_ne!(changed, text);
    assert_eq!(
        read_backup(changed.as_bytes()),
        Err(DeskBackupError::ChecksumMismatch)
    );
}

#[test]
fn other_files_are_refused_with_a_reason() {
    assert_eq!(read_backup(b"not json"), Err(DeskBackupError::NotJson));
    assert_eq!(
        read_backup(br#"{"format":"kiemdiem.sao-luu","version":1}"#),
        Err(DeskBackupError::NotDeskBackup)
    );
    let newer = make_backup(&Desk::default(), &[], 1)
        .expect("written")
        .replace("\"version\": 1", "\"version\": 9");
    assert_eq!(
        read_backup(newer.as_bytes()),
        Err(DeskBackupError::NewerVersion(9))
    );
    let big = vec![b' '; MAX_DESK_BACKUP_BYTES + 1];
    assert_eq!(
        read_backup(&big),
        Err(DeskBackupError::TooLarge(MAX_DESK_BACKUP_BYTES + 1))
    );
}

#[test]
fn restoring_adds_missing_members_and_comments_and_overwrites_nothing() {
    let mut here = Desk::default();
    // Typed here in NFD and other case: the same person as in the backup.
    here.add_member("NGUYE\u{302}\u{303}N VĂN AN", "01/02/1980", "");
    here.admit(received("aa", "Nguyễn Văn An", "K1", 10));
    here.set_review("aa", "Ý kiến ở máy này", Some(Rating::Completed));
    here.cell.party_cell = "Chi bộ 3".to_owned();

    let mut from = desk_with_roster();
    from.admit(received("aa", "Nguyễn Văn An", "K1", 10));
    from.admit(received("bb", "Trần Thị Bình", "K9", 30));
    from.set_review("aa", "Ý kiến trong bản sao lưu", Some(Rating::Good));
    from.set_review("bb", "Hoàn thành tốt", Some(Rating::Good));
    from.cell.year = Some(2025);
    from.cell.party_cell = "Chi bộ Khu phố 3".to_owned();

    merge(&mut here, &from);
    let names: Vec<&str> = here.roster.iter().map(|m| m.full_name.as_str()).collect();
    assert_eq!(names.len(), 2, "{names:?}");
    assert!(names.contains(&"Trần Thị Bình"));
    assert_eq!(here.cell.party_cell, "Chi bộ 3");
    assert_eq!(here.cell.year, Some(2025));

    // The backup's second file comes back through the import, then the
    // comments: the one typed here stays.
    here.admit(received("bb", "Trần Thị Bình", "K9", 30));
    carry_over(&mut here, &from);
    assert_eq!(here.reviews["aa"].comment, "Ý kiến ở máy này");
    assert_eq!(here.reviews["bb"].level, Some(Rating::Good));
}

#[test]
fn a_decision_on_a_changed_key_is_carried_over_once_the_files_are_back() {
    let mut from = Desk::default();
    from.admit(received("aa", "Nguyễn Văn An", "K1", 10));
    from.admit(received("bb", "Nguyễn Văn An", "K2", 20));
    assert!(from.decide_key("bb", false));

    let mut here = Desk::default();
    here.admit(received("aa", "Nguyễn Văn An", "K1", 10));
    here.admit(received("bb", "Nguyễn Văn An", "K2", 20));
    let undecided = here.file("bb").map(|f| f.key.clone());
    assert!(matches!(
        undecided,
        Some(KeyState::Changed { decision: None, .. })
    ));
    carry_over(&mut here, &from);
    assert!(matches!(
        here.file("bb").map(|f| f.key.clone()),
        Some(KeyState::Changed {
            decision: Some(false),
            ..
        })
    ));
}

#[test]
fn the_backup_file_is_named_by_its_date() {
    // 2025-12-05T00:00:00Z
    assert_eq!(
        desk_backup_file_name(1_764_892_800_000),
        "KiemDiem_BanLamViec_2025-12-05.json"
    );
}

//! The signing key kept in the browser (`core::store::SigningKeys`): a first
//! export never replaces a key stored meanwhile, and replacing a key never
//! loses the old one.

use kiemdiem::core::store::{KeyStoreError, KeyValue, KvError, MemoryKv, SIGNING_KEY, SigningKeys};

#[test]
fn the_first_key_is_stored_once() {
    let keys = SigningKeys::new(MemoryKv::default());
    assert_eq!(keys.current(), Ok(None));
    keys.store_first("key-1").unwrap();
    assert_eq!(keys.current(), Ok(Some("key-1".into())));
    // Another tab's first export comes second: refused, the key stays.
    assert_eq!(keys.store_first("key-2"), Err(KeyStoreError::AlreadyStored));
    assert_eq!(keys.current(), Ok(Some("key-1".into())));
}

#[test]
fn a_replaced_key_is_kept_aside() {
    let keys = SigningKeys::new(MemoryKv::default());
    keys.store_first("key-1").unwrap();
    keys.replace("key-2", 1_700_000_000_000).unwrap();
    assert_eq!(keys.current(), Ok(Some("key-2".into())));
    let aside = SigningKeys::<MemoryKv>::aside_key(1_700_000_000_000);
    assert_eq!(aside, format!("{SIGNING_KEY}.1700000000000"));
    assert_eq!(keys.kv().get(&aside), Ok(Some("key-1".into())));

    // A second replacement in the same millisecond keeps both old keys.
    keys.replace("key-3", 1_700_000_000_000).unwrap();
    assert_eq!(keys.kv().get(&aside), Ok(Some("key-1".into())));
    let next = SigningKeys::<MemoryKv>::aside_key(1_700_000_000_001);
    assert_eq!(keys.kv().get(&next), Ok(Some("key-2".into())));
    assert_eq!(keys.current(), Ok(Some("key-3".into())));
}

#[test]
fn with_no_room_to_keep_the_old_key_nothing_is_replaced() {
    let old = "k".repeat(40);
    let keys = SigningKeys::new(MemoryKv::with_quota(SIGNING_KEY.len() + old.len() + 10));
    keys.store_first(&old).unwrap();
    assert_eq!(
        keys.replace("key-2", 1),
        Err(KeyStoreError::Kv(KvError::QuotaExceeded))
    );
    assert_eq!(keys.current(), Ok(Some(old)));
}

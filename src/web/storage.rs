//! `localStorage` through gloo-storage, as the core's [`KeyValue`].

use gloo_storage::{LocalStorage, Storage};
use wasm_bindgen::JsCast;

use crate::core::store::{Drafts, KeyValue, KvError, SIGNING_KEY, SigningKeys};

/// The browser's `localStorage`.
#[derive(Clone, Copy, Debug, Default)]
pub struct LocalKv;

fn classify(err: wasm_bindgen::JsValue) -> KvError {
    let name = err
        .dyn_ref::<js_sys::Error>()
        .map(|e| String::from(e.name()))
        .unwrap_or_default();
    if name == "QuotaExceededError" || name == "NS_ERROR_DOM_QUOTA_REACHED" {
        KvError::QuotaExceeded
    } else {
        KvError::Unavailable(name)
    }
}

impl KeyValue for LocalKv {
    fn get(&self, key: &str) -> Result<Option<String>, KvError> {
        LocalStorage::raw().get_item(key).map_err(classify)
    }

    fn set(&self, key: &str, value: &str) -> Result<(), KvError> {
        LocalStorage::raw().set_item(key, value).map_err(classify)
    }

    fn remove(&self, key: &str) -> Result<(), KvError> {
        LocalStorage::raw().remove_item(key).map_err(classify)
    }

    fn keys(&self) -> Result<Vec<String>, KvError> {
        let raw = LocalStorage::raw();
        let len = raw.length().map_err(classify)?;
        Ok((0..len).filter_map(|i| raw.key(i).ok().flatten()).collect())
    }
}

/// The drafts of this browser profile.
pub fn drafts() -> Drafts<LocalKv> {
    Drafts::new(LocalKv)
}

/// The signing key of this browser profile (the export page's).
pub fn signing_keys() -> SigningKeys<LocalKv> {
    SigningKeys::new(LocalKv)
}

/// The fingerprint a stored key record shows ("mã nhận diện khoá"), when
/// the record can be read.
pub fn key_fingerprint(record: &str) -> Option<String> {
    serde_json::from_str::<crate::sealing::KeyView>(record)
        .ok()
        .map(|k| k.fingerprint)
}

/// Asks the browser not to evict this site's storage
/// (`navigator.storage.persist()`), then calls `done` with the answer. Where
/// the API is missing the answer is `false`.
pub fn request_persistence(done: impl Fn(bool) + 'static) {
    let Some(promise) = web_sys::window().and_then(|w| w.navigator().storage().persist().ok())
    else {
        return done(false);
    };
    let answer = wasm_bindgen::closure::Closure::once(move |v: wasm_bindgen::JsValue| {
        done(v.as_bool().unwrap_or(false))
    });
    let _ = promise.then(&answer);
    answer.forget();
}

/// Every key of this app with its stored value, for jobs that work on a
/// copy of storage in the worker (backup and restore). The signing key and
/// its copies kept aside are left out: the worker has no use for them.
pub fn snapshot() -> Vec<(String, String)> {
    let kv = LocalKv;
    kv.keys()
        .unwrap_or_default()
        .into_iter()
        .filter(|k| k.starts_with("kiemdiem.") && !k.starts_with(SIGNING_KEY))
        .filter_map(|k| kv.get(&k).ok().flatten().map(|v| (k, v)))
        .collect()
}

/// Makes the writes a job answered with (`None` removes the key).
pub fn apply_writes(writes: &[(String, Option<String>)]) -> Result<(), KvError> {
    let kv = LocalKv;
    for (k, v) in writes {
        match v {
            Some(v) => kv.set(k, v)?,
            None => kv.remove(k)?,
        }
    }
    Ok(())
}

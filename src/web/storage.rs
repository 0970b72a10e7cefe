//! `localStorage` through gloo-storage, as the core's [`KeyValue`].

use gloo_storage::{LocalStorage, Storage};
use wasm_bindgen::JsCast;

use crate::core::store::{Drafts, KeyValue, KvError};

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
        KvError::Unavailable(format!("{err:?}"))
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

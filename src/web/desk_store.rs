//! The secretary's desk's durable store: IndexedDB (through the `idb`
//! crate), not localStorage, whose few megabytes cannot hold a cell's —
//! let alone a grassroots committee's — sealed files (hundreds of up to
//! ~150 KB each).
//!
//! One database, [`DB_NAME`], with two object stores:
//! - `state`: one record, [`STATE_KEY`], the desk's JSON (roster, what is
//!   known of each file, pinned keys, the cell's comments: see
//!   `core::desk::Desk`), versioned by the desk itself;
//! - `files`: each verified sealed dossier, as the exact text that was
//!   verified, keyed by its seal digest.
//!
//! An import writes its files and the new state in one transaction, so a
//! crash or a closed tab leaves either both or neither. Every call answers
//! with a typed [`StoreError`], worded in Vietnamese by
//! `text::desk::store_error`.
//!
//! ```no_run
//! # async fn demo() -> Result<(), kiemdiem::web::desk_store::StoreError> {
//! use kiemdiem::web::desk_store::DeskDb;
//! let db = DeskDb::open().await?;
//! db.commit("{\"version\":1}", &[("ab12…".into(), "{…sealed…}".into())]).await?;
//! assert!(db.file("ab12…").await?.is_some());
//! # Ok(()) }
//! ```

use idb::{Database, ObjectStore, TransactionMode};
use wasm_bindgen::JsValue;

/// The IndexedDB database of the desk.
pub const DB_NAME: &str = "kiemdiem-desk";
const DB_VERSION: u32 = 1;
const STATE: &str = "state";
const FILES: &str = "files";
/// The key of the desk's state record.
pub const STATE_KEY: &str = "desk";
/// Where a state record that could not be read is kept aside (with the
/// time it was found), so that nothing is lost.
pub const QUARANTINE_PREFIX: &str = "desk.unreadable.";

/// What went wrong with the desk's store.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum StoreError {
    /// The browser has no IndexedDB here (private mode of some browsers,
    /// blocked storage) or refused to open it.
    Unavailable,
    /// The browser's storage is full (`QuotaExceededError`).
    Full,
    /// A write or read failed for another reason (an aborted transaction,
    /// a closed database).
    Failed,
}

/// The browser's error, typed: only a full disk changes what the person
/// is told (its name, `QuotaExceededError`, is in the error's text).
fn classify(e: idb::Error) -> StoreError {
    if ToString::to_string(&e).contains("QuotaExceeded") {
        StoreError::Full
    } else {
        StoreError::Failed
    }
}

thread_local! {
    /// The database, opened once per page.
    static SHARED: std::cell::RefCell<Option<std::rc::Rc<DeskDb>>> = const { std::cell::RefCell::new(None) };
}

/// The desk's database, opened on first use and kept open for the page.
pub async fn shared() -> Result<std::rc::Rc<DeskDb>, StoreError> {
    if let Some(db) = SHARED.with(|s| s.borrow().clone()) {
        return Ok(db);
    }
    let db = std::rc::Rc::new(DeskDb::open().await?);
    SHARED.with(|s| *s.borrow_mut() = Some(db.clone()));
    Ok(db)
}

/// The open desk database.
pub struct DeskDb {
    db: Database,
}

impl DeskDb {
    /// Opens (and on first use creates) the desk's database.
    pub async fn open() -> Result<Self, StoreError> {
        let db = Database::builder(DB_NAME)
            .version(DB_VERSION)
            .add_object_store(ObjectStore::builder(STATE))
            .add_object_store(ObjectStore::builder(FILES))
            .build()
            .await
            .map_err(|_| StoreError::Unavailable)?;
        Ok(Self { db })
    }

    /// The desk's state as stored (`None` on first use).
    pub async fn state(&self) -> Result<Option<String>, StoreError> {
        let tx = self
            .db
            .transaction(&[STATE], TransactionMode::ReadOnly)
            .map_err(classify)?;
        let store = tx.object_store(STATE).map_err(classify)?;
        let value = store
            .get(JsValue::from_str(STATE_KEY))
            .map_err(classify)?
            .await
            .map_err(classify)?;
        Ok(value.and_then(|v| v.as_string()))
    }

    /// Keeps an unreadable state record aside under
    /// [`QUARANTINE_PREFIX`]`<now_ms>` (the next save replaces the state).
    pub async fn quarantine(&self, raw: &str, now_ms: i64) -> Result<(), StoreError> {
        let tx = self
            .db
            .transaction(&[STATE], TransactionMode::ReadWrite)
            .map_err(classify)?;
        let store = tx.object_store(STATE).map_err(classify)?;
        let key = format!("{QUARANTINE_PREFIX}{now_ms}");
        store
            .put(&JsValue::from_str(raw), Some(&JsValue::from_str(&key)))
            .map_err(classify)?
            .await
            .map_err(classify)?;
        finish(tx).await
    }

    /// Writes the state and the given files (digest, sealed text) in one
    /// transaction: both or neither.
    pub async fn commit(&self, state: &str, files: &[(String, String)]) -> Result<(), StoreError> {
        let tx = self
            .db
            .transaction(&[STATE, FILES], TransactionMode::ReadWrite)
            .map_err(classify)?;
        let file_store = tx.object_store(FILES).map_err(classify)?;
        for (digest, text) in files {
            file_store
                .put(&JsValue::from_str(text), Some(&JsValue::from_str(digest)))
                .map_err(classify)?
                .await
                .map_err(classify)?;
        }
        tx.object_store(STATE)
            .map_err(classify)?
            .put(
                &JsValue::from_str(state),
                Some(&JsValue::from_str(STATE_KEY)),
            )
            .map_err(classify)?
            .await
            .map_err(classify)?;
        finish(tx).await
    }

    /// Writes the state and removes the given files, in one transaction.
    pub async fn commit_removal(&self, state: &str, digests: &[String]) -> Result<(), StoreError> {
        let tx = self
            .db
            .transaction(&[STATE, FILES], TransactionMode::ReadWrite)
            .map_err(classify)?;
        let file_store = tx.object_store(FILES).map_err(classify)?;
        for digest in digests {
            file_store
                .delete(JsValue::from_str(digest))
                .map_err(classify)?
                .await
                .map_err(classify)?;
        }
        tx.object_store(STATE)
            .map_err(classify)?
            .put(
                &JsValue::from_str(state),
                Some(&JsValue::from_str(STATE_KEY)),
            )
            .map_err(classify)?
            .await
            .map_err(classify)?;
        finish(tx).await
    }

    /// One stored sealed file by its digest.
    pub async fn file(&self, digest: &str) -> Result<Option<String>, StoreError> {
        let tx = self
            .db
            .transaction(&[FILES], TransactionMode::ReadOnly)
            .map_err(classify)?;
        let value = tx
            .object_store(FILES)
            .map_err(classify)?
            .get(JsValue::from_str(digest))
            .map_err(classify)?
            .await
            .map_err(classify)?;
        Ok(value.and_then(|v| v.as_string()))
    }

    /// Every stored file, (digest, text), for the desk's backup.
    pub async fn files(&self) -> Result<Vec<(String, String)>, StoreError> {
        let tx = self
            .db
            .transaction(&[FILES], TransactionMode::ReadOnly)
            .map_err(classify)?;
        let store = tx.object_store(FILES).map_err(classify)?;
        let keys = store
            .get_all_keys(None, None)
            .map_err(classify)?
            .await
            .map_err(classify)?;
        let values = store
            .get_all(None, None)
            .map_err(classify)?
            .await
            .map_err(classify)?;
        Ok(keys
            .into_iter()
            .zip(values)
            .filter_map(|(k, v)| Some((k.as_string()?, v.as_string()?)))
            .collect())
    }
}

/// Waits for a read-write transaction to be committed; an abort (a full
/// disk ends a transaction this way) is an error, never silence.
async fn finish(tx: idb::Transaction) -> Result<(), StoreError> {
    let done = tx.commit().map_err(classify)?.await.map_err(classify)?;
    if done.is_committed() {
        Ok(())
    } else {
        Err(StoreError::Failed)
    }
}

//! Browser glue (wasm only), behind small interfaces: the UI calls these and
//! never touches web APIs for storage, time or the service worker itself.

pub mod clock;
pub mod desk_store;
pub mod files;
pub mod nav;
pub mod sealing;
pub mod storage;
pub mod sw;
pub mod tools;
pub mod worker;

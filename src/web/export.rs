//! The export worker, seen from the page: started on first use (the export
//! page, the verify page), one per page. A job goes out as `[json, file?]`
//! and its answer comes back as `[json, bytes?]` to the callback given with
//! it (see `crate::export`).

use std::cell::RefCell;
use std::collections::BTreeMap;

use wasm_bindgen::JsCast;
use wasm_bindgen::prelude::*;
use web_sys::{MessageEvent, Worker};

use crate::check::Envelope;
use crate::export::{ExportAnswer, ExportJob, READY, job_json};

/// Where Trunk puts the worker's loader (precached by the service worker).
const LOADER: &str = "/export_worker_loader.js";

/// What to do with one answer and its binary part.
type Pending = Box<dyn FnOnce(ExportAnswer, Option<js_sys::Uint8Array>)>;

thread_local! {
    static WORKER: RefCell<Option<Worker>> = const { RefCell::new(None) };
    static PENDING: RefCell<BTreeMap<u32, Pending>> = const { RefCell::new(BTreeMap::new()) };
    static NEXT: RefCell<u32> = const { RefCell::new(0) };
    /// Messages waiting for the worker to say it listens (`None` once it does).
    static WAITING: RefCell<Option<Vec<js_sys::Array>>> = const { RefCell::new(Some(Vec::new())) };
}

fn on_message(worker: Worker) -> Closure<dyn Fn(MessageEvent)> {
    Closure::new(move |ev: MessageEvent| {
        let data = ev.data();
        if data.as_string().as_deref() == Some(READY) {
            for msg in WAITING.with(|w| w.borrow_mut().take()).unwrap_or_default() {
                let _ = worker.post_message(&msg);
            }
            return;
        }
        let parts: js_sys::Array = data.unchecked_into();
        let Some(json) = parts.get(0).as_string() else {
            return;
        };
        let Ok(Envelope { seq, body }) = serde_json::from_str::<Envelope<ExportAnswer>>(&json)
        else {
            return;
        };
        let bytes = parts.get(1).dyn_into::<js_sys::Uint8Array>().ok();
        if let Some(done) = PENDING.with(|p| p.borrow_mut().remove(&seq)) {
            done(body, bytes);
        }
    })
}

fn worker() -> Option<Worker> {
    WORKER.with(|w| {
        if w.borrow().is_none() {
            let worker = Worker::new(LOADER).ok()?;
            let handler = on_message(worker.clone());
            worker.set_onmessage(Some(handler.as_ref().unchecked_ref()));
            handler.forget();
            *w.borrow_mut() = Some(worker);
        }
        w.borrow().clone()
    })
}

/// Hands a job (and a picked file, for jobs that read one) to the export
/// worker; `done` gets the answer and its binary part. Returns `false` when
/// the worker cannot be started.
pub fn call(
    job: ExportJob,
    file: Option<&web_sys::File>,
    done: impl FnOnce(ExportAnswer, Option<js_sys::Uint8Array>) + 'static,
) -> bool {
    let seq = NEXT.with(|n| {
        let mut n = n.borrow_mut();
        *n = n.wrapping_add(1);
        *n
    });
    let (Some(worker), Some(json)) = (worker(), job_json(seq, job)) else {
        return false;
    };
    PENDING.with(|p| p.borrow_mut().insert(seq, Box::new(done)));
    let msg = js_sys::Array::of2(
        &JsValue::from_str(&json),
        &file.map_or(JsValue::NULL, |f| f.into()),
    );
    let queued = WAITING.with(|w| match w.borrow_mut().as_mut() {
        Some(queue) => {
            queue.push(msg.clone());
            true
        }
        None => false,
    });
    if !queued {
        let _ = worker.post_message(&msg);
    }
    true
}

/// A `blob:` URL for bytes (a link the person clicks to save the file); the
/// caller revokes it with [`revoke`] when the page goes.
pub fn object_url(bytes: &JsValue, mime: &str) -> Option<String> {
    let options = web_sys::BlobPropertyBag::new();
    options.set_type(mime);
    let blob =
        web_sys::Blob::new_with_u8_array_sequence_and_options(&js_sys::Array::of1(bytes), &options)
            .ok()?;
    web_sys::Url::create_object_url_with_blob(&blob).ok()
}

/// Releases a URL made by [`object_url`].
pub fn revoke(url: &str) {
    let _ = web_sys::Url::revoke_object_url(url);
}

//! The export and verify workers, seen from the page (each started on first
//! use, one per page), and from inside ([`serve`]). A job goes out as
//! `[json, file?]` and its answer comes back as `[json, bytes?]` to the
//! callback given with it (see `crate::export`).

use std::cell::RefCell;
use std::collections::BTreeMap;

use wasm_bindgen::JsCast;
use wasm_bindgen::prelude::*;
use web_sys::{MessageEvent, Worker};

use crate::export::{Envelope, ExportAnswer, ExportJob, READY, is_verify, job_json};

/// Where Trunk puts the workers' loaders (precached by the service worker):
/// the export worker (sealing, the PDF writer, key files) and the verify
/// worker (the PDF reader, verification).
const LOADERS: [&str; 2] = ["/export_worker_loader.js", "/verify_worker_loader.js"];

/// What to do with one answer and its binary part.
type Pending = Box<dyn FnOnce(ExportAnswer, Option<js_sys::Uint8Array>)>;

/// One worker, once started.
struct Started {
    worker: Worker,
    /// Messages waiting for it to say it listens (`None` once it does).
    waiting: Option<Vec<js_sys::Array>>,
}

thread_local! {
    static WORKERS: RefCell<[Option<Started>; 2]> = const { RefCell::new([None, None]) };
    static PENDING: RefCell<BTreeMap<u32, Pending>> = const { RefCell::new(BTreeMap::new()) };
    static NEXT: RefCell<u32> = const { RefCell::new(0) };
}

fn on_message(which: usize) -> Closure<dyn Fn(MessageEvent)> {
    Closure::new(move |ev: MessageEvent| {
        let data = ev.data();
        if data.as_string().as_deref() == Some(READY) {
            WORKERS.with(|w| {
                if let Some(s) = w.borrow_mut()[which].as_mut() {
                    for msg in s.waiting.take().unwrap_or_default() {
                        let _ = s.worker.post_message(&msg);
                    }
                }
            });
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

/// Posts `msg` to worker `which`, starting it if needed; `false` if it
/// cannot be started.
fn post(which: usize, msg: js_sys::Array) -> bool {
    WORKERS.with(|w| {
        let mut w = w.borrow_mut();
        if w[which].is_none() {
            let Ok(worker) = Worker::new(LOADERS[which]) else {
                return false;
            };
            let handler = on_message(which);
            worker.set_onmessage(Some(handler.as_ref().unchecked_ref()));
            handler.forget();
            w[which] = Some(Started {
                worker,
                waiting: Some(Vec::new()),
            });
        }
        let Some(s) = w[which].as_mut() else {
            return false;
        };
        match s.waiting.as_mut() {
            Some(queue) => queue.push(msg),
            None => {
                let _ = s.worker.post_message(&msg);
            }
        }
        true
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
    let which = usize::from(is_verify(&job));
    let Some(json) = job_json(seq, job) else {
        return false;
    };
    PENDING.with(|p| p.borrow_mut().insert(seq, Box::new(done)));
    let file = file.map_or(JsValue::NULL, JsValue::from);
    if post(which, js_sys::Array::of2(&JsValue::from_str(&json), &file)) {
        true
    } else {
        PENDING.with(|p| p.borrow_mut().remove(&seq));
        false
    }
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

/// The worker's side: answers each job with `run`, reading a picked file
/// with `FileReaderSync` (off the page's thread) and sending the PDF's
/// bytes back by transfer, not copy. Called by `src/bin/export_worker.rs`
/// and `src/bin/verify_worker.rs`.
#[cfg(feature = "full")]
pub fn serve(run: crate::export::Runner) {
    use web_sys::{DedicatedWorkerGlobalScope, FileReaderSync};

    let scope: DedicatedWorkerGlobalScope = js_sys::global().unchecked_into();
    let reply_to = scope.clone();
    let on_message = Closure::<dyn Fn(MessageEvent)>::new(move |ev: MessageEvent| {
        let parts: js_sys::Array = ev.data().unchecked_into();
        let Some(json) = parts.get(0).as_string() else {
            return;
        };
        let file = parts
            .get(1)
            .dyn_into::<web_sys::Blob>()
            .ok()
            .and_then(|blob| {
                let buffer = FileReaderSync::new()
                    .ok()?
                    .read_as_array_buffer(&blob)
                    .ok()?;
                Some(js_sys::Uint8Array::new(&buffer).to_vec())
            });
        let Some((answer, bytes)) = crate::export::answer_job(&json, file, run) else {
            return;
        };
        let msg = js_sys::Array::of1(&JsValue::from_str(&answer));
        match bytes {
            Some(bytes) => {
                let array = js_sys::Uint8Array::from(bytes.as_slice());
                msg.push(&array);
                let transfer = js_sys::Array::of1(&array.buffer());
                let _ = reply_to.post_message_with_transfer(&msg, &transfer);
            }
            None => {
                let _ = reply_to.post_message(&msg);
            }
        }
    });
    scope.set_onmessage(Some(on_message.as_ref().unchecked_ref()));
    on_message.forget();
    // Messages sent before this point were dropped (the module was still
    // loading): tell the page it can send now.
    let _ = scope.post_message(&JsValue::from_str(READY));
}

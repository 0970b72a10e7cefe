//! The export and verify workers, seen from the page (through the one
//! worker client, [`crate::web::worker`]), and from inside ([`serve`]). A
//! job goes out as `[json, file?]` and its answer comes back as
//! `[json, bytes?]` to the callback given with it (see `crate::sealing::protocol`).

use wasm_bindgen::JsCast;
use wasm_bindgen::prelude::*;

use crate::sealing::protocol::{self, ExportAnswer, ExportJob, WorkerKind, job_json, worker_of};
use crate::web::worker::{self, Spec};

/// The export worker (sealing, the PDF writer, key files), the verify
/// worker (the PDF reader, verification) and the desk worker (rosters and
/// spreadsheets); Trunk's loaders, precached by the service worker.
static WORKERS: [Spec; 3] = [
    Spec {
        loader: "/export_worker_loader.js",
        seq_of,
    },
    Spec {
        loader: "/verify_worker_loader.js",
        seq_of,
    },
    Spec {
        loader: "/desk_worker_loader.js",
        seq_of,
    },
];

/// The job number of an answer: the `seq` of its JSON envelope (its body is
/// skipped, not decoded).
fn seq_of(data: &JsValue) -> Option<u32> {
    if !js_sys::Array::is_array(data) {
        return None;
    }
    protocol::seq_of(&js_sys::Array::from(data).get(0).as_string()?)
}

/// Hands a job (and a picked file, for jobs that read one) to its worker; `done` gets the answer and its binary part, or
/// [`ExportAnswer::Failed`] with a Vietnamese message when the worker cannot
/// answer (never nothing).
pub fn call(
    job: ExportJob,
    file: Option<&web_sys::Blob>,
    done: impl FnOnce(ExportAnswer, Option<js_sys::Uint8Array>) + 'static,
) {
    let seq = worker::next_seq();
    let spec = &WORKERS[match worker_of(&job) {
        WorkerKind::Export => 0,
        WorkerKind::Verify => 1,
        WorkerKind::Desk => 2,
    }];
    let file = file.map_or(JsValue::NULL, JsValue::from);
    let msg = job_json(seq, job)
        .map(|json| JsValue::from(js_sys::Array::of2(&JsValue::from_str(&json), &file)));
    worker::send(
        spec,
        seq,
        msg,
        Box::new(move |reply| match reply {
            Ok(data) => {
                let parts: js_sys::Array = data.unchecked_into();
                // An answer of another version reads as no answer.
                let body = parts
                    .get(0)
                    .as_string()
                    .and_then(|json| protocol::decode::<ExportAnswer>(&json)?.1);
                let bytes = parts.get(1).dyn_into::<js_sys::Uint8Array>().ok();
                match body {
                    Some(body) => done(body, bytes),
                    None => done(
                        ExportAnswer::Failed(crate::text::WORKER_BAD_ANSWER.to_owned()),
                        None,
                    ),
                }
            }
            Err(message) => done(ExportAnswer::Failed(message.to_owned()), None),
        }),
    );
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
pub fn serve(run: crate::sealing::Runner) {
    use crate::sealing::READY;
    use web_sys::{DedicatedWorkerGlobalScope, FileReaderSync, MessageEvent};

    let scope: DedicatedWorkerGlobalScope = js_sys::global().unchecked_into();
    let reply_to = scope.clone();
    let on_message = Closure::<dyn Fn(MessageEvent)>::new(move |ev: MessageEvent| {
        let data = ev.data();
        let parts = if js_sys::Array::is_array(&data) {
            js_sys::Array::from(&data)
        } else {
            js_sys::Array::new()
        };
        let json = parts.get(0).as_string().unwrap_or_default();
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
        let (answer, bytes) = crate::sealing::answer_job(&json, file, run);
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

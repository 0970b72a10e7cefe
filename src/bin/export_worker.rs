//! The export worker (wasm only): seals dossiers, renders their PDF, keeps
//! the signing key's file form, and verifies dossier files, off the main
//! thread and out of the app's first load. A message is a JS array: the JSON
//! of a `kiemdiem::check::Envelope<kiemdiem::export::ExportJob>` and an
//! optional `File`; the answer is the JSON of an `Envelope<ExportAnswer>` and
//! optional bytes (the PDF).

#[cfg(target_arch = "wasm32")]
fn main() {
    use wasm_bindgen::JsCast;
    use wasm_bindgen::prelude::*;
    use web_sys::{DedicatedWorkerGlobalScope, FileReaderSync, MessageEvent};

    let scope: DedicatedWorkerGlobalScope = js_sys::global().unchecked_into();
    let reply_to = scope.clone();
    let on_message = Closure::<dyn Fn(MessageEvent)>::new(move |ev: MessageEvent| {
        let parts: js_sys::Array = ev.data().unchecked_into();
        let Some(json) = parts.get(0).as_string() else {
            return;
        };
        // A picked file is read here, off the page's thread.
        let file = parts
            .get(1)
            .dyn_into::<web_sys::Blob>()
            .ok()
            .and_then(|blob| {
                let reader = FileReaderSync::new().ok()?;
                let buffer = reader.read_as_array_buffer(&blob).ok()?;
                Some(js_sys::Uint8Array::new(&buffer).to_vec())
            });
        let Some((answer, bytes)) = kiemdiem::export::answer_job(&json, file) else {
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
    let _ = scope.post_message(&JsValue::from_str(kiemdiem::export::READY));
}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    eprintln!("export_worker: a Web Worker of the web app; built by `trunk build`.");
}

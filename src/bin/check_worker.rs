//! The worker (wasm only): validation, the rating advisor, backups, restores,
//! suggestions files and carry-over from last year, off the main thread and
//! out of the app's first load. Messages are JavaScript arrays of strings:
//! a job in, its answer out (see `kiemdiem::check::Job::encode`).

#[cfg(target_arch = "wasm32")]
fn main() {
    use wasm_bindgen::JsCast;
    use wasm_bindgen::prelude::*;
    use web_sys::{DedicatedWorkerGlobalScope, MessageEvent};

    let scope: DedicatedWorkerGlobalScope = js_sys::global().unchecked_into();
    let reply_to = scope.clone();
    let on_message = Closure::<dyn Fn(MessageEvent)>::new(move |ev: MessageEvent| {
        // A message that is not an array of strings reads as an empty job,
        // which is answered as unreadable (never silence).
        let msg: Vec<String> = js_sys::Array::from(&ev.data())
            .iter()
            .map(|v| v.as_string())
            .collect::<Option<Vec<String>>>()
            .unwrap_or_default();
        let answer = kiemdiem::check::answer(msg);
        let out: js_sys::Array = answer.iter().map(|s| JsValue::from_str(s)).collect();
        let _ = reply_to.post_message(&out);
    });
    scope.set_onmessage(Some(on_message.as_ref().unchecked_ref()));
    on_message.forget();
    // Messages sent before this point were dropped (the module was still
    // loading): tell the page it can send now.
    let _ = scope.post_message(&JsValue::from_str(kiemdiem::check::READY));
}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    eprintln!("check_worker: a Web Worker of the web app; built by `trunk build`.");
}

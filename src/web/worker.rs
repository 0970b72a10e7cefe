//! The check worker, seen from the page: one worker per page, started on
//! first use; requests and answers are JSON strings (see `crate::check`).

use std::cell::RefCell;

use wasm_bindgen::JsCast;
use wasm_bindgen::prelude::*;
use web_sys::{MessageEvent, Worker};

use crate::check::{CheckRequest, CheckView};

/// Where Trunk puts the worker's loader (worker files keep their binary's
/// name; the service worker's precache list covers them).
const LOADER: &str = "/check_worker_loader.js";

/// What the page does with each answer.
type Listener = Box<dyn Fn(CheckView)>;

thread_local! {
    static WORKER: RefCell<Option<Worker>> = const { RefCell::new(None) };
    static LISTENER: RefCell<Option<Listener>> = const { RefCell::new(None) };
}

/// Sets what to do with each answer (the open editor's handler).
pub fn on_answer(f: impl Fn(CheckView) + 'static) {
    LISTENER.with(|l| *l.borrow_mut() = Some(Box::new(f)));
}

fn worker() -> Option<Worker> {
    WORKER.with(|w| {
        if w.borrow().is_none() {
            let worker = Worker::new(LOADER).ok()?;
            let on_message = Closure::<dyn Fn(MessageEvent)>::new(|ev: MessageEvent| {
                let Some(view) = ev
                    .data()
                    .as_string()
                    .and_then(|s| serde_json::from_str::<CheckView>(&s).ok())
                else {
                    return;
                };
                LISTENER.with(|l| {
                    if let Some(f) = l.borrow().as_ref() {
                        f(view);
                    }
                });
            });
            worker.set_onmessage(Some(on_message.as_ref().unchecked_ref()));
            on_message.forget();
            *w.borrow_mut() = Some(worker);
        }
        w.borrow().clone()
    })
}

/// Sends a check request; the answer arrives through [`on_answer`].
pub fn request(req: &CheckRequest) {
    let (Some(worker), Ok(json)) = (worker(), serde_json::to_string(req)) else {
        return;
    };
    let _ = worker.post_message(&JsValue::from_str(&json));
}

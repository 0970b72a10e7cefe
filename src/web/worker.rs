//! The worker, seen from the page: one worker per page, started on first
//! use. Each job goes out as an array of strings with a number and its
//! answer comes back to the callback given with it (see `crate::check`).

use std::cell::RefCell;
use std::collections::BTreeMap;

use wasm_bindgen::JsCast;
use wasm_bindgen::prelude::*;
use web_sys::{MessageEvent, Worker};

use crate::check::{Job, JobAnswer, READY};

/// Where Trunk puts the worker's loader (worker files keep their binary's
/// name; the service worker's precache list covers them).
const LOADER: &str = "/check_worker_loader.js";

/// What to do with one answer.
type Pending = Box<dyn FnOnce(JobAnswer)>;

thread_local! {
    static WORKER: RefCell<Option<Worker>> = const { RefCell::new(None) };
    static PENDING: RefCell<BTreeMap<u32, Pending>> = const { RefCell::new(BTreeMap::new()) };
    static NEXT: RefCell<u32> = const { RefCell::new(0) };
    /// Jobs waiting for the worker to say it listens (`None` once it does).
    static WAITING: RefCell<Option<Vec<js_sys::Array>>> = const { RefCell::new(Some(Vec::new())) };
}

fn post(worker: &Worker, msg: js_sys::Array) {
    let msg = WAITING.with(|w| match w.borrow_mut().as_mut() {
        Some(queue) => {
            queue.push(msg);
            None
        }
        None => Some(msg),
    });
    if let Some(msg) = msg {
        let _ = worker.post_message(&msg);
    }
}

fn worker() -> Option<Worker> {
    WORKER.with(|w| {
        if w.borrow().is_none() {
            let worker = Worker::new(LOADER).ok()?;
            let ready_worker = worker.clone();
            let on_message = Closure::<dyn Fn(MessageEvent)>::new(move |ev: MessageEvent| {
                let data = ev.data();
                if data.as_string().as_deref() == Some(READY) {
                    let queued = WAITING.with(|w| w.borrow_mut().take()).unwrap_or_default();
                    for msg in queued {
                        let _ = ready_worker.post_message(&msg);
                    }
                    return;
                }
                let msg: Option<Vec<String>> = js_sys::Array::from(&data)
                    .iter()
                    .map(|v| v.as_string())
                    .collect();
                let Some((seq, answer)) = msg.and_then(JobAnswer::decode) else {
                    return;
                };
                if let Some(done) = PENDING.with(|p| p.borrow_mut().remove(&seq)) {
                    done(answer);
                }
            });
            worker.set_onmessage(Some(on_message.as_ref().unchecked_ref()));
            on_message.forget();
            *w.borrow_mut() = Some(worker);
        }
        w.borrow().clone()
    })
}

/// Hands a job to the worker; `done` gets the answer.
pub fn call(job: Job, done: impl FnOnce(JobAnswer) + 'static) {
    send(job, Box::new(done));
}

/// [`call`], once for every kind of callback (one copy in the bundle).
fn send(job: Job, done: Pending) {
    let seq = NEXT.with(|n| {
        let mut n = n.borrow_mut();
        *n = n.wrapping_add(1);
        *n
    });
    let Some(worker) = worker() else {
        return;
    };
    let Some(msg) = job.encode(seq) else {
        return;
    };
    let msg: js_sys::Array = msg.iter().map(|s| JsValue::from_str(s)).collect();
    PENDING.with(|p| p.borrow_mut().insert(seq, done));
    post(&worker, msg);
}

//! One client for every Web Worker of the app: the check worker (here, see
//! [`call`]), and the export and verify workers of the tools module (see
//! `crate::web::sealing`). A worker is started on first use; jobs sent before
//! it says it listens wait in a queue; each answer goes to the callback given
//! with its job, matched by the job's number.
//!
//! A worker never leaves a page waiting: when it cannot be started, when it
//! fails (a script that does not load, an error thrown inside it) or when it
//! sends a message that cannot be read, every job still waiting for it gets
//! a failure with a Vietnamese message, and the next job starts it anew.
//! A late answer for a page that is gone reaches a callback whose signals
//! are disposed: callbacks use the `try_` accessors, so it is dropped.

use std::cell::{Cell, RefCell};
use std::collections::BTreeMap;
use std::time::Duration;

use wasm_bindgen::JsCast;
use wasm_bindgen::prelude::*;
use web_sys::{MessageEvent, Worker};

use crate::check::{Job, JobAnswer, READY};
use crate::text as t;

/// One kind of worker: where its loader is, and how to read the number of
/// the job an answer is for.
pub struct Spec {
    /// Trunk's loader of the worker (worker files keep their binary's name;
    /// the service worker's precache list covers them).
    pub loader: &'static str,
    /// The job number an answer carries; `None` when the answer cannot be
    /// read, which fails every job waiting for that worker.
    pub seq_of: fn(&JsValue) -> Option<u32>,
}

/// What a job gets back: the worker's raw answer, or why there is none, in
/// Vietnamese.
pub type Reply = Result<JsValue, &'static str>;

type Pending = Box<dyn FnOnce(Reply)>;

/// A started worker.
struct Running {
    worker: Worker,
    /// Messages waiting for it to say it listens (`None` once it does).
    waiting: Option<Vec<JsValue>>,
}

thread_local! {
    static RUNNING: RefCell<BTreeMap<&'static str, Running>> = const { RefCell::new(BTreeMap::new()) };
    /// Jobs waiting for an answer, with the loader of their worker.
    static PENDING: RefCell<BTreeMap<u32, (&'static str, Pending)>> = const { RefCell::new(BTreeMap::new()) };
    static NEXT: Cell<u32> = const { Cell::new(0) };
}

/// A fresh job number (encoded into the job by its protocol).
pub fn next_seq() -> u32 {
    NEXT.with(|n| {
        let seq = n.get().wrapping_add(1);
        n.set(seq);
        seq
    })
}

/// Sends job `seq` (already encoded as `msg`; `None` if it could not be) to
/// the worker of `spec`, starting it if needed; `done` gets the answer or a
/// failure. A failure known at once is delivered on the next turn of the
/// event loop, never inside this call, so the caller's own state is settled
/// first.
pub fn send(spec: &'static Spec, seq: u32, msg: Option<JsValue>, done: Pending) {
    let Some(msg) = msg else {
        return later(done, t::WORKER_BAD_JOB);
    };
    if !start(spec) {
        return later(done, t::WORKER_FAILED);
    }
    PENDING.with(|p| p.borrow_mut().insert(seq, (spec.loader, done)));
    let ready = RUNNING.with(|r| {
        let mut r = r.borrow_mut();
        let running = r.get_mut(spec.loader)?;
        match running.waiting.as_mut() {
            Some(queue) => {
                queue.push(msg);
                None
            }
            None => Some((running.worker.clone(), msg)),
        }
    });
    if let Some((worker, msg)) = ready
        && worker.post_message(&msg).is_err()
    {
        fail_all(spec.loader, t::WORKER_BAD_JOB);
    }
}

fn later(done: Pending, message: &'static str) {
    leptos::prelude::set_timeout(move || done(Err(message)), Duration::ZERO);
}

/// Starts the worker of `spec` unless it runs; `false` if it cannot be.
fn start(spec: &'static Spec) -> bool {
    if RUNNING.with(|r| r.borrow().contains_key(spec.loader)) {
        return true;
    }
    let Ok(worker) = Worker::new(spec.loader) else {
        return false;
    };
    let loader = spec.loader;
    let seq_of = spec.seq_of;
    // Both handlers live as long as the page (a restart makes new ones):
    // one could otherwise be dropped while it runs.
    let on_message = Closure::<dyn Fn(MessageEvent)>::new(move |ev: MessageEvent| {
        answered(loader, seq_of, ev.data())
    });
    let on_error = Closure::<dyn Fn(web_sys::Event)>::new(move |_: web_sys::Event| {
        fail_all(loader, t::WORKER_FAILED)
    });
    worker.set_onmessage(Some(on_message.as_ref().unchecked_ref()));
    worker.set_onerror(Some(on_error.as_ref().unchecked_ref()));
    on_message.forget();
    on_error.forget();
    RUNNING.with(|r| {
        r.borrow_mut().insert(
            loader,
            Running {
                worker,
                waiting: Some(Vec::new()),
            },
        )
    });
    true
}

fn answered(loader: &'static str, seq_of: fn(&JsValue) -> Option<u32>, data: JsValue) {
    if data.as_string().as_deref() == Some(READY) {
        let queued = RUNNING.with(|r| {
            let mut r = r.borrow_mut();
            let running = r.get_mut(loader)?;
            Some((
                running.worker.clone(),
                running.waiting.take().unwrap_or_default(),
            ))
        });
        if let Some((worker, queued)) = queued {
            for msg in queued {
                if worker.post_message(&msg).is_err() {
                    return fail_all(loader, t::WORKER_BAD_JOB);
                }
            }
        }
        return;
    }
    let Some(seq) = seq_of(&data) else {
        return fail_all(loader, t::WORKER_BAD_ANSWER);
    };
    // An answer nobody waits for any more (its job failed already) is
    // dropped.
    let done = PENDING.with(|p| p.borrow_mut().remove(&seq));
    if let Some((_, done)) = done {
        done(Ok(data));
    }
}

/// Stops the worker of `loader` and fails every job waiting for it; the
/// next job starts it anew.
fn fail_all(loader: &'static str, message: &'static str) {
    if let Some(running) = RUNNING.with(|r| r.borrow_mut().remove(loader)) {
        running.worker.set_onmessage(None);
        running.worker.set_onerror(None);
        running.worker.terminate();
    }
    let failed: Vec<Pending> = PENDING.with(|p| {
        let mut p = p.borrow_mut();
        let seqs: Vec<u32> = p
            .iter()
            .filter(|(_, (l, _))| *l == loader)
            .map(|(seq, _)| *seq)
            .collect();
        seqs.into_iter()
            .filter_map(|seq| p.remove(&seq).map(|(_, done)| done))
            .collect()
    });
    // Called with no borrow held: a callback may send a new job.
    for done in failed {
        done(Err(message));
    }
}

/// The check worker: validation, the rating advisor, backups, restores,
/// suggestions files, carry-over and the templates' prose (see
/// `crate::check`). Its messages are arrays of strings, the job's number
/// first.
static CHECK: Spec = Spec {
    loader: "/check_worker_loader.js",
    seq_of: check_seq,
};

fn check_seq(data: &JsValue) -> Option<u32> {
    if !js_sys::Array::is_array(data) {
        return None;
    }
    js_sys::Array::from(data).get(0).as_string()?.parse().ok()
}

/// Hands a job to the check worker; `done` gets the answer, or
/// [`JobAnswer::Failed`] with a Vietnamese message when the worker cannot
/// answer.
pub fn call(job: Job, done: impl FnOnce(JobAnswer) + 'static) {
    send_check(job, Box::new(done));
}

/// [`call`], once for every kind of callback (one copy in the bundle).
fn send_check(job: Job, done: Box<dyn FnOnce(JobAnswer)>) {
    let seq = next_seq();
    let msg = job.encode(seq).map(|m| {
        JsValue::from(
            m.iter()
                .map(|s| JsValue::from_str(s))
                .collect::<js_sys::Array>(),
        )
    });
    send(
        &CHECK,
        seq,
        msg,
        Box::new(move |reply| {
            let answer = match reply {
                Ok(data) => js_sys::Array::from(&data)
                    .iter()
                    .map(|v| v.as_string())
                    .collect::<Option<Vec<String>>>()
                    .and_then(JobAnswer::decode)
                    .map(|(_, answer)| answer),
                Err(message) => Some(JobAnswer::Failed {
                    message: message.to_owned(),
                }),
            };
            done(answer.unwrap_or_else(|| JobAnswer::Failed {
                message: t::WORKER_BAD_ANSWER.to_owned(),
            }))
        }),
    );
}

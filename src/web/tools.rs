//! The tools module, seen from the app: the export page and the verify page
//! ("Kiểm tra hồ sơ") are a second, separately loaded wasm module
//! (`src/bin/tools_ui.rs`), so that their code stays out of the first load.
//! The app renders an empty `#tools` element for those routes and calls
//! [`show`]; the module mounts the page for the current path into it.

use std::cell::Cell;

use wasm_bindgen::JsCast;
use wasm_bindgen::prelude::*;

/// The element the tools module mounts into.
pub const MOUNT_ID: &str = "tools";
/// The window event that asks a loaded tools module to mount again (the
/// route changed, or `#tools` was rendered anew).
pub const MOUNT_EVENT: &str = "kiemdiem-tools";
/// Where Trunk puts the module (precached by the service worker).
const SCRIPT: &str = "/tools_ui.js";
const WASM: &str = "/tools_ui_bg.wasm";

#[derive(Clone, Copy, PartialEq)]
enum State {
    Absent,
    Loading,
    Ready,
}

thread_local! {
    static STATE: Cell<State> = const { Cell::new(State::Absent) };
}

/// Mounts the tools page for the current path into `#tools`, loading the
/// module on first use; `failed` is called if it cannot be loaded.
pub fn show(failed: impl FnOnce() + 'static) {
    match STATE.get() {
        State::Ready => {
            if let (Some(w), Ok(ev)) = (web_sys::window(), web_sys::Event::new(MOUNT_EVENT)) {
                let _ = w.dispatch_event(&ev);
            }
        }
        // The module mounts itself once it has started.
        State::Loading => {}
        State::Absent => {
            if load(failed).is_some() {
                STATE.set(State::Loading);
            }
        }
    }
}

/// Asks a loaded tools module to unmount its page (the app left the export
/// or verify route; the module mounts nothing for other paths).
pub fn leave() {
    if STATE.get() == State::Ready
        && let (Some(w), Ok(ev)) = (web_sys::window(), web_sys::Event::new(MOUNT_EVENT))
    {
        let _ = w.dispatch_event(&ev);
    }
}

fn load(failed: impl FnOnce() + 'static) -> Option<()> {
    let document = web_sys::window()?.document()?;
    let script: web_sys::HtmlScriptElement =
        document.create_element("script").ok()?.unchecked_into();
    script.set_src(SCRIPT);
    let failed = std::rc::Rc::new(std::cell::RefCell::new(Some(failed)));
    let fail = failed.clone();
    let on_error = Closure::once(move || {
        STATE.set(State::Absent);
        if let Some(f) = fail.borrow_mut().take() {
            f();
        }
    });
    let on_load = Closure::once(move || {
        // `wasm_bindgen` is a global lexical binding of the module's script
        // (wasm-bindgen's no-modules output), not a property of `window`.
        let started = js_sys::Function::new_with_args("p", "return wasm_bindgen(p)")
            .call1(&JsValue::NULL, &JsValue::from_str(WASM));
        match started {
            Ok(_) => STATE.set(State::Ready),
            Err(_) => {
                STATE.set(State::Absent);
                if let Some(f) = failed.borrow_mut().take() {
                    f();
                }
            }
        }
    });
    script.set_onload(Some(on_load.as_ref().unchecked_ref()));
    script.set_onerror(Some(on_error.as_ref().unchecked_ref()));
    on_load.forget();
    on_error.forget();
    document.body()?.append_child(&script).ok()?;
    Some(())
}

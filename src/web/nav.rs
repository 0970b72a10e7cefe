//! Client-side navigation with the History API: the current path as a
//! signal, [`navigate`], and same-origin link clicks turned into
//! navigations, with no page load.
//!
//! Leaving a page never loses input: before the path changes, a
//! composition in progress is committed (the focused field is blurred) and
//! the guard given to [`install`] runs (the app's: the open editor writes
//! its pending save at once); when the guard says no, the page stays and
//! the guard shows why. Back and forward go through the same guard and
//! bring the page's scroll position back.
//!
//! This replaces leptos_router, whose matching and nested-route machinery
//! weighed about 40 KB of the first load for the few flat routes the app
//! has (see README, Sizes).

use std::cell::{Cell, RefCell};
use std::rc::Rc;

use leptos::prelude::*;
use wasm_bindgen::JsCast;
use wasm_bindgen::prelude::*;

/// The current path (`location.pathname`), updated on navigation and on the
/// browser's back and forward buttons.
#[derive(Clone, Copy)]
pub struct Path(pub RwSignal<String>);

/// What runs before the path changes; `false` keeps the current page.
type Guard = Rc<dyn Fn() -> bool>;

thread_local! {
    /// The path signal and the guard, set once by [`install`] (navigation
    /// also happens from callbacks where no reactive owner is current).
    static NAV: Cell<Option<Path>> = const { Cell::new(None) };
    static GUARD: RefCell<Option<Guard>> = const { RefCell::new(None) };
}

fn current_path() -> String {
    window()
        .location()
        .pathname()
        .unwrap_or_else(|_| "/".into())
}

/// The key of the scroll position kept in each history entry's state.
const SCROLL: &str = "scroll";

/// Sets up the path signal, the `popstate` listener and link interception;
/// call once at the root. `guard` runs before every change of path (see the
/// module doc).
pub fn install(guard: impl Fn() -> bool + 'static) -> Path {
    let path = Path(RwSignal::new(current_path()));
    NAV.set(Some(path));
    GUARD.with(|g| *g.borrow_mut() = Some(Rc::new(guard)));
    if let Ok(history) = window().history() {
        // The app brings the scroll back itself, once the page is drawn.
        let _ = js_sys::Reflect::set(
            &history,
            &JsValue::from_str("scrollRestoration"),
            &JsValue::from_str("manual"),
        );
    }
    let _ = window_event_listener(leptos::ev::popstate, move |_| {
        let to = current_path();
        let shown = path.0.get_untracked();
        if to == shown {
            return;
        }
        if !leave() {
            // The URL already changed: put back the page that stays.
            if let Ok(history) = window().history() {
                let _ = history.push_state_with_url(&JsValue::NULL, "", Some(&shown));
            }
            return;
        }
        let scroll = window()
            .history()
            .ok()
            .and_then(|h| h.state().ok())
            .and_then(|s| js_sys::Reflect::get(&s, &JsValue::from_str(SCROLL)).ok())
            .and_then(|y| y.as_f64())
            .unwrap_or(0.0);
        path.0.set(to);
        restore_scroll(scroll, RESTORE_FRAMES);
    });
    let _ = window_event_listener(leptos::ev::click, move |ev| {
        if ev.default_prevented()
            || ev.button() != 0
            || ev.ctrl_key()
            || ev.meta_key()
            || ev.shift_key()
            || ev.alt_key()
        {
            return;
        }
        let anchor = ev
            .target()
            .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
            .and_then(|el| el.closest("a[href]").ok().flatten())
            .and_then(|el| el.dyn_into::<web_sys::HtmlAnchorElement>().ok());
        let Some(a) = anchor else {
            return;
        };
        if !a.target().is_empty() || a.has_attribute("download") {
            return;
        }
        if a.origin() != window().location().origin().unwrap_or_default() {
            return;
        }
        ev.prevent_default();
        let to = a.pathname();
        let hash = a.hash();
        if to == current_path() && hash.len() > 1 {
            // A link inside the page (the skip link): move the focus there.
            focus_id(&hash[1..], true);
        } else {
            go(path, &to);
        }
    });
    path
}

/// Goes to `to` (a path of this app), adding a history entry, and moves
/// focus to the main content so that keyboard and screen-reader users land
/// on the new page. Runs the guard first (see the module doc).
pub fn navigate(to: &str) {
    match NAV.get() {
        Some(path) => go(path, to),
        // Called where `install` did not run (the tools module, a separate
        // wasm module in the same page): change the URL and let the app's
        // `popstate` listener follow it, with its guard.
        None => {
            if let Ok(history) = window().history() {
                let _ = history.push_state_with_url(&JsValue::NULL, "", Some(to));
            }
            if let Ok(ev) = web_sys::Event::new("popstate") {
                let _ = window().dispatch_event(&ev);
            }
        }
    }
}

fn go(path: Path, to: &str) {
    if path.0.get_untracked() != to {
        if !leave() {
            return;
        }
        if let Ok(history) = window().history() {
            // Where this page was scrolled to, for "back".
            let state = js_sys::Object::new();
            let _ = js_sys::Reflect::set(
                &state,
                &JsValue::from_str(SCROLL),
                &JsValue::from_f64(window().scroll_y().unwrap_or(0.0)),
            );
            let _ = history.replace_state(&state, "");
            let _ = history.push_state_with_url(&JsValue::NULL, "", Some(to));
        }
        path.0.set(to.to_owned());
        window().scroll_to_with_x_and_y(0.0, 0.0);
    }
    // A new page starts at its top, the focus on its content.
    focus_id("main", false);
}

/// Commits what the person is typing and runs the guard.
fn leave() -> bool {
    // Blurring the focused field ends an input method's composition: the
    // field takes its final text (compositionend) before anything is saved.
    if let Some(el) = document()
        .active_element()
        .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok())
    {
        let _ = el.blur();
    }
    let guard = GUARD.with(|g| g.borrow().clone());
    guard.is_none_or(|g| g())
}

/// How many frames "back" keeps trying to bring the scroll back while the
/// page it returns to is still being drawn (about half a second).
const RESTORE_FRAMES: u32 = 30;

/// Scrolls to `y` on the next frame, and again on the following frames
/// while the page is not yet tall enough to get there (a step's content,
/// its folded head and its check come in over a few frames).
fn restore_scroll(y: f64, frames: u32) {
    request_animation_frame(move || {
        let w = window();
        w.scroll_to_with_x_and_y(0.0, y);
        let reached = w.scroll_y().is_ok_and(|now| now >= y - 1.0);
        if !reached && frames > 1 {
            restore_scroll(y, frames - 1);
        }
    });
}

/// Focuses the element `id`, scrolling it into view only when `scroll`.
fn focus_id(id: &str, scroll: bool) {
    if let Some(el) = document()
        .get_element_by_id(id)
        .and_then(|m| m.dyn_into::<web_sys::HtmlElement>().ok())
    {
        if !el.has_attribute("tabindex") {
            let _ = el.set_attribute("tabindex", "-1");
        }
        let options = web_sys::FocusOptions::new();
        options.set_prevent_scroll(!scroll);
        let _ = el.focus_with_options(&options);
    }
}

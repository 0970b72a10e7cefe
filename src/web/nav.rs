//! Client-side navigation with the History API: the current path as a
//! signal, `navigate`, and same-origin link clicks turned into navigations.
//!
//! This replaces leptos_router, whose matching and nested-route machinery
//! weighed about 40 KB of the first load for the three flat routes the app
//! has (see README, Sizes).

use leptos::prelude::*;
use wasm_bindgen::JsCast;

/// The current path (`location.pathname`), updated on navigation and on the
/// browser's back and forward buttons.
#[derive(Clone, Copy)]
pub struct Path(pub RwSignal<String>);

fn current_path() -> String {
    window()
        .location()
        .pathname()
        .unwrap_or_else(|_| "/".into())
}

/// Sets up the path signal, the `popstate` listener and link interception;
/// call once at the root. The path is provided as context.
pub fn install() -> Path {
    let path = Path(RwSignal::new(current_path()));
    provide_context(path);
    let _ = window_event_listener(leptos::ev::popstate, move |_| path.0.set(current_path()));
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
        let same_origin = a.origin() == window().location().origin().unwrap_or_default();
        if !same_origin {
            return;
        }
        ev.prevent_default();
        navigate(&a.pathname());
    });
    path
}

/// Goes to `to` (a path of this app), adding a history entry, and moves
/// focus to the main content so that keyboard and screen-reader users land
/// on the new page.
pub fn navigate(to: &str) {
    let Some(path) = use_context::<Path>() else {
        let _ = window().location().set_href(to);
        return;
    };
    if path.0.get_untracked() != to {
        if let Ok(history) = window().history() {
            let _ = history.push_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(to));
        }
        path.0.set(to.to_owned());
        window().scroll_to_with_x_and_y(0.0, 0.0);
    }
    if let Some(main) = document()
        .get_element_by_id("main")
        .and_then(|m| m.dyn_into::<web_sys::HtmlElement>().ok())
    {
        let _ = main.focus();
    }
}

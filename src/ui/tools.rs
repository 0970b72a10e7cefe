//! The pages of the tools module (`src/bin/tools_ui.rs`): which one the
//! current path asks for, mounted into the app's `#tools` element.

use std::cell::RefCell;

use leptos::mount::mount_to;
use leptos::prelude::*;
use wasm_bindgen::JsCast;

use super::{Page, desk::DeskPage, export::Export, parse, verify::Verify};
use crate::web::tools::MOUNT_ID;

thread_local! {
    /// The page mounted last; dropping it unmounts it.
    static MOUNTED: RefCell<Option<Box<dyn std::any::Any>>> = const { RefCell::new(None) };
}

/// Mounts the page of the current path into `#tools` (replacing what was
/// mounted before). Does nothing when the app shows another page.
pub fn mount() {
    MOUNTED.with(|m| m.borrow_mut().take());
    let Some(el) = document()
        .get_element_by_id(MOUNT_ID)
        .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok())
    else {
        return;
    };
    el.set_inner_html("");
    let path = window().location().pathname().unwrap_or_default();
    let handle: Box<dyn std::any::Any> = match parse(&path).0 {
        Page::Export(id) => Box::new(mount_to(el, move || view! { <Export id=id /> })),
        Page::Verify => Box::new(mount_to(el, Verify)),
        Page::Desk(selected) => Box::new(mount_to(
            el,
            move || view! { <DeskPage selected=selected.clone() /> },
        )),
        _ => return,
    };
    MOUNTED.with(|m| *m.borrow_mut() = Some(handle));
}

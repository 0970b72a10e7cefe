//! The tools module (wasm only): the export page and the verify page, a
//! second Leptos app loaded by the main app (`kiemdiem::web::tools`) when
//! one of those routes opens, so that their code is not in the first load.
//! It mounts the page for the current path into `#tools`, and again each
//! time the app asks (`kiemdiem-tools` event).

#[cfg(target_arch = "wasm32")]
fn main() {
    use wasm_bindgen::prelude::*;

    console_error_panic_hook::set_once();
    kiemdiem::ui::tools::mount();
    let again = Closure::<dyn Fn()>::new(kiemdiem::ui::tools::mount);
    if let Some(w) = web_sys::window() {
        let _ = w.add_event_listener_with_callback(
            kiemdiem::web::tools::MOUNT_EVENT,
            again.as_ref().unchecked_ref(),
        );
    }
    again.forget();
}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    eprintln!("tools_ui: a module of the web app; built by `trunk build`.");
}

//! The web app's entry point: mounts the root component (wasm only).

#[cfg(target_arch = "wasm32")]
fn main() {
    console_error_panic_hook::set_once();
    leptos::mount::mount_to_body(kiemdiem::ui::App);
}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    eprintln!("kiemdiem: this binary is the web app; build it with `trunk build` (see README.md).");
}

//! The export worker (wasm only): seals dossiers, renders their PDF (krilla
//! and the fonts) and keeps the signing key's file form, off the main thread
//! and out of the app's first load. Protocol: `kiemdiem::sealing`.

#[cfg(target_arch = "wasm32")]
fn main() {
    kiemdiem::web::sealing::serve(kiemdiem::sealing::run_export);
}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    eprintln!("export_worker: a Web Worker of the web app; built by `trunk build`.");
}

//! The verify worker (wasm only): checks dossier files, `.json` or `.pdf`
//! (the PDF reader, lopdf), for "Kiểm tra hồ sơ", off the main thread and out
//! of the app's first load. Protocol: `kiemdiem::sealing`.

#[cfg(target_arch = "wasm32")]
fn main() {
    kiemdiem::web::sealing::serve(kiemdiem::sealing::run_verify);
}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    eprintln!("verify_worker: a Web Worker of the web app; built by `trunk build`.");
}

//! The desk worker (wasm only): the secretary's desk's spreadsheets — a
//! roster read from `.csv` or `.xlsx`, the cell's summary and the dossier
//! index written as `.xlsx` and `.csv` — off the main thread and out of
//! every other page's download. Protocol: `kiemdiem::sealing`.

#[cfg(target_arch = "wasm32")]
fn main() {
    kiemdiem::web::sealing::serve(kiemdiem::sealing::run_desk);
}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    eprintln!("desk_worker: a Web Worker of the web app; built by `trunk build`.");
}

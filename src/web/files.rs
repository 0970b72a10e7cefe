//! Files: read what the person picks, and offer a file to download. Both
//! stay on the device (no upload, no request).

use wasm_bindgen::JsCast;
use wasm_bindgen::prelude::*;

/// Why a picked file could not be read.
#[derive(Debug, thiserror::Error)]
pub enum FileError {
    #[error("no file was picked")]
    NoFile,
    #[error("the file is {0} bytes, over the limit")]
    TooLarge(u64),
    #[error("the browser could not read the file")]
    Unreadable,
}

/// Reads the first file picked in an `<input type="file">`, if not larger
/// than `max` bytes (checked before reading), and calls `done` with its
/// bytes.
pub fn read_picked(
    input: &web_sys::HtmlInputElement,
    max: u64,
    done: impl FnOnce(Result<Vec<u8>, FileError>) + 'static,
) {
    let Some(file) = input.files().and_then(|f| f.get(0)) else {
        return done(Err(FileError::NoFile));
    };
    let size = file.size() as u64;
    if size > max {
        return done(Err(FileError::TooLarge(size)));
    }
    let done = std::rc::Rc::new(std::cell::RefCell::new(Some(done)));
    let fail = done.clone();
    let ok = Closure::once(move |buffer: JsValue| {
        if let Some(done) = done.borrow_mut().take() {
            done(Ok(js_sys::Uint8Array::new(&buffer).to_vec()));
        }
    });
    let err = Closure::once(move |_: JsValue| {
        if let Some(done) = fail.borrow_mut().take() {
            done(Err(FileError::Unreadable));
        }
    });
    let _ = file.array_buffer().then2(&ok, &err);
    ok.forget();
    err.forget();
}

/// Offers `bytes` as a download named `name`.
pub fn download(name: &str, mime: &str, bytes: &[u8]) -> Result<(), JsValue> {
    let parts = js_sys::Array::of1(&js_sys::Uint8Array::from(bytes));
    let options = web_sys::BlobPropertyBag::new();
    options.set_type(mime);
    let blob = web_sys::Blob::new_with_u8_array_sequence_and_options(&parts, &options)?;
    let url = web_sys::Url::create_object_url_with_blob(&blob)?;
    let document = web_sys::window()
        .and_then(|w| w.document())
        .ok_or(JsValue::NULL)?;
    let a: web_sys::HtmlAnchorElement = document.create_element("a")?.unchecked_into();
    a.set_href(&url);
    a.set_download(name);
    a.click();
    // Revoked later: revoking at once can cancel the download.
    let revoke = Closure::once(move || {
        let _ = web_sys::Url::revoke_object_url(&url);
    });
    let _ = web_sys::window()
        .ok_or(JsValue::NULL)?
        .set_timeout_with_callback_and_timeout_and_arguments_0(
            revoke.as_ref().unchecked_ref(),
            60_000,
        );
    revoke.forget();
    Ok(())
}

/// The files of a drop, folders walked (the desk takes a dropped folder
/// of a cell's files). `found` is called once per file as the browser
/// hands them over; where the browser cannot walk folders, with the
/// dropped files only.
pub fn dropped(dt: &web_sys::DataTransfer, found: impl Fn(Vec<web_sys::File>) + 'static) {
    let found: std::rc::Rc<dyn Fn(Vec<web_sys::File>)> = std::rc::Rc::new(found);
    let items = dt.items();
    // Entries must be taken while the drop event runs.
    let entries: Vec<web_sys::FileSystemEntry> = (0..items.length())
        .filter_map(|i| items.get(i)?.webkit_get_as_entry().ok().flatten())
        .collect();
    if entries.is_empty() {
        let files = dt.files();
        found(
            files
                .map(|l| (0..l.length()).filter_map(|i| l.get(i)).collect())
                .unwrap_or_default(),
        );
        return;
    }
    for entry in entries {
        walk(entry, found.clone());
    }
}

fn walk(entry: web_sys::FileSystemEntry, found: std::rc::Rc<dyn Fn(Vec<web_sys::File>)>) {
    if entry.is_file() {
        let file_entry: web_sys::FileSystemFileEntry = entry.unchecked_into();
        let cb = Closure::once(move |file: web_sys::File| found(vec![file]));
        file_entry.file_with_callback(cb.as_ref().unchecked_ref());
        cb.forget();
    } else if entry.is_directory() {
        let dir: web_sys::FileSystemDirectoryEntry = entry.unchecked_into();
        read_all(std::rc::Rc::new(dir.create_reader()), found);
    }
}

/// Reads a folder's entries batch by batch (the browser hands out at most
/// 100 at a time) until an empty batch.
fn read_all(
    reader: std::rc::Rc<web_sys::FileSystemDirectoryReader>,
    found: std::rc::Rc<dyn Fn(Vec<web_sys::File>)>,
) {
    let again = reader.clone();
    let cb = Closure::once(move |batch: js_sys::Array| {
        if batch.length() == 0 {
            return;
        }
        for entry in batch.iter() {
            walk(entry.unchecked_into(), found.clone());
        }
        read_all(again, found);
    });
    let _ = reader.read_entries_with_callback(cb.as_ref().unchecked_ref());
    cb.forget();
}

//! Kiểm điểm: the annual self-review (*bản kiểm điểm cá nhân*) of party members
//! and leaders, written offline in the browser.
//!
//! * [`core`]: pure Rust (model, templates, rules, validation, storage logic),
//!   no DOM, tested natively with `cargo test`.
//! * [`text`]: every user-facing Vietnamese string, in one place.
//! * `web` (wasm only): browser glue behind small interfaces.
//! * `ui` (wasm only): Leptos components.

pub mod check;
pub mod core;
pub mod dossier_view;
pub mod sealing;
pub mod text;
pub mod wire;

#[cfg(target_arch = "wasm32")]
pub mod web;

#[cfg(target_arch = "wasm32")]
pub mod ui;

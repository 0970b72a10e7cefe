//! The pure core: no DOM, no browser API, tested natively.

pub mod backup;
pub mod carryover;
pub mod dossier;
pub mod numfmt;
pub mod pdf;
pub mod rules;
pub mod store;
pub mod suggestions;
pub mod template;
pub mod textnorm;
pub mod validate;

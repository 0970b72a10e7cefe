//! The pure core: no DOM, no browser API, tested natively.

pub mod dossier;
pub mod store;
pub mod template;
pub mod textnorm;

//! The pure core: no DOM, no browser API, tested natively.

pub mod backup;
pub mod carryover;
pub mod desk;
pub mod dossier;
// Edits are part of the model (a child module of `dossier`, so that the
// model and the changes to it are one module, not two that import each
// other); `core::edit` is their short path.
pub use dossier::edit;
#[cfg(feature = "full")]
pub mod filename;
#[cfg(feature = "full")]
pub mod keyfile;
pub mod linesplit;
pub mod numfmt;
pub mod pdf;
pub mod rules;
#[cfg(feature = "full")]
pub mod seal;
pub mod store;
pub mod suggestions;
pub mod template;
pub mod textnorm;
pub mod validate;
pub mod vocab;
pub mod walk;

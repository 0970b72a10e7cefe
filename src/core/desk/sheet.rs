//! The summary and the dossier index as .csv and .xlsx (`full` only).

//! Time and randomness from the browser, for the pure core.

use chrono::{DateTime, NaiveDate, Utc};
use wasm_bindgen::JsValue;

use crate::core::dossier::DossierId;

/// The current instant.
pub fn now() -> DateTime<Utc> {
    let millis = js_sys::Date::now() as i64;
    DateTime::from_timestamp_millis(millis).unwrap_or_default()
}

/// Today's date in the person's time zone.
pub fn today() -> NaiveDate {
    let d = js_sys::Date::new_0();
    NaiveDate::from_ymd_opt(d.get_full_year() as i32, d.get_month() + 1, d.get_date())
        .unwrap_or_else(|| now().date_naive())
}

fn js_date(at: DateTime<Utc>) -> js_sys::Date {
    js_sys::Date::new(&JsValue::from_f64(at.timestamp_millis() as f64))
}

/// A local time for display ("hh:mm"), in the browser's time zone.
pub fn local_hhmm(at: DateTime<Utc>) -> String {
    let d = js_date(at);
    format!("{:02}:{:02}", d.get_hours(), d.get_minutes())
}

/// A local date for display ("dd/mm/yyyy"), in the browser's time zone.
pub fn local_date(at: DateTime<Utc>) -> String {
    let d = js_date(at);
    format!(
        "{:02}/{:02}/{}",
        d.get_date(),
        d.get_month() + 1,
        d.get_full_year()
    )
}

/// A fresh dossier id.
pub fn new_dossier_id() -> DossierId {
    let random = (js_sys::Math::random() * f64::from(u32::MAX)) as u32;
    DossierId::from_parts(js_sys::Date::now() as i64, random)
}

//! Small widgets shared by the pages.

use leptos::ev;
use leptos::prelude::*;
use wasm_bindgen::JsCast;

/// A labelled text input or auto-growing text area that is safe with
/// Vietnamese input methods: the value is set once, read on every `input`
/// that is not part of an IME composition and again on `compositionend`, and
/// never written back while the person types, so the caret and the
/// composition are left alone.
#[component]
pub fn TextField(
    /// The element id (also used by tests).
    id: String,
    /// The visible label.
    label: String,
    /// The value when the field appears.
    initial: String,
    /// Called with the field's whole text after each change.
    on_change: Callback<String>,
    /// A hint shown under the label.
    #[prop(optional_no_strip)]
    hint: Option<&'static str>,
    /// A text area rather than a one-line input.
    #[prop(optional)]
    multiline: bool,
    /// A validation message, shown once validation has run (on blur or on
    /// "kiểm tra"), never per keystroke.
    #[prop(optional, into)]
    error: Option<Signal<Option<String>>>,
    /// The `inputmode` hint for phone keyboards.
    #[prop(optional)]
    inputmode: Option<&'static str>,
) -> impl IntoView {
    let hint_id = format!("{id}-hint");
    let error_id = format!("{id}-error");
    let error = error.unwrap_or_else(|| Signal::stored(None));
    let described = {
        let hint = hint.map(|_| hint_id.clone());
        let error_id = error_id.clone();
        move || {
            let mut ids: Vec<String> = hint.iter().cloned().collect();
            if error.with(Option::is_some) {
                ids.push(error_id.clone());
            }
            (!ids.is_empty()).then(|| ids.join(" "))
        }
    };
    let invalid = move || error.with(Option::is_some).then_some("true");
    let on_input = move |ev: ev::Event| {
        let composing = ev
            .dyn_ref::<web_sys::InputEvent>()
            .is_some_and(|e| e.is_composing());
        if !composing {
            on_change.run(event_target_value(&ev));
        }
    };
    let on_composition_end = move |ev: ev::CompositionEvent| on_change.run(event_target_value(&ev));
    let control = if multiline {
        view! {
            <textarea
                id=id.clone()
                name=id.clone()
                rows="3"
                aria-describedby=described.clone()
                aria-invalid=invalid
                prop:value=initial
                on:input=on_input
                on:compositionend=on_composition_end
            ></textarea>
        }
        .into_any()
    } else {
        view! {
            <input
                type="text"
                id=id.clone()
                name=id.clone()
                autocomplete="off"
                inputmode=inputmode
                aria-describedby=described.clone()
                aria-invalid=invalid
                prop:value=initial
                on:input=on_input
                on:compositionend=on_composition_end
            />
        }
        .into_any()
    };
    view! {
        <div class="field">
            <label for=id.clone()>{label}</label>
            {hint.map(|h| view! { <span class="hint" id=hint_id.clone()>{h}</span> })}
            {control}
            {move || error.get().map(|m| view! { <span class="field-error" id=error_id.clone()>{m}</span> })}
        </div>
    }
}

/// A labelled select of a few values, with an empty "not chosen" option.
#[component]
pub fn Choice<T: Copy + PartialEq + Send + Sync + 'static>(
    id: String,
    label: &'static str,
    options: Vec<(&'static str, T)>,
    current: Option<T>,
    on_change: Callback<Option<T>>,
) -> impl IntoView {
    let values: Vec<T> = options.iter().map(|(_, v)| *v).collect();
    view! {
        <div class="field">
            <label for=id.clone()>{label}</label>
            <select
                id=id
                on:change=move |ev| {
                    let picked = event_target_value(&ev).parse::<usize>().ok().and_then(|i| values.get(i).copied());
                    on_change.run(picked);
                }
            >
                <option value="" selected=current.is_none()>{crate::text::UNSURE}</option>
                {options
                    .into_iter()
                    .enumerate()
                    .map(|(i, (text, v))| view! { <option value=i.to_string() selected=current == Some(v)>{text}</option> })
                    .collect_view()}
            </select>
        </div>
    }
}

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

/// A labelled select of a few values, with an empty "not chosen" option;
/// `current` and the value passed to `on_change` are positions in
/// `options` (one function for every kind of value keeps the bundle small).
#[component]
pub fn Choice(
    id: String,
    label: &'static str,
    options: Vec<&'static str>,
    current: Option<usize>,
    on_change: Callback<Option<usize>>,
    /// A value must be chosen: no "not chosen" option.
    #[prop(optional)]
    required: bool,
) -> impl IntoView {
    let count = options.len();
    view! {
        <div class="field">
            <label for=id.clone()>{label}</label>
            <select
                id=id
                on:change=move |ev| {
                    let picked = event_target_value(&ev).parse::<usize>().ok().filter(|i| *i < count);
                    on_change.run(picked);
                }
            >
                {(!required).then(|| view! { <option value="" selected=current.is_none()>{crate::text::UNSURE}</option> })}
                {options
                    .into_iter()
                    .enumerate()
                    .map(|(i, text)| view! { <option value=i.to_string() selected=current == Some(i)>{text}</option> })
                    .collect_view()}
            </select>
        </div>
    }
}

// --- Lines of a list -------------------------------------------------------------
//
// The task appendix, the disciplines of the year and the lists of sections
// III, IV and the plan are drawn with these few functions, so that they share
// one copy of their code in the bundle.

/// One line of a list: a fieldset with its legend, its fields and a button
/// that removes it.
pub fn line_box(
    legend: String,
    fields: Vec<AnyView>,
    remove_label: &'static str,
    on_remove: Callback<()>,
) -> AnyView {
    view! {
        <fieldset class="task">
            <legend>{legend}</legend>
            {fields}
            <button type="button" on:click=move |_| on_remove.run(())>{remove_label}</button>
        </fieldset>
    }
    .into_any()
}

/// A checkbox with its label (the label may change, for example to show a
/// date once ticked).
pub fn tick(
    id: String,
    label: Signal<String>,
    checked: bool,
    on_change: Callback<bool>,
) -> AnyView {
    view! {
        <div class="choice">
            <input
                type="checkbox"
                id=id.clone()
                prop:checked=checked
                on:change=move |ev| on_change.run(event_target_checked(&ev))
            />
            <label for=id>{label}</label>
        </div>
    }
    .into_any()
}

/// A row of buttons: (element id, label, action) each.
pub fn buttons(list: Vec<(String, String, Callback<()>)>) -> AnyView {
    list.into_iter()
        .map(|(id, label, action)| {
            view! { <button type="button" id=id on:click=move |_| action.run(())>{label}</button> }
        })
        .collect_view()
        .into_any()
}

/// Reads the text file picked in an `<input type="file">` (of at most `max`
/// bytes), then clears the input so that the same file can be picked again:
/// `done` gets the text, or the sentence that says why there is none
/// (`not_text` when the file is not UTF-8 text).
pub fn read_picked_text(
    ev: &leptos::ev::Event,
    max: u64,
    not_text: &'static str,
    done: Box<dyn FnOnce(Result<String, String>)>,
) {
    let input = event_target::<web_sys::HtmlInputElement>(ev);
    let reset = input.clone();
    crate::web::files::read_picked(&input, max, move |read| {
        reset.set_value("");
        done(match read.map(String::from_utf8) {
            Ok(Ok(text)) => Ok(text),
            Ok(Err(_)) => Err(not_text.to_owned()),
            Err(e) => Err(crate::text::file_error(match e {
                crate::web::files::FileError::NoFile => crate::text::FILE_NONE,
                crate::web::files::FileError::TooLarge(_) => crate::text::FILE_TOO_LARGE,
                crate::web::files::FileError::Unreadable => crate::text::FILE_UNREADABLE,
            })),
        })
    });
}

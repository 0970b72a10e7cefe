//! "Tình hình trong năm": the facts the rating advisor needs beyond the
//! form's text. Every fact is optional: one not given is never held against
//! the person; the advisor says what it could not check instead.

use leptos::prelude::*;

use crate::core::dossier::{
    Circumstances, Discipline, DisciplineLevel, LedUnitResults, Role, ShortcomingCount,
    parse_vn_date,
};
use crate::text as t;
use crate::ui::editor::EditorState;
use crate::ui::widgets::TextField;
use crate::web::clock;

fn edit(state: EditorState, f: impl FnOnce(&mut Circumstances)) {
    state.edit(|d| {
        let mut c = d.circumstances.clone();
        f(&mut c);
        d.set_circumstances(c, clock::now());
    });
    state.recheck();
}

/// A checkbox bound to one boolean fact.
fn flag(
    state: EditorState,
    id: &'static str,
    label: &'static str,
    get: fn(&Circumstances) -> bool,
    set: fn(&mut Circumstances, bool),
) -> impl IntoView {
    view! {
        <div class="choice">
            <input
                type="checkbox"
                id=id
                prop:checked=move || state.dossier.with(|d| get(&d.circumstances))
                on:change=move |ev| {
                    let on = event_target_checked(&ev);
                    edit(state, |c| set(c, on));
                }
            />
            <label for=id>{label}</label>
        </div>
    }
}

/// A whole-number input bound to one count.
fn count(
    state: EditorState,
    id: &'static str,
    label: &'static str,
    get: fn(&Circumstances) -> Option<u32>,
    set: fn(&mut Circumstances, u32),
) -> impl IntoView {
    let initial = state.dossier.with_untracked(|d| {
        get(&d.circumstances)
            .map(|n| n.to_string())
            .unwrap_or_default()
    });
    view! {
        <div class="field narrow">
            <label for=id>{label}</label>
            <input
                type="text"
                inputmode="numeric"
                id=id
                prop:value=initial
                on:input=move |ev| {
                    if let Ok(n) = event_target_value(&ev).trim().parse::<u32>() {
                        edit(state, |c| set(c, n));
                    }
                }
            />
        </div>
    }
}

#[component]
pub(crate) fn Facts() -> impl IntoView {
    let state = expect_context::<EditorState>();
    let (role, year) = state.dossier.with_untracked(|d| (d.role, d.year));
    let admitted = state.dossier.with_untracked(|d| {
        d.circumstances
            .admitted_on
            .map(crate::core::dossier::format_vn_date)
            .unwrap_or_default()
    });
    let disciplines = Memo::new(move |_| state.dossier.with(|d| d.circumstances.disciplines.len()));
    let discipline_rows = move || {
        (0..disciplines.get())
            .map(|i| {
                let current = state
                    .dossier
                    .with_untracked(|d| d.circumstances.disciplines.get(i).cloned());
                let Some(current) = current else {
                    return ().into_any();
                };
                let level_id = format!("disc-{i}-level");
                let edit_one = move |f: &dyn Fn(&mut Discipline)| {
                    edit(state, |c| {
                        if let Some(d) = c.disciplines.get_mut(i) {
                            f(d);
                        }
                    })
                };
                let level = current.level;
                let tick = move |suffix: &str, label: &'static str, get: fn(&Discipline) -> bool, set: fn(&mut Discipline, bool)| {
                    let id = format!("disc-{i}-{suffix}");
                    view! {
                        <div class="choice">
                            <input
                                type="checkbox"
                                id=id.clone()
                                prop:checked=get(&current)
                                on:change=move |ev| {
                                    let on = event_target_checked(&ev);
                                    edit_one(&|d| set(d, on));
                                }
                            />
                            <label for=id>{label}</label>
                        </div>
                    }
                };
                view! {
                    <fieldset class="task">
                        <legend>{format!("{} {}", t::DISCIPLINE, i + 1)}</legend>
                        <div class="field">
                            <label for=level_id.clone()>{t::DISCIPLINE_LEVEL}</label>
                            <select
                                id=level_id
                                on:change=move |ev| {
                                    if let Some(level) = event_target_value(&ev)
                                        .parse::<usize>()
                                        .ok()
                                        .and_then(|n| DisciplineLevel::ALL.get(n).copied())
                                    {
                                        edit_one(&|d| d.level = level);
                                    }
                                }
                            >
                                {DisciplineLevel::ALL
                                    .into_iter()
                                    .enumerate()
                                    .map(|(n, l)| view! { <option value=n.to_string() selected=level == l>{t::discipline_label(l)}</option> })
                                    .collect_view()}
                            </select>
                        </div>
                        {tick("duty", t::DISCIPLINE_PUBLIC_DUTY, |d| d.public_duty, |d, v| d.public_duty = v)}
                        {tick("self", t::MITIGATION_SELF_REPORTED, |d| d.mitigation.self_reported, |d, v| d.mitigation.self_reported = v)}
                        {tick("remedied", t::MITIGATION_REMEDIED, |d| d.mitigation.remedied, |d, v| d.mitigation.remedied = v)}
                        {tick("earlier", t::DISCIPLINE_COUNTED_EARLIER, |d| d.counted_in_earlier_rating, |d, v| d.counted_in_earlier_rating = v)}
                        <button type="button" on:click=move |_| edit(state, |c| { if i < c.disciplines.len() { c.disciplines.remove(i); } })>
                            {t::DISCIPLINE_REMOVE}
                        </button>
                    </fieldset>
                }
                .into_any()
            })
            .collect_view()
    };
    let civil_servant = move || state.dossier.with(|d| d.circumstances.civil_servant);
    view! {
        <section aria-labelledby="facts-heading">
            <h2 id="facts-heading">{t::STEP_FACTS}</h2>
            <p class="intro">{t::FACTS_INTRO}</p>
            <fieldset class="field">
                <legend>{t::CIVIL_SERVANT_QUESTION}</legend>
                {[(Some(true), "cs-yes", t::YES), (Some(false), "cs-no", t::NO)]
                    .into_iter()
                    .map(|(value, id, label)| view! {
                        <div class="choice">
                            <input
                                type="radio"
                                name="civil-servant"
                                id=id
                                prop:checked=move || civil_servant() == value
                                on:change=move |_| edit(state, |c| c.civil_servant = value)
                            />
                            <label for=id>{label}</label>
                        </div>
                    })
                    .collect_view()}
            </fieldset>
            {flag(state, "f-exempted", t::FACT_EXEMPTED, |c| c.exempted, |c, v| c.exempted = v)}
            {flag(state, "f-suspended", t::FACT_SUSPENDED, |c| c.suspended, |c, v| c.suspended = v)}
            {(year >= 2025).then(|| view! {
                <TextField
                    id="f-admitted".to_owned()
                    label=t::FACT_ADMITTED.to_owned()
                    hint=Some(t::DATE_HINT)
                    initial=admitted
                    on_change=Callback::new(move |v: String| {
                        let date = parse_vn_date(&v);
                        if date.is_some() || v.trim().is_empty() {
                            edit(state, |c| c.admitted_on = date);
                        }
                    })
                />
            })}
            {flag(state, "f-degradation", t::FACT_DEGRADATION, |c| c.degradation_concluded, |c, v| c.degradation_concluded = v)}
            <h3>{t::DISCIPLINES_HEADING}</h3>
            {discipline_rows}
            <button
                type="button"
                id="discipline-add"
                on:click=move |_| edit(state, |c| c.disciplines.push(Discipline {
                    level: DisciplineLevel::Reprimand,
                    public_duty: false,
                    mitigation: Default::default(),
                    counted_in_earlier_rating: false,
                }))
            >
                {t::DISCIPLINE_ADD}
            </button>
            <h3>{t::SHORTCOMINGS_HEADING}</h3>
            <div class="row">
                {count(state, "f-short-total", t::SHORTCOMINGS_POINTED, |c| c.earlier_shortcomings.map(|s| s.pointed_out), |c, n| c.earlier_shortcomings.get_or_insert_with(ShortcomingCount::default).pointed_out = n)}
                {count(state, "f-short-fixed", t::SHORTCOMINGS_FIXED, |c| c.earlier_shortcomings.map(|s| s.fixed), |c, n| c.earlier_shortcomings.get_or_insert_with(ShortcomingCount::default).fixed = n)}
            </div>
            {(role == Role::Leader).then(|| view! {
                <h3>{t::LED_UNIT_HEADING}</h3>
                <div class="row">
                    {count(state, "f-unit-total", t::UNIT_TASKS_TOTAL, |c| c.led_unit.map(|u| u.tasks_total), |c, n| c.led_unit.get_or_insert_with(LedUnitResults::default).tasks_total = n)}
                    {count(state, "f-unit-done", t::UNIT_TASKS_DONE, |c| c.led_unit.map(|u| u.tasks_done), |c, n| c.led_unit.get_or_insert_with(LedUnitResults::default).tasks_done = n)}
                    {count(state, "f-unit-exceeded", t::UNIT_TASKS_EXCEEDED, |c| c.led_unit.map(|u| u.tasks_exceeded), |c, n| c.led_unit.get_or_insert_with(LedUnitResults::default).tasks_exceeded = n)}
                    {count(state, "f-unit-late", t::UNIT_TASKS_LATE, |c| c.led_unit.map(|u| u.tasks_late), |c, n| c.led_unit.get_or_insert_with(LedUnitResults::default).tasks_late = n)}
                </div>
            })}
        </section>
    }
}

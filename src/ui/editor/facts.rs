//! "Tình hình trong năm": the facts the rating advisor needs beyond the
//! form's text. Every fact is optional: one not given is never held against
//! the person; the advisor says what it could not check instead.

use leptos::prelude::*;

use crate::core::dossier::{Circumstances, Discipline, DisciplineLevel, Role, parse_vn_date};
use crate::core::edit::{Count, DisciplineEdit, Edit, Fact};
use crate::text as t;
use crate::ui::editor::EditorState;
use crate::ui::widgets::{Choice, TextField, buttons, line_box, tick};

/// Applies a change of one fact, then refreshes the check (a fact is a
/// choice: the advisor's answer follows at once).
fn fact(state: EditorState, fact: Fact) {
    state.apply(Edit::Fact(fact));
    state.recheck();
}

/// A checkbox bound to one boolean fact.
fn flag(
    state: EditorState,
    id: &'static str,
    label: &'static str,
    get: fn(&Circumstances) -> bool,
    set: fn(bool) -> Fact,
) -> AnyView {
    let checked = state.dossier.with_untracked(|d| get(&d.circumstances));
    tick(
        id.to_owned(),
        Signal::stored(label.to_owned()),
        checked,
        Callback::new(move |on| fact(state, set(on))),
    )
}

/// A tick of a discipline: id suffix, label, how to read and write it.
type DisciplineTick = (
    &'static str,
    &'static str,
    fn(&Discipline) -> bool,
    fn(bool) -> DisciplineEdit,
);

/// A whole-number input bound to one count (read only while section III's
/// list gives it). Cleared, the count is not said.
fn count(state: EditorState, id: &'static str, label: &'static str, which: Count) -> AnyView {
    let (initial, locked) = state.dossier.with_untracked(|d| {
        (
            which
                .get(&d.circumstances)
                .map(|n| n.to_string())
                .unwrap_or_default(),
            which.from_list(d),
        )
    });
    view! {
        <div class="field narrow">
            <label for=id>{label}</label>
            <input
                type="text"
                inputmode="numeric"
                id=id
                readonly=locked
                prop:value=initial
                on:input=move |ev| {
                    let raw = event_target_value(&ev);
                    let raw = raw.trim();
                    if raw.is_empty() {
                        fact(state, Fact::Count(which, None));
                    } else if let Ok(n) = raw.parse::<u32>() {
                        fact(state, Fact::Count(which, Some(n)));
                    }
                }
            />
        </div>
    }
    .into_any()
}

#[component]
pub(crate) fn Facts() -> impl IntoView {
    let state = expect_context::<EditorState>();
    let (role, year, regime) = state
        .dossier
        .with_untracked(|d| (d.role, d.year, d.template.template().regime));
    // While section III has lines, they give the two counts of earlier
    // shortcomings (`Dossier::sync_earlier_shortcomings`).
    let from_list = state
        .dossier
        .with_untracked(|d| Count::ShortcomingsPointedOut.from_list(d));
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
                let edit_one = move |e: DisciplineEdit| fact(state, Fact::Discipline(i, e));
                let level = view! {
                    <Choice
                        id=format!("disc-{i}-level")
                        label=t::DISCIPLINE_LEVEL
                        options=DisciplineLevel::ALL.map(t::discipline_label).to_vec()
                        current=DisciplineLevel::ALL.iter().position(|l| *l == current.level)
                        required=true
                        on_change=Callback::new(move |n: Option<usize>| {
                            if let Some(level) = n.and_then(|n| DisciplineLevel::ALL.get(n).copied()) {
                                edit_one(DisciplineEdit::Level(level));
                            }
                        })
                    />
                }
                .into_any();
                let ticks: [DisciplineTick; 4] = [
                    ("duty", t::discipline_public_duty(role, regime), |d| d.public_duty, DisciplineEdit::PublicDuty),
                    ("self", t::mitigation_self_reported(role, regime), |d| d.mitigation.self_reported, DisciplineEdit::SelfReported),
                    ("remedied", t::MITIGATION_REMEDIED, |d| d.mitigation.remedied, DisciplineEdit::Remedied),
                    ("earlier", t::DISCIPLINE_COUNTED_EARLIER, |d| d.counted_in_earlier_rating, DisciplineEdit::CountedInEarlierRating),
                ];
                let mut fields = vec![level];
                fields.extend(ticks.into_iter().map(|(suffix, label, get, set)| {
                    tick(
                        format!("disc-{i}-{suffix}"),
                        Signal::stored(label.to_owned()),
                        get(&current),
                        Callback::new(move |on| edit_one(set(on))),
                    )
                }));
                let remove = move |_| fact(state, Fact::RemoveDiscipline(i));
                line_box(format!("{} {}", t::DISCIPLINE, i + 1), fields, t::DISCIPLINE_REMOVE, Callback::new(remove))
            })
            .collect_view()
    };
    let civil_servant = move || state.dossier.with(|d| d.circumstances.civil_servant);
    let add_discipline = move |_| fact(state, Fact::AddDiscipline);
    let h3 = |text: &'static str| view! { <h3>{text}</h3> }.into_any();
    let mut parts: Vec<AnyView> = vec![
        view! { <h2 id="facts-heading">{t::STEP_FACTS}</h2> }.into_any(),
        view! { <p class="intro">{t::FACTS_INTRO}</p> }.into_any(),
        view! {
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
                                on:change=move |_| fact(state, Fact::CivilServant(value))
                            />
                            <label for=id>{label}</label>
                        </div>
                    })
                    .collect_view()}
            </fieldset>
        }
        .into_any(),
        flag(
            state,
            "f-exempted",
            t::FACT_EXEMPTED,
            |c| c.exempted,
            Fact::Exempted,
        ),
        flag(
            state,
            "f-suspended",
            t::FACT_SUSPENDED,
            |c| c.suspended,
            Fact::Suspended,
        ),
    ];
    if year >= 2025 {
        parts.push(
            view! {
                <TextField
                    id="f-admitted".to_owned()
                    label=t::FACT_ADMITTED.to_owned()
                    hint=Some(t::DATE_HINT)
                    initial=admitted
                    on_change=Callback::new(move |v: String| {
                        let date = parse_vn_date(&v);
                        if date.is_some() || v.trim().is_empty() {
                            fact(state, Fact::AdmittedOn(date));
                        }
                    })
                />
            }
            .into_any(),
        );
    }
    parts.extend([
        flag(
            state,
            "f-degradation",
            t::FACT_DEGRADATION,
            |c| c.degradation_concluded,
            Fact::DegradationConcluded,
        ),
        h3(t::DISCIPLINES_HEADING),
        discipline_rows.into_any(),
        buttons(vec![(
            "discipline-add".to_owned(),
            t::DISCIPLINE_ADD.to_owned(),
            Callback::new(add_discipline),
        )]),
        h3(t::SHORTCOMINGS_HEADING),
    ]);
    if from_list {
        parts.push(view! { <p class="hint">{t::SHORTCOMINGS_FROM_LIST}</p> }.into_any());
    }
    parts.push(row(vec![
        count(
            state,
            "f-short-total",
            t::SHORTCOMINGS_POINTED,
            Count::ShortcomingsPointedOut,
        ),
        count(
            state,
            "f-short-fixed",
            t::SHORTCOMINGS_FIXED,
            Count::ShortcomingsFixed,
        ),
    ]));
    if role == Role::Leader {
        parts.push(h3(t::LED_UNIT_HEADING));
        parts.push(row(vec![
            count(
                state,
                "f-unit-total",
                t::UNIT_TASKS_TOTAL,
                Count::LedTasksTotal,
            ),
            count(
                state,
                "f-unit-done",
                t::UNIT_TASKS_DONE,
                Count::LedTasksDone,
            ),
            count(
                state,
                "f-unit-exceeded",
                t::UNIT_TASKS_EXCEEDED,
                Count::LedTasksExceeded,
            ),
            count(
                state,
                "f-unit-late",
                t::UNIT_TASKS_LATE,
                Count::LedTasksLate,
            ),
        ]));
    }
    view! { <section aria-labelledby="facts-heading">{parts}</section> }
}

/// A row of fields side by side.
fn row(fields: Vec<AnyView>) -> AnyView {
    view! { <div class="row">{fields}</div> }.into_any()
}

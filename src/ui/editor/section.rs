//! One section of the template: its heading and guidance, and each item
//! with what it asks (text, a self-grade, a proposed rating, points).

use leptos::prelude::*;

use crate::core::dossier::{CivilServantRating, Grade, Points, Rating, Role};
use crate::core::edit::Edit;
use crate::core::numfmt::{format_points, parse_points};
use crate::core::template::{
    AnswerSlot, Confidence, CriteriaGroup, GradeBox, ItemKind, RatingTarget, Section, Template,
};
use crate::text as t;
use crate::ui::editor::{EditorState, check, lists};
use crate::ui::widgets::TextField;

/// The notes the template carries about `id` ("" for the whole template),
/// once the worker sent them.
pub(crate) fn notes(state: EditorState, id: &'static str) -> impl IntoView + use<> {
    move || {
        state.prose(&format!("n:{id}")).map(|notes| {
            notes
                .into_iter()
                .map(|n| {
                    view! {
                        <p class="note" role="note">
                            <strong>{t::NOTE}": "</strong>
                            {n}
                        </p>
                    }
                })
                .collect_view()
        })
    }
}

/// Whether the window is wide enough to show guidance and the template's
/// head open beside the form (read once, when a view is built).
pub(crate) fn wide() -> bool {
    web_sys::window()
        .and_then(|w| w.inner_width().ok())
        .and_then(|v| v.as_f64())
        .is_some_and(|w| w >= 900.0)
}

/// Official guidance (`key` in the template's prose), collapsible (closed on
/// a phone, open on a wide screen), with a mark where the reference has not
/// confirmed it.
pub(crate) fn guidance(
    state: EditorState,
    key: String,
    confidence: Confidence,
) -> impl IntoView + use<> {
    let wide = wide();
    move || {
        state.prose(&key).map(|paragraphs| {
            view! {
                <details class="guidance" open=wide>
                    <summary>
                        {t::GUIDANCE}
                        {(!confidence.is_confirmed()).then(|| view! { <span class="unconfirmed">{t::confidence_mark(confidence)}</span> })}
                    </summary>
                    {paragraphs.into_iter().map(|p| view! { <p>{p}</p> }).collect_view()}
                </details>
            }
        })
    }
}

#[component]
pub(crate) fn SectionStep(section: &'static Section, role: Role) -> impl IntoView {
    let state = expect_context::<EditorState>();
    let template = state.dossier.with_untracked(|d| d.template.template());
    let slots: Vec<AnswerSlot> = template
        .slots_for(role)
        .filter(|s| std::ptr::eq(s.section, section))
        .collect();
    let heading_id = format!("s-{}", section.id.replace('.', "-"));
    let labelled_by = heading_id.clone();
    let items = slots
        .into_iter()
        .map(|slot| slot_view(state, template, role, slot))
        .collect_view();
    view! {
        <section aria-labelledby=labelled_by>
            {section.part.map(|p| view! { <p class="part">{p}</p> })}
            <h2 id=heading_id>
                {section.number}" "{section.heading}
                {(!section.confidence.is_confirmed()).then(|| view! { <span class="unconfirmed">{t::confidence_mark(section.confidence)}</span> })}
            </h2>
            {guidance(state, format!("g:{}", section.id), section.guidance_confidence)}
            {notes(state, section.id)}
            {items}
            {lists::List::of_section(&state.dossier.read_untracked(), section.id).map(|list| view! { <lists::Lines list=list /> })}
        </section>
    }
}

fn slot_view(
    state: EditorState,
    template: &'static Template,
    role: Role,
    slot: AnswerSlot,
) -> AnyView {
    let key = slot.key;
    let dom_id = format!("a-{}", key.replace('.', "-"));
    // An item-less section is answered as one field under the section's
    // heading; an item has its own number and heading.
    let (label, item_guidance, optional) = match slot.item {
        Some(item) => (
            format!("{} {}", item.number_for(role), item.heading),
            Some((item.id, item.guidance_confidence)),
            !item.required,
        ),
        None => (
            format!("{} {}", slot.section.number, slot.section.heading),
            None,
            !slot.section.required,
        ),
    };
    // The field of an item-less section is labelled by the section's own
    // heading, already printed above it: its label is for screen readers
    // only (unless it says more than the heading).
    let mut whole = slot.item.is_none();
    let label = if optional && !label.contains(t::OPTIONAL) {
        whole = false;
        format!("{label} {}", t::OPTIONAL)
    } else {
        label
    };
    let item_notes = slot.item.map(|i| notes(state, i.id));
    let guidance_view = item_guidance.map(|(id, c)| guidance(state, format!("g:{id}"), c));
    let body = match slot.kind {
        ItemKind::Text | ItemKind::TextWithGrade(_) => {
            let initial = state
                .dossier
                .with_untracked(|d| d.answer_text(key).to_owned());
            let on_change = Callback::new(move |v: String| {
                state.apply(Edit::AnswerText(key.to_owned(), v));
            });
            let grade = slot
                .kind
                .grade_box()
                .map(|gb| grade_view(state, key, &dom_id, gb));
            view! {
                <TextField
                    id=dom_id.clone()
                    label=label
                    initial=initial
                    on_change=on_change
                    multiline=true
                    error=check::item_problem(state, key)
                />
                {grade}
            }
            .into_any()
        }
        ItemKind::Rating(target) => rating_view(state, key, &dom_id, label, target).into_any(),
        ItemKind::Points => points_view(state, template, key, label).into_any(),
    };
    view! {
        <div class=if whole { "item whole" } else { "item" } id=format!("item-{dom_id}")>
            {guidance_view}
            {item_notes}
            {body}
        </div>
    }
    .into_any()
}

/// The four self-grade boxes of an item.
fn grade_view(
    state: EditorState,
    key: &'static str,
    dom_id: &str,
    gb: GradeBox,
) -> impl IntoView + use<> {
    let shown = RwSignal::new(
        gb.shown_by_default
            || state
                .dossier
                .with_untracked(|d| d.answers.get(key).and_then(|a| a.grade).is_some()),
    );
    let legend = gb.label.unwrap_or(t::GRADE_LABEL_DEFAULT);
    let name = format!("{dom_id}-grade");
    let options = move || {
        Grade::ALL
            .into_iter()
            .map(|g| {
                let id = format!("{name}-{}", g as u8);
                view! {
                    <span class="choice inline">
                        <input
                            type="radio"
                            id=id.clone()
                            name=name.clone()
                            prop:checked=move || {
                                state.dossier.with(|d| d.answers.get(key).and_then(|a| a.grade) == Some(g))
                            }
                            on:change=move |_| state.apply(Edit::AnswerGrade(key.to_owned(), Some(g)))
                        />
                        <label for=id>{t::grade_label(g)}</label>
                    </span>
                }
            })
            .collect_view()
    };
    view! {
        <Show
            when=move || shown.get()
            fallback=move || view! {
                <button type="button" class="link" on:click=move |_| shown.set(true)>{t::SHOW_GRADE}</button>
            }
        >
            <fieldset class="grades">
                <legend>
                    {legend}
                    {(!gb.confidence.is_confirmed()).then(|| view! { <span class="unconfirmed">{t::confidence_mark(gb.confidence)}</span> })}
                </legend>
                {options()}
            </fieldset>
        </Show>
    }
}

/// A proposed rating: the four levels (and "not applicable" for the
/// civil-servant rating), with the advisor's findings beside it.
fn rating_view(
    state: EditorState,
    key: &'static str,
    dom_id: &str,
    label: String,
    target: RatingTarget,
) -> impl IntoView + use<> {
    let name = format!("{dom_id}-rating");
    let current = move || state.dossier.with(|d| d.proposed(target));
    let set = move |value: Option<CivilServantRating>| {
        state.apply(Edit::Rating(target, value));
        state.recheck();
    };
    let mut choices: Vec<(String, CivilServantRating)> = Rating::ALL
        .into_iter()
        .map(|r| (t::rating_label(r).to_owned(), CivilServantRating::Rated(r)))
        .collect();
    if target == RatingTarget::CivilServant {
        choices.push((
            t::NOT_APPLICABLE.to_owned(),
            CivilServantRating::NotApplicable,
        ));
    }
    let options = choices
        .into_iter()
        .enumerate()
        .map(|(i, (text, value))| {
            let id = format!("{name}-{i}");
            view! {
                <div class="choice">
                    <input
                        type="radio"
                        id=id.clone()
                        name=name.clone()
                        prop:checked=move || current() == Some(value)
                        on:change=move |_| set(Some(value))
                    />
                    <label for=id>{text}</label>
                </div>
            }
        })
        .collect_view();
    let problem = check::item_problem(state, key);
    view! {
        <fieldset class="rating" aria-describedby=format!("{dom_id}-advice")>
            <legend>{label}</legend>
            {check::not_rated_notice(state)}
            {options}
            {move || problem.get().map(|m| view! { <p class="field-error">{m}</p> })}
        </fieldset>
        <div id=format!("{dom_id}-advice")>{check::advice_view(state, target)}</div>
    }
}

/// Points for one criteria group: one input per criterion, with its maximum
/// and the official text, and the totals.
fn points_view(
    state: EditorState,
    template: &'static Template,
    key: &'static str,
    label: String,
) -> impl IntoView + use<> {
    let Some(scoring) = template.scoring else {
        return ().into_any();
    };
    let Some(group): Option<&'static CriteriaGroup> = scoring.group(key) else {
        return ().into_any();
    };
    let scheme = check::point_scheme(template);
    let default_split = scheme.as_ref().is_none_or(|s| s.is_default());
    let criteria = group
        .criteria
        .iter()
        .map(|c| {
            let cid = c.id;
            let max = scheme
                .as_ref()
                .and_then(|s| s.criterion_max(cid))
                .unwrap_or(Points(0));
            let dom_id = format!("p-{}", cid.replace('.', "-"));
            let initial = state.dossier.with_untracked(|d| {
                d.points
                    .get(cid)
                    .map(|p| format_points(*p))
                    .unwrap_or_default()
            });
            let error = RwSignal::new(None::<String>);
            // Above the app's equal split: a warning naming its source,
            // never an error (HD 43 mục 7.12 leaves the split to the upper
            // committees); above an issued split: an error.
            let warning = RwSignal::new(None::<String>);
            let above = move |p: Points| {
                let over = p > max && max > Points(0);
                if default_split {
                    error.set(None);
                    warning.set(over.then(|| t::points_above_default(&format_points(max))));
                } else {
                    warning.set(None);
                    error.set(over.then(|| t::POINTS_OVER.to_owned()));
                }
            };
            if let Some(p) = state.dossier.with_untracked(|d| d.points.get(cid).copied()) {
                above(p);
            }
            let on_change = Callback::new(move |v: String| {
                let v = v.trim().to_owned();
                if v.is_empty() {
                    error.set(None);
                    warning.set(None);
                    state.apply(Edit::Points(cid.to_owned(), None));
                    return;
                }
                match parse_points(&v) {
                    Some(p) => {
                        above(p);
                        state.apply(Edit::Points(cid.to_owned(), Some(p)));
                    }
                    None => error.set(Some(t::POINTS_INVALID.to_owned())),
                }
            });
            let label = format!(
                "{} {} ({} {} {})",
                c.number,
                c.heading,
                if default_split { t::POINTS_SUGGESTED_MAX } else { t::POINTS_MAX },
                format_points(max),
                t::POINTS_UNIT
            );
            view! {
                <div class="criterion">
                    {guidance(state, format!("c:{cid}"), c.confidence)}
                    <TextField
                        id=dom_id
                        label=label
                        initial=initial
                        on_change=on_change
                        inputmode="decimal"
                        error=Signal::derive(move || error.get())
                    />
                    {move || warning.get().map(|w| view! { <p class="points-warning" role="status">{w}</p> })}
                </div>
            }
        })
        .collect_view();
    let ids: Vec<&'static str> = group.criteria.iter().map(|c| c.id).collect();
    let total = move || {
        state.dossier.with(|d| {
            Points(
                ids.iter()
                    .filter_map(|id| d.points.get(*id))
                    .map(|p| p.0)
                    .sum(),
            )
        })
    };
    let all_ids: Vec<&'static str> = scoring.criteria().map(|(_, c)| c.id).collect();
    let grand_total = move || {
        state.dossier.with(|d| {
            Points(
                all_ids
                    .iter()
                    .filter_map(|id| d.points.get(*id))
                    .map(|p| p.0)
                    .sum(),
            )
        })
    };
    let is_last = scoring.groups.last().is_some_and(|g| g.id == key);
    let intro_key = format!("i:{key}");
    view! {
        <fieldset class="points">
            <legend>{label}</legend>
            {move || state.prose(&intro_key).map(|intro| intro.into_iter().map(|p| view! { <p class="intro">{p}</p> }).collect_view())}
            {criteria}
            <p class="total" aria-live="polite">
                {t::POINTS_GROUP_TOTAL}": "
                <output>{move || format_points(total())}</output>
                {format!("/{} {}", format_points(group.max), t::POINTS_UNIT)}
            </p>
            {is_last.then(|| view! {
                <p class="total grand" aria-live="polite">
                    {scoring.total_label}" "
                    <output id="points-total">{move || format_points(grand_total())}</output>
                    {format!("/{} {}", format_points(scoring.total_max), t::POINTS_UNIT)}
                </p>
            })}
        </fieldset>
    }
    .into_any()
}

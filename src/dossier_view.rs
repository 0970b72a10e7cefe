//! The whole dossier, read-only, in print order: what the verify page
//! shows of a sealed file (and `kiemdiem-cli verify --json` prints). It
//! follows the print-order walk ([`crate::core::walk`]), so that it shows
//! everything the PDF prints: identity, every answer and self-grade, the
//! lines of section III, the points of section IV with their explanations,
//! the scores and their total, the remediation plan after section VI, and
//! the task appendix. The words are the app's (`crate::text`); the rows go
//! to the page through the verify worker (`crate::sealing::Report`).

use serde::{Deserialize, Serialize};

/// One row of the read-only dossier.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Row {
    /// A part, a section, the plan or the appendix: its heading.
    Heading(String),
    /// A label and what the person wrote or chose: an identity field, an
    /// item and its answer (an item-less section's answer has no label), a
    /// self-grade, a point of section IV and its explanation, a task and
    /// its columns, the total score.
    Answer(String, String),
    /// One line of a list: a line of section III, an item of the plan.
    Line(String),
}

impl crate::wire::Example for Row {
    /// A label with its answer when `rich`, else an empty line: the verify
    /// report's round-trip test carries both shapes.
    fn example(rich: bool) -> Self {
        if rich {
            Row::Answer(
                crate::wire::Example::example(true),
                crate::wire::Example::example(true),
            )
        } else {
            Row::Line(crate::wire::Example::example(false))
        }
    }
}

#[cfg(feature = "full")]
pub use build::rows;

#[cfg(feature = "full")]
mod build {
    use super::Row;
    use crate::core::dossier::{CivilServantRating, Dossier, Points, format_vn_date};
    use crate::core::numfmt::format_points;
    use crate::core::pdf::case::lower;
    use crate::core::template::{ItemKind, RatingTarget};
    use crate::core::walk::{Block, print_order};
    use crate::text::{self as t, pdf as p};

    /// The person's text as shown (kept as written).
    fn same(s: &str) -> String {
        s.to_owned()
    }

    /// The rows of a dossier, in print order.
    ///
    /// ```
    /// use chrono::{TimeZone, Utc};
    /// use kiemdiem::core::dossier::{Dossier, DossierId, Role};
    /// use kiemdiem::dossier_view::{rows, Row};
    ///
    /// let now = Utc.with_ymd_and_hms(2025, 12, 1, 8, 0, 0).unwrap();
    /// let mut d = Dossier::new(DossierId("hs-1".into()), 2025, Role::Member, now).unwrap();
    /// d.add_plan_item("Đọc kỹ Điều lệ Đảng", now);
    /// let rows = rows(&d);
    /// assert!(rows.contains(&Row::Line("- Đọc kỹ Điều lệ Đảng.".into())));
    /// ```
    pub fn rows(d: &Dossier) -> Vec<Row> {
        let template = d.template.template();
        let mut out = Vec::new();
        let mut in_plan = false;
        for block in print_order(d) {
            if !matches!(block, Block::Plan(_)) {
                in_plan = false;
            }
            match block {
                Block::Identity(fields) => out.extend(fields.iter().map(|&f| {
                    Row::Answer(t::identity_label(f).to_owned(), same(d.identity.get(f)))
                })),
                Block::Part(part) => out.push(Row::Heading(part.to_owned())),
                Block::Section(s) => out.push(Row::Heading(format!("{} {}", s.number, s.heading))),
                Block::Answer(slot) => {
                    let label = slot
                        .item
                        .map(|i| format!("{} {}", i.number_for(d.role), i.heading))
                        .unwrap_or_default();
                    let answer = match slot.kind {
                        ItemKind::Text | ItemKind::TextWithGrade(_) => {
                            same(d.answer_text(slot.key))
                        }
                        ItemKind::Rating(RatingTarget::Party) => d
                            .proposal
                            .party
                            .map(t::rating_label)
                            .unwrap_or_default()
                            .to_owned(),
                        ItemKind::Rating(RatingTarget::CivilServant) => {
                            match d.proposal.civil_servant {
                                Some(CivilServantRating::Rated(r)) => t::rating_label(r),
                                Some(CivilServantRating::NotApplicable) => t::NOT_APPLICABLE,
                                None => "",
                            }
                            .to_owned()
                        }
                        ItemKind::Points => template
                            .scoring
                            .and_then(|s| s.group(slot.key))
                            .map(|g| {
                                g.criteria
                                    .iter()
                                    .map(|c| {
                                        let pts = d.points.get(c.id).map(|p| format_points(*p));
                                        format!(
                                            "{} {}: {}",
                                            c.number,
                                            c.heading,
                                            pts.unwrap_or_default()
                                        )
                                    })
                                    .collect::<Vec<_>>()
                                    .join("\n")
                            })
                            .unwrap_or_default(),
                    };
                    out.push(Row::Answer(label, answer));
                }
                Block::Remedy(line) => out.push(Row::Line(p::remedy_line(line.item, same))),
                Block::Suggestion(line) => out.push(Row::Answer(
                    format!("{}. {}", line.number, line.item.point.trim()),
                    same(&line.item.answer),
                )),
                Block::Plan(line) => {
                    if !in_plan {
                        out.push(Row::Heading(t::PLAN_HEADING.to_owned()));
                        in_plan = true;
                    }
                    let item = line.item;
                    let mut text = format!("- {}", item.text.trim());
                    if item.done {
                        text = format!("{text} ({}", lower(t::PLAN_DONE));
                        if let Some(on) = item.done_on {
                            text = format!("{text}, {} {}", t::PLAN_DONE_ON, format_vn_date(on));
                        }
                        text.push(')');
                    }
                    let text = text.trim_end_matches(['.', ':', ';', ',']).to_owned();
                    let note = item.note.trim();
                    out.push(Row::Line(if note.is_empty() {
                        format!("{text}.")
                    } else {
                        format!("{text}. {note}")
                    }));
                }
                Block::Grade(slot, gb) => {
                    if let Some(g) = d.answers.get(slot.key).and_then(|a| a.grade) {
                        let label = gb.label.unwrap_or(t::GRADE_LABEL_DEFAULT);
                        out.push(Row::Answer(label.to_owned(), t::grade_label(g).to_owned()));
                    }
                }
                Block::PointsTotal(scoring) => {
                    let scored: Vec<Points> = scoring
                        .criteria()
                        .filter_map(|(_, c)| d.points.get(c.id).copied())
                        .collect();
                    let total = if scored.is_empty() {
                        p::POINTS_BLANK.to_owned()
                    } else {
                        format_points(Points(scored.iter().map(|p| p.0).sum()))
                    };
                    out.push(Row::Answer(
                        scoring.total_label.to_owned(),
                        format!("{total}/{}", format_points(scoring.total_max)),
                    ));
                }
                // Instructions and blocks filled by hand on paper.
                Block::AttachLine(_) | Block::Signature(_) => {}
                Block::Appendix(_) => out.push(Row::Heading(format!(
                    "{} {}",
                    p::APPENDIX_TITLE,
                    p::APPENDIX_SUBTITLE
                ))),
                Block::Task(line) => {
                    let Some(evidence) = template.evidence else {
                        continue;
                    };
                    let mut label = format!("{}.", line.number);
                    let mut cells = Vec::new();
                    for c in evidence.columns {
                        let cell = p::task_cell(line.item, c, same);
                        let cell = cell.trim();
                        if c.id == "nhiem_vu" {
                            label = format!("{label} {cell}");
                        } else if !cell.is_empty() {
                            cells.push(format!("{}: {cell}", c.label));
                        }
                    }
                    out.push(Row::Answer(label, cells.join("\n")));
                }
            }
        }
        out
    }
}

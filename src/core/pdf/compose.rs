//! The dossier on its template, laid out: header, title, identity,
//! sections with the person's answers, grades, ratings and points, the
//! signature and assessment blocks, the task appendix, and the QR code that
//! links the paper to the sealed file.

use chrono::Datelike;

use super::case::upper;
use super::font::{Face, faces};
use super::frame::{self, HD36, mm};
use super::layout::{
    Align, Atom, Cell, Flow, Layout, Mark, Page, Para, QrMark, Rule, Table, TextRun, words,
};
use super::words::Words;
use super::{PdfError, PdfInput};
use crate::core::dossier::{
    CivilServantRating, Dossier, Grade, IdentityField, Points, Rating, RemedyItem,
    SuggestionAnswer, TaskEvidence,
};
use crate::core::numfmt::format_points;
use crate::core::template::{
    CriteriaGroup, EvidenceAppendix, GradeBox, ItemKind, PointScheme, RatingTarget, Scoring,
    SignatureBlock, Signer, Template,
};
use crate::core::textnorm::nfc;
use crate::core::walk::{Block, print_order};

/// What the QR code on the last page encodes: a format tag, the dossier's
/// SHA-256 and the signing key's fingerprint.
///
/// ```
/// use kiemdiem::core::pdf::qr_payload;
/// assert_eq!(qr_payload("ab01", "K-1"), "KIEMDIEM1;sha256=ab01;key=K-1");
/// ```
pub fn qr_payload(digest_hex: &str, fingerprint: &str) -> String {
    format!("KIEMDIEM1;sha256={digest_hex};key={fingerprint}")
}

/// Lays the dossier out on its template's pages (no PDF involved).
///
/// ```
/// use chrono::{NaiveDate, TimeZone, Utc};
/// use kiemdiem::core::dossier::{Dossier, DossierId, Role};
/// use kiemdiem::core::pdf::{compose, PdfInput};
///
/// let now = Utc.with_ymd_and_hms(2022, 12, 1, 8, 0, 0).unwrap();
/// let dossier = Dossier::new(DossierId("hs-1".into()), 2022, Role::Leader, now).unwrap();
/// let layout = compose(&PdfInput {
///     dossier: &dossier,
///     sealed_json: b"{}",
///     file_name: "a.json",
///     digest_hex: "00",
///     fingerprint: "K",
///     date: NaiveDate::from_ymd_opt(2022, 12, 1).unwrap(),
///     scheme: None,
///     words: &kiemdiem::text::pdf::WORDS,
///     cell: None,
/// })
/// .unwrap();
/// assert!(layout.pages[0].text().contains("ĐẢNG CỘNG SẢN VIỆT NAM"));
/// ```
pub fn compose(input: &PdfInput) -> Result<Layout, PdfError> {
    let faces = faces()?;
    let profile = HD36;
    let template = input.dossier.template.template();
    let mut c = Composer {
        flow: Flow::new(faces, profile),
        input,
        w: input.words,
        dossier: input.dossier,
        template,
    };
    c.header();
    c.title();
    c.body();
    c.qr()?;
    c.source_note();
    let mut pages = c.flow.finish();
    number_pages(&mut pages, faces, profile);
    Ok(Layout { profile, pages })
}

/// Text from the dossier as printed: NFC, without control characters
/// (line breaks are kept for the caller to split on).
pub(super) fn clean(s: &str) -> String {
    nfc(s)
        .chars()
        .filter(|c| !c.is_control() || *c == '\n' || *c == '\t')
        .collect()
}

/// Dots standing for a value not given, as on the blank form.
const BLANK: &str = "…………";

/// A paragraph in the flow's text column, in the body size.
pub(super) fn para(f: &Flow, text: &str, face: Face, align: Align, first_indent: f32) -> Para {
    Para {
        atoms: words(text),
        face,
        size: f.profile.body_size,
        leading: f.profile.leading,
        x: f.left(),
        width: f.width(),
        first_indent,
        align,
    }
}

/// The same paragraph in a column of the text area.
fn in_column(mut p: Para, x: f32, width: f32) -> Para {
    p.x = x;
    p.width = width;
    p
}

/// The same paragraph in another size (leading scaled with it).
fn sized(mut p: Para, size: f32) -> Para {
    p.leading = p.leading * size / p.size;
    p.size = size;
    p
}

/// The right-hand column of the header.
fn right_column(f: &Flow) -> (f32, f32) {
    let w = f.width() * 0.55;
    (f.left() + f.width() - w, w)
}

/// The right-hand column of a signature block: at least the header's,
/// wider when the caption or its note needs it to stay on one line (HD 36
/// sets «(Xác lập thời điểm, ký, ghi rõ họ tên và đóng dấu)» as one line).
fn signature_column(f: &Flow, block: &SignatureBlock) -> (f32, f32) {
    let size = f.profile.body_size;
    let needed = f
        .faces
        .get(Face::Bold)
        .width(block.caption, size)
        .max(f.faces.get(Face::Italic).width(block.caption_note, size))
        + 4.0;
    let w = needed.clamp(f.width() * 0.55, f.width());
    (f.left() + f.width() - w, w)
}

struct Composer<'a, 'f> {
    flow: Flow<'f>,
    input: &'a PdfInput<'a>,
    /// The app's words (`PdfInput::words`).
    w: &'a Words,
    dossier: &'a Dossier,
    template: &'static Template,
}

impl Composer<'_, '_> {
    fn body_text(&mut self, text: &str) {
        let text = clean(text);
        for line in text.lines().filter(|l| !l.trim().is_empty()) {
            let p = para(
                &self.flow,
                line,
                Face::Regular,
                Align::Justify,
                self.flow.profile.indent,
            );
            self.flow.paragraph(&p, 0.0);
            self.flow.gap(self.flow.profile.paragraph_gap);
        }
    }

    fn heading(&mut self, text: &str, indent: f32) {
        let p = para(&self.flow, text, Face::Bold, Align::Justify, indent);
        // The first two lines of what follows stay with the heading (a
        // paragraph never starts with a single line at a page's foot).
        let keep = self.flow.profile.leading * 2.0;
        self.flow.paragraph(&p, keep);
        self.flow.gap(self.flow.profile.paragraph_gap);
    }

    // --- Header --------------------------------------------------------------------

    /// Form code at the top right; then the two columns: đảng bộ and chi bộ
    /// on the left, «ĐẢNG CỘNG SẢN VIỆT NAM» with its rule and the
    /// place-and-date line on the right.
    fn header(&mut self) {
        let identity = &self.dossier.identity;
        doc_header(
            &mut self.flow,
            Some(self.template.code),
            &identity.party_committee,
            &identity.party_cell,
            &identity.place,
            self.input.date,
        );
    }

    /// Title, year line and subtitle, centred.
    fn title(&mut self) {
        let f = &mut self.flow;
        let profile = f.profile;
        f.y += 22.0;
        let t = sized(
            para(f, self.template.title, Face::Bold, Align::Center, 0.0),
            profile.title_size,
        );
        f.paragraph(&t, 0.0);
        let year = frame::year_line(self.template.regime, self.dossier.year);
        f.paragraph(&para(f, &year, Face::Bold, Align::Center, 0.0), 0.0);
        if let Some(sub) = self.template.subtitle {
            f.paragraph(&para(f, sub, Face::Italic, Align::Center, 0.0), 0.0);
        }
        f.y += 12.0;
    }

    // --- Identity --------------------------------------------------------------------

    /// "Họ và tên: … Ngày sinh: …" on one line when both fit, then one line
    /// per field the form prints (the đảng bộ and the place are in the
    /// header).
    fn identity(&mut self, fields: &[IdentityField]) {
        let fields: Vec<IdentityField> = fields
            .iter()
            .copied()
            .filter(|f| !matches!(f, IdentityField::PartyCommittee | IdentityField::Place))
            .collect();
        let mut rest = fields.as_slice();
        if let [IdentityField::FullName, IdentityField::BirthDate, tail @ ..] = rest {
            let split = self.flow.width() * 0.6;
            let name = self.labelled(IdentityField::FullName);
            let birth = self.labelled(IdentityField::BirthDate);
            let f = &self.flow;
            let fits = |text: &str, width: f32| {
                f.count_lines(&in_column(
                    para(f, text, Face::Regular, Align::Left, 0.0),
                    0.0,
                    width,
                )) == 1
            };
            if fits(&name, split - 8.0) && fits(&birth, f.width() - split) {
                let top = self.flow.y;
                self.labelled_line(IdentityField::FullName, self.flow.left(), split - 8.0);
                let bottom = self.flow.y;
                self.flow.y = top;
                self.labelled_line(
                    IdentityField::BirthDate,
                    self.flow.left() + split,
                    self.flow.width() - split,
                );
                self.flow.y = self.flow.y.max(bottom);
                rest = tail;
            }
        }
        for &field in rest {
            let (x, w) = (self.flow.left(), self.flow.width());
            self.labelled_line(field, x, w);
        }
        self.flow.gap(6.0);
    }

    fn labelled(&self, field: IdentityField) -> String {
        let value = clean(self.dossier.identity.get(field));
        let value = value.split_whitespace().collect::<Vec<_>>().join(" ");
        let label = (self.w.identity_label)(field);
        let value = without_label(&value, label);
        if value.is_empty() {
            format!("{label}:")
        } else {
            format!("{label}: {value}")
        }
    }

    /// One identity line in a column; dots to the column's end when empty.
    fn labelled_line(&mut self, field: IdentityField, x: f32, width: f32) {
        let value_empty = self.dossier.identity.get(field).trim().is_empty();
        let text = self.labelled(field);
        let f = &mut self.flow;
        let p = in_column(para(f, &text, Face::Regular, Align::Left, 0.0), x, width);
        f.paragraph(&p, 0.0);
        if value_empty {
            let from = f.last_line_end() + 4.0;
            let (size, leading) = (f.profile.body_size, f.profile.leading);
            f.dotted(from, x + width, size, leading);
        }
    }

    // --- The dossier in print order -----------------------------------------------

    /// Identity, sections with their answers and lists, the blocks and the
    /// task appendix, as the walk gives them ([`print_order`]); the plan
    /// is the person's own and is not printed.
    fn body(&mut self) {
        let mut tasks: Vec<&TaskEvidence> = Vec::new();
        let mut appendix = None;
        for block in print_order(self.dossier) {
            match block {
                Block::Identity(fields) => self.identity(fields),
                Block::Part(part) => {
                    let keep = self.flow.profile.leading * 2.0;
                    let p = para(&self.flow, part, Face::Bold, Align::Left, 0.0);
                    self.flow.gap(4.0);
                    self.flow.paragraph(&p, keep);
                    self.flow.gap(self.flow.profile.paragraph_gap);
                }
                Block::Section(section) => {
                    self.heading(&format!("{} {}", section.number, section.heading), 0.0);
                    if section.items.iter().any(|i| i.kind == ItemKind::Points) {
                        // The lead-in of the scoring is printed on the form
                        // («… cá nhân tự đánh giá, chấm điểm theo các tiêu chí
                        // được cụ thể hóa như sau:»); other guidance is for the
                        // writer only.
                        for g in section.guidance {
                            self.body_text(g);
                        }
                    }
                }
                Block::Answer(slot) => {
                    let indent = self.flow.profile.indent;
                    match (slot.item, slot.kind) {
                        (Some(item), ItemKind::Points) => {
                            let number = item.number_for(self.dossier.role);
                            self.points_item(item.id, number, item.heading);
                        }
                        (Some(item), kind) => {
                            let number = item.number_for(self.dossier.role);
                            self.heading(&format!("{number} {}", item.heading), indent);
                            self.slot(item.id, kind);
                        }
                        (None, kind) => self.slot(slot.key, kind),
                    }
                }
                Block::Remedy(line) => self.remedy(line.item),
                Block::Suggestion(line) => self.suggestion(line.number, line.item),
                Block::Plan(_) => {}
                Block::Grade(slot, gb) => {
                    let grade = self.dossier.answers.get(slot.key).and_then(|a| a.grade);
                    if gb.shown_by_default || grade.is_some() {
                        self.grades(gb, grade);
                    }
                }
                Block::PointsTotal(scoring) => self.points_total(scoring),
                Block::AttachLine(line) => {
                    let indent = self.flow.profile.indent;
                    let p = para(&self.flow, line, Face::Italic, Align::Justify, indent);
                    self.flow.paragraph(&p, 0.0);
                    self.flow.gap(self.flow.profile.paragraph_gap);
                }
                Block::Signature(block) => self.block(block),
                Block::Appendix(evidence) => appendix = Some(evidence),
                Block::Task(line) => tasks.push(line.item),
            }
        }
        if let Some(evidence) = appendix {
            self.appendix(evidence, &tasks);
        }
    }

    /// The person's answer to one slot (item, or item-less section): the
    /// text, or the proposed rating. Points are laid out by
    /// `points_item`; an item-less points section does not exist in the
    /// templates.
    fn slot(&mut self, key: &str, kind: ItemKind) {
        match kind {
            ItemKind::Text | ItemKind::TextWithGrade(_) => {
                if let Some(a) = self.dossier.answers.get(key) {
                    self.body_text(&a.text);
                }
            }
            ItemKind::Rating(target) => self.rating(target),
            ItemKind::Points => {}
        }
    }

    /// A line of section III: "- shortcoming: status. note".
    fn remedy(&mut self, r: &RemedyItem) {
        self.body_text(&(self.w.remedy_line)(r, clean));
    }

    /// A point of section IV: the suggested point in italics, numbered,
    /// then the person's explanation.
    fn suggestion(&mut self, number: usize, s: &SuggestionAnswer) {
        let point = clean(&s.point);
        let text = format!(
            "{number}. {}",
            point.split_whitespace().collect::<Vec<_>>().join(" ")
        );
        let indent = self.flow.profile.indent;
        let p = para(&self.flow, &text, Face::Italic, Align::Justify, indent);
        let keep = self.flow.profile.leading;
        self.flow.paragraph(&p, keep);
        self.flow.gap(self.flow.profile.paragraph_gap);
        self.body_text(&s.answer);
    }

    /// "Tự đánh giá về cấp độ thực hiện: ☐ Xuất sắc ☒ Tốt ☐ Trung bình ☐ Kém"
    /// on one line when it fits; else the label, then the boxes in a grid.
    fn grades(&mut self, gb: GradeBox, grade: Option<Grade>) {
        let label = gb.label.unwrap_or(self.w.grade_label_default);
        let choices: Vec<(bool, String)> = Grade::ALL
            .iter()
            .map(|&g| (grade == Some(g), (self.w.grade_label)(g).to_owned()))
            .collect();
        let indent = self.flow.profile.indent;
        let mut one_line = para(&self.flow, label, Face::Regular, Align::Left, indent);
        one_line
            .atoms
            .extend(choices.iter().map(|(checked, label)| Atom::Choice {
                checked: *checked,
                label: label.clone(),
            }));
        if self.flow.count_lines(&one_line) == 1 {
            self.flow.paragraph(&one_line, 0.0);
        } else {
            let p = para(&self.flow, label, Face::Regular, Align::Left, indent);
            self.flow.paragraph(&p, self.flow.profile.leading);
            let (x, w) = (self.flow.left() + indent, self.flow.width() - indent);
            self.flow.choice_grid(&choices, Face::Regular, x, w);
        }
        self.flow.gap(self.flow.profile.paragraph_gap);
    }

    /// The four quality levels as check boxes, the proposed one crossed.
    fn rating(&mut self, target: RatingTarget) {
        let proposal = &self.dossier.proposal;
        let (chosen, not_applicable) = match target {
            RatingTarget::Party => (proposal.party, false),
            RatingTarget::CivilServant => match proposal.civil_servant {
                Some(CivilServantRating::Rated(r)) => (Some(r), false),
                Some(CivilServantRating::NotApplicable) => (None, true),
                None => (None, false),
            },
        };
        let indent = self.flow.profile.indent;
        let (x, w) = (self.flow.left() + indent, self.flow.width() - indent);
        let choices: Vec<(bool, String)> = Rating::ALL
            .iter()
            .map(|&r| (chosen == Some(r), (self.w.rating_label)(r).to_owned()))
            .collect();
        self.flow.choice_grid(&choices, Face::Regular, x, w);
        if not_applicable {
            let p = in_column(
                para(
                    &self.flow,
                    self.w.not_applicable,
                    Face::Italic,
                    Align::Left,
                    0.0,
                ),
                x,
                w,
            );
            self.flow.paragraph(&p, 0.0);
        }
        self.flow.gap(self.flow.profile.paragraph_gap);
    }

    // --- 2025 scoring ------------------------------------------------------------------

    /// The scheme whose maxima may be printed: one issued by a committee
    /// that fits the template.
    fn issued_scheme(&self) -> Option<&PointScheme> {
        self.input
            .scheme
            .filter(|s| !s.is_default() && s.check(self.template).is_ok())
    }

    fn group_sum(&self, group: &CriteriaGroup) -> Option<Points> {
        let entered: Vec<Points> = group
            .criteria
            .iter()
            .filter_map(|c| self.dossier.points.get(c.id).copied())
            .collect();
        (!entered.is_empty()).then(|| Points(entered.iter().map(|p| p.0).sum()))
    }

    /// "1. Nhóm tiêu chí chung: 27,5/30", then the group's criteria as a
    /// table.
    fn points_item(&mut self, id: &str, number: &str, heading: &str) {
        let Some(group) = self.template.scoring.and_then(|s| s.group(id)) else {
            return;
        };
        let sum = self.group_sum(group);
        let sum_text = sum.map_or(self.w.points_blank.to_owned(), format_points);
        let max_text = format_points(group.max);
        let indent = self.flow.profile.indent;
        self.heading(&format!("{number} {heading} {sum_text}/{max_text}"), indent);

        let scheme = self.issued_scheme();
        let w = self.flow.width();
        let (num_w, max_w, pts_w) = (
            w * 0.09,
            if scheme.is_some() { w * 0.15 } else { 0.0 },
            w * 0.17,
        );
        let mut widths = vec![num_w, w - num_w - max_w - pts_w];
        let mut header = vec![
            Cell::new(self.w.table_number, Face::Bold, Align::Center),
            Cell::new(self.w.table_criterion, Face::Bold, Align::Center),
        ];
        if scheme.is_some() {
            widths.push(max_w);
            header.push(Cell::new(self.w.table_max, Face::Bold, Align::Center));
        }
        widths.push(pts_w);
        header.push(Cell::new(self.w.table_points, Face::Bold, Align::Center));
        let mut rows: Vec<Vec<Cell>> = group
            .criteria
            .iter()
            .map(|c| {
                let mut row = vec![
                    Cell::new(c.number, Face::Regular, Align::Center),
                    Cell::new(c.heading, Face::Regular, Align::Left),
                ];
                if let Some(s) = scheme {
                    let max = s.criterion_max(c.id).map(format_points).unwrap_or_default();
                    row.push(Cell::new(max, Face::Regular, Align::Center));
                }
                let pts = self.dossier.points.get(c.id).copied();
                let pts = pts.map_or(self.w.points_blank.to_owned(), format_points);
                row.push(Cell::new(pts, Face::Regular, Align::Center));
                row
            })
            .collect();
        let mut total = vec![
            Cell::new("", Face::Regular, Align::Center),
            Cell::new(self.w.points_group_total, Face::Bold, Align::Left),
        ];
        if scheme.is_some() {
            total.push(Cell::new(max_text.clone(), Face::Bold, Align::Center));
        }
        total.push(Cell::new(
            format!("{sum_text}/{max_text}"),
            Face::Bold,
            Align::Center,
        ));
        rows.push(total);
        let profile = self.flow.profile;
        self.flow.table(&Table {
            widths,
            header,
            rows,
            size: profile.table_size,
            leading: profile.table_size * 1.3,
        });
        self.flow.gap(profile.paragraph_gap * 2.0);
    }

    /// "Tổng điểm: 85/100".
    fn points_total(&mut self, scoring: &Scoring) {
        let sums: Vec<Points> = scoring
            .groups
            .iter()
            .filter_map(|g| self.group_sum(g))
            .collect();
        let total = if sums.is_empty() {
            self.w.points_blank.to_owned()
        } else {
            format_points(Points(sums.iter().map(|p| p.0).sum()))
        };
        let line = format!(
            "{} {total}/{}",
            scoring.total_label,
            format_points(scoring.total_max)
        );
        let indent = self.flow.profile.indent;
        self.heading(&line, indent);
    }

    // --- Signature and assessment blocks ---------------------------------------------

    fn block(&mut self, block: &SignatureBlock) {
        self.flow.gap(self.flow.profile.leading * 0.5);
        if block.signer.filled_by_person() {
            let name = clean(&self.dossier.identity.full_name);
            let name = name.split_whitespace().collect::<Vec<_>>().join(" ");
            let fingerprint = format!("{}: {}", self.w.fingerprint_label, self.input.fingerprint);
            self.flow
                .keep_together(|f| signature(f, block, &name, &fingerprint));
        } else {
            let fill = match (block.signer, self.input.cell) {
                (Signer::CellCommittee, Some(cell)) => Some(cell_lines(self.w, cell)),
                _ => None,
            };
            self.flow
                .keep_together(|f| assessment(f, block, fill.as_deref()));
        }
    }

    // --- Task appendix -----------------------------------------------------------------

    /// The appendix of task results, on a new page.
    fn appendix(&mut self, evidence: &EvidenceAppendix, tasks: &[&TaskEvidence]) {
        let f = &mut self.flow;
        f.new_page();
        let profile = f.profile;
        f.paragraph(
            &para(f, self.w.appendix_title, Face::Bold, Align::Center, 0.0),
            0.0,
        );
        f.paragraph(
            &para(f, self.w.appendix_subtitle, Face::Bold, Align::Center, 0.0),
            0.0,
        );
        let owner = (self.w.appendix_owner)(
            self.template.title,
            self.dossier.year,
            &clean(&self.dossier.identity.full_name),
        );
        f.paragraph(&para(f, &owner, Face::Italic, Align::Center, 0.0), 0.0);
        f.y += 10.0;
        let table = appendix_table(f.width(), evidence, tasks, profile.appendix_size, self.w);
        f.table(&table);
    }

    // --- QR code -------------------------------------------------------------------------

    /// The QR code (digest and fingerprint), with both as text under it.
    fn qr(&mut self) -> Result<(), PdfError> {
        let payload = qr_payload(self.input.digest_hex, self.input.fingerprint);
        let code =
            qrcode::QrCode::with_error_correction_level(payload.as_bytes(), qrcode::EcLevel::M)
                .map_err(|_| PdfError::QrTooLong(payload.len()))?;
        let width = code.width();
        let dark: Vec<bool> = code
            .to_colors()
            .into_iter()
            .map(|c| c == qrcode::Color::Dark)
            .collect();
        let lines = [
            (Face::Bold, self.w.qr_heading.to_owned()),
            (
                Face::Regular,
                format!("{}: {}", self.w.digest_label, self.input.digest_hex),
            ),
            (
                Face::Regular,
                format!("{}: {}", self.w.fingerprint_label, self.input.fingerprint),
            ),
            (Face::Regular, (self.w.attached_file)(self.input.file_name)),
            (Face::Italic, self.w.qr_hint.to_owned()),
        ];
        self.flow.gap(self.flow.profile.leading);
        self.flow.keep_together(|f| {
            let side = mm(28.0);
            let module = side / width as f32;
            let x = f.left();
            let y = f.y;
            f.mark(Mark::Qr(QrMark {
                x,
                y,
                module,
                width,
                dark: dark.clone(),
            }));
            f.y += side + 6.0;
            for (face, line) in &lines {
                let p = sized(para(f, line, *face, Align::Left, 0.0), f.profile.small_size);
                f.paragraph(&p, 0.0);
            }
        });
        Ok(())
    }
}

impl Composer<'_, '_> {
    /// The closing note: the parts of the form that follow no checked
    /// original ([`crate::core::template::unchecked_parts`]), in small
    /// italics at the very end, so that the page itself stays clean.
    fn source_note(&mut self) {
        let parts = crate::core::template::unchecked_parts(self.template, self.dossier.role);
        let note = (self.w.source_note)(&parts);
        let cell = self.input.cell.map(|_| self.w.cell_fill_note.to_owned());
        let note = match (note, cell) {
            (Some(n), Some(c)) => Some(format!("{n} {c}")),
            (n, c) => n.or(c),
        };
        if let Some(note) = note {
            let f = &mut self.flow;
            f.gap(f.profile.leading * 0.5);
            let p = sized(
                para(f, &note, Face::Italic, Align::Justify, 0.0),
                f.profile.small_size,
            );
            f.paragraph(&p, 0.0);
        }
    }
}

/// The header of a party document (HD 36): the form code, if any, on the
/// right; the đảng bộ and the chi bộ on the left; «ĐẢNG CỘNG SẢN VIỆT
/// NAM» with its rule and the place-and-date line on the right.
pub(super) fn doc_header(
    f: &mut Flow,
    code: Option<&str>,
    party_committee: &str,
    party_cell: &str,
    place: &str,
    d: chrono::NaiveDate,
) {
    let profile = f.profile;
    if let Some(code) = code {
        let code = para(f, code, Face::Regular, Align::Right, 0.0);
        f.paragraph(&sized(code, profile.form_code_size), 0.0);
    }
    f.gap(4.0);

    let top = f.y;
    let left_w = f.width() - right_column(f).1 - 6.0;
    let committee = organisation(frame::COMMITTEE_PREFIX, party_committee);
    let cell = organisation(frame::CELL_PREFIX, party_cell);
    let x = f.left();
    let p = in_column(
        para(f, &committee, Face::Regular, Align::Center, 0.0),
        x,
        left_w,
    );
    f.paragraph(&p, 0.0);
    let p = in_column(para(f, &cell, Face::Bold, Align::Center, 0.0), x, left_w);
    f.paragraph(&p, 0.0);
    let left_bottom = f.y;

    f.y = top;
    let (rx, rw) = right_column(f);
    let title = sized(
        in_column(
            para(f, frame::PARTY_TITLE, Face::Bold, Align::Center, 0.0),
            rx,
            rw,
        ),
        profile.party_title_size,
    );
    f.paragraph(&title, 0.0);
    // HD 36: a solid rule under the tiêu đề, as long as the tiêu đề.
    if let Some(run) = last_run(f) {
        f.mark(Mark::Rule(Rule {
            x1: run.x,
            y1: run.baseline + 4.0,
            x2: run.x + run.width,
            y2: run.baseline + 4.0,
            width: 0.6,
            dotted: false,
        }));
    }
    f.y += 8.0;
    let place = clean(place);
    let place = place.split_whitespace().collect::<Vec<_>>().join(" ");
    let place = if place.is_empty() { BLANK } else { &place };
    let date = format!(
        "{place}, {} {:02} {} {:02} {} {:04}",
        frame::DATE_DAY,
        d.day(),
        frame::DATE_MONTH,
        d.month(),
        frame::DATE_YEAR,
        d.year()
    );
    let p = in_column(para(f, &date, Face::Italic, Align::Center, 0.0), rx, rw);
    f.paragraph(&p, 0.0);
    f.y = f.y.max(left_bottom);
}

/// The last text run of the current page.
fn last_run(f: &Flow) -> Option<TextRun> {
    f.current_page()?.runs().next_back().cloned()
}

/// `value` without a leading `label` the person typed themselves ("Chi bộ
/// Khối vận" on the line «Chi bộ: …» reads «Chi bộ: Khối vận»), compared
/// in capitals.
fn without_label<'a>(value: &'a str, label: &str) -> &'a str {
    let n = label.chars().count();
    let mut chars = value.char_indices();
    let Some((cut, next)) = chars.nth(n) else {
        return value;
    };
    if next == ' ' && upper(&value[..cut]) == upper(label) {
        &value[cut + 1..]
    } else {
        value
    }
}

/// «ĐẢNG BỘ …» / «CHI BỘ …» in capitals: the prefix, unless the name the
/// person typed starts with an organisation word of its own.
fn organisation(prefix: &str, typed: &str) -> String {
    let name = upper(&clean(typed));
    let name = name.split_whitespace().collect::<Vec<_>>().join(" ");
    if name.is_empty() {
        format!("{prefix} {BLANK}")
    } else if frame::ORGANISATION_WORDS
        .iter()
        .any(|w| name.starts_with(w))
    {
        name
    } else {
        format!("{prefix} {name}")
    }
}

/// A block's signer caption and its note ("(Ký, ghi rõ họ tên)"),
/// centred in the column at `x` of width `w`.
fn caption(f: &mut Flow, block: &SignatureBlock, x: f32, w: f32) {
    let p = in_column(para(f, block.caption, Face::Bold, Align::Center, 0.0), x, w);
    f.paragraph(&p, 0.0);
    let p = in_column(
        para(f, block.caption_note, Face::Italic, Align::Center, 0.0),
        x,
        w,
    );
    f.paragraph(&p, 0.0);
}

/// The person's block, in the right column: caption, note, room to sign,
/// the name, and the key fingerprint.
fn signature(f: &mut Flow, block: &SignatureBlock, name: &str, fingerprint: &str) {
    let (x, w) = signature_column(f, block);
    let leading = f.profile.leading;
    caption(f, block, x, w);
    f.y += leading * 3.5;
    if !name.is_empty() {
        let p = in_column(para(f, name, Face::Bold, Align::Center, 0.0), x, w);
        f.paragraph(&p, 0.0);
    }
    let small = f.profile.small_size;
    let p = sized(
        in_column(
            para(f, fingerprint, Face::Regular, Align::Center, 0.0),
            x,
            w,
        ),
        small,
    );
    f.paragraph(&p, 0.0);
}

/// The cell's words for the lines of its block, in the form's order
/// (comment, proposed level): empty where the cell wrote nothing.
fn cell_lines(w: &Words, cell: super::CellFill) -> Vec<String> {
    vec![
        clean(cell.comment),
        cell.level
            .map(|r| (w.rating_label)(r).to_owned())
            .unwrap_or_default(),
    ]
}

/// A block the person leaves blank: its heading, its lines with dots to
/// write on, and the signer's caption with room to sign. With `fill` (the
/// cell's block printed by the desk), each line's text follows it instead
/// of the dots, where the cell wrote one.
fn assessment(f: &mut Flow, block: &SignatureBlock, fill: Option<&[String]>) {
    let leading = f.profile.leading;
    let size = f.profile.body_size;
    let (left, right) = (f.left(), f.left() + f.width());
    f.y += 4.0;
    if let Some(h) = block.heading {
        let p = para(f, &upper(h), Face::Bold, Align::Center, 0.0);
        f.paragraph(&p, 0.0);
        f.y += 2.0;
    }
    for (i, line) in block.lines.iter().enumerate() {
        let p = para(f, line, Face::Regular, Align::Left, 0.0);
        f.paragraph(&p, 0.0);
        let written = fill
            .and_then(|lines| lines.get(i))
            .filter(|t| !t.trim().is_empty());
        if let Some(text) = written {
            for part in text.lines().filter(|l| !l.trim().is_empty()) {
                let p = para(f, part, Face::Regular, Align::Justify, 0.0);
                f.paragraph(&p, 0.0);
            }
            continue;
        }
        let from = f.last_line_end() + 4.0;
        f.dotted(from, right, size, leading);
        f.y += leading;
        f.dotted(left, right, size, leading);
    }
    let (x, w) = signature_column(f, block);
    caption(f, block, x, w);
    f.y += leading * 3.0;
}

/// The task appendix as a table: "TT" and the template's columns.
fn appendix_table(
    width: f32,
    evidence: &EvidenceAppendix,
    tasks: &[&TaskEvidence],
    size: f32,
    w: &Words,
) -> Table {
    let num_w = width * 0.06;
    let share = |id: &str| match id {
        "nhiem_vu" | "ket_qua" => 0.2,
        "ke_hoach" => 0.16,
        "minh_chung" => 0.14,
        _ => 0.12,
    };
    let total: f32 = evidence.columns.iter().map(|c| share(c.id)).sum();
    let rest = width - num_w;
    let mut widths = vec![num_w];
    widths.extend(evidence.columns.iter().map(|c| rest * share(c.id) / total));
    let mut header = vec![Cell::new(w.table_number, Face::Bold, Align::Center)];
    header.extend(
        evidence
            .columns
            .iter()
            .map(|c| Cell::new(c.label, Face::Bold, Align::Center)),
    );
    let rows = tasks
        .iter()
        .enumerate()
        .map(|(i, t)| {
            let mut row = vec![Cell::new((i + 1).to_string(), Face::Regular, Align::Center)];
            row.extend(evidence.columns.iter().map(|c| {
                let text = (w.task_cell)(t, c, clean);
                Cell::new(text.trim().to_owned(), Face::Regular, Align::Left)
            }));
            row
        })
        .collect();
    Table {
        widths,
        header,
        rows,
        size,
        leading: size * 1.3,
    }
}

/// Page numbers from page 2 on, centred in the top margin.
pub(super) fn number_pages(
    pages: &mut [Page],
    faces: &super::font::Faces,
    profile: frame::Profile,
) {
    let size = profile.page_number_size;
    for (i, page) in pages.iter_mut().enumerate().skip(1) {
        let text = (i + 1).to_string();
        let width = faces.get(Face::Regular).width(&text, size);
        let x = profile.margin_left + (profile.text_width() - width) / 2.0;
        page.marks.insert(
            0,
            Mark::Text(TextRun {
                x,
                baseline: profile.page_number_baseline,
                face: Face::Regular,
                size,
                text,
                word_spacing: 0.0,
                width,
            }),
        );
    }
}

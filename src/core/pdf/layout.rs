//! Pages of positioned marks, and the engine that fills them: greedy line
//! breaking measured with the font's advances, paragraphs, check boxes in
//! the run of text, ruled tables, and page breaks. Pure: no PDF here
//! ([`super::paint`] draws the marks), so the layout is tested as data.
//!
//! Coordinates are PDF points from the top-left corner of the page, y
//! growing downwards (as krilla draws).

use super::font::{Face, Faces};
use super::frame::Profile;

/// A laid-out document.
#[derive(Clone, Debug, PartialEq)]
pub struct Layout {
    pub profile: Profile,
    pub pages: Vec<Page>,
}

/// One page.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Page {
    pub marks: Vec<Mark>,
}

impl Page {
    /// The text runs of the page, in drawing order.
    pub fn runs(&self) -> impl DoubleEndedIterator<Item = &TextRun> {
        self.marks.iter().filter_map(|m| match m {
            Mark::Text(t) => Some(t),
            _ => None,
        })
    }

    /// The page's text, one run per line.
    pub fn text(&self) -> String {
        self.runs()
            .map(|r| r.text.as_str())
            .collect::<Vec<_>>()
            .join("\n")
    }
}

/// Something drawn on a page.
#[derive(Clone, Debug, PartialEq)]
pub enum Mark {
    Text(TextRun),
    Rule(Rule),
    CheckBox(CheckBox),
    Qr(QrMark),
}

impl Mark {
    fn shifted(mut self, dy: f32) -> Mark {
        match &mut self {
            Mark::Text(t) => t.baseline += dy,
            Mark::Rule(r) => {
                r.y1 += dy;
                r.y2 += dy;
            }
            Mark::CheckBox(b) => b.y += dy,
            Mark::Qr(q) => q.y += dy,
        }
        self
    }

    /// The mark's horizontal extent (left, right).
    pub fn x_extent(&self) -> (f32, f32) {
        match self {
            Mark::Text(t) => (t.x, t.x + t.width),
            Mark::Rule(r) => (r.x1.min(r.x2), r.x1.max(r.x2)),
            Mark::CheckBox(b) => (b.x, b.x + b.size),
            Mark::Qr(q) => (q.x, q.x + q.module * q.width as f32),
        }
    }

    /// The mark's vertical extent (top, bottom); for text, from the
    /// baseline up by the font size and down by a quarter of it.
    pub fn y_extent(&self) -> (f32, f32) {
        match self {
            Mark::Text(t) => (t.baseline - t.size, t.baseline + t.size * 0.25),
            Mark::Rule(r) => (r.y1.min(r.y2), r.y1.max(r.y2)),
            Mark::CheckBox(b) => (b.y, b.y + b.size),
            Mark::Qr(q) => (q.y, q.y + q.module * q.width as f32),
        }
    }
}

/// A run of text on one line, in one face and size.
#[derive(Clone, Debug, PartialEq)]
pub struct TextRun {
    /// Left end of the run.
    pub x: f32,
    pub baseline: f32,
    pub face: Face,
    pub size: f32,
    /// NFC text; every character is drawn (one the font lacks as
    /// [`super::font::REPLACEMENT`]) and copied out as itself.
    pub text: String,
    /// Extra advance after each space, in points (justified lines).
    pub word_spacing: f32,
    /// Drawn width, word spacing included.
    pub width: f32,
}

/// A straight line.
#[derive(Clone, Debug, PartialEq)]
pub struct Rule {
    pub x1: f32,
    pub y1: f32,
    pub x2: f32,
    pub y2: f32,
    pub width: f32,
    /// A dotted line to write on by hand.
    pub dotted: bool,
}

/// A check box drawn as a square, crossed when checked (☒ / ☐).
#[derive(Clone, Debug, PartialEq)]
pub struct CheckBox {
    /// Top-left corner.
    pub x: f32,
    pub y: f32,
    pub size: f32,
    pub checked: bool,
}

/// A QR code: `width` × `width` modules, row by row, `true` dark.
#[derive(Clone, Debug, PartialEq)]
pub struct QrMark {
    /// Top-left corner.
    pub x: f32,
    pub y: f32,
    /// Side of one module.
    pub module: f32,
    pub width: usize,
    pub dark: Vec<bool>,
}

/// Horizontal alignment of a paragraph's lines.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Align {
    Left,
    /// Both edges, except the last line.
    Justify,
    Center,
    Right,
}

/// A unit of inline content.
#[derive(Clone, Debug, PartialEq)]
pub enum Atom {
    /// A word (no spaces inside); broken across lines only when it is
    /// wider than a line.
    Word(String),
    /// A check box followed by its label, never broken.
    Choice { checked: bool, label: String },
}

/// Words of a text, as atoms (runs of whitespace separate words).
pub fn words(text: &str) -> Vec<Atom> {
    text.split_whitespace()
        .map(|w| Atom::Word(w.to_owned()))
        .collect()
}

/// A paragraph to lay out.
#[derive(Clone, Debug)]
pub struct Para {
    pub atoms: Vec<Atom>,
    pub face: Face,
    pub size: f32,
    pub leading: f32,
    /// Left edge of the paragraph's column.
    pub x: f32,
    /// Width of the column.
    pub width: f32,
    /// Indent of the first line.
    pub first_indent: f32,
    pub align: Align,
}

/// One broken line: its atoms (pieces of a broken word are words) and
/// their widths.
#[derive(Clone, Debug)]
struct Line {
    pieces: Vec<(Atom, f32)>,
    first: bool,
    last: bool,
}

/// Metrics of check boxes relative to the font size.
const BOX_EM: f32 = 0.68;
const BOX_GAP_EM: f32 = 0.3;
const CHOICE_SEP_EM: f32 = 1.1;

/// Tolerance for floating-point comparisons of lengths.
const EPS: f32 = 0.01;

fn choice_width(faces: &Faces, face: Face, size: f32, label: &str) -> f32 {
    size * (BOX_EM + BOX_GAP_EM) + faces.get(face).width(label, size)
}

fn atom_width(faces: &Faces, face: Face, size: f32, atom: &Atom) -> f32 {
    match atom {
        Atom::Word(w) => faces.get(face).width(w, size),
        Atom::Choice { label, .. } => choice_width(faces, face, size, label),
    }
}

fn separator(faces: &Faces, para: &Para, before: &Atom, after: &Atom) -> f32 {
    match (before, after) {
        (Atom::Word(_), Atom::Word(_)) => faces.get(para.face).width(" ", para.size),
        _ => para.size * CHOICE_SEP_EM,
    }
}

/// Breaks a paragraph into lines, greedily; a word wider than a whole line
/// is cut between characters.
fn break_lines(faces: &Faces, para: &Para) -> Vec<Line> {
    let metrics = faces.get(para.face);
    let full = para.width.max(para.size);
    let mut lines: Vec<Line> = Vec::new();
    let mut current: Vec<(Atom, f32)> = Vec::new();
    let mut used = 0.0;
    let mut avail = (full - para.first_indent).max(para.size);
    let new_line = |lines: &mut Vec<Line>, current: &mut Vec<(Atom, f32)>| {
        let first = lines.is_empty();
        lines.push(Line {
            pieces: std::mem::take(current),
            first,
            last: false,
        });
    };
    for atom in &para.atoms {
        let w = atom_width(faces, para.face, para.size, atom);
        if let Some((prev, _)) = current.last() {
            let sep = separator(faces, para, prev, atom);
            if used + sep + w <= avail + EPS {
                current.push((atom.clone(), w));
                used += sep + w;
                continue;
            }
            new_line(&mut lines, &mut current);
            used = 0.0;
            avail = full;
        }
        if w <= avail + EPS {
            current.push((atom.clone(), w));
            used = w;
            continue;
        }
        match atom {
            Atom::Word(word) => {
                // Cut the word into pieces that each fill a line.
                let mut pieces =
                    cut_word(word, avail, full, |c| metrics.drawn(c).advance * para.size);
                let last = pieces.pop();
                for (piece, w) in pieces {
                    current.push((Atom::Word(piece), w));
                    new_line(&mut lines, &mut current);
                }
                avail = if lines.is_empty() { avail } else { full };
                if let Some((piece, w)) = last {
                    current.push((Atom::Word(piece), w));
                    used = w;
                }
            }
            Atom::Choice { .. } => {
                // Wider than a line: it overflows rather than being cut.
                current.push((atom.clone(), w));
                used = w;
            }
        }
    }
    if !current.is_empty() || lines.is_empty() {
        new_line(&mut lines, &mut current);
    }
    if let Some(last) = lines.last_mut() {
        last.last = true;
    }
    lines
}

/// Cuts a word wider than a line into pieces: the first fits in `first`,
/// the others in `full`. A piece ends after a hyphen, dash or slash when
/// one fits ("12/KH-" + "UBND"), else wherever the line is full.
fn cut_word(
    word: &str,
    first: f32,
    full: f32,
    advance: impl Fn(char) -> f32,
) -> Vec<(String, f32)> {
    let chars: Vec<(char, f32)> = word.chars().map(|c| (c, advance(c))).collect();
    let mut pieces = Vec::new();
    let mut start = 0;
    let mut avail = first;
    while start < chars.len() {
        let mut end = start;
        let mut width = 0.0;
        while end < chars.len() && (end == start || width + chars[end].1 <= avail + EPS) {
            width += chars[end].1;
            end += 1;
        }
        if end < chars.len()
            && let Some(k) = (start + 2..end)
                .rev()
                .find(|&k| matches!(chars[k - 1].0, '-' | '/' | '–' | '—'))
        {
            end = k;
        }
        let piece: String = chars[start..end].iter().map(|(c, _)| c).collect();
        let width = chars[start..end].iter().map(|(_, w)| w).sum();
        pieces.push((piece, width));
        start = end;
        avail = full;
    }
    pieces
}

/// The baseline's distance from the top of a line box.
fn baseline_offset(faces: &Faces, face: Face, size: f32, leading: f32) -> f32 {
    let m = faces.get(face);
    let content = (m.ascent + m.descent) * size;
    (leading - content) / 2.0 + m.ascent * size
}

/// The marks of one line whose box starts at `top`.
fn line_marks(faces: &Faces, para: &Para, line: &Line, top: f32) -> Vec<Mark> {
    let baseline = top + baseline_offset(faces, para.face, para.size, para.leading);
    let indent = if line.first { para.first_indent } else { 0.0 };
    let avail = para.width - indent;
    let space = faces.get(para.face).width(" ", para.size);
    let mut natural = 0.0;
    for (i, (atom, w)) in line.pieces.iter().enumerate() {
        if i > 0 {
            natural += separator(faces, para, &line.pieces[i - 1].0, atom);
        }
        natural += w;
    }
    let spaces = line.pieces.len().saturating_sub(1);
    let all_words = line.pieces.iter().all(|(a, _)| matches!(a, Atom::Word(_)));
    let mut word_spacing = 0.0;
    let mut x = para.x + indent;
    match para.align {
        Align::Justify if !line.last && all_words && spaces > 0 => {
            let extra = (avail - natural) / spaces as f32;
            // A line left short by a cut word stays ragged.
            if extra > 0.0 && extra < para.size {
                word_spacing = extra;
            }
        }
        Align::Center => x += ((avail - natural) / 2.0).max(0.0),
        Align::Right => x += (avail - natural).max(0.0),
        _ => {}
    }
    let mut marks = Vec::new();
    let mut run = String::new();
    let mut run_x = x;
    let mut run_w = 0.0;
    let flush = |marks: &mut Vec<Mark>, run: &mut String, run_x: f32, run_w: f32| {
        if !run.is_empty() {
            marks.push(Mark::Text(TextRun {
                x: run_x,
                baseline,
                face: para.face,
                size: para.size,
                text: std::mem::take(run),
                word_spacing,
                width: run_w,
            }));
        }
    };
    for (i, (atom, w)) in line.pieces.iter().enumerate() {
        if i > 0 {
            let prev = &line.pieces[i - 1].0;
            if matches!((prev, atom), (Atom::Word(_), Atom::Word(_))) {
                run.push(' ');
                run_w += space + word_spacing;
                x += space + word_spacing;
            } else {
                flush(&mut marks, &mut run, run_x, run_w);
                x += separator(faces, para, prev, atom);
            }
        }
        match atom {
            Atom::Word(word) => {
                if run.is_empty() {
                    run_x = x;
                    run_w = 0.0;
                }
                run.push_str(word);
                run_w += w;
            }
            Atom::Choice { checked, label } => {
                let side = para.size * BOX_EM;
                marks.push(Mark::CheckBox(CheckBox {
                    x,
                    y: baseline - side + para.size * 0.02,
                    size: side,
                    checked: *checked,
                }));
                marks.push(Mark::Text(TextRun {
                    x: x + para.size * (BOX_EM + BOX_GAP_EM),
                    baseline,
                    face: para.face,
                    size: para.size,
                    text: label.clone(),
                    word_spacing: 0.0,
                    width: faces.get(para.face).width(label, para.size),
                }));
            }
        }
        x += w;
    }
    flush(&mut marks, &mut run, run_x, run_w);
    marks
}

/// One cell of a table.
#[derive(Clone, Debug)]
pub struct Cell {
    pub text: String,
    pub face: Face,
    pub align: Align,
}

impl Cell {
    pub fn new(text: impl Into<String>, face: Face, align: Align) -> Cell {
        Cell {
            text: text.into(),
            face,
            align,
        }
    }
}

/// A table: column widths, a header row repeated on every page, rows.
#[derive(Clone, Debug)]
pub struct Table {
    pub widths: Vec<f32>,
    pub header: Vec<Cell>,
    pub rows: Vec<Vec<Cell>>,
    pub size: f32,
    pub leading: f32,
}

const CELL_PAD_X: f32 = 3.0;
const CELL_PAD_Y: f32 = 2.0;
const TABLE_RULE: f32 = 0.5;

/// The page filler: a cursor on the last page.
pub struct Flow<'a> {
    pub faces: &'a Faces,
    pub profile: Profile,
    pages: Vec<Page>,
    /// Top of the next line on the last page.
    pub y: f32,
    top: f32,
    bottom: f32,
}

impl<'a> Flow<'a> {
    /// A flow starting at the top of a first page.
    pub fn new(faces: &'a Faces, profile: Profile) -> Flow<'a> {
        Flow {
            faces,
            profile,
            pages: vec![Page::default()],
            y: profile.margin_top,
            top: profile.margin_top,
            bottom: profile.body_bottom(),
        }
    }

    /// A flow on an endless page, to measure a block.
    fn scratch(&self) -> Flow<'a> {
        Flow {
            faces: self.faces,
            profile: self.profile,
            pages: vec![Page::default()],
            y: 0.0,
            top: 0.0,
            bottom: f32::INFINITY,
        }
    }

    /// The page being filled (there always is one).
    pub fn current_page(&self) -> Option<&Page> {
        self.pages.last()
    }

    /// The pages so far.
    pub fn finish(self) -> Vec<Page> {
        self.pages
    }

    /// Left edge of the text area.
    pub fn left(&self) -> f32 {
        self.profile.margin_left
    }

    /// Width of the text area.
    pub fn width(&self) -> f32 {
        self.profile.text_width()
    }

    fn at_top(&self) -> bool {
        self.y <= self.top + EPS
    }

    /// Starts a new page.
    pub fn new_page(&mut self) {
        self.pages.push(Page::default());
        self.y = self.top;
    }

    /// Space left on the page.
    fn room(&self) -> f32 {
        self.bottom - self.y
    }

    /// Makes sure `height` fits on the page, breaking it if not (never on
    /// an empty page: what is taller than a page overflows there).
    pub fn need(&mut self, height: f32) {
        if height > self.room() + EPS && !self.at_top() {
            self.new_page();
        }
    }

    /// Vertical space, dropped at the top of a page.
    pub fn gap(&mut self, height: f32) {
        if !self.at_top() {
            self.y += height;
        }
    }

    /// Adds a mark to the current page.
    pub fn mark(&mut self, mark: Mark) {
        if let Some(page) = self.pages.last_mut() {
            page.marks.push(mark);
        }
    }

    /// The number of lines a paragraph takes.
    pub fn count_lines(&self, para: &Para) -> usize {
        break_lines(self.faces, para).len()
    }

    /// Lays out a paragraph at the cursor: its first two lines stay
    /// together, and `keep_with_next` more points must fit after the whole
    /// paragraph when it is short (headings keep their first line of
    /// content).
    pub fn paragraph(&mut self, para: &Para, keep_with_next: f32) {
        let lines = break_lines(self.faces, para);
        let whole = lines.len() as f32 * para.leading + keep_with_next;
        if lines.len() <= 3 && whole <= self.bottom - self.top {
            self.need(whole);
        } else {
            self.need(para.leading * lines.len().min(2) as f32);
        }
        for line in &lines {
            self.need(para.leading);
            for m in line_marks(self.faces, para, line, self.y) {
                self.mark(m);
            }
            self.y += para.leading;
        }
    }

    /// Lays out paragraphs side by side from the cursor (columns of one
    /// row), kept on one page; the cursor moves below the tallest.
    pub fn side_by_side(&mut self, paras: &[Para]) {
        let height = paras
            .iter()
            .map(|p| break_lines(self.faces, p).len() as f32 * p.leading)
            .fold(0.0, f32::max);
        self.need(height);
        let top = self.y;
        for p in paras {
            self.y = top;
            for line in &break_lines(self.faces, p) {
                for m in line_marks(self.faces, p, line, self.y) {
                    self.mark(m);
                }
                self.y += p.leading;
            }
        }
        self.y = top + height;
    }

    /// Check boxes with their labels in a grid of equal columns, as many
    /// columns as fit in `width` from `x`, so that the boxes line up.
    pub fn choice_grid(&mut self, choices: &[(bool, String)], face: Face, x: f32, width: f32) {
        let size = self.profile.body_size;
        let sep = size * CHOICE_SEP_EM;
        let column = choices
            .iter()
            .map(|(_, label)| choice_width(self.faces, face, size, label))
            .fold(0.0, f32::max)
            + sep;
        let fit = ((width + sep) / column).floor();
        let per_row = if fit >= 1.0 { fit as usize } else { 1 }.min(choices.len().max(1));
        let column = width / per_row as f32;
        for row in choices.chunks(per_row) {
            let paras: Vec<Para> = row
                .iter()
                .enumerate()
                .map(|(i, (checked, label))| Para {
                    atoms: vec![Atom::Choice {
                        checked: *checked,
                        label: label.clone(),
                    }],
                    face,
                    size,
                    leading: self.profile.leading,
                    x: x + i as f32 * column,
                    width: column,
                    first_indent: 0.0,
                    align: Align::Left,
                })
                .collect();
            self.side_by_side(&paras);
        }
    }

    /// Lays out `build` on a page of its own measure, then places it whole:
    /// on this page if it fits, else on the next. A block taller than a page
    /// is laid out in the flow instead, breaking where it must.
    pub fn keep_together(&mut self, build: impl Fn(&mut Flow<'a>)) {
        let mut scratch = self.scratch();
        build(&mut scratch);
        let height = scratch.y;
        if height > self.bottom - self.top {
            build(self);
            return;
        }
        self.need(height);
        let dy = self.y;
        for page in scratch.pages {
            for m in page.marks {
                self.mark(m.shifted(dy));
            }
        }
        self.y += height;
    }

    /// A dotted line on the current line box from `x1` to `x2`, at the
    /// baseline of text of `size` with this `leading`.
    pub fn dotted(&mut self, x1: f32, x2: f32, size: f32, leading: f32) {
        if x2 - x1 < size {
            return;
        }
        let y = self.y - leading + baseline_offset(self.faces, Face::Regular, size, leading) + 1.0;
        self.mark(Mark::Rule(Rule {
            x1,
            y1: y,
            x2,
            y2: y,
            width: 0.8,
            dotted: true,
        }));
    }

    /// The right end of the last line of the last paragraph laid out on
    /// this page (for a dotted line after a label), or the left edge.
    pub fn last_line_end(&self) -> f32 {
        self.pages
            .last()
            .and_then(|p| p.marks.last())
            .map_or(self.left(), |m| m.x_extent().1)
    }

    /// Lays out a table, repeating the header row on each page; a row
    /// taller than the page space left is cut between its lines.
    pub fn table(&mut self, table: &Table) {
        let xs: Vec<f32> = table
            .widths
            .iter()
            .scan(self.left(), |x, w| {
                let at = *x;
                *x += w;
                Some(at)
            })
            .collect();
        let header = self.row_lines(table, &xs, &table.header);
        let header_height = header.0 as f32 * table.leading + 2.0 * CELL_PAD_Y;
        let first_row = table
            .rows
            .first()
            .map(|r| self.row_lines(table, &xs, r).0.min(2))
            .unwrap_or(0);
        self.need(header_height + first_row as f32 * table.leading + 2.0 * CELL_PAD_Y);
        self.place_row(table, &xs, &header, None);
        for row in &table.rows {
            let lines = self.row_lines(table, &xs, row);
            self.place_row(table, &xs, &lines, Some(&header));
        }
    }

    #[allow(clippy::type_complexity)]
    fn row_lines(
        &self,
        table: &Table,
        xs: &[f32],
        row: &[Cell],
    ) -> (usize, Vec<(Para, Vec<Line>)>) {
        let cells: Vec<(Para, Vec<Line>)> = row
            .iter()
            .zip(xs.iter().zip(&table.widths))
            .map(|(cell, (&x, &w))| {
                let para = Para {
                    atoms: words(&cell.text),
                    face: cell.face,
                    size: table.size,
                    leading: table.leading,
                    x: x + CELL_PAD_X,
                    width: (w - 2.0 * CELL_PAD_X).max(table.size),
                    first_indent: 0.0,
                    align: cell.align,
                };
                let lines = if cell.text.trim().is_empty() {
                    Vec::new()
                } else {
                    break_lines(self.faces, &para)
                };
                (para, lines)
            })
            .collect();
        let n = cells.iter().map(|(_, l)| l.len()).max().unwrap_or(0).max(1);
        (n, cells)
    }

    #[allow(clippy::type_complexity)]
    fn place_row(
        &mut self,
        table: &Table,
        xs: &[f32],
        row: &(usize, Vec<(Para, Vec<Line>)>),
        header: Option<&(usize, Vec<(Para, Vec<Line>)>)>,
    ) {
        let (n, cells) = row;
        let full = *n as f32 * table.leading + 2.0 * CELL_PAD_Y;
        let header_height = header.map_or(0.0, |h| h.0 as f32 * table.leading + 2.0 * CELL_PAD_Y);
        if full > self.room() + EPS && full <= self.bottom - self.top - header_height {
            self.new_page();
            if let Some(h) = header {
                self.place_row(table, xs, h, None);
            }
        }
        let mut from = 0;
        while from < *n {
            let fit = ((self.room() - 2.0 * CELL_PAD_Y + EPS) / table.leading).floor();
            let fit = if fit < 1.0 { 0 } else { fit as usize };
            if fit == 0 {
                self.new_page();
                if let Some(h) = header {
                    self.place_row(table, xs, h, None);
                }
                continue;
            }
            let take = fit.min(n - from);
            let top = self.y;
            for (para, lines) in cells {
                for (i, line) in lines.iter().enumerate().skip(from).take(take) {
                    let line_top = top + CELL_PAD_Y + (i - from) as f32 * table.leading;
                    for m in line_marks(self.faces, para, line, line_top) {
                        self.mark(m);
                    }
                }
            }
            let bottom = top + take as f32 * table.leading + 2.0 * CELL_PAD_Y;
            let left = xs.first().copied().unwrap_or(self.left());
            let right = left + table.widths.iter().sum::<f32>();
            for y in [top, bottom] {
                self.mark(Mark::Rule(Rule {
                    x1: left,
                    y1: y,
                    x2: right,
                    y2: y,
                    width: TABLE_RULE,
                    dotted: false,
                }));
            }
            for x in xs.iter().copied().chain(std::iter::once(right)) {
                self.mark(Mark::Rule(Rule {
                    x1: x,
                    y1: top,
                    x2: x,
                    y2: bottom,
                    width: TABLE_RULE,
                    dotted: false,
                }));
            }
            self.y = bottom;
            from += take;
            if from < *n {
                self.new_page();
                if let Some(h) = header {
                    self.place_row(table, xs, h, None);
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::cut_word;

    fn texts(pieces: Vec<(String, f32)>) -> Vec<String> {
        pieces.into_iter().map(|(p, _)| p).collect()
    }

    #[test]
    fn a_long_word_is_cut_after_a_hyphen_or_slash_when_one_fits() {
        // Every character 1 wide; lines of 8.
        let cut = |w: &str, first: f32| texts(cut_word(w, first, 8.0, |_| 1.0));
        assert_eq!(cut("12/KH-UBND", 8.0), ["12/KH-", "UBND"]);
        assert_eq!(cut("abcdefghijkl", 8.0), ["abcdefgh", "ijkl"]);
        assert_eq!(cut("abcdefghijkl", 3.0), ["abc", "defghijk", "l"]);
        // A line narrower than one character still takes one.
        assert_eq!(cut("abc", 0.5), ["a", "bc"]);
        // No hyphen at the very start of a piece counts.
        assert_eq!(cut("-abcdefghij", 8.0), ["-abcdefg", "hij"]);
    }
}

//! Local validation of a dossier: what is still missing, and what cannot be
//! right, before the person prints or exports the review.
//!
//! # When it fires
//!
//! Validation is run **on blur** of a field (the person leaves it) and when
//! the person asks for it (**«Kiểm tra»**) or **before export**; never on
//! every keystroke (an error shown while someone is still typing their name
//! is noise). The UI calls [`validate`] at those moments, and
//! [`check_identity_field`] on blur of one identity field (cheap: one field,
//! no template walk).
//!
//! # What is checked
//!
//! * **Identity** (the block at the top of every template, grouped under
//!   [`IDENTITY_SECTION`]):
//!   * required fields ([`REQUIRED_IDENTITY`]): *Họ và tên*, *Ngày sinh*,
//!     *Chi bộ* and the place name of the date line. These are the four
//!     lines that every template's identity list prints
//!     ([`Template::identity`]) and that every person has an answer to. The
//!     others are optional: the three *Chức vụ* lines (2019, 2023, 2A) are
//!     legitimately empty for a member without a post, *Đơn vị công tác* for
//!     a retiree or a student (2C, and members on the 2019/2023 forms), and
//!     *Đảng bộ* belongs to the form's header, which the 2025 copies never
//!     showed (gaps.md §3.4);
//!   * lengths, counted in Unicode characters of the NFC text
//!     ([`identity_max_chars`]);
//!   * *Ngày sinh* parses as `dd/mm/yyyy`
//!     ([`crate::core::dossier::parse_vn_date`]), is not after today, and
//!     is sane for the review year ([`MIN_AGE`], [`MAX_AGE`]);
//!   * the review year is in `2019 ..= today's year` (grouped under
//!     [`IDENTITY_SECTION`], key [`YEAR_KEY`]).
//! * **Answers**, for the slots the person's role fills
//!   ([`Template::slots_for`]):
//!   * a required text item ([`AnswerSlot::required`]) needs text; text that
//!     is only whitespace counts as missing;
//!   * a self-grade is needed where the template shows the grade box by
//!     default ([`GradeBox::shown_by_default`]: the 2019 form, not the 2023
//!     forms where the box is only presumed), on required items and on
//!     optional items that have text;
//!   * a proposed rating ([`ItemKind::Rating`], stored in
//!     `Dossier::proposal`) needs a value; for the civil-servant rating of
//!     the 2019 form (VII.1), "not applicable" is a value;
//!   * a person who is not rated this year
//!     ([`crate::core::rules::rating_status`], measured at the review
//!     year's [`crate::core::rules::reference_date`]) is asked for neither
//!     the proposed party rating nor the points: those slots are not
//!     required (the advisor says why);
//!   * text length ([`ITEM_TEXT_MAX_CHARS`]).
//! * **Lists** of the sections that have structure (the template marks
//!   them, [`crate::core::template::Structured`]; they are walked in print
//!   order, [`crate::core::walk`]), only when the person has
//!   lines in them (both sections are answered «nếu có»: an empty list asks
//!   for nothing, and the section's own text answer keeps its rule above):
//!   * section III (`Dossier::remedies`): every line that has text needs a
//!     status, đã được khắc phục / đang khắc phục / chưa được khắc phục, as
//!     the 2025 guidance asks «Kiểm điểm rõ từng hạn chế, khuyết điểm»
//!     ([`Problem::RemedyStatusMissing`]);
//!   * section IV (`Dossier::suggestions`): every suggested point that has
//!     text needs an explanation, «Giải trình từng vấn đề được gợi ý kiểm
//!     điểm» ([`Problem::SuggestionUnanswered`]).
//!
//!   Each such line counts as one required thing in the section's progress,
//!   and the section id is in [`Report::missing`] while a line is
//!   unanswered.
//! * **Points** (2025 B.I), against the point scheme given, or the
//!   template's default ([`Template::default_point_scheme`]) when none is
//!   given or the one given does not fit the template: every criterion of a
//!   required group scored, each criterion within its maximum, each group's
//!   total within the group's maximum.
//!
//! All limits here are **the app's own** sanity checks, not regulation
//! (except where a comment names the rule they stand on).
//!
//! The length rules and the date format are declared with the `validator`
//! crate on borrowed views of the identity and of an answer
//! (`#[derive(Validate)]`); the rules that depend on the template, the role
//! or another field (required-ness, age in the review year, points) are
//! plain code below. Everything comes back as a typed [`Problem`]; the
//! Vietnamese sentence for each is `crate::text::validate::problem`.

use chrono::{Datelike, NaiveDate};
use validator::{Validate, ValidationError, ValidationErrors};

use crate::core::dossier::{
    Answer, Dossier, FIRST_REVIEW_YEAR, IdentityField, Points, Proposal, RemedyItem,
    SuggestionAnswer, parse_vn_date,
};
use crate::core::rules;
use crate::core::template::{
    AnswerSlot, GradeBox, ItemKind, PointScheme, PointSchemeError, RatingTarget, Template,
};
use crate::core::walk::{Block, Line, print_order};

// --- Limits (the app's own) ---------------------------------------------------

/// The section id under which the identity block (and the review year) is
/// reported. No template uses it as a section id.
pub const IDENTITY_SECTION: &str = "identity";

/// The key of problems about the review year.
pub const YEAR_KEY: &str = "year";

/// The identity fields every dossier must fill (when its template prints
/// them, which all templates do). See the module documentation for why the
/// others are optional.
pub const REQUIRED_IDENTITY: [IdentityField; 4] = [
    IdentityField::FullName,
    IdentityField::BirthDate,
    IdentityField::PartyCell,
    IdentityField::Place,
];

/// *Họ và tên*: at most 100 characters (the app's limit; the longest
/// Vietnamese names are well under 50).
pub const NAME_MAX_CHARS: u64 = 100;

/// The place name of the date line: at most 100 characters (the app's
/// limit).
pub const PLACE_MAX_CHARS: u64 = 100;

/// The other one-line identity fields (posts, đơn vị, chi bộ, đảng bộ): at
/// most 200 characters each (the app's limit: two printed lines).
pub const IDENTITY_TEXT_MAX_CHARS: u64 = 200;

/// The text of one item: at most 20 000 characters (the app's limit, about
/// eight printed pages; it keeps the stored dossier and the PDF sane).
pub const ITEM_TEXT_MAX_CHARS: u64 = 20_000;

/// The youngest age the app accepts in the review year. The Điều lệ Đảng
/// (Điều 1) admits citizens «từ mười tám tuổi trở lên», so a member cannot
/// be younger than 18 in a year they are reviewed for. This is the app's
/// sanity check on the typed date (a typo such as 2015 for 1985), not a rule
/// the app enforces on anybody.
pub const MIN_AGE: i32 = 18;

/// The oldest age the app accepts in the review year without asking the
/// person to check the date (the app's sanity check against typos such as
/// 1895 for 1985).
pub const MAX_AGE: i32 = 100;

/// Whether an identity field must be filled.
pub fn is_identity_required(field: IdentityField) -> bool {
    REQUIRED_IDENTITY.contains(&field)
}

/// The length limit of an identity field, in characters (`None` for the
/// date of birth, which is checked by parsing instead).
pub fn identity_max_chars(field: IdentityField) -> Option<u64> {
    match field {
        IdentityField::FullName => Some(NAME_MAX_CHARS),
        IdentityField::BirthDate => None,
        IdentityField::Place => Some(PLACE_MAX_CHARS),
        IdentityField::PartyPost
        | IdentityField::GovernmentPost
        | IdentityField::MassOrgPost
        | IdentityField::WorkUnit
        | IdentityField::PartyCell
        | IdentityField::PartyCommittee => Some(IDENTITY_TEXT_MAX_CHARS),
    }
}

/// The age a person born on `birth` has reached by 31 December of `year`
/// (the end of the review year); negative if born after that day. `None`
/// only for a year chrono cannot represent.
///
/// ```
/// use chrono::NaiveDate;
/// use kiemdiem::core::validate::age_in_year;
/// let born = NaiveDate::from_ymd_opt(2004, 12, 31).unwrap();
/// assert_eq!(age_in_year(born, 2022), Some(18));
/// assert_eq!(age_in_year(born, 2021), Some(17));
/// ```
pub fn age_in_year(birth: NaiveDate, year: i32) -> Option<i32> {
    let end = NaiveDate::from_ymd_opt(year, 12, 31)?;
    let before_birthday = (end.month(), end.day()) < (birth.month(), birth.day());
    Some(end.year() - birth.year() - i32::from(before_birthday))
}

// --- Problems ---------------------------------------------------------------------

/// One thing that is missing or cannot be right in a dossier, with the field,
/// item or criterion it concerns and the numbers the message needs.
///
/// **When it fires**: problems are computed on blur of a field and on
/// «Kiểm tra» / before export, never on every keystroke (see the
/// [module documentation](self)). They are a to-do list for the person,
/// not locks: the core refuses nothing; the UI decides what to show where.
///
/// Keys ([`Problem::key`]) are identity field names
/// ([`IdentityField::as_str`]), [`YEAR_KEY`], answer keys (item ids, or the
/// section id of an item-less section), criterion ids or criteria group ids;
/// the problems of a list line are under its section's id (the line's own
/// id is in the problem).
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Problem {
    /// The review year is outside the years the app has templates for
    /// (`first ..= last`, `last` being today's year).
    YearOutOfRange { year: i32, first: i32, last: i32 },
    /// A required identity field is empty (or only whitespace).
    IdentityMissing { field: IdentityField },
    /// An identity field is longer than its limit (in characters).
    IdentityTooLong {
        field: IdentityField,
        chars: u64,
        max: u64,
    },
    /// The date of birth is not a date written `dd/mm/yyyy`.
    BirthDateUnparsable { value: String },
    /// The date of birth is after today.
    BirthDateInFuture { birth: NaiveDate, today: NaiveDate },
    /// By 31 December of the review year the person is younger than `min`
    /// (`age` may be negative for a date after that year).
    TooYoung {
        birth: NaiveDate,
        year: i32,
        age: i32,
        min: i32,
    },
    /// By 31 December of the review year the person is older than `max`.
    TooOld {
        birth: NaiveDate,
        year: i32,
        age: i32,
        max: i32,
    },
    /// A required text item has no text (whitespace does not count).
    AnswerMissing { item: &'static str },
    /// An item's text is longer than [`ITEM_TEXT_MAX_CHARS`].
    TextTooLong {
        item: &'static str,
        chars: u64,
        max: u64,
    },
    /// The self-grade of an item whose grade box the template shows is not
    /// chosen.
    GradeMissing { item: &'static str },
    /// A proposed rating (stored in `Dossier::proposal`) is not chosen.
    RatingMissing {
        item: &'static str,
        target: RatingTarget,
    },
    /// A criterion of a required criteria group has no points.
    PointsMissing { criterion: &'static str },
    /// A criterion is scored above its maximum in a point scheme a party
    /// committee issued (never against the app's default split, which is
    /// not a rule: see `SchemeOrigin::AppDefault`).
    PointsOverMax {
        criterion: &'static str,
        points: Points,
        max: Points,
    },
    /// The points of a criteria group add up to more than the group's
    /// maximum.
    GroupOverMax {
        group: &'static str,
        total: Points,
        max: Points,
    },
    /// The point scheme supplied does not fit the template; the template's
    /// default scheme was used instead. `section` is the scoring section
    /// ("B.I").
    SchemeMismatch {
        section: &'static str,
        error: PointSchemeError,
    },
    /// A suggested point of section IV has no explanation (whitespace does
    /// not count). `section` is the id of section IV ("IV", "A.IV"), `id`
    /// the point's id, `number` its place in the list (from 1).
    SuggestionUnanswered {
        section: &'static str,
        id: String,
        number: usize,
    },
    /// A line of section III that has text has no status (đã được khắc
    /// phục / đang khắc phục / chưa được khắc phục). `section` is the id of
    /// section III ("III", "A.III"), `id` the line's id, `number` its place
    /// in the list (from 1).
    RemedyStatusMissing {
        section: &'static str,
        id: String,
        number: usize,
    },
}

impl Problem {
    /// The field, item, criterion or group the problem concerns (see the
    /// type's documentation for the kinds of keys).
    pub fn key(&self) -> &'static str {
        match self {
            Problem::YearOutOfRange { .. } => YEAR_KEY,
            Problem::IdentityMissing { field } | Problem::IdentityTooLong { field, .. } => {
                field.as_str()
            }
            Problem::BirthDateUnparsable { .. }
            | Problem::BirthDateInFuture { .. }
            | Problem::TooYoung { .. }
            | Problem::TooOld { .. } => IdentityField::BirthDate.as_str(),
            Problem::AnswerMissing { item }
            | Problem::TextTooLong { item, .. }
            | Problem::GradeMissing { item }
            | Problem::RatingMissing { item, .. } => item,
            Problem::PointsMissing { criterion } | Problem::PointsOverMax { criterion, .. } => {
                criterion
            }
            Problem::GroupOverMax { group, .. } => group,
            Problem::SchemeMismatch { section, .. }
            | Problem::SuggestionUnanswered { section, .. }
            | Problem::RemedyStatusMissing { section, .. } => section,
        }
    }

    /// Whether the problem is something not filled in yet (as opposed to
    /// something filled in wrongly).
    pub fn is_missing(&self) -> bool {
        matches!(
            self,
            Problem::IdentityMissing { .. }
                | Problem::AnswerMissing { .. }
                | Problem::GradeMissing { .. }
                | Problem::RatingMissing { .. }
                | Problem::PointsMissing { .. }
                | Problem::SuggestionUnanswered { .. }
                | Problem::RemedyStatusMissing { .. }
        )
    }
}

// --- Report -------------------------------------------------------------------------

/// How many required things are filled in, out of how many.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Counts {
    pub answered: usize,
    pub required: usize,
}

impl Counts {
    /// Whether everything required is filled in.
    pub fn is_done(self) -> bool {
        self.answered >= self.required
    }

    fn add(&mut self, filled: bool) {
        self.required += 1;
        self.answered += usize::from(filled);
    }
}

impl std::ops::Add for Counts {
    type Output = Counts;
    fn add(self, other: Counts) -> Counts {
        Counts {
            answered: self.answered + other.answered,
            required: self.required + other.required,
        }
    }
}

/// The result of validation for one section (or for the identity block,
/// [`IDENTITY_SECTION`]).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SectionReport {
    /// The section id ("I", "A.II", …) or [`IDENTITY_SECTION`].
    pub id: &'static str,
    /// Its problems, in print order.
    pub problems: Vec<Problem>,
    /// Required fields or answer slots filled in, out of how many.
    pub counts: Counts,
}

impl SectionReport {
    fn new(id: &'static str) -> Self {
        Self {
            id,
            problems: Vec::new(),
            counts: Counts::default(),
        }
    }
}

/// Completeness per section and overall.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Progress {
    /// The identity block first, then every section of the template, in
    /// print order.
    pub sections: Vec<(&'static str, Counts)>,
    pub overall: Counts,
}

impl Progress {
    /// The counts of one section (or of [`IDENTITY_SECTION`]).
    pub fn section(&self, id: &str) -> Option<Counts> {
        self.sections
            .iter()
            .find(|(s, _)| *s == id)
            .map(|(_, c)| *c)
    }
}

/// The problems of a dossier, grouped by section.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Report {
    /// [`IDENTITY_SECTION`] first, then every section of the template in
    /// print order (sections without problems included).
    sections: Vec<SectionReport>,
    /// Required answer slots not filled in, in template order.
    missing: Vec<&'static str>,
    /// Required identity fields not filled in, in template order.
    missing_identity: Vec<IdentityField>,
}

impl Report {
    /// Every section's report: identity first, then the template's sections
    /// in print order.
    pub fn sections(&self) -> &[SectionReport] {
        &self.sections
    }

    /// One section's report (or [`IDENTITY_SECTION`]'s).
    pub fn section(&self, id: &str) -> Option<&SectionReport> {
        self.sections.iter().find(|s| s.id == id)
    }

    /// Every problem, in print order.
    pub fn problems(&self) -> impl Iterator<Item = &Problem> {
        self.sections.iter().flat_map(|s| &s.problems)
    }

    /// The problems of one section ([] for an unknown id).
    pub fn problems_in(&self, section: &str) -> &[Problem] {
        self.section(section).map_or(&[], |s| &s.problems)
    }

    /// The problems about one identity field (`IdentityField::as_str`),
    /// [`YEAR_KEY`], item id, criterion id or group id (exact match: the
    /// problems of a group's criteria are under the criterion ids).
    pub fn problems_for(&self, key: &str) -> Vec<&Problem> {
        self.problems().filter(|p| p.key() == key).collect()
    }

    /// Whether a section (or [`IDENTITY_SECTION`]) has no problem at all.
    /// `false` for an id the template does not have.
    pub fn is_complete(&self, section: &str) -> bool {
        self.section(section).is_some_and(|s| s.problems.is_empty())
    }

    /// Whether the whole dossier has no problem.
    pub fn is_clean(&self) -> bool {
        self.sections.iter().all(|s| s.problems.is_empty())
    }

    /// The «còn thiếu» list: the keys of the required answer slots (item ids,
    /// or section ids of item-less sections) not filled in, in template
    /// order. A slot is filled in when it has text (and a self-grade where
    /// the grade box is shown), a proposed rating, or points for every
    /// criterion of its group. The id of section III or IV is also listed
    /// (once) while a line of its list is unanswered.
    pub fn missing(&self) -> &[&'static str] {
        &self.missing
    }

    /// The required identity fields not filled in, in template order.
    pub fn missing_identity(&self) -> &[IdentityField] {
        &self.missing_identity
    }

    /// Required things filled in, per section and overall (identity fields
    /// included).
    pub fn progress(&self) -> Progress {
        let sections: Vec<(&'static str, Counts)> =
            self.sections.iter().map(|s| (s.id, s.counts)).collect();
        let overall = sections
            .iter()
            .fold(Counts::default(), |acc, (_, c)| acc + *c);
        Progress { sections, overall }
    }
}

// --- Declarative rules (validator) ---------------------------------------------

/// The code of the date-format rule in `validator`'s errors.
const DATE_CODE: &str = "vn_date";

/// A borrowed view of the identity block, for the declarative rules. The
/// field names are [`IdentityField::as_str`], so that `validator`'s error keys
/// map back to fields.
#[derive(Validate)]
struct IdentityView<'a> {
    #[validate(length(max = NAME_MAX_CHARS))]
    full_name: &'a str,
    #[validate(custom(function = "vn_date"))]
    birth_date: &'a str,
    #[validate(length(max = IDENTITY_TEXT_MAX_CHARS))]
    party_post: &'a str,
    #[validate(length(max = IDENTITY_TEXT_MAX_CHARS))]
    government_post: &'a str,
    #[validate(length(max = IDENTITY_TEXT_MAX_CHARS))]
    mass_org_post: &'a str,
    #[validate(length(max = IDENTITY_TEXT_MAX_CHARS))]
    work_unit: &'a str,
    #[validate(length(max = IDENTITY_TEXT_MAX_CHARS))]
    party_cell: &'a str,
    #[validate(length(max = IDENTITY_TEXT_MAX_CHARS))]
    party_committee: &'a str,
    #[validate(length(max = PLACE_MAX_CHARS))]
    place: &'a str,
}

impl<'a> IdentityView<'a> {
    fn new(get: impl Fn(IdentityField) -> &'a str) -> Self {
        Self {
            full_name: get(IdentityField::FullName),
            birth_date: get(IdentityField::BirthDate),
            party_post: get(IdentityField::PartyPost),
            government_post: get(IdentityField::GovernmentPost),
            mass_org_post: get(IdentityField::MassOrgPost),
            work_unit: get(IdentityField::WorkUnit),
            party_cell: get(IdentityField::PartyCell),
            party_committee: get(IdentityField::PartyCommittee),
            place: get(IdentityField::Place),
        }
    }
}

/// The text of one answer, for the declarative rules.
#[derive(Validate)]
struct AnswerView<'a> {
    #[validate(length(max = ITEM_TEXT_MAX_CHARS))]
    text: &'a str,
}

/// Custom rule: a non-empty date of birth parses as `dd/mm/yyyy` (emptiness
/// is the required-field rule's business).
fn vn_date(value: &str) -> Result<(), ValidationError> {
    if value.trim().is_empty() || parse_vn_date(value).is_some() {
        Ok(())
    } else {
        Err(ValidationError::new(DATE_CODE))
    }
}

fn errors_of(result: Result<(), ValidationErrors>) -> ValidationErrors {
    result.err().unwrap_or_default()
}

fn chars(s: &str) -> u64 {
    s.chars().count() as u64
}

/// The `max` parameter `validator` attaches to a length error.
fn max_param(err: &ValidationError) -> Option<u64> {
    err.params.get("max").and_then(serde_json::Value::as_u64)
}

// --- Identity ------------------------------------------------------------------------

/// The first problem of one identity field, given the declarative rules'
/// errors for it: missing, then too long, then the date checks.
fn field_problem(
    field: IdentityField,
    value: &str,
    errors: Option<&Vec<ValidationError>>,
    year: i32,
    today: NaiveDate,
) -> Option<Problem> {
    if value.trim().is_empty() {
        return is_identity_required(field).then_some(Problem::IdentityMissing { field });
    }
    for err in errors.into_iter().flatten() {
        if err.code == "length" {
            let max = max_param(err).or(identity_max_chars(field)).unwrap_or(0);
            return Some(Problem::IdentityTooLong {
                field,
                chars: chars(value),
                max,
            });
        }
        if err.code == DATE_CODE {
            return Some(Problem::BirthDateUnparsable {
                value: value.to_owned(),
            });
        }
    }
    if field == IdentityField::BirthDate {
        return birth_date_problem(parse_vn_date(value)?, year, today);
    }
    None
}

/// The cross-field rules on a parsed date of birth: not after today, and an
/// age in the review year between [`MIN_AGE`] and [`MAX_AGE`].
fn birth_date_problem(birth: NaiveDate, year: i32, today: NaiveDate) -> Option<Problem> {
    if birth > today {
        return Some(Problem::BirthDateInFuture { birth, today });
    }
    let age = age_in_year(birth, year)?;
    if age < MIN_AGE {
        Some(Problem::TooYoung {
            birth,
            year,
            age,
            min: MIN_AGE,
        })
    } else if age > MAX_AGE {
        Some(Problem::TooOld {
            birth,
            year,
            age,
            max: MAX_AGE,
        })
    } else {
        None
    }
}

/// The cheap check for one identity field, for the UI to call when the
/// person leaves the field (on blur): required, length, and for *Ngày sinh*
/// the format and the age in review year `year`. `None` when the value is
/// fine. Gives the same problem as [`validate`] gives for that field.
pub fn check_identity_field(
    field: IdentityField,
    value: &str,
    year: i32,
    today: NaiveDate,
) -> Option<Problem> {
    let view = IdentityView::new(|f| if f == field { value } else { "" });
    let errors = errors_of(view.validate());
    let field_errors = errors.field_errors();
    field_problem(
        field,
        value,
        field_errors.get(field.as_str()).copied(),
        year,
        today,
    )
}

// --- Answers ---------------------------------------------------------------------------

/// Whether a rating slot has a value ("not applicable" is one).
fn rating_given(proposal: &Proposal, target: RatingTarget) -> bool {
    match target {
        RatingTarget::Party => proposal.party.is_some(),
        RatingTarget::CivilServant => proposal.civil_servant.is_some(),
    }
}

/// The problems of one text slot, and whether it is filled in.
fn text_slot(slot: &AnswerSlot, answer: Option<&Answer>, out: &mut Vec<Problem>) -> bool {
    let item = slot.key;
    let text = answer.map_or("", |a| a.text.as_str());
    let has_text = !text.trim().is_empty();
    if slot.required() && !has_text {
        out.push(Problem::AnswerMissing { item });
    }
    let errors = errors_of(AnswerView { text }.validate());
    if let Some(err) = errors.field_errors().get("text").and_then(|e| e.first()) {
        out.push(Problem::TextTooLong {
            item,
            chars: chars(text),
            max: max_param(err).unwrap_or(ITEM_TEXT_MAX_CHARS),
        });
    }
    let grade_shown = slot
        .kind
        .grade_box()
        .is_some_and(|g: GradeBox| g.shown_by_default);
    let grade_needed = grade_shown && (slot.required() || has_text);
    let graded = !grade_needed || answer.is_some_and(|a| a.grade.is_some());
    if !graded {
        out.push(Problem::GradeMissing { item });
    }
    has_text && graded
}

/// The problems of one criteria group (a [`ItemKind::Points`] slot), and
/// whether every criterion is scored.
fn points_slot(
    slot: &AnswerSlot,
    required: bool,
    template: &Template,
    dossier: &Dossier,
    scheme: Option<&PointScheme>,
    out: &mut Vec<Problem>,
) -> bool {
    let Some(group) = template.scoring.and_then(|s| s.group(slot.key)) else {
        return true;
    };
    let mut total = 0u32;
    let mut all_scored = true;
    for c in group.criteria {
        match dossier.points.get(c.id) {
            Some(&points) => {
                total = total.saturating_add(points.0);
                // Only against a split a party committee issued: HD 43
                // mục 7.12 leaves the split to the upper committees, so the
                // app's equal default is a suggestion, which the editor
                // shows as a warning naming its source, never an error.
                if let Some(max) = scheme
                    .filter(|s| !s.is_default())
                    .and_then(|s| s.criterion_max(c.id))
                    && points > max
                {
                    out.push(Problem::PointsOverMax {
                        criterion: c.id,
                        points,
                        max,
                    });
                }
            }
            None => {
                all_scored = false;
                if required {
                    out.push(Problem::PointsMissing { criterion: c.id });
                }
            }
        }
    }
    let max = scheme
        .and_then(|s| s.group_max(group.id))
        .unwrap_or(group.max);
    if Points(total) > max {
        out.push(Problem::GroupOverMax {
            group: group.id,
            total: Points(total),
            max,
        });
    }
    all_scored
}

/// The scheme to check points against: the one given if it fits the
/// template, else the template's default (with a problem saying so).
fn resolve_scheme(
    template: &Template,
    scheme: Option<&PointScheme>,
) -> (Option<PointScheme>, Option<PointSchemeError>) {
    if template.scoring.is_none() {
        return (None, None);
    }
    match scheme {
        Some(s) => match s.check(template) {
            Ok(()) => (Some(s.clone()), None),
            Err(e) => (template.default_point_scheme(), Some(e)),
        },
        None => (template.default_point_scheme(), None),
    }
}

// --- Lists (sections III and IV) ------------------------------------------------------

/// A line of section III with text needs a status; returns whether it has
/// one.
fn remedy_line(section: &'static str, line: Line<'_, RemedyItem>, out: &mut Vec<Problem>) -> bool {
    let r = line.item;
    if r.status.is_none() {
        out.push(Problem::RemedyStatusMissing {
            section,
            id: r.id.clone(),
            number: line.index + 1,
        });
    }
    r.status.is_some()
}

/// A point of section IV with text needs an explanation; returns whether
/// it has one.
fn suggestion_line(
    section: &'static str,
    line: Line<'_, SuggestionAnswer>,
    out: &mut Vec<Problem>,
) -> bool {
    let s = line.item;
    let answered = !s.answer.trim().is_empty();
    if !answered {
        out.push(Problem::SuggestionUnanswered {
            section,
            id: s.id.clone(),
            number: line.index + 1,
        });
    }
    answered
}

// --- The whole dossier -------------------------------------------------------------------

/// Validates a dossier against its template and its role (see the
/// [module documentation](self) for the rules, and for when to call it: on
/// blur and on «Kiểm tra» / before export, never on every keystroke).
///
/// `today` bounds the review year and the date of birth; `scheme` is the
/// point scheme issued by the party committee for 2025+ templates (`None`:
/// the template's default).
pub fn validate(dossier: &Dossier, today: NaiveDate, scheme: Option<&PointScheme>) -> Report {
    let template = dossier.template.template();
    let mut sections = Vec::with_capacity(template.sections.len() + 1);

    // Identity and review year.
    let mut identity = SectionReport::new(IDENTITY_SECTION);
    let last = today.year();
    if !(FIRST_REVIEW_YEAR..=last).contains(&dossier.year) {
        identity.problems.push(Problem::YearOutOfRange {
            year: dossier.year,
            first: FIRST_REVIEW_YEAR,
            last,
        });
    }
    let view = IdentityView::new(|f| dossier.identity.get(f));
    let errors = errors_of(view.validate());
    let field_errors = errors.field_errors();
    let mut missing_identity = Vec::new();
    for &field in template.identity {
        let value = dossier.identity.get(field);
        if is_identity_required(field) {
            let filled = !value.trim().is_empty();
            identity.counts.add(filled);
            if !filled {
                missing_identity.push(field);
            }
        }
        let errs = field_errors.get(field.as_str()).copied();
        if let Some(p) = field_problem(field, value, errs, dossier.year, today) {
            identity.problems.push(p);
        }
    }
    sections.push(identity);

    // Answers, ratings and points, slot by slot in print order.
    sections.extend(template.sections.iter().map(|s| SectionReport::new(s.id)));
    let (scheme, mut scheme_error) = resolve_scheme(template, scheme);
    let not_rated =
        !rules::rating_status(dossier, rules::reference_date(dossier.year)).asks_for_rating();
    let mut missing = Vec::new();
    // The report of the section being walked, and the slot whose lines
    // follow (sections III and IV are item-less: the slot key is the
    // section id).
    let mut at = 0;
    let mut slot_key = "";
    for block in print_order(dossier) {
        let filled_line = match block {
            Block::Section(s) => {
                at = sections.iter().position(|r| r.id == s.id).unwrap_or(0);
                continue;
            }
            Block::Answer(slot) => {
                slot_key = slot.key;
                let report = &mut sections[at];
                let out = &mut report.problems;
                // The not-rated propose no party rating and score no points.
                let required = slot.required()
                    && !(not_rated
                        && matches!(
                            slot.kind,
                            ItemKind::Rating(RatingTarget::Party) | ItemKind::Points
                        ));
                let filled = match slot.kind {
                    ItemKind::Text | ItemKind::TextWithGrade(_) => {
                        text_slot(&slot, dossier.answers.get(slot.key), out)
                    }
                    ItemKind::Rating(target) => {
                        let given = rating_given(&dossier.proposal, target);
                        if required && !given {
                            out.push(Problem::RatingMissing {
                                item: slot.key,
                                target,
                            });
                        }
                        given
                    }
                    ItemKind::Points => {
                        if let Some(error) = scheme_error.take() {
                            out.push(Problem::SchemeMismatch {
                                section: slot.section.id,
                                error,
                            });
                        }
                        points_slot(&slot, required, template, dossier, scheme.as_ref(), out)
                    }
                };
                if required {
                    report.counts.add(filled);
                    if !filled {
                        missing.push(slot.key);
                    }
                }
                continue;
            }
            // The lists of sections III and IV: each line with text is one
            // required thing of the section.
            Block::Remedy(line) => remedy_line(slot_key, line, &mut sections[at].problems),
            Block::Suggestion(line) => suggestion_line(slot_key, line, &mut sections[at].problems),
            _ => continue,
        };
        sections[at].counts.add(filled_line);
        if !filled_line && missing.last() != Some(&slot_key) {
            missing.push(slot_key);
        }
    }

    Report {
        sections,
        missing,
        missing_identity,
    }
}

//! The compact wire format of the check worker's messages, and the way a
//! message type is declared once.
//!
//! A message is a list of strings (a JavaScript array of strings between the
//! page and the worker): the job number, the protocol version, a tag (the
//! variant's name), then the fields in the order they are declared. A
//! dossier travels as its JSON (the page has that code for storage anyway);
//! numbers as decimal text; an optional value as "-" (none) or "+" and the
//! value (an optional text as one string, "+" and the text); a list as its
//! length, then its items. Reading it takes a few lines of code in the page
//! instead of a serde deserializer per answer type (measured: 8 KB gzip less
//! in the first load).
//!
//! Nothing here is written twice: `wire_struct!` and `wire_enum!` take
//! the type's declaration and emit it together with its [`Wire`] impl (write
//! and read, both in declaration order) and its [`Example`] values, from
//! which the tests round-trip every variant (`tests/check_protocol.rs`). The
//! export and verify workers' messages (JSON, see `crate::sealing`) are
//! declared with the same macros in `json` mode, for the examples only.

use crate::core::dossier::Dossier;
use crate::core::template::TemplateId;

/// The fields of a message being written.
#[derive(Default)]
pub struct Out {
    parts: Vec<String>,
    /// Set when a value could not be written (a dossier that does not
    /// serialise): the message is then not sent.
    failed: bool,
}

impl Out {
    /// Adds one string.
    pub fn text(&mut self, s: impl Into<String>) {
        self.parts.push(s.into());
    }

    /// Adds a number as decimal text.
    pub fn num(&mut self, n: impl ToString) {
        self.text(n.to_string())
    }

    /// Marks the message as not writable.
    pub fn fail(&mut self) {
        self.failed = true;
    }
}

/// The fields of a message being read, in order.
pub struct In(std::vec::IntoIter<String>);

impl In {
    /// The next string; `None` when the message ends early.
    pub fn text(&mut self) -> Option<String> {
        self.0.next()
    }

    /// The next string as a number.
    pub fn num<T: std::str::FromStr>(&mut self) -> Option<T> {
        self.0.next()?.parse().ok()
    }
}

/// A value that crosses the worker boundary as strings. Implemented by hand
/// for the few leaf types below; every message type gets it from
/// `wire_struct!` or `wire_enum!`.
pub trait Wire: Sized {
    fn put(&self, o: &mut Out);
    /// `None` when a field is missing or malformed.
    fn take(r: &mut In) -> Option<Self>;

    /// How `Some(self)` is written: "+" then the value (a text overrides
    /// this to one string).
    fn put_some(&self, o: &mut Out) {
        o.text("+");
        self.put(o)
    }

    /// Reads what [`Wire::put_some`] wrote, or "-" for none.
    fn take_opt(r: &mut In) -> Option<Option<Self>> {
        match r.text()?.as_str() {
            "+" => Some(Some(Self::take(r)?)),
            "-" => Some(None),
            _ => None,
        }
    }
}

/// Values the tests build every message from: `rich` fills everything
/// (some, non-empty lists, texts that look like the format's own markers),
/// not `rich` leaves everything empty. Emitted by the macros for every
/// declared type, so a new variant or field is round-tripped without
/// anyone listing it.
pub trait Example: Sized {
    fn example(rich: bool) -> Self;
}

/// Writes a message: the job number, the protocol `version`, the value.
/// `None` when a value could not be written.
pub fn encode<T: Wire>(seq: u32, version: u32, value: &T) -> Option<Vec<String>> {
    let mut o = Out::default();
    o.num(seq);
    o.num(version);
    value.put(&mut o);
    (!o.failed).then_some(o.parts)
}

/// Reads a message written by [`encode`]: its job number and its value.
/// `None` when it is of another version, when a field is missing or
/// malformed, or when anything is left over.
pub fn decode<T: Wire>(msg: Vec<String>, version: u32) -> Option<(u32, T)> {
    let mut r = In(msg.into_iter());
    let seq = r.num()?;
    if r.num::<u32>()? != version {
        return None;
    }
    let value = T::take(&mut r)?;
    r.text().is_none().then_some((seq, value))
}

/// The job number of a message, when it has one (even a message that does
/// not read otherwise is answered under its number).
pub fn seq_of(msg: &[String]) -> Option<u32> {
    msg.first()?.parse().ok()
}

impl Wire for String {
    fn put(&self, o: &mut Out) {
        o.text(self.as_str())
    }
    fn take(r: &mut In) -> Option<Self> {
        r.text()
    }
    fn put_some(&self, o: &mut Out) {
        o.text(format!("+{self}"))
    }
    fn take_opt(r: &mut In) -> Option<Option<Self>> {
        let s = r.text()?;
        match s.strip_prefix('+') {
            Some(v) => Some(Some(v.to_owned())),
            None => (s == "-").then_some(None),
        }
    }
}

impl Example for String {
    fn example(rich: bool) -> Self {
        if rich {
            "+- Nguyễn Thị Ánh Hồng\n".to_owned()
        } else {
            String::new()
        }
    }
}

macro_rules! numbers {
    ($($t:ty = $rich:expr),*) => {$(
        impl Wire for $t {
            fn put(&self, o: &mut Out) {
                o.num(self)
            }
            fn take(r: &mut In) -> Option<Self> {
                r.num()
            }
        }
        impl Example for $t {
            fn example(rich: bool) -> Self {
                if rich { $rich } else { 0 }
            }
        }
    )*};
}

numbers!(u32 = u32::MAX, i32 = -1, i64 = i64::MIN, usize = 7);

impl Example for bool {
    fn example(rich: bool) -> Self {
        rich
    }
}

impl<T: Wire> Wire for Option<T> {
    fn put(&self, o: &mut Out) {
        match self {
            Some(v) => v.put_some(o),
            None => o.text("-"),
        }
    }
    fn take(r: &mut In) -> Option<Self> {
        T::take_opt(r)
    }
}

impl<T: Example> Example for Option<T> {
    fn example(rich: bool) -> Self {
        rich.then(|| T::example(rich))
    }
}

impl<T: Wire> Wire for Vec<T> {
    fn put(&self, o: &mut Out) {
        o.num(self.len());
        for v in self {
            v.put(o);
        }
    }
    fn take(r: &mut In) -> Option<Self> {
        let n: usize = r.num()?;
        (0..n).map(|_| T::take(r)).collect()
    }
}

impl<T: Example> Example for Vec<T> {
    fn example(rich: bool) -> Self {
        if rich {
            vec![T::example(true), T::example(false)]
        } else {
            Vec::new()
        }
    }
}

impl<A: Wire, B: Wire> Wire for (A, B) {
    fn put(&self, o: &mut Out) {
        self.0.put(o);
        self.1.put(o);
    }
    fn take(r: &mut In) -> Option<Self> {
        Some((A::take(r)?, B::take(r)?))
    }
}

impl<A: Example, B: Example> Example for (A, B) {
    fn example(rich: bool) -> Self {
        (A::example(rich), B::example(rich))
    }
}

impl<A: Wire, B: Wire, C: Wire> Wire for (A, B, C) {
    fn put(&self, o: &mut Out) {
        self.0.put(o);
        self.1.put(o);
        self.2.put(o);
    }
    fn take(r: &mut In) -> Option<Self> {
        Some((A::take(r)?, B::take(r)?, C::take(r)?))
    }
}

impl<A: Example, B: Example, C: Example> Example for (A, B, C) {
    fn example(rich: bool) -> Self {
        (A::example(rich), B::example(rich), C::example(rich))
    }
}

/// A dossier as its JSON.
impl Wire for Dossier {
    fn put(&self, o: &mut Out) {
        match serde_json::to_string(self) {
            Ok(json) => o.text(json),
            Err(_) => o.fail(),
        }
    }
    fn take(r: &mut In) -> Option<Self> {
        serde_json::from_str(&r.text()?).ok()
    }
}

impl Example for Dossier {
    fn example(rich: bool) -> Self {
        use crate::core::dossier::{DossierId, IdentityField, Role};
        let now = chrono::DateTime::from_timestamp_millis(1_764_403_200_000).unwrap_or_default();
        let role = if rich { Role::Leader } else { Role::Member };
        let mut d = match Dossier::new(DossierId(String::example(rich)), 2025, role, now) {
            Ok(d) => d,
            Err(e) => panic!("2025 has a template for every role: {e:?}"),
        };
        if rich {
            d.set_identity(IdentityField::FullName, &String::example(true), now);
        }
        d
    }
}

impl Example for crate::core::dossier::Rating {
    fn example(rich: bool) -> Self {
        if rich {
            Self::Excellent
        } else {
            Self::NotCompleted
        }
    }
}

impl Example for crate::core::desk::Received {
    fn example(rich: bool) -> Self {
        use crate::core::desk::NotRatedKind;
        use crate::core::dossier::{Rating, Role};
        Self {
            digest: String::example(rich),
            file_name: String::example(rich),
            fingerprint: String::example(rich),
            sealed_at: i64::example(rich),
            received_at: i64::example(rich),
            year: i32::example(rich),
            role: if rich { Role::Leader } else { Role::Member },
            template: TemplateId::example(rich),
            full_name: String::example(rich),
            birth_date: String::example(rich),
            party_cell: String::example(rich),
            party_committee: String::example(rich),
            proposed: rich.then_some(Rating::Good),
            not_rated: if rich {
                vec![NotRatedKind::Exempted]
            } else {
                Vec::new()
            },
            not_rated_uncertain: rich,
            flags: Vec::example(rich),
        }
    }
}

impl Example for crate::core::desk::Desk {
    fn example(rich: bool) -> Self {
        let mut d = Self::default();
        if rich {
            d.add_member(&String::example(true), "01/02/1980", "");
            d.admit(crate::core::desk::Received::example(true));
            d.set_review(&String::example(true), &String::example(true), None);
        }
        d
    }
}

/// A template as its id (`2025-2B`).
impl Wire for TemplateId {
    fn put(&self, o: &mut Out) {
        o.text(self.as_str())
    }
    fn take(r: &mut In) -> Option<Self> {
        let id = r.text()?;
        TemplateId::ALL.into_iter().find(|t| t.as_str() == id)
    }
}

impl Example for TemplateId {
    fn example(rich: bool) -> Self {
        if rich {
            TemplateId::Y2025Outside
        } else {
            TemplateId::Y2019
        }
    }
}

/// Declares a struct once: emits it, its [`Example`] and, in `compact`
/// mode, its [`Wire`] impl, whose fields are written and read in
/// declaration order. `json` mode is for types that cross as JSON (serde's
/// derives, given as attributes, are the codec there).
///
/// ```ignore
/// wire_struct! { compact;
///     #[derive(Clone, Debug)]
///     pub struct SectionProgress { pub section: String, pub answered: usize }
/// }
/// ```
macro_rules! wire_struct {
    ($codec:ident;
        $(#[$m:meta])*
        $vis:vis struct $name:ident {
            $( $(#[$fm:meta])* $fvis:vis $field:ident : $fty:ty ),* $(,)?
        }
    ) => {
        $(#[$m])*
        $vis struct $name {
            $( $(#[$fm])* $fvis $field : $fty ),*
        }

        impl $crate::wire::Example for $name {
            fn example(rich: bool) -> Self {
                Self { $( $field: <$fty as $crate::wire::Example>::example(rich) ),* }
            }
        }

        $crate::wire::wire_struct!(@$codec $name { $( $field : $fty ),* });
    };
    (@json $($rest:tt)*) => {};
    (@compact $name:ident { $( $field:ident : $fty:ty ),* }) => {
        impl $crate::wire::Wire for $name {
            fn put(&self, o: &mut $crate::wire::Out) {
                $( <$fty as $crate::wire::Wire>::put(&self.$field, o); )*
            }
            fn take(r: &mut $crate::wire::In) -> Option<Self> {
                // A struct expression evaluates its fields in the order
                // written: the declaration's.
                Some(Self { $( $field: <$fty as $crate::wire::Wire>::take(r)? ),* })
            }
        }
    };
}

/// Declares an enum of messages once: emits it, its tags (the variants'
/// names), its [`Example`] values (two per variant: everything filled,
/// everything empty) and, in `compact` mode, its [`Wire`] impl: the tag,
/// then the fields in declaration order. Each variant holds either one
/// value, `Variant(T)`, or named fields, `Variant { a: A, b: B }`.
macro_rules! wire_enum {
    ($codec:ident;
        $(#[$m:meta])*
        $vis:vis enum $name:ident {
            $(
                $(#[$vm:meta])*
                $var:ident
                $( ( $tty:ty ) )?
                $( { $( $(#[$fm:meta])* $field:ident : $fty:ty ),* $(,)? } )?
            ),* $(,)?
        }
    ) => {
        $(#[$m])*
        $vis enum $name {
            $(
                $(#[$vm])*
                $var
                $( ( $tty ) )?
                $( { $( $(#[$fm])* $field : $fty ),* } )?
            ),*
        }

        impl $name {
            /// Every variant's name, in declaration order (its tag on the wire).
            pub const TAGS: &'static [&'static str] = &[$( stringify!($var) ),*];

            /// This variant's name.
            pub fn tag(&self) -> &'static str {
                match self {
                    $( Self::$var { .. } => stringify!($var), )*
                }
            }

            /// Two values of every variant, built from the declaration (see
            /// [`Example`](crate::wire::Example)): what the tests round-trip.
            pub fn examples() -> Vec<Self> {
                let mut all = Vec::new();
                for rich in [true, false] {
                    $(
                        all.push(Self::$var
                            $( { 0: <$tty as $crate::wire::Example>::example(rich) } )?
                            $( { $( $field: <$fty as $crate::wire::Example>::example(rich) ),* } )?
                        );
                    )*
                }
                all
            }
        }

        $crate::wire::wire_enum!(@$codec $name {
            $( $var $( ( $tty ) )? $( { $( $field : $fty ),* } )? ),*
        });
    };
    (@json $($rest:tt)*) => {};
    (@compact $name:ident {
        $( $var:ident $( ( $tty:ty ) )? $( { $( $field:ident : $fty:ty ),* } )? ),*
    }) => {
        impl $crate::wire::Wire for $name {
            fn put(&self, o: &mut $crate::wire::Out) {
                match self {
                    $(
                        Self::$var
                        $( { 0: value } => {
                            o.text(stringify!($var));
                            <$tty as $crate::wire::Wire>::put(value, o);
                        } )?
                        $( { $( $field ),* } => {
                            o.text(stringify!($var));
                            $( <$fty as $crate::wire::Wire>::put($field, o); )*
                        } )?
                    )*
                }
            }
            fn take(r: &mut $crate::wire::In) -> Option<Self> {
                let tag = r.text()?;
                $(
                    if tag == stringify!($var) {
                        return Some(Self::$var
                            $( { 0: <$tty as $crate::wire::Wire>::take(r)? } )?
                            $( { $( $field: <$fty as $crate::wire::Wire>::take(r)? ),* } )?
                        );
                    }
                )*
                None
            }
        }
    };
}

pub(crate) use {wire_enum, wire_struct};

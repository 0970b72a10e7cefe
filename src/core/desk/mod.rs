//! The secretary's desk (bàn làm việc của bí thư chi bộ): the cell's sealed
//! dossiers as received, the roster, the trust in members' keys and the
//! cell's own review of each member. Pure: no DOM, no storage; the browser
//! keeps a [`Desk`] in IndexedDB, the command line builds one per run.
//!
//! [`Desk`] is a reducer: every change is a method on it, and after each
//! one the derived parts (which file of a member is current, which key is
//! pinned) are worked out again from the files in the order received and
//! the secretary's decisions ([`Desk::settle`]), so that no sequence of
//! changes (a roster imported after the files, a file removed) leaves
//! them inconsistent.
//!
//! * [`roster`]: the roster's matching rules and its reading from
//!   `.csv`/`.xlsx` (reading needs the `full` feature);
//! * [`summary`]: the cell's counts per level and the HTXS cap;
//! * `sheet` (`full` only): the summary and the dossier index as
//!   `.csv`/`.xlsx`.
//!
//! Member key (pins and duplicates): `"m:{id}"` when the file matches
//! exactly one roster member, else `"n:{name_key}|{birth_key}"` (see
//! [`roster`]).

use std::collections::{BTreeMap, HashMap};

use serde::{Deserialize, Serialize};

use crate::core::dossier::{Rating, Role};
use crate::core::template::TemplateId;
use crate::core::textnorm::nfc;

pub mod backup;
pub mod roster;
#[cfg(feature = "full")]
pub mod sheet;
pub mod summary;

pub use roster::{MemberMatch, RosterError, birth_key, name_key};

/// The version of the desk's stored shape.
pub const DESK_VERSION: u32 = 1;

/// Why a member is not rated, as the desk keeps it (the dates of the
/// 6-month rule are not kept: the dossier has them).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum NotRatedKind {
    /// Miễn công tác và sinh hoạt đảng.
    Exempted,
    /// Đình chỉ sinh hoạt đảng.
    Suspended,
    /// Kết nạp chưa đủ 6 tháng.
    NewlyAdmitted,
}

/// What the desk keeps of one verified dossier file (the sealed JSON text
/// is stored beside it, keyed by digest).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Received {
    /// The seal's digest (lower-case hex SHA-256 of the canonical payload):
    /// the file's identity.
    pub digest: String,
    pub file_name: String,
    /// The sealing key's fingerprint, "XXXX XXXX XXXX XXXX".
    pub fingerprint: String,
    /// `payload.created_at`, milliseconds since the Unix epoch.
    pub sealed_at: i64,
    /// Milliseconds since the Unix epoch, given by the caller.
    pub received_at: i64,
    pub year: i32,
    pub role: Role,
    pub template: TemplateId,
    /// NFC, as in the file.
    pub full_name: String,
    #[serde(default)]
    pub birth_date: String,
    #[serde(default)]
    pub party_cell: String,
    #[serde(default)]
    pub party_committee: String,
    /// The member's own proposal (`dossier.proposal.party`).
    #[serde(default)]
    pub proposed: Option<Rating>,
    /// The grounds on which the member is not rated (only those that make
    /// the status `RatingStatus::NotRated`: confirmed or third-party).
    #[serde(default)]
    pub not_rated: Vec<NotRatedKind>,
    /// Only unconfirmed grounds apply (`RatingStatus::Uncertain`, 2023–2024):
    /// counted as rated, shown with a note.
    #[serde(default)]
    pub not_rated_uncertain: bool,
    /// The rating advisor's findings worth the secretary's eye, worded in
    /// Vietnamese (`crate::text::desk::advice_flags`).
    #[serde(default)]
    pub flags: Vec<String>,
}

impl Received {
    /// What the desk keeps of a verified file; `flags` is left empty (the
    /// wording layer fills it: `crate::text::desk::receive`).
    #[cfg(feature = "full")]
    pub fn from_verified(
        v: &crate::core::seal::Verified,
        file_name: &str,
        received_at: i64,
    ) -> Received {
        use crate::core::rules::{self, NotRatedReason, RatingStatus};
        let d = &v.payload.dossier;
        let status = rules::rating_status(d, rules::reference_date(d.year));
        let (not_rated, not_rated_uncertain) = match &status {
            RatingStatus::Rated => (Vec::new(), false),
            RatingStatus::NotRated(grounds) => {
                let mut kinds: Vec<NotRatedKind> = grounds
                    .iter()
                    .filter(|g| g.confidence != crate::core::template::Confidence::Unconfirmed)
                    .map(|g| match g.reason {
                        NotRatedReason::Exempted => NotRatedKind::Exempted,
                        NotRatedReason::Suspended => NotRatedKind::Suspended,
                        NotRatedReason::NewlyAdmitted { .. } => NotRatedKind::NewlyAdmitted,
                    })
                    .collect();
                kinds.dedup();
                (kinds, false)
            }
            RatingStatus::Uncertain(_) => (Vec::new(), true),
        };
        Received {
            digest: v.digest.clone(),
            file_name: nfc(file_name),
            fingerprint: v.fingerprint.clone(),
            sealed_at: v.payload.created_at,
            received_at,
            year: d.year,
            role: d.role,
            template: d.template,
            full_name: d.identity.full_name.clone(),
            birth_date: d.identity.birth_date.clone(),
            party_cell: d.identity.party_cell.clone(),
            party_committee: d.identity.party_committee.clone(),
            proposed: d.proposal.party,
            not_rated,
            not_rated_uncertain,
            flags: Vec::new(),
        }
    }

    /// Whether the member is not rated (on a confirmed or third-party
    /// ground).
    pub fn is_not_rated(&self) -> bool {
        !self.not_rated.is_empty()
    }
}

/// One row of the roster (danh sách đảng viên của chi bộ). Texts NFC.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Member {
    pub id: u32,
    pub full_name: String,
    #[serde(default)]
    pub birth_date: String,
    #[serde(default)]
    pub note: String,
}

/// The cell the desk is for; set from the first file when not set.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct Cell {
    /// The review year.
    pub year: Option<i32>,
    pub party_cell: String,
    pub party_committee: String,
}

/// Whether a file is its member's current one.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case", tag = "state")]
pub enum FileState {
    Current,
    /// A newer file of the same member (by sealing time) is kept instead;
    /// `by` is its digest.
    Replaced {
        by: String,
    },
}

/// The trust in the key that sealed a file.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case", tag = "state")]
pub enum KeyState {
    /// The member's pinned key (the first seen for the member, or one the
    /// secretary accepted).
    Pinned,
    /// A later dossier of a pinned member sealed with another key:
    /// `previous` is the pinned fingerprint. `decision`: `Some(true)`
    /// accepted (the new key is pinned), `Some(false)` refused (the file is
    /// never counted), `None` not decided yet (not counted until then).
    Changed {
        previous: String,
        #[serde(default)]
        decision: Option<bool>,
    },
}

impl KeyState {
    /// Whether a file with this key state may count.
    pub fn trusted(&self) -> bool {
        matches!(
            self,
            KeyState::Pinned
                | KeyState::Changed {
                    decision: Some(true),
                    ..
                }
        )
    }
}

/// A received file on the desk.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Filed {
    pub received: Received,
    pub state: FileState,
    pub key: KeyState,
}

/// The cell's own review of a member (nhận xét, đánh giá của chi ủy; chi bộ
/// đề xuất xếp loại).
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct CellReview {
    pub comment: String,
    pub level: Option<Rating>,
}

/// What admitting a file did.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Admission {
    /// A file of a member not seen before (or the same member with the
    /// pinned key and no other file).
    New,
    /// The same file (same digest) is already on the desk: nothing changed.
    AlreadyHere,
    /// The new file is the member's newest: the one kept until now
    /// (`older`, a digest) is marked replaced.
    ReplacedOlder { older: String },
    /// The member has a newer file (`newer`): the new one is listed as
    /// replaced.
    OlderThanKept { newer: String },
    /// Sealed with another key than the member's pinned one (`previous`):
    /// listed, flagged, not counted until the secretary decides.
    KeyChanged { previous: String },
}

/// What the desk says about one file.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum FileFlag {
    /// Of another review year than the cell's.
    OtherYear { year: i32 },
    /// Of another cell (names compared with [`name_key`]).
    OtherCell { party_cell: String },
    /// Sealed with another key than the member's pinned one.
    KeyChanged {
        previous: String,
        decision: Option<bool>,
    },
    /// A newer file of the member is kept.
    Replaced { by: String },
    /// The roster has no member of this name (and birth date).
    NotOnRoster,
    /// Several roster members share the name and the birth date does not
    /// decide: these are the candidates' ids.
    Ambiguous { candidates: Vec<u32> },
}

/// The secretary's desk: everything kept for one cell and one review year.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Desk {
    pub version: u32,
    #[serde(default)]
    pub cell: Cell,
    #[serde(default)]
    pub roster: Vec<Member>,
    /// The last roster id handed out (ids are never reused).
    #[serde(default)]
    pub last_member_id: u32,
    /// In the order received.
    #[serde(default)]
    pub files: Vec<Filed>,
    /// Member key → pinned fingerprint. Derived: worked out again from the
    /// files in the order received and the decisions on changed keys
    /// ([`Desk::settle`]).
    #[serde(default)]
    pub pins: BTreeMap<String, String>,
    /// Digest → the cell's review of that file's member.
    #[serde(default)]
    pub reviews: BTreeMap<String, CellReview>,
}

impl Default for Desk {
    fn default() -> Self {
        Desk {
            version: DESK_VERSION,
            cell: Cell::default(),
            roster: Vec::new(),
            last_member_id: 0,
            files: Vec::new(),
            pins: BTreeMap::new(),
            reviews: BTreeMap::new(),
        }
    }
}

/// Why a stored desk was not read (worded in `crate::text::desk`).
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum DeskReadError {
    #[error("not JSON: {0}")]
    NotJson(String),
    /// A part that must be an object is not one (a struct written as a
    /// sequence, say): its JSON pointer.
    #[error("{0} is not an object")]
    NotAnObject(String),
    #[error("desk version {0} is newer than {DESK_VERSION}")]
    NewerVersion(u64),
    #[error("unreadable desk: {0}")]
    Unreadable(String),
}

impl Desk {
    /// Reads a desk from its JSON (as `serde_json` writes it), refusing a
    /// desk of a newer version and any part that must be an object but is
    /// not: serde would read a struct from a sequence by position (issue
    /// 14), so the shape is checked first. Members this version does not
    /// know are ignored.
    pub fn from_json(text: &str) -> Result<Desk, DeskReadError> {
        use serde_json::Value;
        let value: Value =
            serde_json::from_str(text).map_err(|e| DeskReadError::NotJson(e.to_string()))?;
        let object = |v: &Value, path: &str| -> Result<(), DeskReadError> {
            if v.is_object() {
                Ok(())
            } else {
                Err(DeskReadError::NotAnObject(path.to_owned()))
            }
        };
        object(&value, "")?;
        if let Some(version) = value.get("version").and_then(Value::as_u64)
            && version > u64::from(DESK_VERSION)
        {
            return Err(DeskReadError::NewerVersion(version));
        }
        if let Some(cell) = value.get("cell") {
            object(cell, "/cell")?;
        }
        let items = |name: &str| {
            value
                .get(name)
                .and_then(Value::as_array)
                .into_iter()
                .flatten()
        };
        for (i, m) in items("roster").enumerate() {
            object(m, &format!("/roster/{i}"))?;
        }
        for (i, f) in items("files").enumerate() {
            object(f, &format!("/files/{i}"))?;
            for part in ["received", "state", "key"] {
                if let Some(p) = f.get(part) {
                    object(p, &format!("/files/{i}/{part}"))?;
                }
            }
        }
        if let Some(reviews) = value.get("reviews").and_then(Value::as_object) {
            for (digest, r) in reviews {
                object(r, &format!("/reviews/{digest}"))?;
            }
        }
        serde_json::from_value(value).map_err(|e| DeskReadError::Unreadable(e.to_string()))
    }
}

/// The roster indexed by name key: (id, birth key) of each member.
pub(crate) struct RosterIndex {
    by_name: HashMap<String, Vec<(u32, String)>>,
}

impl RosterIndex {
    pub(crate) fn new(roster: &[Member]) -> Self {
        let mut by_name: HashMap<String, Vec<(u32, String)>> = HashMap::new();
        for m in roster {
            by_name
                .entry(name_key(&m.full_name))
                .or_default()
                .push((m.id, birth_key(&m.birth_date)));
        }
        RosterIndex { by_name }
    }

    pub(crate) fn matches(&self, full_name: &str, birth_date: &str) -> MemberMatch {
        let candidates = self
            .by_name
            .get(&name_key(full_name))
            .map_or(&[][..], Vec::as_slice);
        roster::decide(candidates, &birth_key(birth_date))
    }

    pub(crate) fn member_key(&self, r: &Received) -> String {
        match self.matches(&r.full_name, &r.birth_date) {
            MemberMatch::One(id) => format!("m:{id}"),
            _ => format!("n:{}|{}", name_key(&r.full_name), birth_key(&r.birth_date)),
        }
    }
}

impl Desk {
    /// An empty desk.
    pub fn new() -> Self {
        Desk::default()
    }

    fn index_of(&self, digest: &str) -> Option<usize> {
        self.files.iter().position(|f| f.received.digest == digest)
    }

    /// The file with this digest.
    pub fn file(&self, digest: &str) -> Option<&Filed> {
        self.files.iter().find(|f| f.received.digest == digest)
    }

    /// The member key of a file (see the [module documentation](self)).
    pub fn member_key(&self, r: &Received) -> String {
        RosterIndex::new(&self.roster).member_key(r)
    }

    /// Works the derived parts out again from the files in the order
    /// received: the pinned key of each member (the first key seen, moved
    /// to a new key when the secretary accepts it), each file's key state
    /// (decisions kept), and which file of each member is current (among
    /// the files with a trusted key, the newest by sealing time, a later
    /// arrival winning a tie; a file with an untrusted key is current
    /// unless a trusted one of its member is newer).
    pub fn settle(&mut self) {
        let index = RosterIndex::new(&self.roster);
        let keys: Vec<String> = self
            .files
            .iter()
            .map(|f| index.member_key(&f.received))
            .collect();
        let mut pins: BTreeMap<String, String> = BTreeMap::new();
        for (f, mk) in self.files.iter_mut().zip(&keys) {
            let fp = &f.received.fingerprint;
            f.key = match pins.get(mk) {
                None => {
                    pins.insert(mk.clone(), fp.clone());
                    KeyState::Pinned
                }
                Some(pinned) if pinned == fp => KeyState::Pinned,
                Some(pinned) => {
                    let decision = match &f.key {
                        KeyState::Changed { decision, .. } => *decision,
                        KeyState::Pinned => None,
                    };
                    let previous = pinned.clone();
                    if decision == Some(true) {
                        pins.insert(mk.clone(), fp.clone());
                    }
                    KeyState::Changed { previous, decision }
                }
            };
        }
        self.pins = pins;
        // The newest trusted file of each member.
        let mut newest: HashMap<&str, usize> = HashMap::new();
        for (i, (f, mk)) in self.files.iter().zip(&keys).enumerate() {
            if !f.key.trusted() {
                continue;
            }
            match newest.get(mk.as_str()) {
                Some(&j) if self.files[j].received.sealed_at > f.received.sealed_at => {}
                _ => {
                    newest.insert(mk.as_str(), i);
                }
            }
        }
        let states: Vec<FileState> = self
            .files
            .iter()
            .zip(&keys)
            .enumerate()
            .map(|(i, (f, mk))| match newest.get(mk.as_str()) {
                Some(&j) if j == i => FileState::Current,
                Some(&j)
                    if f.key.trusted()
                        || self.files[j].received.sealed_at > f.received.sealed_at =>
                {
                    FileState::Replaced {
                        by: self.files[j].received.digest.clone(),
                    }
                }
                _ => FileState::Current,
            })
            .collect();
        for (f, s) in self.files.iter_mut().zip(states) {
            f.state = s;
        }
    }

    /// Admits a verified file: see [`Admission`]. The first file admitted
    /// to a desk with no year sets the cell's year, and its cell and party
    /// committee where the desk has none.
    pub fn admit(&mut self, mut r: Received) -> Admission {
        if self.index_of(&r.digest).is_some() {
            return Admission::AlreadyHere;
        }
        // A verified file is NFC already; a desk restored from elsewhere
        // may not be.
        for s in [
            &mut r.file_name,
            &mut r.full_name,
            &mut r.birth_date,
            &mut r.party_cell,
            &mut r.party_committee,
        ] {
            *s = nfc(s);
        }
        if self.cell.year.is_none() {
            self.cell.year = Some(r.year);
            if self.cell.party_cell.trim().is_empty() {
                self.cell.party_cell = r.party_cell.clone();
            }
            if self.cell.party_committee.trim().is_empty() {
                self.cell.party_committee = r.party_committee.clone();
            }
        }
        let digest = r.digest.clone();
        let before: Vec<(String, FileState)> = self
            .files
            .iter()
            .map(|f| (f.received.digest.clone(), f.state.clone()))
            .collect();
        self.files.push(Filed {
            received: r,
            state: FileState::Current,
            key: KeyState::Pinned,
        });
        self.settle();
        let Some(new) = self.files.last() else {
            return Admission::New;
        };
        if let KeyState::Changed { previous, .. } = &new.key {
            return Admission::KeyChanged {
                previous: previous.clone(),
            };
        }
        if let FileState::Replaced { by } = &new.state {
            return Admission::OlderThanKept { newer: by.clone() };
        }
        let older = self.files.iter().zip(&before).find(|(f, (_, was))| {
            *was == FileState::Current && f.state == FileState::Replaced { by: digest.clone() }
        });
        match older {
            Some((_, (d, _))) => Admission::ReplacedOlder { older: d.clone() },
            None => Admission::New,
        }
    }

    /// Decides on a file sealed with a changed key: accept pins the new key
    /// and lets the file take its place by sealing time; refuse keeps it
    /// listed, never counted. Whether the file exists and has a changed
    /// key.
    pub fn decide_key(&mut self, digest: &str, accept: bool) -> bool {
        let Some(i) = self.index_of(digest) else {
            return false;
        };
        let KeyState::Changed { decision, .. } = &mut self.files[i].key else {
            return false;
        };
        *decision = Some(accept);
        self.settle();
        true
    }

    /// Sets the cell's comment and proposed level for a file's member
    /// (the comment stored NFC). An unknown digest changes nothing.
    pub fn set_review(&mut self, digest: &str, comment: &str, level: Option<Rating>) {
        if self.index_of(digest).is_none() {
            return;
        }
        self.reviews.insert(
            digest.to_owned(),
            CellReview {
                comment: nfc(comment),
                level,
            },
        );
    }

    /// Removes a file (and its review); if it was current, the newest
    /// remaining file of its member becomes current. Whether it existed.
    pub fn remove_file(&mut self, digest: &str) -> bool {
        let Some(i) = self.index_of(digest) else {
            return false;
        };
        self.files.remove(i);
        self.reviews.remove(digest);
        self.settle();
        true
    }

    /// The files that count: current, with a trusted key.
    pub fn current(&self) -> impl Iterator<Item = &Filed> {
        self.files
            .iter()
            .filter(|f| f.state == FileState::Current && f.key.trusted())
    }

    /// The files that count for the cell's year (all that count when the
    /// desk has no year).
    pub fn counted(&self) -> impl Iterator<Item = &Filed> {
        let year = self.cell.year;
        self.current()
            .filter(move |f| year.is_none_or(|y| f.received.year == y))
    }

    /// Which roster member a file is.
    pub fn member_of(&self, r: &Received) -> MemberMatch {
        RosterIndex::new(&self.roster).matches(&r.full_name, &r.birth_date)
    }

    /// Roster members with no counted file of the cell's year (chưa nộp).
    pub fn missing(&self) -> Vec<&Member> {
        let index = RosterIndex::new(&self.roster);
        let handed_in: std::collections::HashSet<u32> = self
            .counted()
            .filter_map(
                |f| match index.matches(&f.received.full_name, &f.received.birth_date) {
                    MemberMatch::One(id) => Some(id),
                    _ => None,
                },
            )
            .collect();
        self.roster
            .iter()
            .filter(|m| !handed_in.contains(&m.id))
            .collect()
    }

    /// What the desk says about a file (empty for an unknown digest).
    pub fn flags(&self, digest: &str) -> Vec<FileFlag> {
        let Some(f) = self.file(digest) else {
            return Vec::new();
        };
        let r = &f.received;
        let mut out = Vec::new();
        if let Some(y) = self.cell.year
            && r.year != y
        {
            out.push(FileFlag::OtherYear { year: r.year });
        }
        let (mine, theirs) = (name_key(&self.cell.party_cell), name_key(&r.party_cell));
        if !mine.is_empty() && !theirs.is_empty() && mine != theirs {
            out.push(FileFlag::OtherCell {
                party_cell: r.party_cell.clone(),
            });
        }
        if let KeyState::Changed { previous, decision } = &f.key {
            out.push(FileFlag::KeyChanged {
                previous: previous.clone(),
                decision: *decision,
            });
        }
        if let FileState::Replaced { by } = &f.state {
            out.push(FileFlag::Replaced { by: by.clone() });
        }
        if !self.roster.is_empty() {
            match self.member_of(r) {
                MemberMatch::One(_) => {}
                MemberMatch::None => out.push(FileFlag::NotOnRoster),
                MemberMatch::Ambiguous(candidates) => out.push(FileFlag::Ambiguous { candidates }),
            }
        }
        out
    }

    // -- The roster -----------------------------------------------------

    fn push_member(&mut self, full_name: &str, birth_date: &str, note: &str) -> u32 {
        let highest = self.roster.iter().map(|m| m.id).max().unwrap_or(0);
        let id = self.last_member_id.max(highest).saturating_add(1);
        self.last_member_id = id;
        self.roster.push(Member {
            id,
            full_name: nfc(full_name.trim()),
            birth_date: nfc(birth_date.trim()),
            note: nfc(note.trim()),
        });
        id
    }

    /// Adds a member at the end of the roster; returns the id.
    pub fn add_member(&mut self, full_name: &str, birth_date: &str, note: &str) -> u32 {
        let id = self.push_member(full_name, birth_date, note);
        self.settle();
        id
    }

    /// Changes a member's row; whether the id exists.
    pub fn edit_member(&mut self, id: u32, full_name: &str, birth_date: &str, note: &str) -> bool {
        let Some(m) = self.roster.iter_mut().find(|m| m.id == id) else {
            return false;
        };
        m.full_name = nfc(full_name.trim());
        m.birth_date = nfc(birth_date.trim());
        m.note = nfc(note.trim());
        self.settle();
        true
    }

    /// Removes a member (the id is not handed out again); whether it
    /// existed.
    pub fn remove_member(&mut self, id: u32) -> bool {
        let before = self.roster.len();
        self.roster.retain(|m| m.id != id);
        if self.roster.len() == before {
            return false;
        }
        self.settle();
        true
    }

    /// Replaces the roster with these rows (name, birth date, note), e.g.
    /// read from a spreadsheet; rows without a name are skipped.
    pub fn replace_roster(&mut self, rows: Vec<(String, String, String)>) {
        self.roster.clear();
        for (name, birth, note) in rows {
            if !name.trim().is_empty() {
                self.push_member(&name, &birth, &note);
            }
        }
        self.settle();
    }

    /// Adds a roster member for each counted file whose member is not on
    /// the roster (an ambiguous match is on it); returns how many were
    /// added.
    pub fn roster_from_files(&mut self) -> usize {
        let rows: Vec<(String, String)> = self
            .current()
            .map(|f| (f.received.full_name.clone(), f.received.birth_date.clone()))
            .collect();
        let mut added = 0;
        for (name, birth) in rows {
            if name.trim().is_empty() {
                continue;
            }
            let index = RosterIndex::new(&self.roster);
            if index.matches(&name, &birth) == MemberMatch::None {
                self.push_member(&name, &birth, "");
                added += 1;
            }
        }
        self.settle();
        added
    }
}

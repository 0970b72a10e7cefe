//! The sealed dossier file (`kiemdiem.dossier`, version 1): the finished
//! self-review, signed with the person's Ed25519 key so that anyone can
//! check it is unchanged since it was sealed («niêm phong») and which key
//! sealed it.
//!
//! The format, what the seal proves and what it does not, and how another
//! program verifies a file are in `docs/dossier-format.md`;
//! `tests/core_seal.rs` checks the worked example there.
//!
//! ```text
//! {"format": "kiemdiem.dossier", "version": 1,
//!  "payload": {"template": "2025-2B", "template_version": 1, "year": 2025,
//!              "role": "member", "schema": 1, "created_at": 1795939200000,
//!              "app_version": "0.1.0", "dossier": {…}},
//!  "seal": {"alg": "Ed25519", "public_key": "<64 hex>",
//!           "fingerprint": "XXXX XXXX XXXX XXXX", "signature": "<128 hex>"}}
//! ```
//!
//! The signature is Ed25519 (RFC 8032) over the RFC 8785 (JCS) canonical
//! bytes of the `payload` value, so the envelope may be re-indented or its
//! members reordered without breaking the seal.
//!
//! * [`KeyPair::from_seed`] makes the key from 32 random bytes the caller
//!   supplies (the core has no randomness of its own).
//! * [`seal`] writes the file; [`verify`] checks one and returns its content
//!   or a typed [`VerifyError`] saying exactly what is wrong.

use std::fmt;

use ed25519_dalek::{Signature, Signer, SigningKey, VerifyingKey};
use serde::{Deserialize, Serialize};
use serde_json::{Map, Value};
use sha2::{Digest, Sha256};

use crate::core::dossier::{Dossier, Role};
use crate::core::filename::dossier_file_stem;
use crate::core::store::SCHEMA_VERSION;
use crate::core::template::{self, TemplateId};
use crate::core::textnorm::nfc;

pub(crate) mod json;

pub use json::MAX_SAFE_INTEGER;

/// The value of the file's `format` member.
pub const DOSSIER_FORMAT: &str = "kiemdiem.dossier";

/// The version of the dossier file format this build writes and reads.
pub const DOSSIER_VERSION: u32 = 1;

/// The value of `seal.alg`.
pub const SEAL_ALGORITHM: &str = "Ed25519";

/// The largest file [`verify`] reads (and [`seal`] writes): 4 MiB. A
/// dossier is a few tens of KB; a whole browser's storage holds a few MiB.
pub const MAX_DOSSIER_BYTES: usize = 4 * 1024 * 1024;

/// The members of a version 1 envelope, in the order the app writes them.
const ENVELOPE_MEMBERS: [&str; 4] = ["format", "version", "payload", "seal"];

/// The members of a version 1 `seal`, in the order the app writes them.
const SEAL_MEMBERS: [&str; 4] = ["alg", "public_key", "fingerprint", "signature"];

// ---------------------------------------------------------------------------
// Keys

/// The person's signing key (Ed25519). Its secret part never appears in a
/// sealed file; `Debug` shows only the fingerprint.
#[derive(Clone)]
pub struct KeyPair {
    signing: SigningKey,
}

impl KeyPair {
    /// The key whose RFC 8032 secret key (seed) is `seed`: 32 bytes from a
    /// cryptographic random source (in the browser,
    /// `crypto.getRandomValues`), or read back from a key file.
    ///
    /// ```
    /// use kiemdiem::core::seal::KeyPair;
    /// let key = KeyPair::from_seed([7; 32]);
    /// assert_eq!(key.fingerprint(), KeyPair::from_seed([7; 32]).fingerprint());
    /// ```
    pub fn from_seed(seed: [u8; 32]) -> Self {
        Self {
            signing: SigningKey::from_bytes(&seed),
        }
    }

    /// The 32-byte seed, for the key file (`core::keyfile`). Handle with
    /// care: whoever has it can seal in this person's name.
    ///
    /// ```
    /// use kiemdiem::core::seal::KeyPair;
    /// assert_eq!(*KeyPair::from_seed([7; 32]).seed(), [7; 32]);
    /// ```
    pub fn seed(&self) -> &[u8; 32] {
        self.signing.as_bytes()
    }

    /// The 32-byte public key (RFC 8032 encoding).
    ///
    /// ```
    /// use kiemdiem::core::seal::KeyPair;
    /// assert_eq!(KeyPair::from_seed([7; 32]).public_key().len(), 32);
    /// ```
    pub fn public_key(&self) -> [u8; 32] {
        self.signing.verifying_key().to_bytes()
    }

    /// The public key's fingerprint, as printed on the PDF (see
    /// [`fingerprint`]).
    ///
    /// ```
    /// use kiemdiem::core::seal::{fingerprint, KeyPair};
    /// let key = KeyPair::from_seed([7; 32]);
    /// assert_eq!(key.fingerprint(), fingerprint(&key.public_key()));
    /// ```
    pub fn fingerprint(&self) -> String {
        fingerprint(&self.public_key())
    }

    /// The Ed25519 signature (RFC 8032 §5.1.6) of `message`. [`seal`] signs
    /// the canonical payload with it; it is public for the RFC 8032 test
    /// vectors.
    ///
    /// ```
    /// use kiemdiem::core::seal::{verify_signature, KeyPair};
    /// let key = KeyPair::from_seed([7; 32]);
    /// let signature = key.sign(b"abc");
    /// assert!(verify_signature(&key.public_key(), b"abc", &signature));
    /// assert!(!verify_signature(&key.public_key(), b"abd", &signature));
    /// ```
    pub fn sign(&self, message: &[u8]) -> [u8; 64] {
        self.signing.sign(message).to_bytes()
    }
}

impl fmt::Debug for KeyPair {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("KeyPair")
            .field("fingerprint", &self.fingerprint())
            .finish_non_exhaustive()
    }
}

/// Whether `signature` is a valid Ed25519 signature of `message` by
/// `public_key`, in the strict sense of ed25519-dalek's `verify_strict`
/// (canonical `S`, no small-order key or `R`). A malformed key is simply
/// not valid.
///
/// ```
/// use kiemdiem::core::seal::{verify_signature, KeyPair};
/// let key = KeyPair::from_seed([1; 32]);
/// assert!(verify_signature(&key.public_key(), b"", &key.sign(b"")));
/// assert!(!verify_signature(&[0; 32], b"", &key.sign(b"")));
/// ```
pub fn verify_signature(public_key: &[u8; 32], message: &[u8], signature: &[u8; 64]) -> bool {
    VerifyingKey::from_bytes(public_key).is_ok_and(|key| {
        key.verify_strict(message, &Signature::from_bytes(signature))
            .is_ok()
    })
}

/// The fingerprint of a public key: the first 8 bytes of the SHA-256 of its
/// 32 bytes, as 16 upper-case hexadecimal digits in four groups of four
/// separated by spaces. Short enough to read aloud and compare by eye;
/// the file carries the whole key.
///
/// ```
/// use kiemdiem::core::seal::fingerprint;
/// // SHA-256 of 32 zero bytes starts 66687aadf862bd77…
/// assert_eq!(fingerprint(&[0; 32]), "6668 7AAD F862 BD77");
/// ```
pub fn fingerprint(public_key: &[u8; 32]) -> String {
    const DIGITS: &[u8; 16] = b"0123456789ABCDEF";
    let hash = Sha256::digest(public_key);
    let mut out = String::with_capacity(19);
    for (i, b) in hash.iter().take(8).enumerate() {
        if i > 0 && i % 2 == 0 {
            out.push(' ');
        }
        out.push(DIGITS[usize::from(b >> 4)] as char);
        out.push(DIGITS[usize::from(b & 0xf)] as char);
    }
    out
}

/// The RFC 8785 (JCS) canonical bytes of a JSON value: members sorted by
/// their UTF-16 code units, no whitespace, ECMAScript number and string
/// serialisation. These are the bytes a seal signs.
///
/// ```
/// use kiemdiem::core::seal::canonical_bytes;
/// let value = serde_json::json!({"b": [1, "đ"], "a": null});
/// assert_eq!(canonical_bytes(&value).unwrap(), "{\"a\":null,\"b\":[1,\"đ\"]}".as_bytes());
/// ```
pub fn canonical_bytes(value: &Value) -> Result<Vec<u8>, serde_json::Error> {
    serde_json_canonicalizer::to_vec(value)
}

/// Lower-case hexadecimal SHA-256 of `bytes`: the `digest` of a sealed file
/// is this of its canonical payload bytes.
///
/// ```
/// use kiemdiem::core::seal::sha256_hex;
/// assert_eq!(
///     sha256_hex(b"abc"),
///     "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"
/// );
/// ```
pub fn sha256_hex(bytes: &[u8]) -> String {
    json::to_hex(&Sha256::digest(bytes))
}

// ---------------------------------------------------------------------------
// The payload

/// What a seal signs: the dossier and what is needed to read it.
///
/// Every member is required and no other is allowed (version 1). The
/// `template`, `year` and `role` repeat the dossier's own, so that a reader
/// sees at once which form it is; [`verify`] refuses a file where they
/// disagree.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Payload {
    /// The official form ("2025-2B", see [`TemplateId::as_str`]).
    pub template: TemplateId,
    /// The version of the app's data for that form
    /// ([`template::Template::version`]) when it was sealed.
    pub template_version: u32,
    /// The review year (năm kiểm điểm).
    pub year: i32,
    pub role: Role,
    /// The dossier's stored-schema version ([`SCHEMA_VERSION`]).
    pub schema: u32,
    /// When it was sealed: milliseconds since 1970-01-01T00:00:00Z.
    pub created_at: i64,
    /// The version of the app that sealed it.
    pub app_version: String,
    /// The person's content, all of it, as [`Dossier`] serialises.
    pub dossier: Dossier,
}

// ---------------------------------------------------------------------------
// Sealing

/// A sealed dossier file, ready to be saved.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SealedFile {
    /// The file's text (UTF-8 JSON, ending with a newline).
    pub text: String,
    /// Lower-case hex SHA-256 of the canonical payload bytes (for the QR
    /// code on the PDF).
    pub digest: String,
    /// The sealing key's fingerprint (printed on the PDF).
    pub fingerprint: String,
    /// The file name without extension, e.g.
    /// `KiemDiem_2025_2B_NguyenThiAnhHong` (see `core::filename`).
    pub file_stem: String,
}

impl SealedFile {
    /// The name to save the file under: the stem and `.json`.
    ///
    /// ```
    /// # use kiemdiem::core::seal::SealedFile;
    /// let file = SealedFile { text: String::new(), digest: String::new(),
    ///     fingerprint: String::new(), file_stem: "KiemDiem_2025_2B_An".into() };
    /// assert_eq!(file.file_name(), "KiemDiem_2025_2B_An.json");
    /// ```
    pub fn file_name(&self) -> String {
        format!("{}.json", self.file_stem)
    }
}

/// Why a dossier was not sealed.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum SealError {
    /// The dossier's template is not the one for its year and role (it was
    /// edited by hand, or comes from an inconsistent file).
    #[error("template {template:?} is not the template for {year} and {role:?}")]
    WrongTemplate {
        template: TemplateId,
        year: i32,
        role: Role,
    },
    /// A number that a file may not hold (not an integer, or beyond
    /// ±[`MAX_SAFE_INTEGER`]), at this JSON pointer of the payload.
    #[error("the number at {path} is not a safe integer")]
    UnsafeNumber { path: String },
    /// The file would be larger than [`MAX_DOSSIER_BYTES`].
    #[error("sealed file would be {bytes} bytes, more than {max}")]
    TooLarge { bytes: usize, max: usize },
    /// Serialisation failed, or the file just written does not verify (a
    /// bug: nothing is handed out that [`verify`] would refuse).
    #[error("internal error while sealing: {0}")]
    Internal(String),
}

/// Seals `dossier` with `key`: returns the file's text, its digest, the
/// key's fingerprint and a file name.
///
/// Every text of the dossier is put in NFC first (the editor stores NFC
/// already; this only matters for a dossier from elsewhere). `created_at`
/// is the sealing time in milliseconds since the Unix epoch (the caller's
/// clock); `app_version` is `env!("CARGO_PKG_VERSION")` in the app. The
/// file is checked with [`verify`] before it is returned.
///
/// ```
/// use chrono::{TimeZone, Utc};
/// use kiemdiem::core::dossier::{Dossier, DossierId, IdentityField, Role};
/// use kiemdiem::core::seal::{seal, verify, KeyPair};
/// let now = Utc.with_ymd_and_hms(2026, 11, 29, 8, 0, 0).unwrap();
/// let mut dossier = Dossier::new(DossierId("hs-1".into()), 2025, Role::Member, now).unwrap();
/// dossier.set_identity(IdentityField::FullName, "Đặng Văn Ơn", now);
/// let key = KeyPair::from_seed([7; 32]);
/// let file = seal(&dossier, &key, now.timestamp_millis(), "0.1.0").unwrap();
/// assert_eq!(file.file_name(), "KiemDiem_2025_2B_DangVanOn.json");
/// let verified = verify(file.text.as_bytes()).unwrap();
/// assert_eq!(verified.payload.dossier, dossier);
/// assert_eq!(verified.fingerprint, key.fingerprint());
/// ```
pub fn seal(
    dossier: &Dossier,
    key: &KeyPair,
    created_at: i64,
    app_version: &str,
) -> Result<SealedFile, SealError> {
    let internal = |e: serde_json::Error| SealError::Internal(e.to_string());
    let expected = template::select(dossier.year, dossier.role).map(|t| t.id);
    if expected != Ok(dossier.template) {
        return Err(SealError::WrongTemplate {
            template: dossier.template,
            year: dossier.year,
            role: dossier.role,
        });
    }
    let mut content = serde_json::to_value(dossier).map_err(internal)?;
    nfc_in_place(&mut content);
    let payload = Payload {
        template: dossier.template,
        template_version: dossier.template.template().version,
        year: dossier.year,
        role: dossier.role,
        schema: SCHEMA_VERSION,
        created_at,
        app_version: nfc(app_version),
        dossier: serde_json::from_value(content).map_err(internal)?,
    };
    let value = serde_json::to_value(&payload).map_err(internal)?;
    if let Some(path) = json::first_unsafe_number(&value) {
        return Err(SealError::UnsafeNumber { path });
    }
    let canonical = canonical_bytes(&value).map_err(internal)?;
    let signature = key.sign(&canonical);
    let envelope = EnvelopeOut {
        format: DOSSIER_FORMAT,
        version: DOSSIER_VERSION,
        payload: &payload,
        seal: SealOut {
            alg: SEAL_ALGORITHM,
            public_key: json::to_hex(&key.public_key()),
            fingerprint: key.fingerprint(),
            signature: json::to_hex(&signature),
        },
    };
    let mut text = serde_json::to_string_pretty(&envelope).map_err(internal)?;
    text.push('\n');
    if text.len() > MAX_DOSSIER_BYTES {
        return Err(SealError::TooLarge {
            bytes: text.len(),
            max: MAX_DOSSIER_BYTES,
        });
    }
    let checked = verify(text.as_bytes()).map_err(|e| SealError::Internal(e.to_string()))?;
    Ok(SealedFile {
        text,
        digest: checked.digest,
        fingerprint: checked.fingerprint,
        file_stem: dossier_file_stem(dossier.year, dossier.template, &dossier.identity.full_name),
    })
}

#[derive(Serialize)]
struct EnvelopeOut<'a> {
    format: &'static str,
    version: u32,
    payload: &'a Payload,
    seal: SealOut,
}

#[derive(Serialize)]
struct SealOut {
    alg: &'static str,
    public_key: String,
    fingerprint: String,
    signature: String,
}

/// Puts every string and member name of `value` in NFC.
fn nfc_in_place(value: &mut Value) {
    match value {
        Value::String(s) => *s = nfc(s),
        Value::Array(items) => items.iter_mut().for_each(nfc_in_place),
        Value::Object(members) => {
            let old = std::mem::take(members);
            *members = old
                .into_iter()
                .map(|(name, mut member)| {
                    nfc_in_place(&mut member);
                    (nfc(&name), member)
                })
                .collect::<Map<_, _>>();
        }
        _ => {}
    }
}

// ---------------------------------------------------------------------------
// Verifying

/// A file that passed every check of [`verify`].
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Verified {
    /// What was signed, with the dossier.
    pub payload: Payload,
    /// The sealing key, as in the file (64 lower-case hex digits).
    pub public_key: String,
    /// Its fingerprint (equal to the file's `seal.fingerprint`).
    pub fingerprint: String,
    /// Lower-case hex SHA-256 of the canonical payload bytes.
    pub digest: String,
}

/// What is wrong with the content of a correctly sealed file.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ContentProblem {
    /// A number that is not an integer, or beyond ±[`MAX_SAFE_INTEGER`], at
    /// this JSON pointer of the payload.
    NotAnInteger { path: String },
    /// The payload is not a version 1 payload: a member missing, mistyped
    /// or unknown (serde's description, in English).
    Unreadable { reason: String },
    /// The payload's `template`, `year` or `role` (named here) differs from
    /// the dossier's own.
    Disagrees { field: &'static str },
    /// The template is not the one for the dossier's year and role.
    WrongTemplate,
}

impl fmt::Display for ContentProblem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            ContentProblem::NotAnInteger { path } => write!(f, "{path} is not a safe integer"),
            ContentProblem::Unreadable { reason } => write!(f, "unreadable payload: {reason}"),
            ContentProblem::Disagrees { field } => {
                write!(f, "payload {field} differs from the dossier's")
            }
            ContentProblem::WrongTemplate => f.write_str("template does not fit year and role"),
        }
    }
}

/// Why a file is not a valid sealed dossier. [`verify`] reports the first
/// check that fails, in the order of the variants; the Vietnamese message
/// for each is `crate::text::seal::verify_error`.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum VerifyError {
    /// Larger than [`MAX_DOSSIER_BYTES`]; not read at all.
    #[error("file is {size} bytes, more than {max}")]
    TooLarge { size: usize, max: usize },
    /// Not JSON: empty, not UTF-8, a syntax error, cut short, or a member
    /// name repeated in one object.
    #[error("not a JSON file: {reason}")]
    NotJson { reason: String },
    /// JSON, but not an object with a string `format`.
    #[error("not a sealed dossier")]
    NotADossier,
    /// An object with another `format` (a backup, a key file, …).
    #[error("format {found:?} is not {DOSSIER_FORMAT}")]
    UnknownFormat { found: String },
    /// A format version this build does not read.
    #[error("dossier format version {found} is not {DOSSIER_VERSION}")]
    UnsupportedVersion { found: u64 },
    /// An envelope member (`version`, `payload`, `seal`, `seal.alg`, …)
    /// missing or of the wrong type, or one that version 1 does not have.
    #[error("envelope member {field} is missing, mistyped or unknown")]
    BadEnvelope { field: String },
    /// A signature algorithm other than Ed25519.
    #[error("unknown seal algorithm {found:?}")]
    UnknownAlgorithm { found: String },
    /// `seal.public_key` is not 64 lower-case hex digits, or not a usable
    /// Ed25519 public key.
    #[error("malformed public key: {reason}")]
    KeyMalformed { reason: String },
    /// `seal.signature` is not 128 lower-case hex digits.
    #[error("malformed signature")]
    SignatureMalformed,
    /// `seal.fingerprint` is not the fingerprint of `seal.public_key`.
    #[error("fingerprint {stated:?} does not match the key (expected {actual:?})")]
    FingerprintMismatch { stated: String, actual: String },
    /// A text of the payload (at this JSON pointer) is not Unicode NFC.
    #[error("text at {path} is not NFC")]
    NotNfc { path: String },
    /// The signature does not match the payload: changed after sealing (or
    /// sealed with another key than the one in the file).
    #[error("the signature does not match the content")]
    SignatureInvalid,
    /// Sealed by a newer app whose dossier schema this build cannot read.
    #[error("dossier schema {found} is newer than {SCHEMA_VERSION}")]
    NewerSchema { found: u64 },
    /// A template, or template data version, this build does not know.
    #[error("unknown template {template:?} version {version}")]
    UnknownTemplate { template: String, version: u64 },
    /// Correctly sealed, but not a valid dossier.
    #[error("invalid content: {0}")]
    InvalidContent(ContentProblem),
}

/// Checks a sealed dossier file and returns what it holds.
///
/// In order: size ([`MAX_DOSSIER_BYTES`]); JSON (UTF-8, an optional byte
/// order mark, no repeated member names); `format`; `version`; the
/// envelope's members; `seal.alg`; the key; the signature's encoding; the
/// fingerprint; NFC; the Ed25519 signature over the RFC 8785 canonical
/// bytes of `payload`; the dossier schema; the template; the payload's
/// members and the dossier; the agreement of template, year and role.
/// Layout and member order do not matter.
///
/// ```
/// use kiemdiem::core::seal::{verify, VerifyError};
/// assert!(matches!(verify(b"not json"), Err(VerifyError::NotJson { .. })));
/// assert_eq!(verify(b"[1, 2]"), Err(VerifyError::NotADossier));
/// ```
pub fn verify(bytes: &[u8]) -> Result<Verified, VerifyError> {
    if bytes.len() > MAX_DOSSIER_BYTES {
        return Err(VerifyError::TooLarge {
            size: bytes.len(),
            max: MAX_DOSSIER_BYTES,
        });
    }
    let text = std::str::from_utf8(bytes).map_err(|_| VerifyError::NotJson {
        reason: "not UTF-8".into(),
    })?;
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    if text.trim().is_empty() {
        return Err(VerifyError::NotJson {
            reason: "the file is empty".into(),
        });
    }
    let root = json::parse_strict(text).map_err(|reason| VerifyError::NotJson { reason })?;
    let Value::Object(mut root) = root else {
        return Err(VerifyError::NotADossier);
    };
    match root.get("format") {
        Some(Value::String(f)) if f == DOSSIER_FORMAT => {}
        Some(Value::String(f)) => return Err(VerifyError::UnknownFormat { found: f.clone() }),
        _ => return Err(VerifyError::NotADossier),
    }
    let version = root
        .get("version")
        .and_then(Value::as_u64)
        .ok_or_else(|| bad_envelope("version"))?;
    if version != u64::from(DOSSIER_VERSION) {
        return Err(VerifyError::UnsupportedVersion { found: version });
    }
    if let Some(unknown) = root
        .keys()
        .find(|k| !ENVELOPE_MEMBERS.contains(&k.as_str()))
    {
        return Err(bad_envelope(unknown));
    }
    let payload = match root.remove("payload") {
        Some(p @ Value::Object(_)) => p,
        _ => return Err(bad_envelope("payload")),
    };
    let Some(Value::Object(seal)) = root.remove("seal") else {
        return Err(bad_envelope("seal"));
    };
    if let Some(unknown) = seal.keys().find(|k| !SEAL_MEMBERS.contains(&k.as_str())) {
        return Err(bad_envelope(&format!("seal.{unknown}")));
    }
    let member = |name: &str| -> Result<&str, VerifyError> {
        seal.get(name)
            .and_then(Value::as_str)
            .ok_or_else(|| bad_envelope(&format!("seal.{name}")))
    };
    let alg = member("alg")?;
    if alg != SEAL_ALGORITHM {
        return Err(VerifyError::UnknownAlgorithm {
            found: alg.to_owned(),
        });
    }
    let key_hex = member("public_key")?;
    let key_bytes: [u8; 32] = json::from_hex(key_hex).ok_or_else(|| VerifyError::KeyMalformed {
        reason: "not 64 lower-case hexadecimal digits".into(),
    })?;
    let key = VerifyingKey::from_bytes(&key_bytes).map_err(|_| VerifyError::KeyMalformed {
        reason: "not a point of the curve".into(),
    })?;
    if key.is_weak() {
        return Err(VerifyError::KeyMalformed {
            reason: "a weak (small-order) key".into(),
        });
    }
    let signature: [u8; 64] =
        json::from_hex(member("signature")?).ok_or(VerifyError::SignatureMalformed)?;
    let stated = member("fingerprint")?;
    let actual = fingerprint(&key_bytes);
    if stated != actual {
        return Err(VerifyError::FingerprintMismatch {
            stated: stated.to_owned(),
            actual,
        });
    }
    if let Some(path) = json::first_non_nfc(&payload) {
        return Err(VerifyError::NotNfc { path });
    }
    let canonical = canonical_bytes(&payload).map_err(|e| {
        VerifyError::InvalidContent(ContentProblem::Unreadable {
            reason: e.to_string(),
        })
    })?;
    key.verify_strict(&canonical, &Signature::from_bytes(&signature))
        .map_err(|_| VerifyError::SignatureInvalid)?;
    let payload = read_payload(payload)?;
    Ok(Verified {
        payload,
        public_key: key_hex.to_owned(),
        fingerprint: actual,
        digest: sha256_hex(&canonical),
    })
}

fn bad_envelope(field: &str) -> VerifyError {
    VerifyError::BadEnvelope {
        field: field.to_owned(),
    }
}

/// The checks after the signature: numbers, schema, template, the payload
/// as a [`Payload`], and the agreement of its parts.
fn read_payload(value: Value) -> Result<Payload, VerifyError> {
    let invalid = VerifyError::InvalidContent;
    if let Some(path) = json::first_unsafe_number(&value) {
        return Err(invalid(ContentProblem::NotAnInteger { path }));
    }
    let unreadable = |reason: String| invalid(ContentProblem::Unreadable { reason });
    let schema = value
        .get("schema")
        .and_then(Value::as_u64)
        .ok_or_else(|| unreadable("missing or invalid `schema`".into()))?;
    if schema > u64::from(SCHEMA_VERSION) {
        return Err(VerifyError::NewerSchema { found: schema });
    }
    let name = value
        .get("template")
        .and_then(Value::as_str)
        .ok_or_else(|| unreadable("missing or invalid `template`".into()))?;
    let version = value
        .get("template_version")
        .and_then(Value::as_u64)
        .ok_or_else(|| unreadable("missing or invalid `template_version`".into()))?;
    let known = TemplateId::ALL
        .into_iter()
        .find(|t| t.as_str() == name)
        .is_some_and(|t| (1..=u64::from(t.template().version)).contains(&version));
    if !known {
        return Err(VerifyError::UnknownTemplate {
            template: name.to_owned(),
            version,
        });
    }
    let payload: Payload = serde_json::from_value(value).map_err(|e| unreadable(e.to_string()))?;
    if schema == 0 {
        return Err(unreadable("`schema` 0".into()));
    }
    let d = &payload.dossier;
    let disagrees = if payload.template != d.template {
        Some("template")
    } else if payload.year != d.year {
        Some("year")
    } else if payload.role != d.role {
        Some("role")
    } else {
        None
    };
    if let Some(field) = disagrees {
        return Err(invalid(ContentProblem::Disagrees { field }));
    }
    if template::select(d.year, d.role).map(|t| t.id) != Ok(d.template) {
        return Err(invalid(ContentProblem::WrongTemplate));
    }
    Ok(payload)
}

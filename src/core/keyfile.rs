//! The key file (`kiemdiem.khoa`, version 1): the person's signing key,
//! protected by a passphrase, to move it to another device or keep a copy.
//!
//! The seed is encrypted with XChaCha20-Poly1305 under a key derived from
//! the passphrase by Argon2id; the Argon2id parameters, salt and nonce are
//! in the file, and so are the public key and its fingerprint (in clear, so
//! the app can say whose key it is before asking for the passphrase). The
//! format is in `docs/dossier-format.md`.
//!
//! Salt and nonce are passed in (the browser uses `crypto.getRandomValues`);
//! the core has no randomness of its own.

use argon2::{Algorithm, Argon2, Params, Version};
use chacha20poly1305::aead::{Aead, KeyInit, Payload};
use chacha20poly1305::{XChaCha20Poly1305, XNonce};
use serde::{Deserialize, Serialize};
use serde_json::Value;
use zeroize::Zeroizing;

use crate::core::seal::json::{from_hex, parse_strict, to_hex};
use crate::core::seal::{KeyPair, fingerprint};
use crate::core::textnorm::nfc;

/// The value of the file's `format` member.
pub const KEY_FILE_FORMAT: &str = "kiemdiem.khoa";

/// The version of the key file format this build writes and reads.
pub const KEY_FILE_VERSION: u32 = 1;

/// The largest key file read: 16 KiB (a key file is about 600 bytes).
pub const MAX_KEY_FILE_BYTES: usize = 16 * 1024;

/// The shortest passphrase [`export_key`] accepts, in characters (of its
/// NFC form).
pub const MIN_PASSPHRASE_CHARS: usize = 8;

/// `kdf.alg`.
const KDF_ALGORITHM: &str = "argon2id";
/// `kdf.version`: Argon2 version 1.3.
const ARGON2_VERSION: u32 = 0x13;
/// `cipher.alg`.
const CIPHER_ALGORITHM: &str = "xchacha20poly1305";

/// Argon2id costs. Stored in the key file, so a later build can raise them
/// and still read older files; bounded on reading, so a hostile file cannot
/// make the browser allocate gigabytes or spin for minutes.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct KdfParams {
    /// Memory, in KiB.
    pub m_cost_kib: u32,
    /// Passes over the memory.
    pub t_cost: u32,
    /// Lanes.
    pub p_cost: u32,
}

impl KdfParams {
    /// What [`export_key`] is given by the app: 19 MiB, 2 passes, 1 lane
    /// (OWASP's Argon2id minimum; RFC 9106 §4's second recommendation
    /// needs 64 MiB, too much for some phones).
    pub const RECOMMENDED: KdfParams = KdfParams {
        m_cost_kib: 19_456,
        t_cost: 2,
        p_cost: 1,
    };
    /// Memory bounds, in KiB: 8 MiB to 256 MiB.
    pub const M_COST_KIB: std::ops::RangeInclusive<u32> = 8_192..=262_144;
    /// Pass bounds.
    pub const T_COST: std::ops::RangeInclusive<u32> = 1..=10;
    /// Lane bounds.
    pub const P_COST: std::ops::RangeInclusive<u32> = 1..=4;

    /// Whether the costs are within the bounds (too weak protects nothing,
    /// too strong is a denial of service).
    ///
    /// ```
    /// use kiemdiem::core::keyfile::KdfParams;
    /// assert!(KdfParams::RECOMMENDED.is_sane());
    /// let hostile = KdfParams { m_cost_kib: 4_000_000_000, ..KdfParams::RECOMMENDED };
    /// assert!(!hostile.is_sane());
    /// ```
    pub fn is_sane(&self) -> bool {
        Self::M_COST_KIB.contains(&self.m_cost_kib)
            && Self::T_COST.contains(&self.t_cost)
            && Self::P_COST.contains(&self.p_cost)
    }
}

/// What a key file says in clear, before the passphrase is asked.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct KeyFileInfo {
    /// 64 lower-case hex digits.
    pub public_key: String,
    /// As printed on the person's PDFs.
    pub fingerprint: String,
    pub params: KdfParams,
}

/// Why a key file was not written or not read.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum KeyFileError {
    /// Export: the passphrase is shorter than [`MIN_PASSPHRASE_CHARS`].
    #[error("passphrase shorter than {min} characters")]
    PassphraseTooShort { min: usize },
    /// Larger than [`MAX_KEY_FILE_BYTES`]; not read at all.
    #[error("file is {size} bytes, more than {max}")]
    TooLarge { size: usize, max: usize },
    /// Not JSON, or JSON but not an object with `format` = [`KEY_FILE_FORMAT`].
    #[error("not a key file")]
    NotAKeyFile,
    /// A key file version this build does not read.
    #[error("key file version {found} is not {KEY_FILE_VERSION}")]
    UnsupportedVersion { found: u64 },
    /// A member missing, mistyped, unknown or badly encoded; an algorithm
    /// other than Argon2id 1.3 and XChaCha20-Poly1305; or a fingerprint or
    /// public key that does not match.
    #[error("malformed key file: {reason}")]
    Malformed { reason: String },
    /// Argon2id costs outside [`KdfParams`]' bounds.
    #[error("Argon2id parameters out of bounds: {params:?}")]
    ParamsOutOfBounds { params: KdfParams },
    /// The passphrase is wrong, or the encrypted part was changed or
    /// damaged (the authenticated encryption cannot tell which).
    #[error("wrong passphrase, or the file is damaged")]
    WrongPassphrase,
    /// Argon2 or the cipher refused its input (not expected with checked
    /// parameters).
    #[error("key derivation failed: {0}")]
    Crypto(String),
}

#[derive(Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
struct KeyFile {
    format: String,
    version: u32,
    public_key: String,
    fingerprint: String,
    kdf: Kdf,
    cipher: Cipher,
}

#[derive(Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
struct Kdf {
    alg: String,
    version: u32,
    m_cost_kib: u32,
    t_cost: u32,
    p_cost: u32,
    salt: String,
}

#[derive(Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
struct Cipher {
    alg: String,
    nonce: String,
    ciphertext: String,
}

/// Writes the key file of `key`, protected by `passphrase` (taken in NFC,
/// so that the same letters typed with another input method give the same
/// key). `salt` and `nonce` must be fresh random bytes for each export.
///
/// ```
/// use kiemdiem::core::keyfile::{export_key, import_key, KdfParams};
/// use kiemdiem::core::seal::KeyPair;
/// let key = KeyPair::from_seed([7; 32]);
/// let fast = KdfParams { m_cost_kib: 8_192, t_cost: 1, p_cost: 1 }; // for this example only
/// let file = export_key(&key, "mật khẩu dài", fast, [1; 16], [2; 24]).unwrap();
/// assert_eq!(import_key(file.as_bytes(), "mật khẩu dài").unwrap().fingerprint(), key.fingerprint());
/// ```
pub fn export_key(
    key: &KeyPair,
    passphrase: &str,
    params: KdfParams,
    salt: [u8; 16],
    nonce: [u8; 24],
) -> Result<String, KeyFileError> {
    let passphrase = Zeroizing::new(nfc(passphrase));
    if passphrase.chars().count() < MIN_PASSPHRASE_CHARS {
        return Err(KeyFileError::PassphraseTooShort {
            min: MIN_PASSPHRASE_CHARS,
        });
    }
    if !params.is_sane() {
        return Err(KeyFileError::ParamsOutOfBounds { params });
    }
    let public_key = key.public_key();
    let wrapping = derive(&passphrase, &salt, params)?;
    let ciphertext = XChaCha20Poly1305::new(&(*wrapping).into())
        .encrypt(
            &XNonce::from(nonce),
            Payload {
                msg: key.seed(),
                aad: &public_key,
            },
        )
        .map_err(|e| KeyFileError::Crypto(e.to_string()))?;
    let file = KeyFile {
        format: KEY_FILE_FORMAT.into(),
        version: KEY_FILE_VERSION,
        public_key: to_hex(&public_key),
        fingerprint: fingerprint(&public_key),
        kdf: Kdf {
            alg: KDF_ALGORITHM.into(),
            version: ARGON2_VERSION,
            m_cost_kib: params.m_cost_kib,
            t_cost: params.t_cost,
            p_cost: params.p_cost,
            salt: to_hex(&salt),
        },
        cipher: Cipher {
            alg: CIPHER_ALGORITHM.into(),
            nonce: to_hex(&nonce),
            ciphertext: to_hex(&ciphertext),
        },
    };
    let mut text =
        serde_json::to_string_pretty(&file).map_err(|e| KeyFileError::Crypto(e.to_string()))?;
    text.push('\n');
    Ok(text)
}

/// Reads what a key file says in clear, and checks everything but the
/// passphrase: size, format, version, members, encodings, algorithms,
/// parameter bounds, and that the fingerprint is the public key's.
///
/// ```
/// use kiemdiem::core::keyfile::{read_key_file, KeyFileError};
/// assert_eq!(read_key_file(b"{}"), Err(KeyFileError::NotAKeyFile));
/// ```
pub fn read_key_file(bytes: &[u8]) -> Result<KeyFileInfo, KeyFileError> {
    parse(bytes).map(|p| p.info)
}

/// Reads a key file and decrypts the key with `passphrase` (taken in NFC).
/// Every check of [`read_key_file`] comes first, so a hostile file is
/// refused before any memory is spent on Argon2id.
///
/// ```
/// use kiemdiem::core::keyfile::{export_key, import_key, KdfParams, KeyFileError};
/// use kiemdiem::core::seal::KeyPair;
/// let fast = KdfParams { m_cost_kib: 8_192, t_cost: 1, p_cost: 1 }; // for this example only
/// let file = export_key(&KeyPair::from_seed([7; 32]), "mật khẩu dài", fast, [1; 16], [2; 24]).unwrap();
/// assert_eq!(import_key(file.as_bytes(), "mật khẩu khác").unwrap_err(), KeyFileError::WrongPassphrase);
/// ```
pub fn import_key(bytes: &[u8], passphrase: &str) -> Result<KeyPair, KeyFileError> {
    let parsed = parse(bytes)?;
    let passphrase = Zeroizing::new(nfc(passphrase));
    let wrapping = derive(&passphrase, &parsed.salt, parsed.info.params)?;
    let seed = Zeroizing::new(
        XChaCha20Poly1305::new(&(*wrapping).into())
            .decrypt(
                &XNonce::from(parsed.nonce),
                Payload {
                    msg: &parsed.ciphertext,
                    aad: &parsed.public_key,
                },
            )
            .map_err(|_| KeyFileError::WrongPassphrase)?,
    );
    let seed: [u8; 32] = seed
        .as_slice()
        .try_into()
        .map_err(|_| malformed("seed length"))?;
    let key = KeyPair::from_seed(seed);
    if key.public_key() != parsed.public_key {
        return Err(malformed("the key does not match its public key"));
    }
    Ok(key)
}

struct Parsed {
    info: KeyFileInfo,
    public_key: [u8; 32],
    salt: [u8; 16],
    nonce: [u8; 24],
    ciphertext: Vec<u8>,
}

fn malformed(reason: &str) -> KeyFileError {
    KeyFileError::Malformed {
        reason: reason.to_owned(),
    }
}

fn parse(bytes: &[u8]) -> Result<Parsed, KeyFileError> {
    if bytes.len() > MAX_KEY_FILE_BYTES {
        return Err(KeyFileError::TooLarge {
            size: bytes.len(),
            max: MAX_KEY_FILE_BYTES,
        });
    }
    let text = std::str::from_utf8(bytes).map_err(|_| KeyFileError::NotAKeyFile)?;
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let value = parse_strict(text).map_err(|_| KeyFileError::NotAKeyFile)?;
    if value.get("format").and_then(Value::as_str) != Some(KEY_FILE_FORMAT) {
        return Err(KeyFileError::NotAKeyFile);
    }
    let version = value
        .get("version")
        .and_then(Value::as_u64)
        .ok_or_else(|| malformed("version"))?;
    if version != u64::from(KEY_FILE_VERSION) {
        return Err(KeyFileError::UnsupportedVersion { found: version });
    }
    let file: KeyFile = serde_json::from_value(value).map_err(|e| KeyFileError::Malformed {
        reason: e.to_string(),
    })?;
    if file.kdf.alg != KDF_ALGORITHM || file.kdf.version != ARGON2_VERSION {
        return Err(malformed("kdf: not Argon2id version 1.3"));
    }
    if file.cipher.alg != CIPHER_ALGORITHM {
        return Err(malformed("cipher: not XChaCha20-Poly1305"));
    }
    let params = KdfParams {
        m_cost_kib: file.kdf.m_cost_kib,
        t_cost: file.kdf.t_cost,
        p_cost: file.kdf.p_cost,
    };
    if !params.is_sane() {
        return Err(KeyFileError::ParamsOutOfBounds { params });
    }
    let public_key: [u8; 32] = from_hex(&file.public_key).ok_or_else(|| malformed("public_key"))?;
    if fingerprint(&public_key) != file.fingerprint {
        return Err(malformed("the fingerprint is not the public key's"));
    }
    let salt = from_hex(&file.kdf.salt).ok_or_else(|| malformed("kdf.salt"))?;
    let nonce = from_hex(&file.cipher.nonce).ok_or_else(|| malformed("cipher.nonce"))?;
    // The 32-byte seed and the 16-byte Poly1305 tag.
    let ciphertext: [u8; 48] =
        from_hex(&file.cipher.ciphertext).ok_or_else(|| malformed("cipher.ciphertext"))?;
    Ok(Parsed {
        info: KeyFileInfo {
            public_key: file.public_key,
            fingerprint: file.fingerprint,
            params,
        },
        public_key,
        salt,
        nonce,
        ciphertext: ciphertext.to_vec(),
    })
}

/// The 32-byte wrapping key: Argon2id (version 1.3) of the passphrase's
/// UTF-8 bytes with `salt`.
fn derive(
    passphrase: &str,
    salt: &[u8; 16],
    params: KdfParams,
) -> Result<Zeroizing<[u8; 32]>, KeyFileError> {
    let crypto = |e: argon2::Error| KeyFileError::Crypto(e.to_string());
    let argon = Argon2::new(
        Algorithm::Argon2id,
        Version::V0x13,
        Params::new(params.m_cost_kib, params.t_cost, params.p_cost, Some(32)).map_err(crypto)?,
    );
    let mut out = Zeroizing::new([0u8; 32]);
    argon
        .hash_password_into(passphrase.as_bytes(), salt, out.as_mut())
        .map_err(crypto)?;
    Ok(out)
}

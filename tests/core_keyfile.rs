//! The key file: round trip, passphrases, hostile parameters, damage, and
//! the documented example.
//!
//! `KIEMDIEM_BLESS_SEAL=1 cargo test --test core_keyfile the_example_key_file`
//! rewrites `tests/fixtures/seal/key-example.json` (then paste it into
//! `docs/dossier-format.md`).

use std::time::Instant;

use kiemdiem::core::keyfile::{
    KEY_FILE_FORMAT, KEY_FILE_VERSION, KdfParams, KeyFileError, MAX_KEY_FILE_BYTES,
    MIN_PASSPHRASE_CHARS, export_key, import_key, read_key_file,
};
use kiemdiem::core::seal::KeyPair;
use kiemdiem::core::textnorm::is_nfc;
use kiemdiem::text::seal::key_file_error;
use serde_json::{Value, json};

const FIXTURE: &str = "tests/fixtures/seal/key-example.json";
const DOC: &str = "docs/dossier-format.md";
/// The documented example's passphrase (never a real one).
const EXAMPLE_PASSPHRASE: &str = "Ví dụ, đừng dùng thật";

/// The cheapest parameters accepted, so that the tests run fast. The app
/// uses [`KdfParams::RECOMMENDED`].
const FAST: KdfParams = KdfParams {
    m_cost_kib: 8_192,
    t_cost: 1,
    p_cost: 1,
};
const PASSPHRASE: &str = "mật khẩu của tôi";

fn key() -> KeyPair {
    KeyPair::from_seed([42; 32])
}

fn file() -> String {
    export_key(&key(), PASSPHRASE, FAST, [1; 16], [2; 24]).unwrap()
}

fn edited(text: &str, change: impl FnOnce(&mut Value)) -> String {
    let mut v: Value = serde_json::from_str(text).unwrap();
    change(&mut v);
    serde_json::to_string_pretty(&v).unwrap()
}

fn hex(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

#[test]
fn a_key_comes_back_with_its_passphrase() {
    let text = file();
    let back = import_key(text.as_bytes(), PASSPHRASE).unwrap();
    assert_eq!(back.seed(), key().seed());
    assert_eq!(back.public_key(), key().public_key());

    let info = read_key_file(text.as_bytes()).unwrap();
    assert_eq!(info.fingerprint, key().fingerprint());
    assert_eq!(info.public_key, hex(&key().public_key()));
    assert_eq!(info.params, FAST);

    let v: Value = serde_json::from_str(&text).unwrap();
    assert_eq!(v["format"], KEY_FILE_FORMAT);
    assert_eq!(v["version"], KEY_FILE_VERSION);
    assert_eq!(v["kdf"]["alg"], "argon2id");
    assert_eq!(v["kdf"]["version"], 19);
    assert_eq!(v["kdf"]["salt"], hex(&[1; 16]));
    assert_eq!(v["cipher"]["alg"], "xchacha20poly1305");
    assert_eq!(v["cipher"]["nonce"], hex(&[2; 24]));
    // Seed and tag only; the seed is not there in clear.
    let ciphertext = v["cipher"]["ciphertext"].as_str().unwrap();
    assert_eq!(ciphertext.len(), 2 * (32 + 16));
    assert!(!text.contains(&hex(key().seed())));
}

#[test]
fn the_recommended_parameters_work_and_take_a_measurable_time() {
    let params = KdfParams::RECOMMENDED;
    assert_eq!(
        (params.m_cost_kib, params.t_cost, params.p_cost),
        (19_456, 2, 1)
    );
    let start = Instant::now();
    let text = export_key(&key(), PASSPHRASE, params, [3; 16], [4; 24]).unwrap();
    let export = start.elapsed();
    let start = Instant::now();
    let back = import_key(text.as_bytes(), PASSPHRASE).unwrap();
    let import = start.elapsed();
    assert_eq!(back.public_key(), key().public_key());
    eprintln!("Argon2id m=19456 KiB t=2 p=1 (test profile): export {export:?}, import {import:?}");
}

#[test]
fn salt_and_nonce_change_the_file() {
    let a = file();
    assert_eq!(a, file(), "same inputs, same file");
    let b = export_key(&key(), PASSPHRASE, FAST, [9; 16], [2; 24]).unwrap();
    let c = export_key(&key(), PASSPHRASE, FAST, [1; 16], [9; 24]).unwrap();
    let ct = |t: &str| serde_json::from_str::<Value>(t).unwrap()["cipher"]["ciphertext"].clone();
    assert_ne!(ct(&a), ct(&b));
    assert_ne!(ct(&a), ct(&c));
    assert_eq!(
        import_key(b.as_bytes(), PASSPHRASE).unwrap().seed(),
        key().seed()
    );
}

#[test]
fn a_wrong_passphrase_is_refused() {
    let text = file();
    for wrong in [
        "",
        "mật khẩu của tô",
        "Mật khẩu của tôi",
        "mat khau cua toi",
        "mật khẩu của tôi ",
    ] {
        assert_eq!(
            import_key(text.as_bytes(), wrong).unwrap_err(),
            KeyFileError::WrongPassphrase,
            "{wrong:?}"
        );
    }
}

#[test]
fn the_passphrase_is_taken_in_nfc() {
    // Exported typed one way (NFC), imported typed another (decomposed
    // tones, as some input methods produce).
    let text = file();
    let decomposed = "ma\u{323}\u{302}t kha\u{302}\u{309}u cu\u{309}a to\u{302}i";
    assert!(!is_nfc(decomposed));
    assert!(import_key(text.as_bytes(), decomposed).is_ok());
}

#[test]
fn a_short_passphrase_is_refused_on_export() {
    assert_eq!(
        export_key(&key(), "1234567", FAST, [1; 16], [2; 24]),
        Err(KeyFileError::PassphraseTooShort {
            min: MIN_PASSPHRASE_CHARS
        })
    );
    // Counted in characters, not bytes: 8 Vietnamese letters are enough.
    assert!(export_key(&key(), "ậậậậậậậậ", FAST, [1; 16], [2; 24]).is_ok());
}

#[test]
fn hostile_or_weak_parameters_are_refused_before_any_work() {
    let text = file();
    for (m, t, p) in [
        (4_000_000_000u32, 2, 1), // 4 TB of memory
        (262_145, 1, 1),
        (19_456, 1_000_000, 1), // hours of work
        (19_456, 11, 1),
        (19_456, 2, 255),
        (19_456, 2, 0),
        (19_456, 0, 1),
        (8, 1, 1), // protects nothing
        (8_191, 1, 1),
    ] {
        let hostile = edited(&text, |v| {
            v["kdf"]["m_cost_kib"] = json!(m);
            v["kdf"]["t_cost"] = json!(t);
            v["kdf"]["p_cost"] = json!(p);
        });
        let params = KdfParams {
            m_cost_kib: m,
            t_cost: t,
            p_cost: p,
        };
        let start = Instant::now();
        assert_eq!(
            import_key(hostile.as_bytes(), PASSPHRASE).unwrap_err(),
            KeyFileError::ParamsOutOfBounds { params },
        );
        assert!(
            start.elapsed().as_millis() < 200,
            "refused without deriving"
        );
        assert_eq!(
            read_key_file(hostile.as_bytes()),
            Err(KeyFileError::ParamsOutOfBounds { params })
        );
        assert_eq!(
            export_key(&key(), PASSPHRASE, params, [1; 16], [2; 24]),
            Err(KeyFileError::ParamsOutOfBounds { params })
        );
    }
    // The bounds themselves are accepted.
    for params in [
        KdfParams {
            m_cost_kib: 8_192,
            t_cost: 1,
            p_cost: 4,
        },
        KdfParams {
            m_cost_kib: 262_144,
            t_cost: 10,
            p_cost: 1,
        },
    ] {
        assert!(params.is_sane(), "{params:?}");
    }
    // A memory cost that is not a number at all is malformed.
    let text = edited(&text, |v| v["kdf"]["m_cost_kib"] = json!(1e12));
    assert!(matches!(
        import_key(text.as_bytes(), PASSPHRASE),
        Err(KeyFileError::Malformed { .. })
    ));
}

#[test]
fn a_damaged_or_edited_file_is_refused() {
    let text = file();
    let v: Value = serde_json::from_str(&text).unwrap();
    let ciphertext = v["cipher"]["ciphertext"].as_str().unwrap().to_owned();

    // A changed byte of the ciphertext or tag: the cipher cannot tell it
    // from a wrong passphrase.
    for i in [0, 40, 95] {
        let mut c = ciphertext.clone().into_bytes();
        c[i] = if c[i] == b'0' { b'1' } else { b'0' };
        let damaged = text.replace(&ciphertext, std::str::from_utf8(&c).unwrap());
        assert_eq!(
            import_key(damaged.as_bytes(), PASSPHRASE).unwrap_err(),
            KeyFileError::WrongPassphrase,
            "{i}"
        );
    }
    // Salt or nonce changed: another key or keystream, same answer.
    for (section, field) in [("kdf", "salt"), ("cipher", "nonce")] {
        let changed = edited(&text, |v| {
            let old = v[section][field].as_str().unwrap();
            v[section][field] = json!(format!("ff{}", &old[2..]));
        });
        assert_eq!(
            import_key(changed.as_bytes(), PASSPHRASE).unwrap_err(),
            KeyFileError::WrongPassphrase,
            "{field}"
        );
    }
    // Another public key (with its own fingerprint): bound to the
    // ciphertext, so refused.
    let other = KeyPair::from_seed([7; 32]);
    let swapped = edited(&text, |v| {
        v["public_key"] = json!(hex(&other.public_key()));
        v["fingerprint"] = json!(other.fingerprint());
    });
    assert_eq!(
        read_key_file(swapped.as_bytes()).unwrap().fingerprint,
        other.fingerprint()
    );
    assert_eq!(
        import_key(swapped.as_bytes(), PASSPHRASE).unwrap_err(),
        KeyFileError::WrongPassphrase
    );

    // Malformed: the fingerprint edited, bad hex, wrong lengths, unknown
    // algorithms or members, members missing.
    let malformed: Vec<fn(&mut Value)> = vec![
        |v| v["fingerprint"] = json!("0000 0000 0000 0000"),
        |v| v["public_key"] = json!("zz"),
        |v| v["cipher"]["ciphertext"] = json!("00"),
        |v| v["kdf"]["salt"] = json!("0101"),
        |v| v["cipher"]["nonce"] = json!(1),
        |v| v["kdf"]["alg"] = json!("scrypt"),
        |v| v["kdf"]["version"] = json!(16),
        |v| v["cipher"]["alg"] = json!("aes-256-gcm"),
        |v| v["note"] = json!("x"),
        |v| v["kdf"]["memory"] = json!(1),
        |v| {
            v.as_object_mut().unwrap().remove("cipher");
        },
        |v| {
            v["kdf"].as_object_mut().unwrap().remove("t_cost");
        },
        |v| v["version"] = json!("1"),
    ];
    for (i, change) in malformed.iter().enumerate() {
        let bad = edited(&text, *change);
        assert!(
            matches!(
                import_key(bad.as_bytes(), PASSPHRASE),
                Err(KeyFileError::Malformed { .. })
            ),
            "case {i}: {:?}",
            import_key(bad.as_bytes(), PASSPHRASE)
        );
    }
}

#[test]
fn other_files_and_versions_are_refused() {
    let text = file();
    let v2 = edited(&text, |v| v["version"] = json!(2));
    assert_eq!(
        import_key(v2.as_bytes(), PASSPHRASE).unwrap_err(),
        KeyFileError::UnsupportedVersion { found: 2 }
    );
    for other in [
        std::fs::read("tests/fixtures/seal/valid.json").unwrap(),
        std::fs::read("tests/fixtures/backup/valid.json").unwrap(),
        b"not json".to_vec(),
        b"".to_vec(),
        b"[]".to_vec(),
        b"{\"format\": \"kiemdiem.khoa\", \"format\": \"kiemdiem.khoa\"}".to_vec(),
    ] {
        assert_eq!(
            import_key(&other, PASSPHRASE).unwrap_err(),
            KeyFileError::NotAKeyFile
        );
    }
    let mut big = text.clone().into_bytes();
    big.resize(MAX_KEY_FILE_BYTES + 1, b' ');
    assert_eq!(
        import_key(&big, PASSPHRASE).unwrap_err(),
        KeyFileError::TooLarge {
            size: MAX_KEY_FILE_BYTES + 1,
            max: MAX_KEY_FILE_BYTES
        }
    );
    // Reindented, reordered: still a key file.
    let compact = serde_json::to_string(&serde_json::from_str::<Value>(&text).unwrap()).unwrap();
    assert!(import_key(compact.as_bytes(), PASSPHRASE).is_ok());
}

#[test]
fn every_key_file_error_has_its_own_vietnamese_message() {
    let errors = [
        KeyFileError::PassphraseTooShort { min: 8 },
        KeyFileError::NotAKeyFile,
        KeyFileError::UnsupportedVersion { found: 2 },
        KeyFileError::Malformed { reason: "x".into() },
        KeyFileError::ParamsOutOfBounds {
            params: KdfParams::RECOMMENDED,
        },
        KeyFileError::WrongPassphrase,
        KeyFileError::Crypto("x".into()),
    ];
    let messages: Vec<String> = errors.iter().map(key_file_error).collect();
    for (e, m) in errors.iter().zip(&messages) {
        assert!(is_nfc(m), "{e:?}");
        assert_eq!(messages.iter().filter(|o| *o == m).count(), 1, "{e:?}");
    }
    assert!(messages[0].contains('8'));
    assert!(messages[5].contains("Sai mật khẩu"));
}

#[test]
fn the_example_key_file_is_what_the_code_writes_and_opens() {
    // The key of the sealed example (seed 00 01 … 1f), the recommended
    // parameters, salt 10 11 … 1f, nonce 20 21 … 37.
    let key = KeyPair::from_seed(std::array::from_fn(|i| i as u8));
    let salt = std::array::from_fn(|i| 0x10 + i as u8);
    let nonce = std::array::from_fn(|i| 0x20 + i as u8);
    let made = export_key(
        &key,
        EXAMPLE_PASSPHRASE,
        KdfParams::RECOMMENDED,
        salt,
        nonce,
    )
    .unwrap();
    if std::env::var_os("KIEMDIEM_BLESS_SEAL").is_some() {
        std::fs::write(FIXTURE, &made).unwrap();
    }
    let fixture = std::fs::read_to_string(FIXTURE).unwrap();
    assert_eq!(fixture, made, "rerun with KIEMDIEM_BLESS_SEAL=1");
    let back = import_key(fixture.as_bytes(), EXAMPLE_PASSPHRASE).unwrap();
    assert_eq!(back.seed(), key.seed());

    let doc = std::fs::read_to_string(DOC).unwrap();
    assert!(
        doc.contains(&format!("```json\n{fixture}```")),
        "{DOC} must show {FIXTURE} verbatim"
    );
    assert!(doc.contains(EXAMPLE_PASSPHRASE));
}

// ---------------------------------------------------------------------------
// In the browser (`cargo test --target wasm32-unknown-unknown --test
// core_keyfile`): the example opens, and how long Argon2id takes there.

#[cfg(target_arch = "wasm32")]
mod in_the_browser {
    use super::*;
    use wasm_bindgen_test::{wasm_bindgen_test, wasm_bindgen_test_configure};

    wasm_bindgen_test_configure!(run_in_browser);

    #[wasm_bindgen_test]
    fn the_example_key_file_opens_in_the_browser() {
        let text = include_str!("fixtures/seal/key-example.json");
        let start = js_sys::Date::now();
        let key = import_key(text.as_bytes(), EXAMPLE_PASSPHRASE).unwrap();
        let import_ms = js_sys::Date::now() - start;
        assert_eq!(key.fingerprint(), "5647 5AA7 5463 474C");
        let start = js_sys::Date::now();
        let again = export_key(
            &key,
            EXAMPLE_PASSPHRASE,
            KdfParams::RECOMMENDED,
            std::array::from_fn(|i| 0x10 + i as u8),
            std::array::from_fn(|i| 0x20 + i as u8),
        )
        .unwrap();
        let export_ms = js_sys::Date::now() - start;
        assert_eq!(again, text);
        wasm_bindgen_test::console_log!(
            "Argon2id m=19456 KiB t=2 p=1 in Chromium (debug build): import {import_ms} ms, export {export_ms} ms"
        );
    }
}

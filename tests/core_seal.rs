//! The sealed dossier file: RFC 8785 and RFC 8032 test vectors, sealing and
//! verifying, every way a file can be refused, and the documented example.
//!
//! `KIEMDIEM_BLESS_SEAL=1 cargo test --test core_seal` rewrites
//! `tests/fixtures/seal/valid.json` and `tests/fixtures/seal/variants/` from
//! the code (then paste the example into `docs/dossier-format.md`, which a
//! test compares with it; run twice, as the other tests read the files).

use chrono::{DateTime, TimeZone, Utc};
use kiemdiem::core::backup::BACKUP_FORMAT;
use kiemdiem::core::dossier::{Dossier, DossierId, IdentityField, Points, Rating, Role};
use kiemdiem::core::seal::{
    ContentProblem, DOSSIER_FORMAT, DOSSIER_VERSION, KeyPair, MAX_DOSSIER_BYTES, SealError,
    VerifyError, canonical_bytes, fingerprint, seal, sha256_hex, verify, verify_signature,
};
use kiemdiem::core::template::TemplateId;
use kiemdiem::core::textnorm::{is_nfc, nfc};
use kiemdiem::text::seal::verify_error;
use serde_json::{Value, json};
use sha2::{Digest, Sha256};

const FIXTURE: &str = "tests/fixtures/seal/valid.json";
const DOC: &str = "docs/dossier-format.md";
const RFC8785: &str = "tests/fixtures/seal/rfc8785";
/// 2026-11-29 08:00:00 UTC.
const NOW_MS: i64 = 1_795_939_200_000;

/// The example key: the seed 00 01 02 … 1f (documented; never a real key).
fn example_key() -> KeyPair {
    KeyPair::from_seed(std::array::from_fn(|i| i as u8))
}

fn at(day: u32, hour: u32) -> DateTime<Utc> {
    Utc.with_ymd_and_hms(2026, 11, day, hour, 0, 0).unwrap()
}

/// The dossier of the documented example.
fn example_dossier() -> Dossier {
    let mut d = Dossier::new(
        DossierId("hs-19a8c7a2e00-1a2b".into()),
        2025,
        Role::Member,
        at(15, 2),
    )
    .unwrap();
    let now = at(28, 9);
    d.set_identity(IdentityField::FullName, "Nguyễn Thị Ánh Hồng", now);
    d.set_identity(IdentityField::PartyCell, "Chi bộ Khối vận", now);
    d.set_answer_text(
        "A.I.1",
        "Luôn kiên định lập trường, tư tưởng chính trị; chấp hành nghiêm chủ trương của Đảng.",
        now,
    );
    d.points.insert("B.I.chung.1".into(), Points(275));
    d.proposal.party = Some(Rating::Good);
    d
}

fn example_text() -> String {
    seal(&example_dossier(), &example_key(), NOW_MS, "0.1.0")
        .unwrap()
        .text
}

fn fixture() -> String {
    std::fs::read_to_string(FIXTURE).unwrap()
}

fn parsed(text: &str) -> Value {
    serde_json::from_str(text).unwrap()
}

/// A file whose payload is the example's changed by `change`, sealed again
/// with the example key (so that the checks after the signature are
/// reached).
fn resealed(change: impl FnOnce(&mut Value)) -> String {
    let mut file = parsed(&fixture());
    change(&mut file["payload"]);
    let key = example_key();
    let signature = key.sign(&canonical_bytes(&file["payload"]).unwrap());
    file["seal"]["signature"] = Value::String(hex(&signature));
    serde_json::to_string_pretty(&file).unwrap()
}

fn hex(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

fn unhex(text: &str) -> Vec<u8> {
    (0..text.len())
        .step_by(2)
        .map(|i| u8::from_str_radix(&text[i..i + 2], 16).unwrap())
        .collect()
}

fn verify_str(text: &str) -> Result<kiemdiem::core::seal::Verified, VerifyError> {
    verify(text.as_bytes())
}

/// Decomposes every precomposed Vietnamese letter of `s` (NFD by hand for
/// the letters the tests use, so the test does not lean on the code under
/// test).
fn decomposed(s: &str) -> String {
    s.replace('ễ', "e\u{302}\u{303}")
        .replace('ị', "i\u{323}")
        .replace('Á', "A\u{301}")
        .replace('ồ', "o\u{302}\u{300}")
}

// ---------------------------------------------------------------------------
// RFC 8785 (JCS) test vectors

#[test]
fn rfc8785_section_3_2_2_example_canonicalizes_to_section_3_2_3_and_3_2_4() {
    let input = std::fs::read_to_string(format!("{RFC8785}/example.input.json")).unwrap();
    let expected = std::fs::read(format!("{RFC8785}/example.expected.json")).unwrap();
    let value: Value = serde_json::from_str(&input).unwrap();
    let canonical = canonical_bytes(&value).unwrap();
    assert_eq!(
        String::from_utf8_lossy(&canonical),
        String::from_utf8_lossy(&expected)
    );
    // The UTF-8 bytes as §3.2.4 lists them in hex.
    let hex_dump = std::fs::read_to_string(format!("{RFC8785}/example.expected.hex")).unwrap();
    let listed: Vec<u8> = hex_dump
        .split_whitespace()
        .map(|h| u8::from_str_radix(h, 16).unwrap())
        .collect();
    assert_eq!(canonical, listed);
}

#[test]
fn rfc8785_section_3_2_3_sorts_member_names_by_utf16_code_units() {
    let input = std::fs::read_to_string(format!("{RFC8785}/sorting.input.json")).unwrap();
    let expected = std::fs::read(format!("{RFC8785}/sorting.expected.json")).unwrap();
    let value: Value = serde_json::from_str(&input).unwrap();
    assert_eq!(canonical_bytes(&value).unwrap(), expected);
}

#[test]
fn rfc8785_appendix_b_numbers_serialize_as_ecmascript_does() {
    let table = std::fs::read_to_string(format!("{RFC8785}/numbers.txt")).unwrap();
    let mut rows = 0;
    for line in table
        .lines()
        .filter(|l| !l.starts_with('#') && !l.is_empty())
    {
        let (bits, expected) = line.split_once(' ').unwrap();
        let number = f64::from_bits(u64::from_str_radix(bits, 16).unwrap());
        let canonical = canonical_bytes(&json!([number])).unwrap();
        assert_eq!(
            String::from_utf8(canonical).unwrap(),
            format!("[{expected}]"),
            "{bits}"
        );
        rows += 1;
    }
    assert_eq!(rows, 24);
}

#[test]
fn canonical_form_ignores_order_and_layout_but_not_content() {
    let a: Value = serde_json::from_str(r#"{"b": 1, "a": {"y": [1, 2], "x": "đ"}}"#).unwrap();
    let b: Value =
        serde_json::from_str("{\"a\":{\"x\":\"\\u0111\",\"y\":[1,2]},\n \"b\":1}").unwrap();
    let c: Value = serde_json::from_str(r#"{"a": {"x": "đ", "y": [2, 1]}, "b": 1}"#).unwrap();
    assert_eq!(canonical_bytes(&a).unwrap(), canonical_bytes(&b).unwrap());
    assert_ne!(canonical_bytes(&a).unwrap(), canonical_bytes(&c).unwrap());
    assert_eq!(
        canonical_bytes(&a).unwrap(),
        "{\"a\":{\"x\":\"đ\",\"y\":[1,2]},\"b\":1}".as_bytes()
    );
}

// ---------------------------------------------------------------------------
// RFC 8032 §7.1 test vectors

#[test]
fn rfc8032_section_7_1_vectors_sign_and_verify() {
    let file: Value =
        parsed(&std::fs::read_to_string("tests/fixtures/seal/rfc8032-ed25519.json").unwrap());
    let vectors = file["vectors"].as_array().unwrap();
    let names: Vec<&str> = vectors
        .iter()
        .map(|v| v["name"].as_str().unwrap())
        .collect();
    assert_eq!(
        names,
        ["TEST 1", "TEST 2", "TEST 3", "TEST 1024", "TEST SHA(abc)"]
    );
    for v in vectors {
        let name = v["name"].as_str().unwrap();
        let field = |f: &str| unhex(v[f].as_str().unwrap());
        let seed: [u8; 32] = field("secret_key").try_into().unwrap();
        let public_key: [u8; 32] = field("public_key").try_into().unwrap();
        let message = field("message");
        let signature: [u8; 64] = field("signature").try_into().unwrap();

        let key = KeyPair::from_seed(seed);
        assert_eq!(key.public_key(), public_key, "{name}: public key");
        assert_eq!(key.sign(&message), signature, "{name}: signature");
        assert!(
            verify_signature(&public_key, &message, &signature),
            "{name}"
        );

        let mut other = message.clone();
        other.push(0);
        assert!(!verify_signature(&public_key, &other, &signature), "{name}");
        let mut flipped = signature;
        flipped[10] ^= 0x40;
        assert!(!verify_signature(&public_key, &message, &flipped), "{name}");
    }
    // TEST 1024 is 1023 bytes; TEST SHA(abc) signs SHA-512("abc").
    assert_eq!(vectors[3]["message"].as_str().unwrap().len(), 2 * 1023);
    assert_eq!(
        vectors[4]["message"].as_str().unwrap(),
        hex(&sha2::Sha512::digest(b"abc"))
    );
}

#[test]
fn fingerprint_is_the_first_8_bytes_of_sha256_of_the_key_grouped() {
    let key = example_key();
    let hash = Sha256::digest(key.public_key());
    let expected: Vec<String> = hash[..8]
        .chunks(2)
        .map(|pair| format!("{:02X}{:02X}", pair[0], pair[1]))
        .collect();
    assert_eq!(key.fingerprint(), expected.join(" "));
    assert_eq!(key.fingerprint().len(), 19);
    assert_ne!(
        KeyPair::from_seed([1; 32]).fingerprint(),
        KeyPair::from_seed([2; 32]).fingerprint()
    );
    assert_eq!(fingerprint(&key.public_key()), key.fingerprint());
}

#[test]
fn a_key_pair_never_shows_its_seed() {
    let key = KeyPair::from_seed([0xab; 32]);
    let shown = format!("{key:?}");
    assert!(shown.contains(&key.fingerprint()), "{shown}");
    assert!(!shown.to_lowercase().contains("abab"), "{shown}");
}

// ---------------------------------------------------------------------------
// Sealing and verifying

#[test]
fn a_sealed_dossier_verifies_with_all_its_content() {
    let dossier = example_dossier();
    let key = example_key();
    let sealed = seal(&dossier, &key, NOW_MS, "0.1.0").unwrap();
    let verified = verify_str(&sealed.text).unwrap();

    assert_eq!(verified.payload.dossier, dossier);
    assert_eq!(verified.payload.template, TemplateId::Y2025Member);
    assert_eq!(verified.payload.template_version, 1);
    assert_eq!(verified.payload.year, 2025);
    assert_eq!(verified.payload.role, Role::Member);
    assert_eq!(verified.payload.schema, 1);
    assert_eq!(verified.payload.created_at, NOW_MS);
    assert_eq!(verified.payload.app_version, "0.1.0");
    assert_eq!(verified.fingerprint, key.fingerprint());
    assert_eq!(sealed.fingerprint, key.fingerprint());
    assert_eq!(verified.public_key, hex(&key.public_key()));
    assert_eq!(sealed.file_stem, "KiemDiem_2025_2B_NguyenThiAnhHong");
    assert_eq!(sealed.file_name(), "KiemDiem_2025_2B_NguyenThiAnhHong.json");

    // The digest: SHA-256 of the canonical payload, as another tool computes it.
    let file = parsed(&sealed.text);
    let canonical = canonical_bytes(&file["payload"]).unwrap();
    assert_eq!(sealed.digest, hex(&Sha256::digest(&canonical)));
    assert_eq!(verified.digest, sealed.digest);
    assert_eq!(sha256_hex(&canonical), sealed.digest);
    // The signature is over exactly those bytes.
    let signature: [u8; 64] = unhex(file["seal"]["signature"].as_str().unwrap())
        .try_into()
        .unwrap();
    assert!(verify_signature(&key.public_key(), &canonical, &signature));

    // The envelope, member by member.
    assert_eq!(file["format"], DOSSIER_FORMAT);
    assert_eq!(file["version"], DOSSIER_VERSION);
    assert_eq!(file["seal"]["alg"], "Ed25519");
    assert_eq!(
        file["payload"]["dossier"]["identity"]["full_name"],
        "Nguyễn Thị Ánh Hồng"
    );
    assert!(sealed.text.ends_with("}\n"));
    // Vietnamese as UTF-8, not \u escapes; no floating-point number anywhere.
    assert!(sealed.text.contains("Nguyễn Thị Ánh Hồng"));
    assert!(!sealed.text.contains("\\u"));
    assert!(!has_float(&file));
}

fn has_float(v: &Value) -> bool {
    match v {
        Value::Number(n) => n.is_f64(),
        Value::Array(items) => items.iter().any(has_float),
        Value::Object(m) => m.values().any(has_float),
        _ => false,
    }
}

#[test]
fn sealing_is_deterministic_and_depends_on_every_input() {
    let d = example_dossier();
    let key = example_key();
    let a = seal(&d, &key, NOW_MS, "0.1.0").unwrap();
    assert_eq!(a, seal(&d, &key, NOW_MS, "0.1.0").unwrap());
    let later = seal(&d, &key, NOW_MS + 1, "0.1.0").unwrap();
    let other_app = seal(&d, &key, NOW_MS, "0.2.0").unwrap();
    let other_key = seal(&d, &KeyPair::from_seed([9; 32]), NOW_MS, "0.1.0").unwrap();
    assert_ne!(a.digest, later.digest);
    assert_ne!(a.digest, other_app.digest);
    // Another key: same content, so the same digest, but another seal.
    assert_eq!(a.digest, other_key.digest);
    assert_ne!(a.fingerprint, other_key.fingerprint);
    assert_ne!(a.text, other_key.text);
}

#[test]
fn sealing_puts_text_in_nfc() {
    let mut d = example_dossier();
    d.identity.full_name = decomposed("Nguyễn Thị Ánh Hồng");
    assert!(!is_nfc(&d.identity.full_name));
    let sealed = seal(&d, &example_key(), NOW_MS, "0.1.0").unwrap();
    let verified = verify_str(&sealed.text).unwrap();
    assert_eq!(
        verified.payload.dossier.identity.full_name,
        "Nguyễn Thị Ánh Hồng"
    );
    assert_eq!(sealed.file_stem, "KiemDiem_2025_2B_NguyenThiAnhHong");
}

#[test]
fn a_dossier_on_the_wrong_template_is_not_sealed() {
    let mut d = example_dossier();
    d.template = TemplateId::Y2025Leader;
    assert_eq!(
        seal(&d, &example_key(), NOW_MS, "0.1.0"),
        Err(SealError::WrongTemplate {
            template: TemplateId::Y2025Leader,
            year: 2025,
            role: Role::Member
        })
    );
}

#[test]
fn a_sealing_time_beyond_safe_integers_is_refused() {
    let err = seal(&example_dossier(), &example_key(), 1 << 60, "0.1.0").unwrap_err();
    assert_eq!(
        err,
        SealError::UnsafeNumber {
            path: "/created_at".into()
        }
    );
}

#[test]
fn a_dossier_too_large_to_verify_is_not_sealed() {
    let mut d = example_dossier();
    let now = d.updated_at;
    d.set_answer_text("A.I.2", &"Nội dung rất dài. ".repeat(250_000), now);
    assert!(matches!(
        seal(&d, &example_key(), NOW_MS, "0.1.0"),
        Err(SealError::TooLarge {
            max: MAX_DOSSIER_BYTES,
            ..
        })
    ));
}

// ---------------------------------------------------------------------------
// What verification accepts

#[test]
fn reordered_reindented_or_escaped_files_still_verify() {
    let original = fixture();
    let expected = verify_str(&original).unwrap();

    // Compact, members sorted (serde_json's map order), so reordered.
    let compact = serde_json::to_string(&parsed(&original)).unwrap();
    assert_ne!(compact, original);
    assert!(compact.find("\"seal\"").unwrap() < compact.find("\"version\"").unwrap());
    assert_eq!(verify_str(&compact).unwrap(), expected);

    // The envelope's members reversed, the payload's too, by hand.
    let file = parsed(&original);
    let mut reversed = String::from("{\"seal\":");
    reversed.push_str(&serde_json::to_string(&file["seal"]).unwrap());
    reversed.push_str(",\n\n\t\"payload\" : {");
    let payload = file["payload"].as_object().unwrap();
    let members: Vec<String> = payload
        .iter()
        .rev()
        .map(|(k, v)| format!("{}: {}", json!(k), serde_json::to_string_pretty(v).unwrap()))
        .collect();
    reversed.push_str(&members.join(",\r\n"));
    reversed.push_str("}, \"version\": 1, \"format\": \"kiemdiem.dossier\"}");
    assert_eq!(verify_str(&reversed).unwrap(), expected);

    // Every non-ASCII character written as a \u escape (as some tools do).
    let escaped = ascii_escaped(&original);
    assert!(escaped.is_ascii());
    assert_eq!(verify_str(&escaped).unwrap(), expected);

    // A byte order mark (Windows Notepad) is tolerated.
    assert_eq!(
        verify_str(&format!("\u{feff}{original}")).unwrap(),
        expected
    );
}

// ---------------------------------------------------------------------------
// What verification refuses, and says

#[test]
fn a_changed_letter_in_the_content_breaks_the_seal() {
    let original = fixture();
    for (from, to) in [
        ("Nguyễn Thị Ánh Hồng", "Nguyễn Thị Ánh Hông"),
        ("\"B.I.chung.1\": 275", "\"B.I.chung.1\": 285"),
        ("\"party\": \"good\"", "\"party\": \"excellent\""),
        (
            "\"created_at\": 1795939200000",
            "\"created_at\": 1795939200001",
        ),
        ("\"app_version\": \"0.1.0\"", "\"app_version\": \"0.1.1\""),
        ("chủ trương", "chủ truong"),
    ] {
        assert!(original.contains(from), "{from}");
        let changed = original.replacen(from, to, 1);
        assert_eq!(
            verify_str(&changed),
            Err(VerifyError::SignatureInvalid),
            "{from} → {to}"
        );
    }
    // Added content breaks it too.
    let added = original.replacen(
        "\"answers\": {",
        "\"answers\": {\n        \"A.I.2\": {\"text\": \"Thêm sau\"},",
        1,
    );
    assert_eq!(verify_str(&added), Err(VerifyError::SignatureInvalid));
}

#[test]
fn a_changed_signature_is_caught() {
    let original = fixture();
    let file = parsed(&original);
    let signature = file["seal"]["signature"].as_str().unwrap().to_owned();
    let flip = |i: usize| {
        let mut s = signature.clone().into_bytes();
        s[i] = if s[i] == b'0' { b'1' } else { b'0' };
        original.replace(&signature, &String::from_utf8(s).unwrap())
    };
    // A changed digit in R, then in S.
    assert_eq!(verify_str(&flip(3)), Err(VerifyError::SignatureInvalid));
    assert_eq!(verify_str(&flip(100)), Err(VerifyError::SignatureInvalid));
    // Not 128 lower-case hex digits.
    for bad in [
        &signature[..126],
        &format!("{signature}00"),
        &signature.to_uppercase(),
        &format!("{}zz", &signature[..126]),
    ] {
        assert_eq!(
            verify_str(&original.replace(&signature, bad)),
            Err(VerifyError::SignatureMalformed)
        );
    }
}

#[test]
fn a_changed_key_is_caught() {
    let original = fixture();
    let file = parsed(&original);
    let key_hex = file["seal"]["public_key"].as_str().unwrap().to_owned();
    let stated = file["seal"]["fingerprint"].as_str().unwrap().to_owned();

    // One hex digit changed: either no longer a key, or another key whose
    // fingerprint is not the one written.
    for i in [0, 17, 63] {
        let mut k = key_hex.clone().into_bytes();
        k[i] = if k[i] == b'a' { b'b' } else { b'a' };
        let changed = original.replace(&key_hex, std::str::from_utf8(&k).unwrap());
        let err = verify_str(&changed).unwrap_err();
        assert!(
            matches!(
                err,
                VerifyError::KeyMalformed { .. } | VerifyError::FingerprintMismatch { .. }
            ),
            "{i}: {err:?}"
        );
    }
    // Not hex, or the wrong length.
    for bad in ["", "zz", &key_hex.to_uppercase(), &key_hex[..62]] {
        assert!(matches!(
            verify_str(&original.replace(&key_hex, bad)),
            Err(VerifyError::KeyMalformed { .. })
        ));
    }
    // Not a point of the curve (y = 2 has no x).
    let mut not_a_point = [0u8; 32];
    not_a_point[0] = 2;
    let bad = original
        .replace(&key_hex, &hex(&not_a_point))
        .replace(&stated, &fingerprint(&not_a_point));
    assert!(matches!(
        verify_str(&bad),
        Err(VerifyError::KeyMalformed { .. })
    ));
    // A small-order key (the identity point), with its own fingerprint.
    let mut identity = [0u8; 32];
    identity[0] = 1;
    let weak = original
        .replace(&key_hex, &hex(&identity))
        .replace(&stated, &fingerprint(&identity));
    assert!(matches!(
        verify_str(&weak),
        Err(VerifyError::KeyMalformed { .. })
    ));

    // Another valid key with the original fingerprint: the fingerprint
    // gives it away.
    let other = KeyPair::from_seed([9; 32]);
    let swapped = original.replace(&key_hex, &hex(&other.public_key()));
    assert_eq!(
        verify_str(&swapped),
        Err(VerifyError::FingerprintMismatch {
            stated: stated.clone(),
            actual: other.fingerprint()
        })
    );
    // Another key and its fingerprint: the signature gives it away.
    let both = swapped.replace(&stated, &other.fingerprint());
    assert_eq!(verify_str(&both), Err(VerifyError::SignatureInvalid));
}

#[test]
fn an_edited_fingerprint_is_caught() {
    let original = fixture();
    let stated = parsed(&original)["seal"]["fingerprint"]
        .as_str()
        .unwrap()
        .to_owned();
    for edited in [
        "0000 0000 0000 0000".to_owned(),
        stated.to_lowercase(),
        stated.replace(' ', "-"),
        stated.replace(' ', ""),
    ] {
        assert_ne!(edited, stated);
        assert_eq!(
            verify_str(&original.replace(&stated, &edited)),
            Err(VerifyError::FingerprintMismatch {
                stated: edited.clone(),
                actual: stated.clone()
            })
        );
    }
}

#[test]
fn decomposed_text_is_refused_even_when_signed() {
    // Signed as NFD (by another tool): refused as not NFC.
    let nfd = resealed(|p| {
        let name = p["dossier"]["identity"]["full_name"].as_str().unwrap();
        p["dossier"]["identity"]["full_name"] = Value::String(decomposed(name));
    });
    assert_eq!(
        verify_str(&nfd),
        Err(VerifyError::NotNfc {
            path: "/dossier/identity/full_name".into()
        })
    );
    // NFD written over the NFC text of a sealed file (an editor converting
    // it): refused for the same reason, before the signature.
    let converted = fixture().replace("Nguyễn Thị Ánh Hồng", &decomposed("Nguyễn Thị Ánh Hồng"));
    assert!(matches!(
        verify_str(&converted),
        Err(VerifyError::NotNfc { .. })
    ));
    // A member name counts too.
    let key = resealed(|p| {
        let answers = p["dossier"]["answers"].as_object_mut().unwrap();
        answers.insert(decomposed("Á"), json!({"text": "x"}));
    });
    assert!(matches!(verify_str(&key), Err(VerifyError::NotNfc { .. })));
    // And NFC of the same text is what the app seals.
    assert_eq!(
        nfc(&decomposed("Nguyễn Thị Ánh Hồng")),
        "Nguyễn Thị Ánh Hồng"
    );
}

#[test]
fn another_format_version_is_refused() {
    let original = fixture();
    assert!(original.contains("\"version\": 1,"));
    for (v, expected) in [
        ("2", Err(VerifyError::UnsupportedVersion { found: 2 })),
        ("0", Err(VerifyError::UnsupportedVersion { found: 0 })),
        (
            "\"1\"",
            Err(VerifyError::BadEnvelope {
                field: "version".into(),
            }),
        ),
        (
            "1.0",
            Err(VerifyError::BadEnvelope {
                field: "version".into(),
            }),
        ),
    ] {
        let changed = original.replacen("\"version\": 1,", &format!("\"version\": {v},"), 1);
        assert_eq!(verify_str(&changed), expected, "{v}");
    }
}

#[test]
fn an_unknown_template_or_template_version_is_refused() {
    let unknown = resealed(|p| {
        p["template"] = json!("2027-2B");
        p["dossier"]["template"] = json!("2027-2B");
    });
    assert_eq!(
        verify_str(&unknown),
        Err(VerifyError::UnknownTemplate {
            template: "2027-2B".into(),
            version: 1
        })
    );
    let newer = resealed(|p| p["template_version"] = json!(99));
    assert_eq!(
        verify_str(&newer),
        Err(VerifyError::UnknownTemplate {
            template: "2025-2B".into(),
            version: 99
        })
    );
    let zero = resealed(|p| p["template_version"] = json!(0));
    assert!(matches!(
        verify_str(&zero),
        Err(VerifyError::UnknownTemplate { version: 0, .. })
    ));
    let newer_schema = resealed(|p| p["schema"] = json!(2));
    assert_eq!(
        verify_str(&newer_schema),
        Err(VerifyError::NewerSchema { found: 2 })
    );
}

#[test]
fn files_that_are_not_json_are_refused() {
    for bad in [
        &b""[..],
        b"   \n",
        b"\xff\xfe{}",
        b"not json",
        b"{\"format\": \"kiemdiem.dossier\", \"version\": 1",
        b"{\"format\": \"kiemdiem.dossier\"} trailing",
    ] {
        assert!(
            matches!(verify(bad), Err(VerifyError::NotJson { .. })),
            "{:?}",
            String::from_utf8_lossy(bad)
        );
    }
    // A fixture cut in half (an interrupted download).
    let text = fixture();
    let half = &text.as_bytes()[..text.len() / 2];
    assert!(matches!(verify(half), Err(VerifyError::NotJson { .. })));
    // A member name given twice: two readers could see two contents.
    let twice = text.replacen("\"year\": 2025,", "\"year\": 2025,\n    \"year\": 2024,", 1);
    assert!(matches!(
        verify_str(&twice),
        Err(VerifyError::NotJson { reason }) if reason.contains("duplicate")
    ));
}

#[test]
fn json_that_is_not_a_dossier_is_refused() {
    for bad in ["[]", "42", "\"kiemdiem.dossier\"", "{}", "{\"format\": 1}"] {
        assert_eq!(verify_str(bad), Err(VerifyError::NotADossier), "{bad}");
    }
    assert_eq!(
        verify_str("{\"format\": \"something.else\"}"),
        Err(VerifyError::UnknownFormat {
            found: "something.else".into()
        })
    );
}

#[test]
fn a_backup_given_instead_of_a_dossier_is_named_as_such() {
    let backup = std::fs::read("tests/fixtures/backup/valid.json").unwrap();
    let err = verify(&backup).unwrap_err();
    assert_eq!(
        err,
        VerifyError::UnknownFormat {
            found: BACKUP_FORMAT.into()
        }
    );
    assert!(
        verify_error(&err).contains("tệp sao lưu"),
        "{}",
        verify_error(&err)
    );
    // And the suggestions file.
    let suggestions = std::fs::read("tests/fixtures/suggestions/valid.json").unwrap();
    let err = verify(&suggestions).unwrap_err();
    assert!(
        verify_error(&err).contains("gợi ý"),
        "{}",
        verify_error(&err)
    );
}

#[test]
fn a_file_too_large_is_not_read() {
    let mut big = fixture().into_bytes();
    big.resize(MAX_DOSSIER_BYTES + 1, b' ');
    assert_eq!(
        verify(&big),
        Err(VerifyError::TooLarge {
            size: MAX_DOSSIER_BYTES + 1,
            max: MAX_DOSSIER_BYTES
        })
    );
    // Trailing whitespace up to the limit is fine.
    big.truncate(MAX_DOSSIER_BYTES);
    assert!(verify(&big).is_ok());
}

#[test]
fn envelope_members_are_checked() {
    let original = fixture();
    let file = parsed(&original);
    let without = |path: &[&str]| {
        let mut f = file.clone();
        let (last, parents) = path.split_last().unwrap();
        let mut target = &mut f;
        for p in parents {
            target = &mut target[*p];
        }
        target.as_object_mut().unwrap().remove(*last);
        serde_json::to_string(&f).unwrap()
    };
    for (path, field) in [
        (&["payload"][..], "payload"),
        (&["seal"][..], "seal"),
        (&["version"][..], "version"),
        (&["seal", "alg"][..], "seal.alg"),
        (&["seal", "fingerprint"][..], "seal.fingerprint"),
        (&["seal", "signature"][..], "seal.signature"),
        (&["seal", "public_key"][..], "seal.public_key"),
    ] {
        assert_eq!(
            verify_str(&without(path)),
            Err(VerifyError::BadEnvelope {
                field: field.into()
            }),
            "{field}"
        );
    }
    // Unsigned extras are refused, so nobody takes them for sealed content.
    let mut extra = file.clone();
    extra["approved_by"] = json!("Chi uỷ");
    assert_eq!(
        verify_str(&serde_json::to_string(&extra).unwrap()),
        Err(VerifyError::BadEnvelope {
            field: "approved_by".into()
        })
    );
    let mut extra = file.clone();
    extra["seal"]["note"] = json!("x");
    assert_eq!(
        verify_str(&serde_json::to_string(&extra).unwrap()),
        Err(VerifyError::BadEnvelope {
            field: "seal.note".into()
        })
    );
    let mut alg = file.clone();
    alg["seal"]["alg"] = json!("RS256");
    assert_eq!(
        verify_str(&serde_json::to_string(&alg).unwrap()),
        Err(VerifyError::UnknownAlgorithm {
            found: "RS256".into()
        })
    );
    let mut payload = file.clone();
    payload["payload"] = json!([1]);
    assert_eq!(
        verify_str(&serde_json::to_string(&payload).unwrap()),
        Err(VerifyError::BadEnvelope {
            field: "payload".into()
        })
    );
}

#[test]
fn sealed_content_that_is_not_a_valid_dossier_is_refused() {
    let invalid = |p| Err(VerifyError::InvalidContent(p));
    let year = resealed(|p| p["year"] = json!(2024));
    assert_eq!(
        verify_str(&year),
        invalid(ContentProblem::Disagrees { field: "year" })
    );
    let role = resealed(|p| p["role"] = json!("leader"));
    assert_eq!(
        verify_str(&role),
        invalid(ContentProblem::Disagrees { field: "role" })
    );
    let template = resealed(|p| p["template"] = json!("2025-2A"));
    assert_eq!(
        verify_str(&template),
        invalid(ContentProblem::Disagrees { field: "template" })
    );
    // Consistent, but not the form for that year and role.
    let wrong = resealed(|p| {
        p["template"] = json!("2025-2A");
        p["dossier"]["template"] = json!("2025-2A");
    });
    assert_eq!(verify_str(&wrong), invalid(ContentProblem::WrongTemplate));
    // A member version 1 does not have, or one missing.
    let extra = resealed(|p| p["comment"] = json!("x"));
    assert!(matches!(
        verify_str(&extra),
        Err(VerifyError::InvalidContent(
            ContentProblem::Unreadable { .. }
        ))
    ));
    let missing = resealed(|p| {
        p.as_object_mut().unwrap().remove("app_version");
    });
    assert!(matches!(
        verify_str(&missing),
        Err(VerifyError::InvalidContent(
            ContentProblem::Unreadable { .. }
        ))
    ));
    let no_dossier = resealed(|p| p["dossier"] = json!({"id": "hs-1"}));
    assert!(matches!(
        verify_str(&no_dossier),
        Err(VerifyError::InvalidContent(
            ContentProblem::Unreadable { .. }
        ))
    ));
    // Numbers: integers within ±(2^53 − 1) only.
    let float = resealed(|p| p["dossier"]["points"]["B.I.chung.1"] = json!(27.5));
    assert_eq!(
        verify_str(&float),
        invalid(ContentProblem::NotAnInteger {
            path: "/dossier/points/B.I.chung.1".into()
        })
    );
    let huge = resealed(|p| p["created_at"] = json!(1u64 << 53));
    assert_eq!(
        verify_str(&huge),
        invalid(ContentProblem::NotAnInteger {
            path: "/created_at".into()
        })
    );
    let largest = resealed(|p| p["created_at"] = json!((1i64 << 53) - 1));
    assert!(verify_str(&largest).is_ok());
}

#[test]
fn every_refusal_has_its_own_vietnamese_message() {
    let errors = [
        VerifyError::TooLarge { size: 1, max: 0 },
        VerifyError::NotJson { reason: "x".into() },
        VerifyError::NotADossier,
        VerifyError::UnknownFormat { found: "x".into() },
        VerifyError::UnknownFormat {
            found: BACKUP_FORMAT.into(),
        },
        VerifyError::UnsupportedVersion { found: 2 },
        VerifyError::BadEnvelope {
            field: "seal".into(),
        },
        VerifyError::UnknownAlgorithm { found: "x".into() },
        VerifyError::KeyMalformed { reason: "x".into() },
        VerifyError::SignatureMalformed,
        VerifyError::FingerprintMismatch {
            stated: "A".into(),
            actual: "B".into(),
        },
        VerifyError::NotNfc { path: "/x".into() },
        VerifyError::SignatureInvalid,
        VerifyError::NewerSchema { found: 2 },
        VerifyError::UnknownTemplate {
            template: "x".into(),
            version: 1,
        },
        VerifyError::InvalidContent(ContentProblem::Unreadable { reason: "x".into() }),
        VerifyError::InvalidContent(ContentProblem::Disagrees { field: "year" }),
        VerifyError::InvalidContent(ContentProblem::WrongTemplate),
        VerifyError::InvalidContent(ContentProblem::NotAnInteger { path: "/x".into() }),
    ];
    let messages: Vec<String> = errors.iter().map(verify_error).collect();
    for (e, m) in errors.iter().zip(&messages) {
        assert!(m.starts_with("Không xác thực được bản kiểm điểm. "), "{m}");
        assert!(is_nfc(m), "{e:?}");
        assert!(!m.contains("  "), "{m}");
        let alike = messages.iter().filter(|o| *o == m).count();
        assert_eq!(alike, 1, "{e:?} shares its message");
    }
    assert!(messages[12].contains("thay đổi sau khi niêm phong"));
    assert!(messages[10].contains("A") && messages[10].contains("B"));
}

// ---------------------------------------------------------------------------
// The documented example

#[test]
fn the_example_file_is_what_the_code_writes() {
    let made = example_text();
    if std::env::var_os("KIEMDIEM_BLESS_SEAL").is_some() {
        std::fs::write(FIXTURE, &made).unwrap();
    }
    assert_eq!(fixture(), made, "rerun with KIEMDIEM_BLESS_SEAL=1");
}

#[test]
fn the_documented_example_verifies_and_its_values_are_right() {
    let text = fixture();
    let verified = verify_str(&text).unwrap();
    assert_eq!(
        verified.payload.dossier.identity.full_name,
        "Nguyễn Thị Ánh Hồng"
    );
    let doc = std::fs::read_to_string(DOC).unwrap();
    assert!(
        doc.contains(&format!("```json\n{text}```")),
        "{DOC} must show {FIXTURE} verbatim"
    );
    // The block in the document verifies by itself.
    let start = doc
        .find("```json\n{\n  \"format\": \"kiemdiem.dossier\"")
        .unwrap()
        + 8;
    let end = start + doc[start..].find("```").unwrap();
    assert_eq!(verify_str(&doc[start..end]).unwrap(), verified);

    // The values the document quotes.
    let key = example_key();
    assert!(doc.contains(&verified.digest), "digest");
    assert!(doc.contains(&verified.fingerprint), "fingerprint");
    assert!(doc.contains(&hex(key.seed())), "seed");
    let canonical = canonical_bytes(&parsed(&text)["payload"]).unwrap();
    let canonical = String::from_utf8(canonical).unwrap();
    assert!(
        doc.contains(&format!("```\n{canonical}\n```")),
        "{DOC} must show the canonical payload"
    );
    assert!(doc.contains(&format!("{} bytes", canonical.len())));
    assert!(doc.contains("KiemDiem_2025_2B_NguyenThiAnhHong.json"));
}

// ---------------------------------------------------------------------------
// Variants of the example, for the independent verifier too

/// Every non-ASCII character of `text` as a `\u` escape.
fn ascii_escaped(text: &str) -> String {
    let mut out = String::new();
    for c in text.chars() {
        if c.is_ascii() {
            out.push(c);
        } else {
            let mut units = [0u16; 2];
            for u in c.encode_utf16(&mut units) {
                out.push_str(&format!("\\u{u:04x}"));
            }
        }
    }
    out
}

/// The example changed in ways a verifier must accept (`ok-…`) or refuse
/// (`bad-…`), with what [`verify`] says. Written to
/// `tests/fixtures/seal/variants/` so that `scripts/verify-dossier.mjs` can
/// be run on the same files (all `ok-` pass, all `bad-` fail).
fn variants() -> Vec<(&'static str, String, Result<(), VerifyError>)> {
    let original = fixture();
    let file = parsed(&original);
    let key_hex = file["seal"]["public_key"].as_str().unwrap().to_owned();
    let stated = file["seal"]["fingerprint"].as_str().unwrap().to_owned();
    let signature = file["seal"]["signature"].as_str().unwrap().to_owned();
    let other = KeyPair::from_seed([9; 32]);
    let mut sorted_compact = serde_json::to_string(&file).unwrap();
    sorted_compact.push('\n');
    let mut flipped = signature.clone().into_bytes();
    flipped[100] = if flipped[100] == b'0' { b'1' } else { b'0' };
    let flipped = String::from_utf8(flipped).unwrap();
    let mut extra = file.clone();
    extra["approved_by"] = json!("Chi uỷ");
    vec![
        ("ok-compact-sorted", sorted_compact, Ok(())),
        ("ok-escaped", ascii_escaped(&original), Ok(())),
        ("ok-byte-order-mark", format!("\u{feff}{original}"), Ok(())),
        (
            "bad-content-changed",
            original.replacen("Ánh Hồng", "Ánh Hông", 1),
            Err(VerifyError::SignatureInvalid),
        ),
        (
            "bad-signature-changed",
            original.replace(&signature, &flipped),
            Err(VerifyError::SignatureInvalid),
        ),
        (
            "bad-key-swapped",
            original.replace(&key_hex, &hex(&other.public_key())),
            Err(VerifyError::FingerprintMismatch {
                stated: stated.clone(),
                actual: other.fingerprint(),
            }),
        ),
        (
            "bad-key-and-fingerprint-swapped",
            original
                .replace(&key_hex, &hex(&other.public_key()))
                .replace(&stated, &other.fingerprint()),
            Err(VerifyError::SignatureInvalid),
        ),
        (
            "bad-fingerprint-edited",
            original.replace(&stated, "0000 0000 0000 0000"),
            Err(VerifyError::FingerprintMismatch {
                stated: "0000 0000 0000 0000".into(),
                actual: stated.clone(),
            }),
        ),
        (
            "bad-nfd-resealed",
            resealed(|p| {
                let name = p["dossier"]["identity"]["full_name"].as_str().unwrap();
                p["dossier"]["identity"]["full_name"] = Value::String(decomposed(name));
            }),
            Err(VerifyError::NotNfc {
                path: "/dossier/identity/full_name".into(),
            }),
        ),
        (
            "bad-version-2",
            original.replacen("\"version\": 1,", "\"version\": 2,", 1),
            Err(VerifyError::UnsupportedVersion { found: 2 }),
        ),
        (
            "bad-duplicate-member",
            original.replacen("\"year\": 2025,", "\"year\": 2025,\n    \"year\": 2025,", 1),
            Err(VerifyError::NotJson {
                reason: "duplicate member \"year\"".into(),
            }),
        ),
        (
            "bad-float-resealed",
            resealed(|p| p["dossier"]["points"]["B.I.chung.1"] = json!(27.5)),
            Err(VerifyError::InvalidContent(ContentProblem::NotAnInteger {
                path: "/dossier/points/B.I.chung.1".into(),
            })),
        ),
        (
            "bad-year-resealed",
            resealed(|p| p["year"] = json!(2024)),
            Err(VerifyError::InvalidContent(ContentProblem::Disagrees {
                field: "year",
            })),
        ),
        (
            "bad-unsigned-member",
            serde_json::to_string_pretty(&extra).unwrap(),
            Err(VerifyError::BadEnvelope {
                field: "approved_by".into(),
            }),
        ),
    ]
}

#[test]
fn the_variant_fixtures_are_what_the_code_makes_and_judged_as_named() {
    let dir = "tests/fixtures/seal/variants";
    let bless = std::env::var_os("KIEMDIEM_BLESS_SEAL").is_some();
    if bless {
        std::fs::create_dir_all(dir).unwrap();
    }
    let made = variants();
    for (name, text, expected) in &made {
        let path = format!("{dir}/{name}.json");
        if bless {
            std::fs::write(&path, text).unwrap();
        }
        assert_eq!(
            &std::fs::read_to_string(&path).unwrap(),
            text,
            "{path}: rerun with KIEMDIEM_BLESS_SEAL=1"
        );
        let got = verify_str(text).map(|_| ());
        match (&got, expected) {
            // serde_json adds the position to the reason.
            (Err(VerifyError::NotJson { reason }), Err(VerifyError::NotJson { reason: start })) => {
                assert!(reason.starts_with(start.as_str()), "{name}: {reason}")
            }
            _ => assert_eq!(&got, expected, "{name}"),
        }
        assert_eq!(name.starts_with("ok-"), got.is_ok(), "{name}");
    }
    // No stale file is left in the directory.
    let on_disk = std::fs::read_dir(dir).unwrap().count();
    assert_eq!(on_disk, made.len());
}

#[test]
fn signed_bytes_sort_member_names_by_utf16_not_by_code_point() {
    // U+E000 sorts before U+1F600 by code point (and by UTF-8 bytes) but
    // after it by UTF-16 code units (0xE000 > 0xD83D): only RFC 8785's rule
    // gives the bytes another implementation signs and checks.
    let mut d = example_dossier();
    let now = d.updated_at;
    d.set_answer_text("\u{e000}", "một", now);
    d.set_answer_text("😀", "hai", now);
    let sealed = seal(&d, &example_key(), NOW_MS, "0.1.0").unwrap();
    let file = parsed(&sealed.text);
    let canonical = String::from_utf8(canonical_bytes(&file["payload"]).unwrap()).unwrap();
    assert!(canonical.find("😀").unwrap() < canonical.find('\u{e000}').unwrap());
    let by_code_point = serde_json::to_string(&file["payload"]).unwrap();
    assert!(by_code_point.find('\u{e000}').unwrap() < by_code_point.find("😀").unwrap());
    assert_eq!(sha256_hex(canonical.as_bytes()), sealed.digest);
    assert_eq!(verify_str(&sealed.text).unwrap().payload.dossier, d);
    // Signed the other way, the file does not verify.
    let mut wrong = file.clone();
    let signature = example_key().sign(by_code_point.as_bytes());
    wrong["seal"]["signature"] = Value::String(hex(&signature));
    assert_eq!(
        verify_str(&serde_json::to_string(&wrong).unwrap()),
        Err(VerifyError::SignatureInvalid)
    );
}

// ---------------------------------------------------------------------------
// The same in the browser: `cargo test --target wasm32-unknown-unknown --test
// core_seal` runs these in headless Chromium (wasm32 uses curve25519-dalek's
// 32-bit backend, and NFC comes from `String.prototype.normalize`): the
// sealed bytes must be the fixture's, byte for byte.

#[cfg(target_arch = "wasm32")]
mod in_the_browser {
    use super::*;
    use wasm_bindgen_test::{wasm_bindgen_test, wasm_bindgen_test_configure};

    wasm_bindgen_test_configure!(run_in_browser);

    const VALID: &str = include_str!("fixtures/seal/valid.json");

    #[wasm_bindgen_test]
    fn sealing_in_the_browser_writes_the_fixture() {
        let sealed = seal(&example_dossier(), &example_key(), NOW_MS, "0.1.0").unwrap();
        assert_eq!(sealed.text, VALID);
        let verified = verify(VALID.as_bytes()).unwrap();
        assert_eq!(verified.digest, sealed.digest);
        assert_eq!(sealed.file_stem, "KiemDiem_2025_2B_NguyenThiAnhHong");

        // Timing (printed with `-- --nocapture`), over 20 rounds.
        let start = js_sys::Date::now();
        for _ in 0..20 {
            seal(&example_dossier(), &example_key(), NOW_MS, "0.1.0").unwrap();
        }
        let seal_ms = (js_sys::Date::now() - start) / 20.0;
        let start = js_sys::Date::now();
        for _ in 0..20 {
            verify(VALID.as_bytes()).unwrap();
        }
        let verify_ms = (js_sys::Date::now() - start) / 20.0;
        wasm_bindgen_test::console_log!(
            "seal (with its own verify) {seal_ms} ms, verify {verify_ms} ms (debug build)"
        );
    }

    #[wasm_bindgen_test]
    fn nfc_and_tampering_are_judged_as_natively() {
        let mut d = example_dossier();
        d.identity.full_name = decomposed("Nguyễn Thị Ánh Hồng");
        let sealed = seal(&d, &example_key(), NOW_MS, "0.1.0").unwrap();
        assert_eq!(sealed.text, VALID);
        let nfd = include_str!("fixtures/seal/variants/bad-nfd-resealed.json");
        assert!(matches!(
            verify(nfd.as_bytes()),
            Err(VerifyError::NotNfc { .. })
        ));
        let changed = include_str!("fixtures/seal/variants/bad-content-changed.json");
        assert_eq!(
            verify(changed.as_bytes()),
            Err(VerifyError::SignatureInvalid)
        );
        let escaped = include_str!("fixtures/seal/variants/ok-escaped.json");
        assert!(verify(escaped.as_bytes()).is_ok());
    }

    #[wasm_bindgen_test]
    fn rfc8032_vectors_hold_in_the_browser() {
        let file = parsed(include_str!("fixtures/seal/rfc8032-ed25519.json"));
        for v in file["vectors"].as_array().unwrap() {
            let field = |f: &str| unhex(v[f].as_str().unwrap());
            let key = KeyPair::from_seed(field("secret_key").try_into().unwrap());
            assert_eq!(key.public_key().to_vec(), field("public_key"));
            assert_eq!(key.sign(&field("message")).to_vec(), field("signature"));
        }
    }
}

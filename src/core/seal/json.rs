//! JSON helpers shared by the sealed dossier and the key file: a strict
//! parser (no duplicate member names, as RFC 8785 and I-JSON require),
//! walks that find the first non-NFC text or non-integer number, and
//! lower-case hexadecimal.

use std::fmt;

use serde::de::{self, Deserialize, Deserializer, MapAccess, SeqAccess, Visitor};
use serde_json::{Map, Number, Value};

use crate::core::textnorm::is_nfc;

/// The largest integer magnitude a file may hold: 2^53 − 1, the largest
/// integer every JSON implementation (JavaScript's numbers, RFC 8785's
/// IEEE 754 doubles) represents exactly.
pub const MAX_SAFE_INTEGER: u64 = (1 << 53) - 1;

/// Parses `text` as one JSON value, refusing an object that repeats a
/// member name (RFC 8785 §3.1 requires I-JSON input, RFC 7493 §2.3) and
/// anything after the value but whitespace. The error is serde_json's
/// description (English, for logs; the user sees a typed error).
pub(crate) fn parse_strict(text: &str) -> Result<Value, String> {
    let mut de = serde_json::Deserializer::from_str(text);
    let value = Strict::deserialize(&mut de).map_err(|e| e.to_string())?;
    de.end().map_err(|e| e.to_string())?;
    Ok(value.0)
}

struct Strict(Value);

impl<'de> Deserialize<'de> for Strict {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        d.deserialize_any(StrictVisitor).map(Strict)
    }
}

struct StrictVisitor;

impl<'de> Visitor<'de> for StrictVisitor {
    type Value = Value;

    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("a JSON value")
    }

    fn visit_bool<E>(self, v: bool) -> Result<Value, E> {
        Ok(Value::Bool(v))
    }

    fn visit_i64<E>(self, v: i64) -> Result<Value, E> {
        Ok(Value::from(v))
    }

    fn visit_u64<E>(self, v: u64) -> Result<Value, E> {
        Ok(Value::from(v))
    }

    fn visit_f64<E: de::Error>(self, v: f64) -> Result<Value, E> {
        // Kept so that the walk below can name the member; JSON text never
        // yields a NaN or an infinity.
        Number::from_f64(v)
            .map(Value::Number)
            .ok_or_else(|| E::custom("not a finite number"))
    }

    fn visit_str<E>(self, v: &str) -> Result<Value, E> {
        Ok(Value::String(v.to_owned()))
    }

    fn visit_string<E>(self, v: String) -> Result<Value, E> {
        Ok(Value::String(v))
    }

    fn visit_unit<E>(self) -> Result<Value, E> {
        Ok(Value::Null)
    }

    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Value, A::Error> {
        let mut items = Vec::new();
        while let Some(Strict(v)) = seq.next_element()? {
            items.push(v);
        }
        Ok(Value::Array(items))
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Value, A::Error> {
        let mut members = Map::new();
        while let Some(name) = map.next_key::<String>()? {
            if members.contains_key(&name) {
                return Err(de::Error::custom(format!("duplicate member {name:?}")));
            }
            let Strict(v) = map.next_value()?;
            members.insert(name, v);
        }
        Ok(Value::Object(members))
    }
}

/// The JSON pointer (RFC 6901) of the first string or member name in
/// `value` that is not Unicode NFC, if any ("" is the value itself).
pub(crate) fn first_non_nfc(value: &Value) -> Option<String> {
    let bad_value = |v: &Value| matches!(v, Value::String(s) if !is_nfc(s));
    find(value, &mut String::new(), &bad_value, &|name| !is_nfc(name))
}

/// The JSON pointer of the first number in `value` that is not an integer
/// of magnitude at most [`MAX_SAFE_INTEGER`], if any.
pub(crate) fn first_unsafe_number(value: &Value) -> Option<String> {
    let bad_value = |v: &Value| match v {
        Value::Number(n) => {
            let safe = n.as_u64().is_some_and(|u| u <= MAX_SAFE_INTEGER)
                || n.as_i64()
                    .is_some_and(|i| i.unsigned_abs() <= MAX_SAFE_INTEGER);
            !safe
        }
        _ => false,
    };
    find(value, &mut String::new(), &bad_value, &|_| false)
}

/// Depth-first search, in member-name order, for the first value matching
/// `bad_value` or member name matching `bad_name`; returns its JSON pointer.
fn find(
    value: &Value,
    path: &mut String,
    bad_value: &dyn Fn(&Value) -> bool,
    bad_name: &dyn Fn(&str) -> bool,
) -> Option<String> {
    if bad_value(value) {
        return Some(path.clone());
    }
    let len = path.len();
    match value {
        Value::Array(items) => {
            for (i, item) in items.iter().enumerate() {
                path.push('/');
                path.push_str(&i.to_string());
                if let Some(found) = find(item, path, bad_value, bad_name) {
                    return Some(found);
                }
                path.truncate(len);
            }
        }
        Value::Object(members) => {
            for (name, member) in members {
                path.push('/');
                path.push_str(&name.replace('~', "~0").replace('/', "~1"));
                if bad_name(name) {
                    return Some(path.clone());
                }
                if let Some(found) = find(member, path, bad_value, bad_name) {
                    return Some(found);
                }
                path.truncate(len);
            }
        }
        _ => {}
    }
    None
}

/// `bytes` as lower-case hexadecimal.
pub(crate) fn to_hex(bytes: &[u8]) -> String {
    const DIGITS: &[u8; 16] = b"0123456789abcdef";
    let mut out = String::with_capacity(bytes.len() * 2);
    for b in bytes {
        out.push(DIGITS[usize::from(b >> 4)] as char);
        out.push(DIGITS[usize::from(b & 0xf)] as char);
    }
    out
}

/// Exactly `2 * N` lower-case hexadecimal digits as `N` bytes; `None` for
/// anything else (upper case included: a file has one spelling).
pub(crate) fn from_hex<const N: usize>(text: &str) -> Option<[u8; N]> {
    let digits = text.as_bytes();
    if digits.len() != 2 * N {
        return None;
    }
    let nibble = |c: u8| match c {
        b'0'..=b'9' => Some(c - b'0'),
        b'a'..=b'f' => Some(c - b'a' + 10),
        _ => None,
    };
    let mut out = [0u8; N];
    for (i, pair) in digits.chunks_exact(2).enumerate() {
        out[i] = (nibble(pair[0])? << 4) | nibble(pair[1])?;
    }
    Some(out)
}

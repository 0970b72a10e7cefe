#!/usr/bin/env node
// An independent verifier of sealed dossier files (`kiemdiem.dossier`,
// version 1; docs/dossier-format.md). It shares no code with the app: JSON
// from Node, RFC 8785 canonical JSON from the `canonicalize` package (the
// reference implementation by one of the RFC's authors), Ed25519 and
// SHA-256 from node:crypto (OpenSSL).
//
//   node scripts/verify-dossier.mjs FILE.json [FILE.json …]
//
// Prints one line per file, OK or FAIL with the reason, and exits 1 if any
// file fails (2 when no file is given).

import { createHash, createPublicKey, verify } from "node:crypto";
import { readFileSync } from "node:fs";
import canonicalize from "canonicalize";

const FORMAT = "kiemdiem.dossier";
const VERSION = 1;
const MAX_BYTES = 4 * 1024 * 1024;
const ENVELOPE = ["format", "version", "payload", "seal"];
const SEAL = ["alg", "public_key", "fingerprint", "signature"];
const PAYLOAD = [
  "template",
  "template_version",
  "year",
  "role",
  "schema",
  "created_at",
  "app_version",
  "dossier",
];

class Refused extends Error {}

function refuse(reason) {
  throw new Refused(reason);
}

/// Scans JSON text (already accepted by JSON.parse) for what JSON.parse
/// lets through but the format forbids: a member name repeated in one
/// object (RFC 8785 needs I-JSON), and numbers with a fraction or exponent.
function scan(text) {
  const stack = []; // per open container: a Set of member names, or null
  let i = 0;
  while (i < text.length) {
    const c = text[i];
    if (c === '"') {
      let j = i + 1;
      while (text[j] !== '"') j += text[j] === "\\" ? 2 : 1;
      const top = stack[stack.length - 1];
      let k = j + 1;
      while (" \t\r\n".includes(text[k])) k++;
      if (top && text[k] === ":") {
        const name = JSON.parse(text.slice(i, j + 1));
        if (top.has(name)) refuse(`member ${JSON.stringify(name)} repeated`);
        top.add(name);
      }
      i = j + 1;
    } else if (c === "{") {
      stack.push(new Set());
      i++;
    } else if (c === "[") {
      stack.push(null);
      i++;
    } else if (c === "}" || c === "]") {
      stack.pop();
      i++;
    } else if (c === "-" || (c >= "0" && c <= "9")) {
      let j = i;
      while (j < text.length && /[-+0-9.eE]/.test(text[j])) j++;
      if (/[.eE]/.test(text.slice(i, j))) refuse(`number ${text.slice(i, j)} is not an integer`);
      i = j;
    } else {
      i++;
    }
  }
}

function exactMembers(obj, names, where) {
  if (obj === null || typeof obj !== "object" || Array.isArray(obj)) refuse(`${where} is not an object`);
  for (const name of Object.keys(obj)) {
    if (!names.includes(name)) refuse(`${where} has an unknown member ${JSON.stringify(name)}`);
  }
  for (const name of names) {
    if (!(name in obj)) refuse(`${where} has no ${JSON.stringify(name)}`);
  }
}

function hexBytes(text, bytes, what) {
  if (typeof text !== "string" || !new RegExp(`^[0-9a-f]{${2 * bytes}}$`).test(text)) {
    refuse(`${what} is not ${2 * bytes} lower-case hex digits`);
  }
  return Buffer.from(text, "hex");
}

/// The first string or member name in `value` that is not NFC, as a path.
function firstNonNfc(value, path = "") {
  if (typeof value === "string") return value.normalize("NFC") === value ? null : path || "/";
  if (value === null || typeof value !== "object") return null;
  for (const [name, member] of Object.entries(value)) {
    const here = `${path}/${name}`;
    if (name.normalize("NFC") !== name) return here;
    const found = firstNonNfc(member, here);
    if (found) return found;
  }
  return null;
}

function firstUnsafeNumber(value, path = "") {
  if (typeof value === "number") return Number.isSafeInteger(value) ? null : path;
  if (value === null || typeof value !== "object") return null;
  for (const [name, member] of Object.entries(value)) {
    const found = firstUnsafeNumber(member, `${path}/${name}`);
    if (found) return found;
  }
  return null;
}

function fingerprintOf(publicKey) {
  const hex = createHash("sha256").update(publicKey).digest("hex").slice(0, 16).toUpperCase();
  return hex.match(/.{4}/g).join(" ");
}

function check(path) {
  const bytes = readFileSync(path);
  if (bytes.length > MAX_BYTES) refuse(`larger than ${MAX_BYTES} bytes`);
  let text;
  try {
    text = new TextDecoder("utf-8", { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    refuse("not UTF-8");
  }
  let file;
  try {
    file = JSON.parse(text);
  } catch (e) {
    refuse(`not JSON (${e.message})`);
  }
  scan(text);
  if (file === null || typeof file !== "object" || typeof file.format !== "string") refuse("not a sealed dossier");
  if (file.format !== FORMAT) refuse(`format is ${JSON.stringify(file.format)}, not ${FORMAT}`);
  if (file.version !== VERSION) refuse(`format version ${JSON.stringify(file.version)}, not ${VERSION}`);
  exactMembers(file, ENVELOPE, "the file");
  exactMembers(file.seal, SEAL, "seal");
  if (file.seal.alg !== "Ed25519") refuse(`seal.alg is ${JSON.stringify(file.seal.alg)}`);
  const publicKey = hexBytes(file.seal.public_key, 32, "seal.public_key");
  const signature = hexBytes(file.seal.signature, 64, "seal.signature");
  const fingerprint = fingerprintOf(publicKey);
  if (file.seal.fingerprint !== fingerprint) {
    refuse(`fingerprint ${JSON.stringify(file.seal.fingerprint)} is not the key's (${fingerprint})`);
  }
  const payload = file.payload;
  if (payload === null || typeof payload !== "object" || Array.isArray(payload)) refuse("payload is not an object");
  const nfd = firstNonNfc(payload);
  if (nfd) refuse(`text at ${nfd} is not NFC`);

  const canonical = Buffer.from(canonicalize(payload), "utf8");
  let key;
  try {
    key = createPublicKey({
      key: { kty: "OKP", crv: "Ed25519", x: publicKey.toString("base64url") },
      format: "jwk",
    });
  } catch {
    refuse("seal.public_key is not an Ed25519 public key");
  }
  if (!verify(null, canonical, key, signature)) refuse("the signature does not match the content (changed after sealing)");
  const digest = createHash("sha256").update(canonical).digest("hex");

  // The content, as version 1 defines it.
  const unsafe = firstUnsafeNumber(payload);
  if (unsafe) refuse(`number at ${unsafe} is not a safe integer`);
  exactMembers(payload, PAYLOAD, "payload");
  const d = payload.dossier;
  if (d === null || typeof d !== "object") refuse("payload.dossier is not an object");
  for (const field of ["template", "year", "role"]) {
    if (payload[field] !== d[field]) refuse(`payload.${field} differs from the dossier's`);
  }
  if (payload.schema !== 1) refuse(`dossier schema ${payload.schema} is not 1`);
  const name = d.identity?.full_name ?? "";
  return `${fingerprint}  ${digest}  ${payload.year} ${payload.template} ${JSON.stringify(name)}`;
}

const files = process.argv.slice(2);
if (files.length === 0) {
  console.error("usage: node scripts/verify-dossier.mjs FILE.json [FILE.json …]");
  process.exit(2);
}
let failed = 0;
for (const path of files) {
  try {
    console.log(`OK    ${path}  ${check(path)}`);
  } catch (e) {
    failed++;
    const reason = e instanceof Refused ? e.message : `cannot check: ${e.message}`;
    console.log(`FAIL  ${path}  ${reason}`);
  }
}
process.exit(failed > 0 ? 1 : 0);

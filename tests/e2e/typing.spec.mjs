// Vietnamese input methods type exactly what the person meant: Telex and VNI
// through an IME composition (macOS, Windows, Android Gboard, iOS), Unikey /
// EVKey-style backspace-and-replace key sequences, decomposed (NFD) tone
// marks, and typing in the middle of existing text. Each is replayed on the
// editor's text fields ("Họ và tên" and the first answer of section I),
// then the field must hold exactly the intended text and localStorage
// exactly its NFC form.
//
// The key sequences are computed from the words themselves by a small
// Telex/VNI engine below (word → keys; keys → what the input method shows),
// checked first against the corpus without a browser.
import { test, expect } from "@playwright/test";
import { readFileSync } from "node:fs";
import { createDossier, startServer } from "./helpers.mjs";

let server;
test.beforeEach(async () => {
  server = await startServer();
});
test.afterEach(async () => {
  await server?.close();
});

const CORPUS_FILE = new URL("./fixtures/vietnamese-words.txt", import.meta.url);
/** One word or name per line, as stored in the file (not trimmed). */
const CORPUS = readFileSync(CORPUS_FILE, "utf8").replace(/\n$/, "").split("\n");

// ---------------------------------------------------------------------------
// The Vietnamese alphabet and the two input methods.

const VOWELS = ["a", "ă", "â", "e", "ê", "i", "o", "ô", "ơ", "u", "ư", "y"];
/** Combining tone marks, in the order ngang, huyền, sắc, hỏi, ngã, nặng. */
const TONE_MARKS = ["", "\u0300", "\u0301", "\u0309", "\u0303", "\u0323"];
const TONE_NAMES = ["ngang", "huyền", "sắc", "hỏi", "ngã", "nặng"];
const MODIFIED = ["ă", "â", "ê", "ô", "ơ", "ư"];
/** The plain key a (possibly modified) letter starts with. */
const PLAIN = { "ă": "a", "â": "a", "ê": "e", "ô": "o", "ơ": "o", "ư": "u", "đ": "d" };

const LAYOUTS = {
  telex: {
    /** key → tone index */
    tones: { f: 1, s: 2, r: 3, x: 4, j: 5 },
    /** key → { letter it follows → modified letter } */
    modify: { a: { a: "â" }, e: { e: "ê" }, o: { o: "ô" }, w: { a: "ă", o: "ơ", u: "ư" }, d: { d: "đ" } },
  },
  vni: {
    tones: { 2: 1, 1: 2, 3: 3, 4: 4, 5: 5 },
    modify: { 6: { a: "â", e: "ê", o: "ô" }, 7: { o: "ơ", u: "ư" }, 8: { a: "ă" }, 9: { d: "đ" } },
  },
};
for (const layout of Object.values(LAYOUTS)) {
  layout.toneKey = Object.fromEntries(Object.entries(layout.tones).map(([k, t]) => [t, k]));
  layout.modKey = {};
  for (const [k, map] of Object.entries(layout.modify)) for (const to of Object.values(map)) layout.modKey[to] = k;
}

const isVowel = (base) => VOWELS.includes(base);
const isLetter = (ch) => /\p{L}/u.test(ch);

/** One letter of the alphabet: its base (with ă/â/ê/ô/ơ/ư/đ), tone, case. */
function decompose(ch) {
  const lower = ch.toLowerCase();
  let tone = 0;
  let rest = "";
  for (const c of lower.normalize("NFD")) {
    const t = TONE_MARKS.indexOf(c);
    if (t > 0) tone = t;
    else rest += c;
  }
  return { base: rest.normalize("NFC"), tone, upper: ch !== lower };
}

/**
 * Where the tone mark goes in a syllable (the traditional placement: "hòa",
 * "thủy", "của"; a modified vowel takes it, "ươ" on ơ; before a final
 * consonant the last vowel takes it). `letters` are lower-case bases.
 */
function tonePosition(letters) {
  const n = letters.length;
  let i = 0;
  while (i < n && !isVowel(letters[i])) i++;
  // "qu" and "gi" before a vowel are consonants.
  if (i < n - 1 && isVowel(letters[i + 1]) && ((letters[i] === "u" && letters[i - 1] === "q") || (letters[i] === "i" && letters[i - 1] === "g"))) i++;
  let j = i;
  while (j < n && isVowel(letters[j])) j++;
  if (i === j) return -1;
  const cluster = letters.slice(i, j);
  if (cluster.includes("ơ")) return i + cluster.indexOf("ơ");
  const modified = cluster.findLastIndex((b) => MODIFIED.includes(b));
  if (modified >= 0) return i + modified;
  if (j < n) return j - 1;
  if (cluster.length === 3) return i + 1;
  return i;
}

/** The syllable an input method is building, key by key. */
class Syllable {
  constructor(layout) {
    this.layout = LAYOUTS[layout];
    this.letters = [];
    this.tone = 0;
  }
  hasVowel() {
    return this.letters.some((l) => isVowel(l.base));
  }
  /** Whether `key` is part of the syllable (a letter, or a tone/modifier key that applies). */
  accepts(key) {
    if (isLetter(key)) return true;
    const lower = key.toLowerCase();
    return (lower in this.layout.tones && this.hasVowel()) || this.modifierFor(lower) !== null;
  }
  modifierFor(lower) {
    const map = this.layout.modify[lower];
    const prev = this.letters.at(-1);
    if (!map || !prev || !(prev.base in map)) return null;
    if (prev.base === "d" && this.letters.length !== 1) return null;
    return map[prev.base];
  }
  key(key) {
    const lower = key.toLowerCase();
    if (lower in this.layout.tones && this.hasVowel()) {
      if (this.tone === this.layout.tones[lower]) throw new Error(`tone key ${key} typed twice`);
      this.tone = this.layout.tones[lower];
      return;
    }
    const modified = this.modifierFor(lower);
    if (modified !== null) {
      this.letters.at(-1).base = modified;
      return;
    }
    this.letters.push({ base: lower, upper: key !== lower });
  }
  /** What the input method shows for the keys so far. */
  render() {
    const at = this.tone ? tonePosition(this.letters.map((l) => l.base)) : -1;
    return this.letters
      .map((l, i) => {
        const c = i === at ? (l.base + TONE_MARKS[this.tone]).normalize("NFC") : l.base;
        return l.upper ? c.toUpperCase() : c;
      })
      .join("");
  }
}

/**
 * The keys a person presses for one syllable: each letter, its modifier key
 * right after it ("ee", "uw", "dd"; "e6", "u7", "d9"), and the tone key at
 * the end of the syllable ("Nguyeenx") or right after its vowels
 * ("Nguyeexn"). An all-capital syllable is typed with Caps Lock.
 */
function syllableKeys(syllable, layoutName, toneAt) {
  const layout = LAYOUTS[layoutName];
  const letters = [...syllable].map(decompose);
  const caps = letters.length > 1 && letters.every((l) => l.upper);
  const cased = (k) => (caps ? k.toUpperCase() : k);
  const keys = [];
  let tone = 0;
  let afterVowels = -1;
  for (const l of letters) {
    const plain = PLAIN[l.base] ?? l.base;
    keys.push(l.upper ? plain.toUpperCase() : plain);
    if (layout.modKey[l.base]) keys.push(cased(layout.modKey[l.base]));
    if (l.tone) tone = l.tone;
    if (isVowel(l.base)) afterVowels = keys.length;
  }
  if (tone) {
    const k = cased(layout.toneKey[tone]);
    if (toneAt === "vowel") keys.splice(afterVowels, 0, k);
    else keys.push(k);
  }
  return keys;
}

/** Runs of letters (syllables) and single other characters. */
const tokens = (text) => text.match(/\p{L}+|[^\p{L}]/gu) ?? [];

/**
 * What Unikey/EVKey send for `text` typed on `layout`: a key the method
 * lets through as is, or — when a key changes the syllable — Backspaces
 * for what changed and the replacement text.
 */
function unikeyOps(text, layoutName, { toneAt = "end" } = {}) {
  const ops = [];
  for (const token of tokens(text)) {
    if (!isLetter(token[0])) {
      ops.push({ type: "key", key: token });
      continue;
    }
    const syllable = new Syllable(layoutName);
    let shown = "";
    for (const key of syllableKeys(token, layoutName, toneAt)) {
      if (!syllable.accepts(key)) throw new Error(`${layoutName}: key ${key} does not belong to ${token}`);
      syllable.key(key);
      const next = syllable.render();
      let p = 0;
      while (p < shown.length && p < next.length && shown[p] === next[p]) p++;
      if (p === shown.length && next === shown + key) {
        ops.push({ type: "key", key });
      } else {
        for (let i = p; i < shown.length; i++) ops.push({ type: "backspace" });
        if (next.length > p) ops.push({ type: "insert", text: next.slice(p) });
      }
      shown = next;
    }
    if (shown !== token) throw new Error(`${layoutName}: the keys of ${token} give ${shown}`);
  }
  return ops;
}

/**
 * What an IME sends for `text`: for each syllable, the composition as it
 * grows key by key ("N", "Ng", … "Nguye", "Nguyê", "Nguyên", "Nguyễn"),
 * then the commit; other characters are plain keys.
 */
function imeOps(text, layoutName, { toneAt = "end" } = {}) {
  const ops = [];
  for (const token of tokens(text)) {
    if (!isLetter(token[0])) {
      ops.push({ type: "key", key: token });
      continue;
    }
    const syllable = new Syllable(layoutName);
    for (const key of syllableKeys(token, layoutName, toneAt)) {
      syllable.key(key);
      ops.push({ type: "compose", text: syllable.render() });
    }
    if (syllable.render() !== token) throw new Error(`${layoutName}: the keys of ${token} give ${syllable.render()}`);
    ops.push({ type: "commit", text: token });
  }
  return ops;
}

/** Plays `ops` on a string, as a text field with the caret at the end would. */
function playOnString(ops) {
  let text = "";
  let composition = "";
  for (const op of ops) {
    if (op.type === "key") text += op.key;
    else if (op.type === "backspace") text = text.slice(0, -1);
    else if (op.type === "insert") text += op.text;
    else if (op.type === "compose") composition = op.text;
    else if (op.type === "commit") (text += op.text), (composition = "");
  }
  return text + composition;
}

/**
 * Plays `ops` in the focused field of `page`, each event awaited: plain keys
 * typed with Playwright's keyboard (a key down and up each), Backspace
 * pressed, replacements inserted, compositions and commits sent with the
 * DevTools protocol.
 */
async function play(page, cdp, ops) {
  for (let i = 0; i < ops.length; i++) {
    const op = ops[i];
    if (op.type === "key" && op.key === "\n") await page.keyboard.press("Enter");
    else if (op.type === "key") {
      // A run of plain keys in one call (still one key event each).
      let keys = op.key;
      while (ops[i + 1]?.type === "key" && ops[i + 1].key !== "\n") keys += ops[++i].key;
      await page.keyboard.type(keys);
    } else if (op.type === "backspace") await page.keyboard.press("Backspace");
    else if (op.type === "insert") await page.keyboard.insertText(op.text);
    else if (op.type === "compose") await compose(cdp, op.text);
    else if (op.type === "commit") await cdp.send("Input.insertText", { text: op.text });
  }
}

/** Sets the IME composition to `text`, the caret at its end. */
function compose(cdp, text, extra = {}) {
  return cdp.send("Input.imeSetComposition", { text, selectionStart: text.length, selectionEnd: text.length, ...extra });
}

// ---------------------------------------------------------------------------
// The editor.

const NAME = "#id-full_name";
const ANSWER = "#a-I-1";
const fullName = (d) => d.identity.full_name;
const answerI1 = (d) => d.answers["I.1"]?.text;

/** A new 2022 leader dossier (Mẫu 02-HD KĐ.ĐG 2019); returns its editor URL. */
async function newDossier(page) {
  await page.goto(server.url + "/");
  await createDossier(page, { year: 2022, role: "Cán bộ lãnh đạo, quản lý" });
  await expect(page.getByLabel("Họ và tên", { exact: true })).toBeVisible();
  return page.url().replace(/\/\d+$/, "");
}

/** Opens section I (step 3) and focuses its first answer, "I.1". */
async function openAnswer(page, url) {
  await page.goto(url + "/3");
  const area = page.locator("textarea").first();
  await expect(area).toHaveAttribute("id", ANSWER.slice(1));
  await area.click();
  return area;
}

/** The stored record of the open dossier, parsed from localStorage. */
async function stored(page) {
  const id = new URL(page.url()).pathname.split("/")[2];
  const raw = await page.evaluate((key) => localStorage.getItem(key), `kiemdiem.dossier.${id}`);
  return raw === null ? null : JSON.parse(raw);
}

/** Waits until storage holds exactly `expected` (NFC) and the editor says it is saved. */
async function expectStored(page, pick, expected) {
  expect(expected.normalize("NFC")).toBe(expected);
  await expect
    .poll(async () => {
      const record = await stored(page);
      return record && typeof record.schema === "number" ? pick(record.dossier) : null;
    }, { timeout: 3_000 })
    .toBe(expected);
  await expect(page.locator("#save-state")).toHaveText(/^Đã lưu lúc \d{1,2}:\d\d$/);
}

/** The field's value, read exactly (no normalisation on the way). */
const valueOf = (page, selector) => page.locator(selector).evaluate((el) => el.value);
const caretOf = (page, selector) => page.locator(selector).evaluate((el) => [el.selectionStart, el.selectionEnd]);

// The corpus, batched: the capitalised lines (names, places) go to "Họ và
// tên", the whole corpus to the answer (ten lines per paragraph).
const NAMES = CORPUS.filter((l) => /^\p{Lu}\p{Ll}*( \p{Lu}\p{Ll}*)*$/u.test(l));
const NAMES_TEXT = NAMES.join(" ");
const paragraphs = (lines) => lines.map((l, i) => (i === 0 ? "" : i % 10 === 0 ? "\n" : " ") + l).join("");
const CORPUS_TEXT = paragraphs(CORPUS);
// VNI (a variant of the same engine) on a third of the corpus.
const VNI_TEXT = paragraphs(CORPUS.filter((_, i) => i % 3 === 0));

// ---------------------------------------------------------------------------

// The corpus tests type every word, key by key: minutes on a loaded 2-core
// machine. The timeout only guards against a hang; speed is not asserted.
test.describe.configure({ timeout: 300_000 });

test("the corpus has 200+ NFC words covering every tone on every vowel in both cases, and đ/Đ", () => {
  expect(CORPUS.length).toBeGreaterThanOrEqual(200);
  for (const line of CORPUS) {
    expect(line, "a word per line, no stray spaces").toMatch(/^\S(.*\S)?$/u);
    expect(line.normalize("NFC"), `${line} is NFC`).toBe(line);
  }
  expect(new Set(CORPUS).size, "no duplicates").toBe(CORPUS.length);
  const text = CORPUS.join("\n");
  const missing = [];
  for (const v of VOWELS) {
    TONE_MARKS.forEach((mark, t) => {
      const lower = (v + mark).normalize("NFC");
      expect([...lower]).toHaveLength(1);
      for (const form of [lower, lower.toUpperCase()]) {
        if (!text.includes(form)) missing.push(`${form} (${v}, ${TONE_NAMES[t]})`);
      }
    });
  }
  expect(missing, "letter forms missing from the corpus").toEqual([]);
  expect(text).toContain("đ");
  expect(text).toContain("Đ");
  for (const word of ["Nguyễn", "Thị", "Ánh", "Hồng", "Đức Phố", "Chi bộ Khu phố 3", "kiểm điểm", "khuyết điểm", "xếp loại", "Hoàn thành xuất sắc nhiệm vụ"]) {
    expect(CORPUS).toContain(word);
  }
  expect(NAMES.length).toBeGreaterThanOrEqual(30);
});

test("the Telex and VNI engines reproduce every corpus word (no browser)", () => {
  // Spot checks of the sequences themselves.
  expect(syllableKeys("Nguyễn", "telex", "end").join("")).toBe("Nguyeenx");
  expect(syllableKeys("Nguyễn", "telex", "vowel").join("")).toBe("Nguyeexn");
  expect(syllableKeys("Nguyễn", "vni", "end").join("")).toBe("Nguye6n4");
  expect(syllableKeys("ĐẢNG", "telex", "end").join("")).toBe("DDANGR");
  expect(syllableKeys("được", "telex", "end").join("")).toBe("dduwowcj");
  expect(imeOps("Nguyễn", "telex").map((o) => o.text)).toEqual(["N", "Ng", "Ngu", "Nguy", "Nguye", "Nguyê", "Nguyên", "Nguyễn", "Nguyễn"]);
  expect(unikeyOps("Nguyễn", "telex")).toEqual([
    ..."Nguye".split("").map((key) => ({ type: "key", key })),
    { type: "backspace" },
    { type: "insert", text: "ê" },
    { type: "key", key: "n" },
    { type: "backspace" },
    { type: "backspace" },
    { type: "insert", text: "ễn" },
  ]);
  // The tone moves when the syllable grows: "hòa" + n → "hoàn".
  const hoan = unikeyOps("hoàn", "telex", { toneAt: "vowel" });
  expect(hoan.slice(-3)).toEqual([{ type: "backspace" }, { type: "backspace" }, { type: "insert", text: "oàn" }]);
  // The VNI batches use every VNI key (tones 1–5, modifiers 6–9).
  const vniKeys = (text) => new Set(tokens(text).filter((t) => isLetter(t[0])).flatMap((t) => syllableKeys(t, "vni", "end")));
  for (const batch of [NAMES_TEXT, VNI_TEXT]) {
    const keys = vniKeys(batch);
    expect([..."123456789"].filter((k) => !keys.has(k)), "VNI keys not used").toEqual([]);
  }
  for (const layout of ["telex", "vni"]) {
    for (const toneAt of ["end", "vowel"]) {
      for (const line of CORPUS) {
        expect(playOnString(unikeyOps(line, layout, { toneAt })), `${layout}/${toneAt} backspace`).toBe(line);
        expect(playOnString(imeOps(line, layout, { toneAt })), `${layout}/${toneAt} IME`).toBe(line);
      }
    }
  }
});

test("Telex through an IME composition: every corpus word, in the name and in an answer", async ({ page }) => {
  const url = await newDossier(page);
  const cdp = await page.context().newCDPSession(page);
  await page.locator(NAME).click();
  await play(page, cdp, imeOps(NAMES_TEXT, "telex"));
  expect(await valueOf(page, NAME)).toBe(NAMES_TEXT);
  // The last word was committed by the composition alone (no key after it).
  await expectStored(page, fullName, NAMES_TEXT);

  await openAnswer(page, url);
  await play(page, cdp, imeOps(CORPUS_TEXT, "telex"));
  expect(await valueOf(page, ANSWER)).toBe(CORPUS_TEXT);
  await expectStored(page, answerI1, CORPUS_TEXT);

  // And it is what the editor shows again after a reload.
  await page.reload();
  await expect(page.locator(ANSWER)).toHaveValue(CORPUS_TEXT);
  await page.goto(url + "/1");
  await expect(page.locator(NAME)).toHaveValue(NAMES_TEXT);
});

test("Unikey/EVKey Telex backspace-and-replace: every corpus word, in the name and in an answer", async ({ page }) => {
  const url = await newDossier(page);
  const cdp = await page.context().newCDPSession(page);
  await page.locator(NAME).click();
  await play(page, cdp, unikeyOps(NAMES_TEXT, "telex", { toneAt: "vowel" }));
  expect(await valueOf(page, NAME)).toBe(NAMES_TEXT);
  await expectStored(page, fullName, NAMES_TEXT);

  // Half the lines with the tone key at the end, half right after the vowels.
  await openAnswer(page, url);
  const ops = [];
  const lines = CORPUS_TEXT.split(/(?<=[ \n])/);
  lines.forEach((chunk, i) => ops.push(...unikeyOps(chunk, "telex", { toneAt: i % 2 ? "vowel" : "end" })));
  expect(playOnString(ops)).toBe(CORPUS_TEXT);
  expect(ops.filter((o) => o.type === "backspace").length).toBeGreaterThan(500);
  await play(page, cdp, ops);
  expect(await valueOf(page, ANSWER)).toBe(CORPUS_TEXT);
  await expectStored(page, answerI1, CORPUS_TEXT);
});

test("compositions cancelled, replaced mid-way, reopened or committed as another word", async ({ page }) => {
  const url = await newDossier(page);
  const cdp = await page.context().newCDPSession(page);
  await openAnswer(page, url);
  // A composition cancelled (Escape: the composition becomes empty), then typed again.
  await play(page, cdp, imeOps("Đồng ", "telex"));
  await compose(cdp, "ch");
  await compose(cdp, "chi");
  await compose(cdp, "");
  expect(await valueOf(page, ANSWER)).toBe("Đồng ");
  await expectStored(page, answerI1, "Đồng ");
  await play(page, cdp, imeOps("chí ", "telex"));
  // Gboard: the raw word composed, replaced by a suggestion, then committed.
  for (const s of ["N", "Ng", "Ngu", "Nguy", "Nguye", "Nguyen"]) await compose(cdp, s);
  await compose(cdp, "Nguyễn");
  await cdp.send("Input.insertText", { text: "Nguyễn" });
  await page.keyboard.type(" ");
  // A word already typed is composed again (the IME reopens it) and corrected.
  await page.keyboard.type("Thi");
  const thi = { replacementStart: "Đồng chí Nguyễn ".length, replacementEnd: "Đồng chí Nguyễn Thi".length };
  await compose(cdp, "Thi", thi);
  expect(await valueOf(page, ANSWER)).toBe("Đồng chí Nguyễn Thi");
  await compose(cdp, "Thị", thi);
  expect(await valueOf(page, ANSWER)).toBe("Đồng chí Nguyễn Thị");
  await cdp.send("Input.insertText", { text: "Thị" });
  await page.keyboard.type(" ");
  // The commit differs from the last composition (a candidate was chosen).
  for (const s of ["A", "An", "Anh"]) await compose(cdp, s);
  await cdp.send("Input.insertText", { text: "Ánh" });
  await page.keyboard.type(" ");
  // Replaced mid-way by a different composition, committed with no key after it.
  for (const s of ["H", "Hô", "Hôn", "Hông"]) await compose(cdp, s);
  await compose(cdp, "Hồng");
  await cdp.send("Input.insertText", { text: "Hồng" });
  const expected = "Đồng chí Nguyễn Thị Ánh Hồng";
  expect(await valueOf(page, ANSWER)).toBe(expected);
  await expectStored(page, answerI1, expected);
});

test("VNI through an IME composition and with Unikey/EVKey backspace-and-replace", async ({ page }) => {
  const url = await newDossier(page);
  const cdp = await page.context().newCDPSession(page);
  // An IME, the tone typed right after the vowels ("hoa2n": hòa → hoàn).
  await page.locator(NAME).click();
  await play(page, cdp, imeOps(NAMES_TEXT, "vni", { toneAt: "vowel" }));
  expect(await valueOf(page, NAME)).toBe(NAMES_TEXT);
  await expectStored(page, fullName, NAMES_TEXT);

  // Unikey/EVKey, the tone at the end ("Nguye6n4"), on every third line.
  await openAnswer(page, url);
  await play(page, cdp, unikeyOps(VNI_TEXT, "vni"));
  expect(await valueOf(page, ANSWER)).toBe(VNI_TEXT);
  await expectStored(page, answerI1, VNI_TEXT);
});

test("decomposed (NFD) tone marks are shown as typed and stored as NFC", async ({ page }) => {
  const url = await newDossier(page);
  const cdp = await page.context().newCDPSession(page);
  const nameNfd = "Nguye\u0302\u0303n Thi\u0323 A\u0301nh Ho\u0302\u0300ng";
  const nameNfc = "Nguyễn Thị Ánh Hồng";
  expect(nameNfd).not.toBe(nameNfc);
  expect(nameNfd.normalize("NFC")).toBe(nameNfc);
  await page.locator(NAME).click();
  await cdp.send("Input.insertText", { text: nameNfd });
  expect(await valueOf(page, NAME)).toBe(nameNfd);
  await expectStored(page, fullName, nameNfc);

  // In an answer: NFD inserted, NFD committed by an IME, NFD typed key by key.
  await openAnswer(page, url);
  const parts = ["Đu\u031B\u0301c Pho\u0302\u0301", " ", "kie\u0302\u0309m đie\u0302\u0309m", " ", "xe\u0302\u0301p loa\u0323i"];
  await cdp.send("Input.insertText", { text: parts[0] });
  await page.keyboard.type(parts[1]);
  await compose(cdp, "kie\u0302\u0309m");
  await compose(cdp, parts[2]);
  await cdp.send("Input.insertText", { text: parts[2] });
  await page.keyboard.type(parts[3] + parts[4]);
  const answerNfd = parts.join("");
  expect(await valueOf(page, ANSWER)).toBe(answerNfd);
  await expectStored(page, answerI1, "Đức Phố kiểm điểm xếp loại");

  // Reloaded, the fields show the stored NFC text.
  await page.reload();
  await expect(page.locator(ANSWER)).toHaveValue("Đức Phố kiểm điểm xếp loại");
  await page.goto(url + "/1");
  await expect(page.locator(NAME)).toHaveValue(nameNfc);
});

test("typing in the middle of the text, during a composition and with backspace-and-replace, keeps the caret there", async ({ page }) => {
  const url = await newDossier(page);
  const cdp = await page.context().newCDPSession(page);
  await page.locator(NAME).click();
  await page.keyboard.insertText("Nguyễn Hồng");
  await expectStored(page, fullName, "Nguyễn Hồng");
  for (let i = 0; i < 4; i++) await page.keyboard.press("ArrowLeft");
  // An IME composition before "Hồng".
  for (const s of ["T", "Th", "Thi"]) await compose(cdp, s);
  expect(await valueOf(page, NAME)).toBe("Nguyễn ThiHồng");
  await compose(cdp, "Thị");
  expect(await valueOf(page, NAME)).toBe("Nguyễn ThịHồng");
  expect(await caretOf(page, NAME)).toEqual([10, 10]);
  await cdp.send("Input.insertText", { text: "Thị" });
  await page.keyboard.type(" ");
  expect(await caretOf(page, NAME)).toEqual([11, 11]);
  await expectStored(page, fullName, "Nguyễn Thị Hồng");
  // Unikey at the same place: the Backspaces must erase what was just typed.
  await play(page, cdp, unikeyOps("Ánh ", "telex"));
  expect(await valueOf(page, NAME)).toBe("Nguyễn Thị Ánh Hồng");
  expect(await caretOf(page, NAME)).toEqual([15, 15]);
  await expectStored(page, fullName, "Nguyễn Thị Ánh Hồng");

  await openAnswer(page, url);
  await page.keyboard.insertText("tôi giữ vững lập trường chính trị.");
  // After "tôi ": Unikey Telex.
  await page.keyboard.press("Home");
  for (let i = 0; i < 4; i++) await page.keyboard.press("ArrowRight");
  await play(page, cdp, unikeyOps("luôn ", "telex", { toneAt: "vowel" }));
  expect(await valueOf(page, ANSWER)).toBe("tôi luôn giữ vững lập trường chính trị.");
  // Before the final full stop: Unikey VNI, then an IME composition, the
  // Backspaces must not eat the full stop.
  await page.keyboard.press("End");
  await page.keyboard.press("ArrowLeft");
  await play(page, cdp, unikeyOps(", tư", "vni"));
  await play(page, cdp, imeOps(" tưởng", "telex"));
  expect(await valueOf(page, ANSWER)).toBe("tôi luôn giữ vững lập trường chính trị, tư tưởng.");
  // At the very start: a composition.
  await page.keyboard.press("Home");
  await play(page, cdp, imeOps("Bản thân ", "telex"));
  const expected = "Bản thân tôi luôn giữ vững lập trường chính trị, tư tưởng.";
  expect(await valueOf(page, ANSWER)).toBe(expected);
  expect(await caretOf(page, ANSWER)).toEqual([9, 9]);
  await expectStored(page, answerI1, expected);
});

// Layout that holds on every screen: at 360, 768 and 1280 px (and a 1280 px
// window at 200 % zoom), on every page
// (home, new dossier, each editor step of one template per review-year
// family, export, verify, the secretary's desk), nothing reaches beyond the viewport; from 768 px
// every step label reads in full inside the step list; on a phone a later
// step opens on its own content (the template's head folded to one line);
// no heading is printed twice. One full-page screenshot per page and width
// is kept under test-results/layout/ for a person to look at (a DOM test
// does not see clipping).
import { test, expect } from "@playwright/test";
import { mkdirSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { createDossier, startServer } from "./helpers.mjs";

const HERE = dirname(fileURLToPath(import.meta.url));
const SHOTS = join(HERE, "test-results", "layout");
const SEAL = join(HERE, "..", "fixtures", "seal");

const WIDTHS = [
  { width: 360, height: 740 },
  { width: 768, height: 1024 },
  { width: 1280, height: 800 },
  // A 1280 × 800 window at 200 % zoom: text twice as large must still read.
  { width: 640, height: 400, deviceScaleFactor: 2, zoom: true },
];
// One template per review-year family: Mẫu 02-HD KĐ.ĐG 2019 (to 2022), the
// 2023 forms (2023–2024), the 2025 forms.
const FAMILIES = [
  { name: "2019", year: 2022, role: "Cán bộ lãnh đạo, quản lý" },
  { name: "2023", year: 2024, role: "Đảng viên không giữ chức vụ lãnh đạo, quản lý" },
  { name: "2025", year: 2025, role: "Cán bộ lãnh đạo, quản lý" },
];

test.describe.configure({ mode: "serial" });

let server;
/** localStorage with one dossier per family, made once, reused per width. */
let storage;
/** The editor's path of each family's dossier. */
const dossiers = {};

test.beforeAll(async ({ browser }) => {
  server = await startServer();
  mkdirSync(SHOTS, { recursive: true });
  const context = await browser.newContext();
  const page = await context.newPage();
  for (const f of FAMILIES) {
    await page.goto(server.url + "/");
    await createDossier(page, f);
    dossiers[f.name] = new URL(page.url()).pathname;
  }
  storage = await context.storageState();
  await context.close();
});
test.afterAll(async () => {
  await server?.close();
});

/**
 * What reaches beyond the viewport: the document's own width, and every
 * element whose box (clipped by any ancestor that clips, such as the phone's
 * step row that scrolls sideways by design) ends right of it.
 */
function overflowing() {
  const vw = window.innerWidth;
  const out = [];
  const doc = document.documentElement.scrollWidth;
  if (doc > vw) out.push(`document scrollWidth ${doc} > ${vw}`);
  for (const el of document.body.querySelectorAll("*")) {
    const r = el.getBoundingClientRect();
    if (r.width === 0 && r.height === 0) continue;
    let right = r.right;
    for (let a = el.parentElement; a && a !== document.body; a = a.parentElement) {
      if (getComputedStyle(a).overflowX !== "visible") right = Math.min(right, a.getBoundingClientRect().right);
    }
    if (right > vw + 0.5) {
      const name = el.tagName.toLowerCase() + (el.id ? "#" + el.id : "") + (el.className ? "." + String(el.className).trim().replace(/\s+/g, ".") : "");
      out.push(`${name} right ${Math.round(right)} > ${vw}: «${(el.textContent ?? "").trim().slice(0, 40)}»`);
    }
  }
  return out;
}

/** Step labels that do not read in full inside the step list. */
function cutStepLabels() {
  const list = document.querySelector(".steps");
  const box = list.getBoundingClientRect();
  const out = [];
  if (list.scrollWidth > list.clientWidth) out.push(`.steps scrollWidth ${list.scrollWidth} > clientWidth ${list.clientWidth}`);
  for (const label of list.querySelectorAll(".step-label")) {
    const r = label.getBoundingClientRect();
    const full = label.textContent.trim();
    const titled = [label, label.closest("a")].some((e) => e.getAttribute("title") === full || e.getAttribute("aria-label") === full);
    if (label.scrollWidth > label.clientWidth && !titled) out.push(`cut: «${full}» (${label.scrollWidth} > ${label.clientWidth})`);
    if (r.left < box.left - 0.5 || r.right > box.left + list.clientWidth + 0.5) out.push(`outside the list: «${full}»`);
  }
  return out;
}

/** A heading of the step printed again, as another heading or as a field's label or legend. */
function repeatedHeadings() {
  const shown = (sel) =>
    [...document.querySelectorAll(sel)]
      .filter((el) => {
        const r = el.getBoundingClientRect();
        return r.width > 1 && r.height > 1;
      })
      .map((el) => el.textContent.replace(/\s+/g, " ").trim());
  const headings = shown("#step :is(h2, h3)");
  const out = headings.filter((h, i) => headings.indexOf(h) !== i);
  for (const text of shown("#step :is(.field > label, legend)")) if (headings.includes(text)) out.push(text);
  return out;
}

/**
 * File fields the browser draws itself: their «Choose File / No file chosen»
 * speaks the browser's language, so each must be hidden behind a label.
 */
function nativeFileFields() {
  return [...document.querySelectorAll('input[type="file"]')]
    .filter((el) => {
      const r = el.getBoundingClientRect();
      return r.width > 1 && r.height > 1;
    })
    .map((el) => el.id || el.name || "input[type=file]");
}

async function checkPage(page, width, name) {
  await page.screenshot({ path: join(SHOTS, `${width}-${name}.png`), fullPage: true });
  expect.soft(await page.evaluate(overflowing), `${name} at ${width} px: nothing beyond the viewport`).toEqual([]);
  expect.soft(await page.evaluate(nativeFileFields), `${name} at ${width} px: no file field drawn by the browser`).toEqual([]);
}

for (const viewport of WIDTHS) {
  const { width: w, height, deviceScaleFactor = 1, zoom = false } = viewport;
  const width = zoom ? `${w * 2}-zoom200` : w;
  test(`every page holds at ${zoom ? `${w * 2} px and 200 % zoom` : `${w} px`}`, async ({ browser }) => {
    test.setTimeout(180_000);
    const context = await browser.newContext({ viewport: { width: w, height }, deviceScaleFactor, storageState: storage });
    const page = await context.newPage();

    await page.goto(server.url + "/");
    await expect(page.locator(".dossier")).toHaveCount(FAMILIES.length);
    await checkPage(page, width, "home");

    await page.getByRole("link", { name: "Tạo bản kiểm điểm mới" }).click();
    await expect(page.getByRole("heading", { name: "Tạo bản kiểm điểm mới" })).toBeVisible();
    await checkPage(page, width, "new");

    for (const f of FAMILIES) {
      await page.goto(server.url + dossiers[f.name]);
      const links = page.locator(".steps a");
      await expect(links.first()).toBeVisible();
      const count = await links.count();
      // The template's prose (guidance, notes) comes from the check worker.
      await expect(page.locator(".doc-head .note").first()).toBeAttached();
      for (let n = 1; n <= count; n++) {
        if (n > 1) {
          await links.nth(n - 1).click();
          await expect(page).toHaveURL(new RegExp(`/${n}$`));
        }
        await expect(links.nth(n - 1)).toHaveAttribute("aria-current", "step");
        await checkPage(page, width, `${f.name}-step${String(n).padStart(2, "0")}`);
        expect.soft(await page.evaluate(repeatedHeadings), `${f.name} step ${n}: no heading printed twice`).toEqual([]);
        if (w >= 768) {
          expect.soft(await page.evaluate(cutStepLabels), `${f.name} at ${width} px: step labels in full`).toEqual([]);
        }
        const details = page.locator(".doc-head details");
        if (n === 1 || w >= 900) {
          await expect(details).toHaveAttribute("open", "");
        } else if (!zoom) {
          // Folded to one line: the step begins in the top 40 % of the
          // screen, and its first field is in view without scrolling (unless
          // the section's own notes come first).
          await expect(details).not.toHaveAttribute("open", "");
          const summary = await details.locator("summary").boundingBox();
          expect(summary.height).toBeLessThan(40);
          const step = await page.locator("#step").boundingBox();
          expect.soft(step.y, `${f.name} step ${n}: the step begins high`).toBeLessThan(viewport.height * 0.4);
          const field = page.locator("#step :is(textarea, input, select)").first();
          if (n > 2 && n < count && (await field.count()) && !(await page.locator("#step section > .note").count())) {
            const box = await field.boundingBox();
            expect.soft(box.y, `${f.name} step ${n}: first field above the fold`).toBeLessThan(viewport.height);
          }
        }
      }
    }

    // Export (of the 2025 dossier, the last one opened): sealed, so the
    // page shows its facts (file names, digest, key fingerprint).
    await page.locator("#go-export").click();
    await expect(page.getByRole("heading", { name: "Xuất bản kiểm điểm" })).toBeVisible();
    await page.getByRole("button", { name: "Niêm phong và tạo tệp" }).click();
    await expect(page.locator("#exported")).toBeVisible({ timeout: 30_000 });
    await checkPage(page, width, "export");

    // Verify: a valid file and a changed one, with their long verdicts.
    await page.locator("#go-verify").click();
    await page.locator("#verify-files").setInputFiles([join(SEAL, "valid.json"), join(SEAL, "variants", "bad-content-changed.json")]);
    await expect(page.locator(".report.ok")).toHaveCount(1, { timeout: 30_000 });
    await expect(page.locator(".report.bad")).toHaveCount(1, { timeout: 30_000 });
    await checkPage(page, width, "verify");

    // The secretary's desk, with a file received and one refused, and one
    // member's file opened.
    await page.locator("#go-desk").click();
    await expect(page.getByRole("heading", { name: "Bàn làm việc của bí thư chi bộ" })).toBeVisible();
    await page.locator("#desk-files").setInputFiles([join(SEAL, "valid.json"), join(SEAL, "variants", "bad-content-changed.json")]);
    await expect(page.locator("#desk-progress-text")).toContainText("2/2", { timeout: 30_000 });
    await checkPage(page, width, "desk");
    await page.locator("#desk-file-list a").first().click();
    await expect(page.locator("#desk-comment")).toBeVisible();
    await expect(page.locator("#desk-content .verdict, section .report .verdict").first()).toBeVisible({ timeout: 30_000 });
    await checkPage(page, width, "desk-member");

    await context.close();
  });
}

// The self-review, as a person writes it: a complete 2022 leader dossier on
// Mẫu 02-HD KĐ.ĐG 2019 with the keyboard alone, and a complete 2025 Mẫu 2B
// dossier with mouse and touch-like clicks; both pass the check and are
// intact after a reload.
import { test, expect } from "@playwright/test";
import { createDossier, startServer, waitSaved } from "./helpers.mjs";

let server;
test.beforeEach(async () => {
  server = await startServer();
});
test.afterEach(async () => {
  await server?.close();
});

const IDENTITY = {
  "id-full_name": "Nguyễn Thị Ánh Hồng",
  "id-birth_date": "05/01/1975",
  "id-party_post": "Bí thư chi bộ",
  "id-government_post": "Trưởng phòng Nội vụ",
  "id-mass_org_post": "Chủ tịch công đoàn cơ sở",
  "id-work_unit": "UBND thị xã Đức Phố",
  "id-party_cell": "Chi bộ Khu phố 3",
  "id-party_committee": "Đảng bộ thị xã Đức Phố",
  "id-place": "Đức Phố",
};

/** A distinct Vietnamese answer for each item. */
const answerFor = (id) => `Nội dung mục ${id}: luôn giữ vững lập trường, rèn luyện đạo đức, lối sống; hoàn thành tốt nhiệm vụ được giao.`;

async function activeId(page) {
  return page.evaluate(() => document.activeElement?.id ?? "");
}

/**
 * Fills the current step with the keyboard alone: Tab through every control;
 * type into text fields, check the first choice of every radio group with
 * Space; stop at the "Phần tiếp" link and follow it with Enter. Returns the
 * ids that were filled.
 */
async function fillStepWithKeyboard(page, { last = false } = {}) {
  const filled = [];
  const seenGroups = new Set();
  for (let i = 0; i < 400; i++) {
    await page.keyboard.press("Tab");
    const info = await page.evaluate(() => {
      const el = document.activeElement;
      return {
        id: el?.id ?? "",
        tag: el?.tagName ?? "",
        type: el?.getAttribute("type") ?? "",
        name: el?.getAttribute("name") ?? "",
        rel: el?.getAttribute("rel") ?? "",
        text: el?.textContent ?? "",
        value: "value" in (el ?? {}) ? el.value : "",
      };
    });
    if (info.rel === "next") {
      if (!last) await page.keyboard.press("Enter");
      return filled;
    }
    if (info.id === "check-run") return filled;
    if (info.tag === "TEXTAREA" && info.id.startsWith("a-") && info.value === "") {
      await page.keyboard.type(answerFor(info.id));
      filled.push(info.id);
    } else if (info.tag === "INPUT" && info.type === "text" && IDENTITY[info.id] && info.value === "") {
      await page.keyboard.type(IDENTITY[info.id]);
      filled.push(info.id);
    } else if (info.tag === "INPUT" && info.type === "radio" && info.name && !seenGroups.has(info.name)) {
      seenGroups.add(info.name);
      // The grade: "Tốt" (one arrow from "Xuất sắc"); a rating: the focused
      // (first) choice.
      if (info.name.endsWith("-grade")) await page.keyboard.press("ArrowRight");
      else await page.keyboard.press("Space");
      filled.push(info.name);
    }
  }
  throw new Error("no 'Phần tiếp' link reached with Tab");
}

test("a complete 2022 leader dossier (Mẫu 02-HD KĐ.ĐG 2019), typed with the keyboard alone", async ({ page }) => {
  await page.goto(server.url + "/");
  await createDossier(page, { year: 2022, role: "Cán bộ lãnh đạo, quản lý" });
  const url = page.url();
  // Identity, then "Tình hình trong năm" (nothing to fill), then I … VII.
  const filled = [];
  const steps = await page.locator(".steps li").count();
  for (let n = 1; n < steps; n++) {
    await expect(page).toHaveURL(new RegExp(`/${n}$|/hs-[0-9a-f-]+$`));
    filled.push(...(await fillStepWithKeyboard(page)));
  }
  // Every identity field, the six items of I (three for leaders only), II.1, II.2, III, IV, V, VI,
  // the grades and both ratings were reached by Tab.
  for (const id of Object.keys(IDENTITY)) expect(filled).toContain(id);
  for (const id of ["a-I-1", "a-I-2", "a-I-lanhdao-1", "a-I-lanhdao-2", "a-I-lanhdao-3", "a-I-3", "a-II-1", "a-II-2", "a-III", "a-VI"]) {
    expect(filled).toContain(id);
  }
  await expect(page.getByRole("heading", { name: "Kiểm tra", exact: true })).toBeVisible();
  await page.keyboard.press("Tab");
  for (let i = 0; i < 60 && (await activeId(page)) !== "check-run"; i++) await page.keyboard.press("Tab");
  await page.keyboard.press("Enter");
  await expect(page.locator("#check-clean")).toBeVisible();
  await waitSaved(page);

  await page.goto(url + "/3");
  await page.reload();
  await expect(page.locator("#a-I-lanhdao-1")).toHaveValue(answerFor("a-I-lanhdao-1"));
  await expect(page.locator("#a-I-1-grade-1")).toBeChecked();
  await page.goto(url + "/1");
  await expect(page.locator("#id-full_name")).toHaveValue("Nguyễn Thị Ánh Hồng");
  // Both proposed ratings survived: VII is the last section before "Kiểm tra".
  await page.goto(url + `/${steps - 1}`);
  await expect(page.locator(".rating input:checked")).toHaveCount(2);
});

test("a complete 2025 dossier on Mẫu 2B, scored per criterion, with the advisor beside the rating", async ({ page }) => {
  await page.goto(server.url + "/");
  await createDossier(page, { year: 2025, role: "Đảng viên không giữ chức vụ lãnh đạo, quản lý" });
  const url = page.url();
  const steps = await page.locator(".steps li").count();
  for (let n = 1; n < steps; n++) {
    await page.goto(`${url}/${n}`);
    for (const [id, value] of Object.entries(IDENTITY)) {
      const field = page.locator(`#${id}`);
      if (await field.count()) await field.fill(value);
    }
    for (const area of await page.locator("textarea[id^='a-']").all()) {
      await area.fill(answerFor(await area.getAttribute("id")));
    }
    // Points: each criterion its maximum, read from its label "(tối đa N điểm)".
    for (const input of await page.locator("input[id^='p-']").all()) {
      const label = await page.locator(`label[for='${await input.getAttribute("id")}']`).textContent();
      const max = /tối đa ([0-9,]+) điểm/.exec(label)[1];
      await input.fill(max);
    }
    // Above the app's equal split: a warning that names its source, not an
    // error (HD 43 mục 7.12 leaves the split to the upper committees).
    const first = page.locator("input[id^='p-']").first();
    if (await first.count()) {
      const kept = await first.inputValue();
      await first.fill("29");
      await first.blur();
      const criterion = first.locator("xpath=ancestor::div[contains(@class,'criterion')]");
      await expect(criterion.locator(".points-warning")).toContainText("mức chia đều mặc định của ứng dụng");
      await expect(criterion.locator(".field-error")).toHaveCount(0);
      await first.fill(kept);
      await first.blur();
      await expect(criterion.locator(".points-warning")).toHaveCount(0);
    }
    const rating = page.locator(".rating");
    if (await rating.count()) await rating.getByLabel("Hoàn thành tốt nhiệm vụ", { exact: true }).check();
  }
  await page.goto(`${url}/${steps}`);
  await page.getByRole("button", { name: "Kiểm tra bản kiểm điểm" }).click();
  await expect(page.locator("#check-clean")).toBeVisible();

  // The totals: 30 + 70 = 100 points.
  const scoring = await page.locator(".steps a", { hasText: "Đánh giá theo các nhóm tiêu chí" }).getAttribute("href");
  await page.goto(server.url + scoring);
  await expect(page.locator("#points-total")).toHaveText("100");
  await waitSaved(page);
  await page.reload();
  await expect(page.locator("#points-total")).toHaveText("100");
  await page.goto(`${url}/3`);
  await expect(page.locator("textarea").first()).toHaveValue(/^Nội dung mục a-A-I-1/);
});

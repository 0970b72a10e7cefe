// Domain edits seen from the page: a count cleared in "Tình hình trong năm"
// is cleared in the draft (not kept at its old value) and the advisor says
// it is missing; one task line edited leaves the others.
import { test, expect } from "@playwright/test";
import { createDossier, startServer, waitSaved } from "./helpers.mjs";

let server;
test.beforeEach(async () => {
  server = await startServer();
});
test.afterEach(async () => {
  await server?.close();
});

/** The stored dossier (the only one). */
async function stored(page) {
  return page.evaluate(() => {
    const key = Object.keys(localStorage).find((k) => k.startsWith("kiemdiem.dossier."));
    return JSON.parse(localStorage.getItem(key)).dossier;
  });
}

const MISSING_UNIT = "Chưa ghi kết quả của địa phương, đơn vị do đồng chí trực tiếp lãnh đạo, quản lý";

test("a leader's count cleared is cleared in the draft, and the advisor says it is missing", async ({ page }) => {
  await page.goto(server.url + "/");
  await createDossier(page, { year: 2025, role: "Cán bộ lãnh đạo, quản lý" });
  const url = page.url();
  const rating = page.locator(".steps a", { hasText: "Đề xuất xếp loại" });

  await page.goto(`${url}/2`);
  await page.locator("#f-unit-total").fill("10");
  await page.locator("#f-unit-done").fill("4");
  await waitSaved(page);
  expect((await stored(page)).circumstances.led_unit).toMatchObject({ tasks_total: 10, tasks_done: 4 });
  await rating.click();
  await expect(page.locator(".rating")).toBeVisible();
  await expect(page.getByText("4/10").first()).toBeVisible();
  await expect(page.getByText(MISSING_UNIT)).toHaveCount(0);

  // Cleared: the old 4 is gone from the draft, the total stays.
  await page.goto(`${url}/2`);
  await page.locator("#f-unit-done").fill("");
  await waitSaved(page);
  const unit = (await stored(page)).circumstances.led_unit;
  expect(unit.tasks_total).toBe(10);
  expect(unit).not.toHaveProperty("tasks_done");
  await page.reload();
  await expect(page.locator("#f-unit-done")).toHaveValue("");
  await expect(page.locator("#f-unit-total")).toHaveValue("10");
  await rating.click();
  await expect(page.getByText(MISSING_UNIT).first()).toBeVisible();
  await expect(page.getByText("4/10")).toHaveCount(0);
});

test("one task line edited leaves the others, and a task removed takes only itself", async ({ page }) => {
  await page.goto(server.url + "/");
  await createDossier(page, { year: 2025, role: "Đảng viên không giữ chức vụ lãnh đạo, quản lý" });
  await page.locator(".steps a", { hasText: "Phụ lục" }).first().click();
  for (const n of [0, 1, 2]) {
    await page.locator("#task-add").click();
    await page.locator(`#task-${n}-nhiem_vu`).fill(`Nhiệm vụ ${n + 1}`);
  }
  await page.locator("#task-1-minh_chung").fill("Báo cáo số 12");
  await waitSaved(page);
  const tasks = (await stored(page)).tasks;
  expect(tasks.map((t) => [t.task, t.evidence])).toEqual([
    ["Nhiệm vụ 1", ""],
    ["Nhiệm vụ 2", "Báo cáo số 12"],
    ["Nhiệm vụ 3", ""],
  ]);
  await page.getByRole("button", { name: "Xoá nhiệm vụ này" }).nth(1).click();
  await waitSaved(page);
  expect((await stored(page)).tasks.map((t) => t.task)).toEqual(["Nhiệm vụ 1", "Nhiệm vụ 3"]);
});

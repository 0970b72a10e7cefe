// The not-rated path (QĐ 366-QĐ/TW Điều 5 khoản 2): a member exempted from
// party work in 2025 writes the review, checks it and exports it, and is
// never asked for a proposed rating or for points.
import { test, expect } from "@playwright/test";
import { readFileSync } from "node:fs";
import { createDossier, startServer, waitSaved } from "./helpers.mjs";

let server;
test.beforeEach(async () => {
  server = await startServer();
});
test.afterEach(async () => {
  await server?.close();
});

const IDENTITY = {
  "id-full_name": "Trần Văn Bình",
  "id-birth_date": "12/03/1950",
  "id-party_cell": "Chi bộ Khối vận",
  "id-party_committee": "Đảng bộ phường Phổ Ninh",
  "id-place": "Đức Phố",
};

test("a member exempted from party work in 2025 writes, checks and exports with no demand for a rating", async ({ page }, testInfo) => {
  await page.goto(server.url + "/");
  await createDossier(page, { year: 2025, role: "Đảng viên không giữ chức vụ lãnh đạo, quản lý" });
  const url = page.url();
  const steps = await page.locator(".steps li").count();
  let ratingStep = 0;
  for (let n = 1; n < steps; n++) {
    await page.goto(`${url}/${n}`);
    for (const [id, value] of Object.entries(IDENTITY)) {
      const field = page.locator(`#${id}`);
      if (await field.count()) await field.fill(value);
    }
    const exempted = page.locator("#f-exempted");
    if (await exempted.count()) await exempted.check();
    for (const area of await page.locator("textarea[id^='a-']").all()) {
      await area.fill(`Nội dung ${await area.getAttribute("id")}: thực hiện đầy đủ nhiệm vụ của đảng viên.`);
    }
    // No points, no rating.
    if (await page.locator(".rating").count()) ratingStep = n;
  }
  await waitSaved(page);
  expect(ratingStep).toBeGreaterThan(0);

  // Where the form asks for a rating, the app says the person is not
  // reviewed and rated this year, with its source, and what to hand in.
  await page.goto(`${url}/${ratingStep}`);
  const notice = page.locator("#not-rated");
  await expect(notice).toContainText("Điều 5, khoản 2");
  await expect(notice).toContainText("không phải đề xuất mức xếp loại");
  await expect(notice).toContainText("được miễn công tác và sinh hoạt đảng");

  // The check finds nothing missing.
  await page.goto(`${url}/${steps}`);
  await page.getByRole("button", { name: "Kiểm tra bản kiểm điểm" }).click();
  await expect(page.locator("#check-clean")).toBeVisible();

  // Nor does the export's list of what is still missing.
  await page.getByRole("link", { name: "Xuất hồ sơ" }).click();
  await expect(page.getByRole("heading", { name: "Xuất bản kiểm điểm" })).toBeVisible();
  await expect(page.getByText("Bản kiểm điểm đã đủ các mục bắt buộc.")).toBeVisible();
  await expect(page.locator("#export-incomplete")).toHaveCount(0);
  await page.getByRole("button", { name: "Niêm phong và tạo tệp" }).click();
  await expect(page.locator("#exported")).toBeVisible({ timeout: 30_000 });
  const [download] = await Promise.all([page.waitForEvent("download"), page.click("#save-json")]);
  const path = testInfo.outputPath(download.suggestedFilename());
  await download.saveAs(path);
  const sealed = JSON.parse(readFileSync(path, "utf8"));
  expect(sealed.payload.dossier.circumstances.exempted).toBe(true);
  expect(sealed.payload.dossier.proposal.party ?? null).toBeNull();
});

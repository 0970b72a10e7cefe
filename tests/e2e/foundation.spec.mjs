// The foundation, as a person sees it: create a dossier, type Vietnamese,
// reload and find it; start offline after a first visit; no request ever
// leaves the app's origin.
import { test, expect } from "@playwright/test";
import { createDossier, recordRequests, startServer, typeInto, waitForOfflineReady, waitSaved } from "./helpers.mjs";

let server;
test.beforeEach(async () => {
  server = await startServer();
});
test.afterEach(async () => {
  await server?.close();
});

const IDENTITY = {
  "Họ và tên": "Nguyễn Thị Ánh Hồng",
  "Chi bộ": "Chi bộ Khu phố 3",
  "Địa danh (nơi viết bản kiểm điểm)": "Đức Phố",
};

test("a dossier typed in Vietnamese is intact after a reload, and no request leaves the origin", async ({ context, page }) => {
  const requests = recordRequests(context);
  await page.goto(server.url + "/");
  await expect(page.getByRole("heading", { name: "Hồ sơ kiểm điểm của tôi" })).toBeVisible();
  await createDossier(page, { year: 2022, role: "Cán bộ lãnh đạo, quản lý" });
  await expect(page.locator(".doc-head .code")).toHaveText("Mẫu 02-HD KĐ.ĐG 2019");
  for (const [label, value] of Object.entries(IDENTITY)) await typeInto(page, label, value);
  await waitSaved(page);
  const editorUrl = page.url();

  await page.reload();
  await expect(page).toHaveURL(editorUrl);
  for (const [label, value] of Object.entries(IDENTITY)) {
    await expect(page.getByLabel(label, { exact: true })).toHaveValue(value);
  }
  // The home page lists it with its year and template.
  await page.getByRole("link", { name: "Về danh sách hồ sơ" }).click();
  const row = page.locator(".dossier", { hasText: "Nguyễn Thị Ánh Hồng" });
  await expect(row).toContainText("2022");
  await expect(row).toContainText("Mẫu 02-HD KĐ.ĐG 2019");

  const origin = new URL(server.url).origin;
  const foreign = requests.filter((u) => !u.startsWith(origin) && !u.startsWith("data:") && !u.startsWith("blob:"));
  expect(foreign).toEqual([]);
  expect(requests.length).toBeGreaterThan(3);
});

test("after a first visit the app starts with no network and shows the draft", async ({ context, page }) => {
  await page.goto(server.url + "/");
  await waitForOfflineReady(page);
  await createDossier(page, { year: 2025, role: "Đảng viên không giữ chức vụ lãnh đạo, quản lý" });
  await typeInto(page, "Họ và tên", "Nguyễn Thị Ánh Hồng");
  await waitSaved(page);
  const editorUrl = page.url();

  await server.close();
  server = null;
  await context.setOffline(true);
  // A fresh page load of a deep link, with the server gone and the network off.
  await page.goto(editorUrl);
  await expect(page.getByLabel("Họ và tên", { exact: true })).toHaveValue("Nguyễn Thị Ánh Hồng");
  await page.goto(new URL("/", editorUrl).href);
  await expect(page.locator(".dossier", { hasText: "Nguyễn Thị Ánh Hồng" })).toContainText("Mẫu 02B-HD KĐ.ĐG 2025");
});

test("the role list follows the year: members outside the political system only from 2025", async ({ page }) => {
  await page.goto(server.url + "/moi");
  await page.getByLabel("Năm kiểm điểm").selectOption("2024");
  await expect(page.getByLabel("Đảng viên không làm việc trong hệ thống chính trị")).toHaveCount(0);
  await page.getByLabel("Cán bộ lãnh đạo, quản lý").check();
  await expect(page.locator(".chosen")).toContainText("Mẫu 02B-HD KĐ.ĐG 2023");
  await page.getByLabel("Năm kiểm điểm").selectOption("2025");
  await page.getByLabel("Đảng viên không làm việc trong hệ thống chính trị").check();
  await expect(page.locator(".chosen")).toContainText("Mẫu 2C-HD KĐ.ĐG 2025");
  await expect(page.locator(".chosen")).toContainText("Quy định số 366-QĐ/TW");
});

// Export as a person does it, offline: seal a filled dossier, save the JSON
// and the PDF, check them on "Kiểm tra hồ sơ" (and with an independent
// RFC 8785 + Ed25519 verifier), see a changed copy refused; keep the signing
// key: save it behind a passphrase, replace it, bring it back.
import { test, expect } from "@playwright/test";
import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { createDossier, startServer, typeInto, waitForOfflineReady, waitSaved } from "./helpers.mjs";

const ROOT = join(dirname(fileURLToPath(import.meta.url)), "..", "..");

let server;
test.beforeEach(async () => {
  server = await startServer();
});
test.afterEach(async () => {
  await server?.close();
});

/** Clicks a download link and saves the file under the test's output. */
async function save(page, testInfo, selector) {
  const [download] = await Promise.all([page.waitForEvent("download"), page.click(selector)]);
  const path = testInfo.outputPath(download.suggestedFilename());
  await download.saveAs(path);
  return { name: download.suggestedFilename(), path, bytes: readFileSync(path) };
}

async function filledDossier(page) {
  await page.goto(server.url + "/");
  await waitForOfflineReady(page);
  await createDossier(page, { year: 2025, role: "Đảng viên không giữ chức vụ lãnh đạo, quản lý" });
  await typeInto(page, "Họ và tên", "Nguyễn Thị Ánh Hồng");
  await typeInto(page, "Chi bộ", "Chi bộ Khu phố 3");
  await typeInto(page, "Đảng bộ", "Phường Phổ Ninh");
  await typeInto(page, "Địa danh (nơi viết bản kiểm điểm)", "Đức Phố");
  await waitSaved(page);
}

test("a filled dossier exports offline to a sealed JSON and a PDF; the verify page accepts both and refuses a changed copy", async ({
  context,
  page,
}, testInfo) => {
  await filledDossier(page);
  // From here on there is no network: the export worker and its fonts come
  // from the service worker's cache.
  await server.close();
  server = null;
  await context.setOffline(true);

  await page.getByRole("link", { name: "Xuất hồ sơ" }).click();
  await expect(page.getByRole("heading", { name: "Xuất bản kiểm điểm" })).toBeVisible();
  await expect(page.locator("#key-fingerprint")).toContainText("Chưa có khoá");
  // The check runs first and says what is still missing.
  await expect(page.locator("#export-incomplete")).toBeVisible();

  await page.getByRole("button", { name: "Niêm phong và tạo tệp" }).click();
  await expect(page.locator("#exported")).toBeVisible({ timeout: 30_000 });
  const fingerprint = (await page.locator("#exported-fingerprint").textContent()).trim();
  // The key made by the first export is kept and shown.
  await expect(page.locator("#key-fingerprint")).toContainText(fingerprint);

  const json = await save(page, testInfo, "#save-json");
  const pdf = await save(page, testInfo, "#save-pdf");
  expect(json.name).toBe("KiemDiem_2025_2B_NguyenThiAnhHong.json");
  expect(pdf.name).toBe("KiemDiem_2025_2B_NguyenThiAnhHong.pdf");
  expect(pdf.bytes.subarray(0, 5).toString()).toBe("%PDF-");
  const sealed = JSON.parse(json.bytes.toString("utf8"));
  expect(sealed.payload.dossier.identity.full_name).toBe("Nguyễn Thị Ánh Hồng");
  expect(sealed.seal.fingerprint).toBe(fingerprint);

  // An independent implementation (Node's Ed25519 and the RFC 8785
  // reference canonicaliser) verifies the file.
  const out = execFileSync("node", [join(ROOT, "scripts", "verify-dossier.mjs"), json.path], { encoding: "utf8" });
  expect(out).toContain("OK");

  await page.getByRole("link", { name: "Kiểm tra hồ sơ" }).click();
  await expect(page.getByRole("heading", { name: "Kiểm tra hồ sơ" })).toBeVisible();
  const changed = json.bytes.toString("utf8").replace("Khu phố 3", "Khu phố 4");
  await page.locator("#verify-files").setInputFiles([
    { name: json.name, mimeType: "application/json", buffer: json.bytes },
    { name: pdf.name, mimeType: "application/pdf", buffer: pdf.bytes },
    { name: "sua-doi.json", mimeType: "application/json", buffer: Buffer.from(changed) },
    { name: "ghi-chu.json", mimeType: "application/json", buffer: Buffer.from("không phải hồ sơ") },
  ]);
  const reports = page.locator(".report");
  await expect(reports).toHaveCount(4);
  await expect(reports.nth(0)).toHaveClass(/ok/, { timeout: 30_000 });
  await expect(reports.nth(0)).toContainText("Niêm phong hợp lệ");
  await expect(reports.nth(0)).toContainText(fingerprint);
  await expect(reports.nth(1)).toHaveClass(/ok/);
  await expect(reports.nth(1)).toContainText("gắn trong bản PDF hợp lệ");
  await expect(reports.nth(2)).toHaveClass(/bad/);
  await expect(reports.nth(2)).toContainText("đã bị thay đổi sau khi niêm phong");
  await expect(reports.nth(3)).toHaveClass(/bad/);
  await expect(reports.nth(3)).toContainText("không phải tệp JSON hợp lệ");
  // The content of a valid file is there to read, and only read.
  await reports.nth(0).getByText("Nội dung bản kiểm điểm").click();
  await expect(reports.nth(0)).toContainText("Đức Phố");
  await expect(reports.nth(0).locator("input, textarea")).toHaveCount(0);
});

test("the signing key is saved behind a passphrase, replaced only on request, and brought back from its file", async ({
  page,
}, testInfo) => {
  await filledDossier(page);
  await page.getByRole("link", { name: "Xuất hồ sơ" }).click();
  await page.getByRole("button", { name: "Niêm phong và tạo tệp" }).click();
  await expect(page.locator("#exported")).toBeVisible({ timeout: 30_000 });
  const first = (await page.locator("#exported-fingerprint").textContent()).trim();

  await page.getByText("Sao lưu, chuyển hoặc thay khoá").click();
  await page.locator("#key-pass").fill("mật khẩu dài");
  await page.locator("#key-pass2").fill("mật khẩu khác");
  await page.locator("#save-key").click();
  await expect(page.getByText("Hai lần nhập mật khẩu không giống nhau.")).toBeVisible();
  await page.locator("#key-pass2").fill("mật khẩu dài");
  const [download] = await Promise.all([page.waitForEvent("download"), page.locator("#save-key").click()]);
  const keyPath = testInfo.outputPath(download.suggestedFilename());
  await download.saveAs(keyPath);
  expect(download.suggestedFilename()).toBe(`KiemDiem_Khoa_${first.replaceAll(" ", "")}.json`);

  // A new key replaces the old one only after "Thay khoá".
  await page.getByRole("button", { name: "Tạo khoá mới" }).click();
  await expect(page.getByRole("alertdialog")).toBeVisible({ timeout: 30_000 });
  await page.getByRole("button", { name: "Thay khoá" }).click();
  await expect(page.locator("#key-fingerprint")).not.toContainText(first);

  // The saved file with a wrong passphrase is refused; with the right one
  // it brings the first key back.
  await page.locator("#key-file").setInputFiles(keyPath);
  await page.locator("#open-pass").fill("sai mật khẩu");
  await page.locator("#open-key").click();
  await expect(page.locator(".key [role=status]")).toContainText("mật khẩu", { timeout: 30_000 });
  await page.locator("#open-pass").fill("mật khẩu dài");
  await page.locator("#open-key").click();
  await page.getByRole("button", { name: "Thay khoá" }).click({ timeout: 30_000 });
  await expect(page.locator("#key-fingerprint")).toContainText(first);

  // Exports seal with it again.
  await page.getByRole("button", { name: "Niêm phong và tạo tệp" }).click();
  await expect(page.locator("#exported-fingerprint")).toHaveText(first, { timeout: 30_000 });
});

test("the verify page gives the command line's verdict on every shared test file", async ({ page }) => {
  // tests/fixtures/seal/verdicts.json is what `kiemdiem-cli verify` says of
  // each file (checked by tests/cli.rs); the page must say the same.
  const dir = join(ROOT, "tests", "fixtures", "seal");
  const verdicts = JSON.parse(readFileSync(join(dir, "verdicts.json"), "utf8"));
  await page.goto(server.url + "/kiem-tra");
  await page.locator("#verify-files").setInputFiles(verdicts.map(([file]) => join(dir, file)));
  const reports = page.locator(".report");
  await expect(reports).toHaveCount(verdicts.length);
  for (const [i, [file, ok, verdict]] of verdicts.entries()) {
    const report = reports.nth(i);
    await expect(report.locator("h2")).toHaveText(file.split("/").pop());
    await expect(report).toHaveClass(ok ? /\bok\b/ : /\bbad\b/, { timeout: 30_000 });
    await expect(report.locator(".verdict")).toContainText(verdict);
  }
});

test("the verify page shows the whole sealed dossier: III and IV line by line, the plan and the task appendix", async ({
  page,
}) => {
  // tests/e2e/fixtures/whole-dossier-*.json are sealed by tests/core_walk.rs
  // (which checks that the verify report holds every part, in print order).
  const dir = join(ROOT, "tests", "e2e", "fixtures");
  await page.goto(server.url + "/kiem-tra");
  await page
    .locator("#verify-files")
    .setInputFiles([join(dir, "whole-dossier-2025.json"), join(dir, "whole-dossier-2022.json")]);
  const reports = page.locator(".report");
  await expect(reports).toHaveCount(2);
  for (const i of [0, 1]) {
    await expect(reports.nth(i)).toHaveClass(/\bok\b/, { timeout: 30_000 });
    await reports.nth(i).getByText("Nội dung bản kiểm điểm").click();
  }
  const r2025 = reports.nth(0);
  // Section III, line by line, with how far each is remedied.
  await expect(r2025.locator(".line").getByText("- Chưa mạnh dạn phê bình: đã được khắc phục.", { exact: true })).toBeVisible();
  await expect(r2025.locator(".line").getByText("- Học tập nghị quyết: đang khắc phục. Còn hai chuyên đề.", { exact: true })).toBeVisible();
  // Section IV, point by point, each with its explanation.
  await expect(r2025.locator("h4").getByText("1. Việc chậm nộp báo cáo quý III.", { exact: true })).toBeVisible();
  await expect(r2025.getByText("Do khối lượng công việc lớn.", { exact: true })).toBeVisible();
  await expect(r2025.locator("h4").getByText("2. Ý kiến về tác phong.", { exact: true })).toBeVisible();
  // The remediation plan, after section VI.
  await expect(r2025.locator("h3").getByText("Kế hoạch khắc phục sau kiểm điểm", { exact: true })).toBeVisible();
  await expect(r2025.getByText("- Đọc kỹ Điều lệ Đảng (đã làm xong, xong ngày 02/03/2026).", { exact: true })).toBeVisible();
  await expect(r2025.getByText("- Dự đủ sinh hoạt chi bộ. Đã dự 3/4 buổi.", { exact: true })).toBeVisible();
  // The task appendix, last.
  await expect(r2025.locator("h3").last()).toHaveText("PHỤ LỤC KẾT QUẢ THỰC HIỆN NHIỆM VỤ");
  await expect(r2025.locator("h4").getByText("1. Tham mưu kế hoạch chuyển đổi số", { exact: true })).toBeVisible();
  await expect(r2025.getByText("Kế hoạch số 12/KH-UBND (hoàn thành vượt mức yêu cầu)")).toBeVisible();
  await expect(r2025.locator("h4").getByText("2. Cập nhật hồ sơ đảng viên", { exact: true })).toBeVisible();
  // In print order: III before IV before the plan before the appendix.
  const text = await r2025.locator("details").innerText();
  const order = [
    "- Chưa mạnh dạn phê bình",
    "1. Việc chậm nộp báo cáo quý III.",
    "Kế hoạch khắc phục sau kiểm điểm",
    "PHỤ LỤC KẾT QUẢ THỰC HIỆN NHIỆM VỤ",
  ].map((s) => text.indexOf(s));
  expect(order.every((at) => at >= 0)).toBe(true);
  expect([...order].sort((a, b) => a - b)).toEqual(order);

  // The 2019 form (a leader, 2022): the self-grade of III after its lines;
  // no appendix on that form.
  const r2022 = reports.nth(1);
  await expect(r2022.locator(".line").getByText("- Chưa mạnh dạn phê bình: đã được khắc phục.", { exact: true })).toBeVisible();
  await expect(r2022.locator("h4").getByText("1. Việc chậm nộp báo cáo quý III.", { exact: true })).toBeVisible();
  await expect(r2022.locator("h3").getByText("Kế hoạch khắc phục sau kiểm điểm", { exact: true })).toBeVisible();
  await expect(r2022.getByText("PHỤ LỤC")).toHaveCount(0);
  // Read only.
  await expect(reports.locator("input, textarea")).toHaveCount(0);
});

// The secretary's desk as a secretary uses it, offline: a cell of 43
// members (the generator of `kiemdiem-cli desk generate`): 40 hand in, one
// of them twice, one again with a new key, 2 tampered copies arrive, 3 hand
// in nothing. Import the roster and every file, see the right counts,
// refusals, flags and missing names; accept the new key; write the cell's
// comment and proposal on one member; take the .xlsx and .csv away and read
// them back with an independent reader; reload and find everything kept;
// back up the desk and restore it into a fresh browser.
import { test, expect } from "@playwright/test";
import { execFileSync } from "node:child_process";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import readXlsxFile from "read-excel-file/node";
import { startServer, waitForOfflineReady } from "./helpers.mjs";

const ROOT = join(dirname(fileURLToPath(import.meta.url)), "..", "..");

let server;
test.beforeEach(async () => {
  server = await startServer();
});
test.afterEach(async () => {
  await server?.close();
});

/** Makes the cell's files with the project's generator; returns what it made. */
function generate(dir) {
  const built = join(ROOT, "target", "debug", "kiemdiem-cli");
  const args = ["desk", "generate", dir, "--count", "40", "--tampered", "2", "--duplicate", "1", "--new-key", "1", "--missing", "3", "--year", "2025"];
  const out = existsSync(built)
    ? execFileSync(built, args, { encoding: "utf8" })
    : execFileSync("cargo", ["run", "-q", "--bin", "kiemdiem-cli", "--", ...args], { cwd: ROOT, encoding: "utf8" });
  return JSON.parse(out.trim().split("\n").pop());
}

async function save(page, testInfo, selector) {
  const [download] = await Promise.all([page.waitForEvent("download"), page.click(selector)]);
  const path = testInfo.outputPath(download.suggestedFilename());
  await download.saveAs(path);
  return { name: download.suggestedFilename(), path };
}

test("a cell's folder becomes a verified summary, flags, spreadsheets and an index, offline, and survives a reload", async ({
  context,
  page,
}, testInfo) => {
  test.setTimeout(240_000);
  const dir = testInfo.outputPath("cell");
  const made = generate(dir);
  expect(made.roster).toBe(43);
  const files = readdirSync(dir)
    .filter((n) => n.endsWith(".json"))
    .map((n) => join(dir, n));
  expect(files).toHaveLength(44);

  await page.goto(server.url + "/");
  await waitForOfflineReady(page);
  // The desk and its workers load on demand, offline, from the cache.
  await page.locator("#go-desk").click();
  await expect(page.getByRole("heading", { name: "Bàn làm việc của bí thư chi bộ" })).toBeVisible();
  await server.close();
  server = null;
  await context.setOffline(true);

  // The roster the secretary already keeps, as CSV.
  await page.locator("#desk-roster-file").setInputFiles(join(dir, "roster.csv"));
  await expect(page.getByText("Đã đọc 43 người từ tệp danh sách.")).toBeVisible({ timeout: 60_000 });

  // Every file at once.
  await page.locator("#desk-files").setInputFiles(files);
  await expect(page.locator("#desk-progress-text")).toHaveText("Đã kiểm tra 44/44 tệp: nhận 42, từ chối 2.", {
    timeout: 120_000,
  });
  const refused = page.locator("#desk-refused li");
  await expect(refused).toHaveCount(2);
  for (const name of made.tampered_files) {
    await expect(page.locator("#desk-refused")).toContainText(name);
  }
  await expect(refused.first()).toContainText("Nội dung đã bị thay đổi sau khi niêm phong");

  // 40 handed in (the new key's second file waits; the member's first one
  // counts), 3 missing, named; 1 not rated.
  await expect(page.locator("#desk-counts")).toHaveText(
    "Danh sách: 43 đảng viên · đã nộp: 40 · chưa nộp: 3 · được đánh giá, xếp loại: 39.",
  );
  for (const name of made.missing_names) {
    await expect(page.locator("#desk-missing")).toContainText(name);
  }
  await expect(page.locator("#desk-missing li")).toHaveCount(3);
  await expect(page.locator("#desk-not-rated li")).toHaveCount(1);
  const levels = page.locator("#desk-levels tbody tr");
  const pct = (n) => `${n} (${((n * 100) / 39).toFixed(1).replace(".", ",")}%)`;
  await expect(levels.nth(0).locator("td").first()).toHaveText(pct(made.levels.excellent));
  await expect(levels.nth(1).locator("td").first()).toHaveText(pct(made.levels.good));
  await expect(levels.nth(2).locator("td").first()).toHaveText(pct(made.levels.completed));
  await expect(levels.nth(3).locator("td").first()).toHaveText(pct(made.levels.not_completed));
  await expect(page.locator("#desk-cap")).toContainText("cấp có thẩm quyền");

  // The duplicate: both listed, the older one marked replaced.
  await expect(page.locator("#desk-file-list .tag", { hasText: "Đã có bản mới hơn" })).toHaveCount(1);
  // The new key: flagged until the secretary decides.
  await expect(page.locator("#desk-file-list .tag", { hasText: "Khoá mới, chờ xem xét" })).toHaveCount(1);
  const flagged = page.locator("#desk-flags li.flagged", { has: page.locator(".key-accept") });
  await expect(flagged).toHaveCount(1);
  await flagged.locator(".key-accept").click();
  await expect(page.locator("#desk-file-list .tag", { hasText: "Khoá mới, chờ xem xét" })).toHaveCount(0);
  await expect(page.locator("#desk-file-list .tag", { hasText: "Đã có bản mới hơn" })).toHaveCount(2);

  // One member's file: the whole dossier, verified again; the cell's view.
  const first = page.locator("#desk-file-list li", { hasText: "Đang dùng" }).first().locator("a");
  const memberName = (await first.textContent()).trim();
  await first.click();
  await expect(page.getByRole("heading", { name: `Hồ sơ của đồng chí ${memberName}` })).toBeVisible();
  await expect(page.locator(".report.ok .verdict")).toBeVisible({ timeout: 60_000 });
  await page.locator("#desk-comment").fill("Gương mẫu, nhiệt tình trong công tác.");
  await page.locator("#desk-cell-level").selectOption({ label: "Hoàn thành tốt nhiệm vụ" });
  await page.locator("#desk-review-save").click();
  await expect(page.getByText("Đã lưu ý kiến của chi bộ.")).toBeVisible();
  // The member's PDF printed again with the cell's comment and proposal,
  // carrying the member's sealed file unchanged.
  const printed = await save(page, testInfo, "#desk-print-cell");
  expect(printed.name).toMatch(/_ChiBo\.pdf$/);
  const verified = JSON.parse(
    existsSync(join(ROOT, "target", "debug", "kiemdiem-cli"))
      ? execFileSync(join(ROOT, "target", "debug", "kiemdiem-cli"), ["verify", "--json", printed.path], { encoding: "utf8" })
      : execFileSync("cargo", ["run", "-q", "--bin", "kiemdiem-cli", "--", "verify", "--json", printed.path], { cwd: ROOT, encoding: "utf8" }),
  );
  expect(verified[0].ok).toBe(true);
  await page.locator("#desk-back").click();
  await expect(levels.nth(1).locator("td").nth(1)).toHaveText(pct(1));

  // The spreadsheets, read back by an independent reader.
  const xlsx = await save(page, testInfo, "#desk-summary-xlsx");
  expect(xlsx.name).toMatch(/^KiemDiem_TongHop_2025_.*\.xlsx$/);
  const sheets = await readXlsxFile(xlsx.path);
  const members = sheets[0].data;
  expect(members[0]).toEqual(["STT", "Họ và tên", "Ngày sinh", "Mẫu", "Tự đề xuất xếp loại", "Chi bộ đề xuất", "Ghi chú"]);
  const row = members.find((r) => r[1] === memberName);
  expect(row[5]).toBe("Hoàn thành tốt nhiệm vụ");
  expect(typeof members[1][0]).toBe("number");
  const counts = sheets[1].data;
  const good = counts.find((r) => r[0] === "Hoàn thành tốt nhiệm vụ");
  expect(good[1]).toBe(made.levels.good);

  const csv = await save(page, testInfo, "#desk-summary-csv");
  const bytes = readFileSync(csv.path);
  expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  expect(bytes.toString("utf8")).toContain(memberName);

  const summaryPdf = await save(page, testInfo, "#desk-summary-pdf");
  expect(summaryPdf.name).toMatch(/^KiemDiem_TongHop_2025_.*\.pdf$/);
  expect(readFileSync(summaryPdf.path).subarray(0, 5).toString()).toBe("%PDF-");

  const index = await save(page, testInfo, "#desk-index-csv");
  const indexText = readFileSync(index.path, "utf8");
  // 42 files received (the tampered ones were never stored) and a header.
  expect(indexText.trim().split(/\r?\n/)).toHaveLength(43);
  expect(indexText).toMatch(/[0-9a-f]{64}/);

  // A reload keeps everything (IndexedDB).
  await page.reload();
  await expect(page.locator("#desk-counts")).toHaveText(
    "Danh sách: 43 đảng viên · đã nộp: 40 · chưa nộp: 3 · được đánh giá, xếp loại: 39.",
    { timeout: 30_000 },
  );
  await expect(levels.nth(1).locator("td").nth(1)).toHaveText(pct(1));
  await expect(page.locator("#desk-file-list li")).toHaveCount(42);

  // The desk's backup, restored into a fresh browser profile.
  const backup = await save(page, testInfo, "#desk-backup-make");
  expect(backup.name).toMatch(/^KiemDiem_BanLamViec_\d{4}-\d{2}-\d{2}\.json$/);
  server = await startServer();
  const fresh = await context.browser().newContext();
  const other = await fresh.newPage();
  await other.goto(server.url + "/chi-bo");
  await expect(other.getByRole("heading", { name: "Bàn làm việc của bí thư chi bộ" })).toBeVisible();
  await other.locator("#desk-restore").setInputFiles(backup.path);
  await expect(other.locator("#desk-backup-message")).toHaveText("Đã khôi phục xong.", { timeout: 120_000 });
  await expect(other.locator("#desk-counts")).toHaveText(
    "Danh sách: 43 đảng viên · đã nộp: 40 · chưa nộp: 3 · được đánh giá, xếp loại: 39.",
  );
  await expect(other.locator("#desk-levels tbody tr").nth(1).locator("td").nth(1)).toHaveText(pct(1));
  await fresh.close();
});

test("a roster from a spreadsheet, and a member typed by hand, match files despite NFD, case and spaces", async ({ page }) => {
  await page.goto(server.url + "/chi-bo");
  await expect(page.getByRole("heading", { name: "Bàn làm việc của bí thư chi bộ" })).toBeVisible();
  // The project's sealed fixture is of "Nguyễn Thị Ánh Hồng": typed here in
  // NFD, in capitals, with extra spaces.
  const fixture = JSON.parse(readFileSync(join(ROOT, "tests", "fixtures", "seal", "valid.json"), "utf8"));
  const name = fixture.payload.dossier.identity.full_name;
  await page.locator("#new-member-name").fill("  " + name.toUpperCase().normalize("NFD").replace(" ", "   ") + " ");
  await page.locator("#desk-add-member").click();
  await expect(page.locator("#desk-missing li")).toHaveCount(1);
  await page.locator("#desk-files").setInputFiles(join(ROOT, "tests", "fixtures", "seal", "valid.json"));
  await expect(page.locator("#desk-progress-text")).toHaveText("Đã kiểm tra 1/1 tệp: nhận 1, từ chối 0.", { timeout: 60_000 });
  await expect(page.locator("#desk-missing")).toHaveCount(0);
  await expect(page.locator("#desk-roster-list .tag.ok")).toHaveText("Đã nộp");
});

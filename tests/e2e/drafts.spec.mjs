// Drafts that never lose a keystroke: an abrupt end of the page, a
// corrupted store, a second tab, backup and restore, duplicate and delete
// with undo, an app update while editing.
import { test, expect } from "@playwright/test";
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { serve } from "../../scripts/serve.mjs";
import { DIST, createDossier, startServer, typeInto, waitForOfflineReady, waitSaved } from "./helpers.mjs";

let server;
test.afterEach(async () => {
  await server?.close();
  server = null;
});

/** The stored JSON of the only dossier (or the one whose id is given). */
async function stored(page, id) {
  return page.evaluate((id) => {
    const keys = Object.keys(localStorage).filter((k) => k.startsWith("kiemdiem.dossier."));
    const key = id ? `kiemdiem.dossier.${id}` : keys[0];
    return JSON.parse(localStorage.getItem(key));
  }, id);
}

const idOf = (url) => /\/ho-so\/(hs-[0-9a-f-]+)/.exec(url)[1];

test("a page killed 300 ms after typing loses nothing (no unload handler runs)", async ({ context, page }) => {
  server = await startServer();
  await page.goto(server.url + "/");
  await createDossier(page, { year: 2025, role: "Đảng viên không giữ chức vụ lãnh đạo, quản lý" });
  const url = page.url();
  await typeInto(page, "Họ và tên", "Nguyễn Thị Ánh Hồng");
  await page.locator("#id-party_cell").fill("Chi bộ Khu phố 3");
  await page.waitForTimeout(350);
  // Kill the page's process, as a phone does to a background tab: no
  // pagehide, no visibilitychange, no beforeunload runs.
  const browserCdp = await context.browser().newBrowserCDPSession();
  const { processInfo } = await browserCdp.send("SystemInfo.getProcessInfo");
  const renderers = processInfo.filter((p) => p.type === "renderer");
  expect(renderers.length).toBeGreaterThan(0);
  for (const r of renderers) process.kill(r.id, "SIGKILL");
  await expect.poll(() => page.evaluate(() => 1).catch(() => "gone")).toBe("gone");
  const again = await context.newPage();
  await again.goto(url);
  await expect(again.locator("#id-full_name")).toHaveValue("Nguyễn Thị Ánh Hồng");
  await expect(again.locator("#id-party_cell")).toHaveValue("Chi bộ Khu phố 3");
});

test("a corrupted stored dossier is kept aside, reported in Vietnamese, and the others still open", async ({ page }) => {
  server = await startServer();
  await page.goto(server.url + "/");
  await createDossier(page, { year: 2025, role: "Đảng viên không giữ chức vụ lãnh đạo, quản lý" });
  await typeInto(page, "Họ và tên", "Trần Văn Bình");
  await waitSaved(page);
  await page.evaluate(() => localStorage.setItem("kiemdiem.dossier.hs-1-1", '{"schema":1,"revision":2,"dossier":{"broken'));
  await page.goto(server.url + "/");
  await expect(page.getByRole("alert")).toContainText("bị hỏng");
  await expect(page.getByRole("alert")).toContainText("kiemdiem.quarantine.hs-1-1");
  await expect(page.locator(".dossier", { hasText: "Trần Văn Bình" })).toBeVisible();
  const kept = await page.evaluate(() => localStorage.getItem("kiemdiem.quarantine.hs-1-1"));
  expect(kept).toBe('{"schema":1,"revision":2,"dossier":{"broken');
  // Reported once, never overwritten.
  await page.reload();
  await expect(page.getByRole("alert")).toHaveCount(0);
  expect(await page.evaluate(() => localStorage.getItem("kiemdiem.quarantine.hs-1-1"))).toBe(kept);
});

test("a second tab on the same dossier: neither tab silently overwrites the other", async ({ context, page }) => {
  server = await startServer();
  await page.goto(server.url + "/");
  await createDossier(page, { year: 2025, role: "Đảng viên không giữ chức vụ lãnh đạo, quản lý" });
  const url = page.url();
  await typeInto(page, "Họ và tên", "Lê Thị Mai");
  await waitSaved(page);

  const other = await context.newPage();
  await other.goto(url);
  await other.locator("#id-party_cell").fill("Chi bộ Thôn 2");
  await waitSaved(other);
  // The first tab learns of it and stops saving.
  await expect(page.locator("#conflict")).toBeVisible();
  await page.locator("#id-place").fill("Đức Phố");
  await page.waitForTimeout(600);
  const after = await stored(other, idOf(url));
  expect(after.dossier.identity.party_cell).toBe("Chi bộ Thôn 2");
  expect(after.dossier.identity.place ?? "").toBe("");
  // Keeping this tab's content is an explicit act.
  await page.locator("#conflict-keep").click();
  await expect(page.locator("#conflict")).toBeHidden();
  await expect.poll(async () => (await stored(page, idOf(url))).dossier.identity.place).toBe("Đức Phố");
  await expect(other.locator("#conflict")).toBeVisible();
});

test("backup to a file, delete, restore from it; a tampered backup is refused", async ({ page }) => {
  server = await startServer();
  await page.goto(server.url + "/");
  await createDossier(page, { year: 2024, role: "Cán bộ lãnh đạo, quản lý" });
  await typeInto(page, "Họ và tên", "Phạm Quốc Việt");
  await waitSaved(page);
  await page.goto(server.url + "/");
  const download = page.waitForEvent("download");
  await page.locator("#backup-save").click();
  const file = await (await download).path();
  await expect(page.locator(".backup .toast")).toContainText("Đã sao lưu 1 bản kiểm điểm");
  const backup = readFileSync(file, "utf8");
  expect(JSON.parse(backup.split("\n").join("")).format).toBe("kiemdiem.sao-luu");

  await page.getByRole("button", { name: /^Xoá Năm kiểm điểm 2024/ }).click();
  await expect(page.locator(".dossier")).toHaveCount(0);

  // A copy with one letter changed is refused, and nothing changes.
  const dir = mkdtempSync(join(tmpdir(), "kd-"));
  const tampered = join(dir, "tampered.json");
  writeFileSync(tampered, backup.replace("Phạm Quốc Việt", "Phạm Quốc Viết"));
  await page.locator("#backup-file").setInputFiles(tampered);
  await expect(page.locator(".backup .toast")).toContainText("mã kiểm tra không khớp");
  await expect(page.locator(".dossier")).toHaveCount(0);

  await page.locator("#backup-file").setInputFiles(file);
  await expect(page.locator(".restore-preview")).toContainText("sẽ thêm vào thiết bị");
  await page.locator("#restore-apply").click();
  await expect(page.locator(".dossier", { hasText: "Phạm Quốc Việt" })).toBeVisible();
  rmSync(dir, { recursive: true });
});

test("restoring over a changed dossier shows the replacement and replaces only when ticked", async ({ page }) => {
  server = await startServer();
  await page.goto(server.url + "/");
  await createDossier(page, { year: 2025, role: "Đảng viên không giữ chức vụ lãnh đạo, quản lý" });
  const url = page.url();
  await typeInto(page, "Họ và tên", "Võ Thị Sáu");
  await waitSaved(page);
  await page.goto(server.url + "/");
  const download = page.waitForEvent("download");
  await page.locator("#backup-save").click();
  const file = await (await download).path();
  await page.goto(url);
  await page.locator("#id-full_name").fill("Võ Thị Sáu (sửa sau)");
  await waitSaved(page);
  await page.goto(server.url + "/");
  await page.locator("#backup-file").setInputFiles(file);
  await expect(page.locator(".restore-preview")).toContainText("Thay bản trên thiết bị bằng bản trong tệp");
  // Not ticked: the newer copy here stays.
  await page.locator("#restore-apply").click();
  await expect(page.locator(".dossier", { hasText: "Võ Thị Sáu (sửa sau)" })).toBeVisible();
  // Ticked: replaced.
  await page.locator("#backup-file").setInputFiles(file);
  await page.locator(".restore-preview input[type=checkbox]").check();
  await page.locator("#restore-apply").click();
  await expect(page.locator(".dossier .name")).toHaveText("Võ Thị Sáu");
});

test("duplicate a dossier, delete one and bring it back with undo", async ({ page }) => {
  server = await startServer();
  await page.goto(server.url + "/");
  await createDossier(page, { year: 2025, role: "Đảng viên không giữ chức vụ lãnh đạo, quản lý" });
  await typeInto(page, "Họ và tên", "Đặng Thùy Trâm");
  await waitSaved(page);
  await page.goto(server.url + "/");
  await page.getByRole("button", { name: /^Tạo bản sao/ }).click();
  await expect(page.locator(".dossier", { hasText: "Đặng Thùy Trâm" })).toHaveCount(2);
  await page.getByRole("button", { name: /^Xoá/ }).first().click();
  await expect(page.locator(".dossier")).toHaveCount(1);
  await page.locator("#undo-delete").click();
  await expect(page.locator(".dossier")).toHaveCount(2);
});

test("an app update while editing: offered, never forced, and the draft survives it", async ({ page }) => {
  const dir = mkdtempSync(join(tmpdir(), "kd-dist-"));
  cpSync(DIST, dir, { recursive: true });
  server = await serve(dir);
  await page.goto(server.url + "/");
  await waitForOfflineReady(page);
  await createDossier(page, { year: 2025, role: "Đảng viên không giữ chức vụ lãnh đạo, quản lý" });
  await typeInto(page, "Họ và tên", "Hoàng Văn Thụ");
  await waitSaved(page);
  // Deploy a new version (a changed service worker) and let the page find it.
  writeFileSync(join(dir, "sw.js"), readFileSync(join(dir, "sw.js"), "utf8") + "\n// phiên bản mới\n");
  await page.evaluate(() => navigator.serviceWorker.getRegistration().then((r) => r.update()));
  const offer = page.getByRole("button", { name: "Đã có phiên bản mới — tải lại" });
  await expect(offer).toBeVisible();
  // Nothing reloads by itself: the person keeps typing.
  await page.locator("#id-party_cell").pressSequentially("Chi bộ Khu phố 3");
  // Listen before clicking: the reload may come before the click returns.
  await Promise.all([page.waitForEvent("load", { timeout: 120_000 }), offer.click()]);
  await expect(page.locator("#id-full_name")).toHaveValue("Hoàng Văn Thụ");
  await expect(page.locator("#id-party_cell")).toHaveValue("Chi bộ Khu phố 3");
  await expect(offer).toBeHidden();
  rmSync(dir, { recursive: true });
});

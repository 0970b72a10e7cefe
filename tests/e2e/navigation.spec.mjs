// Moving around the app: no page load from any in-app link, no keystroke
// lost when leaving a page (even mid-composition, even when storage is
// full), back and forward bring the scroll back, the skip link moves focus,
// and a worker that fails says so.
import { test, expect } from "@playwright/test";
import { createDossier, startServer, typeInto } from "./helpers.mjs";

const MEMBER = "Đảng viên không giữ chức vụ lãnh đạo, quản lý";

let server;
test.afterEach(async () => {
  await server?.close();
  server = null;
});

/** The stored JSON of the only dossier. */
async function stored(page) {
  return page.evaluate(() => {
    const key = Object.keys(localStorage).find((k) => k.startsWith("kiemdiem.dossier."));
    return JSON.parse(localStorage.getItem(key));
  });
}

/** Counts the documents the page loads from now on (a reload is one). */
function countDocuments(page) {
  const seen = { n: 0 };
  page.on("request", (r) => {
    if (r.resourceType() === "document") seen.n += 1;
  });
  return seen;
}

const stepLinks = (page) => page.locator(".steps li a");

test("moving through a whole dossier, the export page and back loads no page", async ({ page }) => {
  server = await startServer();
  await page.goto(server.url + "/");
  const documents = countDocuments(page);
  // A marker on the window survives only if the page is never reloaded.
  await page.evaluate(() => (window.__kept = "còn"));
  await createDossier(page, { year: 2025, role: MEMBER });
  const steps = await stepLinks(page).count();
  expect(steps).toBeGreaterThan(4);
  for (let i = 0; i < steps; i++) {
    await stepLinks(page).nth(i).click();
    await expect(stepLinks(page).nth(i)).toHaveAttribute("aria-current", "step");
  }
  await page.getByRole("link", { name: "Xuất hồ sơ" }).first().click();
  await expect(page).toHaveURL(/\/xuat$/);
  await page.goBack();
  await expect(page).toHaveURL(/\/ho-so\/hs-[^/]+\/\d+$/);
  await page.goForward();
  await expect(page).toHaveURL(/\/xuat$/);
  await page.locator("a.brand").click();
  await expect(page).toHaveURL(server.url + "/");
  await expect(page.getByRole("link", { name: "Tạo bản kiểm điểm mới" })).toBeVisible();
  expect(await page.evaluate(() => window.__kept)).toBe("còn");
  expect(documents.n).toBe(0);
});

test("typing and clicking a step link at once loses nothing, also mid-composition", async ({ page }) => {
  server = await startServer();
  await page.goto(server.url + "/");
  await createDossier(page, { year: 2025, role: MEMBER });
  // Typed, then a step link clicked with no pause: the debounced save has
  // not run yet; leaving writes it.
  await page.locator("#id-full_name").click();
  await page.keyboard.type("Phạm Văn Đồng");
  await stepLinks(page).nth(1).click();
  await expect(stepLinks(page).nth(1)).toHaveAttribute("aria-current", "step");
  expect((await stored(page)).dossier.identity.full_name).toBe("Phạm Văn Đồng");

  // An IME composition still open when the link is clicked is committed
  // and kept (the field in view, as when a person types in it).
  await stepLinks(page).nth(0).click();
  await page.locator("#id-full_name").click();
  await page.keyboard.press("End");
  await page.keyboard.type(" Chi bộ ");
  const cdp = await page.context().newCDPSession(page);
  await cdp.send("Input.imeSetComposition", { text: "Khố", selectionStart: 3, selectionEnd: 3 });
  await stepLinks(page).nth(2).click();
  await expect(stepLinks(page).nth(2)).toHaveAttribute("aria-current", "step");
  expect((await stored(page)).dossier.identity.full_name).toBe("Phạm Văn Đồng Chi bộ Khố");
  await stepLinks(page).nth(0).click();
  await expect(page.locator("#id-full_name")).toHaveValue("Phạm Văn Đồng Chi bộ Khố");
});

test("when storage is full, leaving the page is refused with a message and the text stays", async ({ page }) => {
  server = await startServer();
  await page.goto(server.url + "/");
  await createDossier(page, { year: 2025, role: MEMBER });
  const url = page.url();
  await page.evaluate(() => {
    window.__setItem = Storage.prototype.setItem;
    Storage.prototype.setItem = function () {
      throw new DOMException("full", "QuotaExceededError");
    };
  });
  await typeInto(page, "Họ và tên", "Võ Thị Sáu");
  await stepLinks(page).nth(1).click();
  await expect(page.locator("#leave-blocked")).toBeVisible();
  await expect(page.locator("#leave-blocked")).toContainText("chưa chuyển trang");
  expect(page.url()).toBe(url);
  await expect(page.locator("#id-full_name")).toHaveValue("Võ Thị Sáu");
  // Room again: the same click leaves, with the text written.
  await page.evaluate(() => (Storage.prototype.setItem = window.__setItem));
  await stepLinks(page).nth(1).click();
  await expect(stepLinks(page).nth(1)).toHaveAttribute("aria-current", "step");
  await expect(page.locator("#leave-blocked")).toHaveCount(0);
  expect((await stored(page)).dossier.identity.full_name).toBe("Võ Thị Sáu");
});

test("back and forward bring the scroll position back", async ({ page }) => {
  server = await startServer();
  await page.setViewportSize({ width: 390, height: 500 });
  await page.goto(server.url + "/");
  await createDossier(page, { year: 2025, role: MEMBER });
  // The first step (identity) is longer than a small screen.
  await page.evaluate(() => window.scrollTo(0, 400));
  await expect.poll(() => page.evaluate(() => Math.round(window.scrollY))).toBe(400);
  // A click from the page itself: Playwright's own click would first scroll
  // the step list into view, and so change the position being left.
  await page.evaluate(() => document.querySelectorAll(".steps li a")[1].click());
  await expect(stepLinks(page).nth(1)).toHaveAttribute("aria-current", "step");
  // A new page starts at the top.
  expect(await page.evaluate(() => window.scrollY)).toBe(0);
  await page.goBack();
  await expect(stepLinks(page).nth(0)).toHaveAttribute("aria-current", "step");
  await expect.poll(() => page.evaluate(() => Math.round(window.scrollY))).toBe(400);
  await page.goForward();
  await expect(stepLinks(page).nth(1)).toHaveAttribute("aria-current", "step");
  await expect.poll(() => page.evaluate(() => window.scrollY)).toBe(0);
});

test("the skip link moves the focus to the content without leaving the page", async ({ page }) => {
  server = await startServer();
  await page.goto(server.url + "/");
  const documents = countDocuments(page);
  const url = page.url();
  await expect(page.getByRole("link", { name: "Tạo bản kiểm điểm mới" })).toBeVisible();
  await page.keyboard.press("Tab");
  const skip = page.getByRole("link", { name: "Chuyển đến nội dung chính" });
  await expect(skip).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(page.locator("#main")).toBeFocused();
  expect(page.url()).toBe(url);
  expect(documents.n).toBe(0);
});

test("a worker that cannot start gives a message, not a wait without end", async ({ browser }) => {
  server = await startServer();
  // No service worker, so that the route below answers the worker's loader.
  const context = await browser.newContext({ serviceWorkers: "block" });
  await context.route("**/check_worker_loader.js", (route) =>
    route.fulfill({ status: 200, contentType: "text/javascript", body: "throw new Error('hỏng');" }),
  );
  const page = await context.newPage();
  await page.goto(server.url + "/");
  await createDossier(page, { year: 2025, role: MEMBER });
  await expect(page.locator("#worker-failed")).toBeVisible();
  await expect(page.locator("#worker-failed")).toContainText("không chạy được");
  // What the person types is still kept.
  await typeInto(page, "Họ và tên", "Nguyễn Văn Trỗi");
  await stepLinks(page).nth(1).click();
  expect((await stored(page)).dossier.identity.full_name).toBe("Nguyễn Văn Trỗi");
  await context.close();
});

// Shared steps of the end-to-end specs: serve the build, record every
// request, create a dossier as a person would.
import { expect } from "@playwright/test";
import { fileURLToPath } from "node:url";
import { dirname, join } from "node:path";
import { serve } from "../../scripts/serve.mjs";

export const DIST = join(dirname(fileURLToPath(import.meta.url)), "..", "..", "dist");

/** Serves dist/ on a free port; returns { url, close }. */
export function startServer(port = 0) {
  return serve(DIST, port);
}

/** Records the URL of every request the context makes (pages and workers). */
export function recordRequests(context) {
  const urls = [];
  context.on("request", (r) => urls.push(r.url()));
  return urls;
}

/** Waits until the service worker controls the page (the app is cached). */
export async function waitForOfflineReady(page) {
  await page.waitForFunction(() => navigator.serviceWorker && navigator.serviceWorker.controller !== null, null, {
    timeout: 30_000,
  });
}

/** Creates a dossier for `year` and `roleId` from the home page. */
export async function createDossier(page, { year, role }) {
  await page.getByRole("link", { name: "Tạo bản kiểm điểm mới" }).click();
  await expect(page.getByRole("heading", { name: "Tạo bản kiểm điểm mới" })).toBeVisible();
  await page.getByLabel("Năm kiểm điểm").selectOption(String(year));
  await page.getByLabel(role).check();
  await page.getByRole("button", { name: "Tạo" }).click();
  await expect(page).toHaveURL(/\/ho-so\/hs-/);
}

/** Types text into a labelled field the way a keyboard does. */
export async function typeInto(page, label, text) {
  const field = page.getByLabel(label, { exact: true });
  await field.click();
  await field.pressSequentially(text);
}

/** Waits for the save indicator to say the last edit is stored. */
export async function waitSaved(page) {
  await expect(page.locator("#save-state")).toContainText("Đã lưu lúc");
}

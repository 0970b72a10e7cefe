// Structured answers from one year to the next: last year's dossier (Mẫu
// 02A-2023, review year 2024) makes its remediation plan from section VI and
// ticks a measure; this year's dossier (Mẫu 2B-2025) starts section III from
// it, marks each line, imports the cell's suggestions file into section IV
// and answers each point, makes its own plan and ticks a measure; after a
// reload everything is there.
import { test, expect } from "@playwright/test";
import { fileURLToPath } from "node:url";
import { dirname, join } from "node:path";
import { createDossier, startServer, waitSaved } from "./helpers.mjs";

const FIXTURES = join(dirname(fileURLToPath(import.meta.url)), "..", "fixtures", "suggestions");
const MEMBER = "Đảng viên không giữ chức vụ lãnh đạo, quản lý";

let server;
test.beforeEach(async () => {
  server = await startServer();
});
test.afterEach(async () => {
  await server?.close();
});

/** Opens the step whose label starts with `number` ("III.", "VI."). */
async function openStep(page, number) {
  const escaped = number.replace(/\./g, "\\.");
  await page.locator(".steps a", { hasText: new RegExp(`^${escaped} `) }).click();
  await expect(page.locator("#step h2")).toContainText(number);
}

test("section III from last year's dossier and plan, IV from a suggestions file, the plan ticked; all kept after a reload", async ({ page }) => {
  await page.goto(server.url + "/");

  // Last year: shortcomings (II.1), measures (VI), the plan from VI with
  // one measure done.
  await createDossier(page, { year: 2024, role: MEMBER });
  await page.locator("#id-full_name").fill("Nguyễn Văn Ân");
  await openStep(page, "II.");
  await page.locator("#a-II-1").fill("- Chưa mạnh dạn phê bình đồng chí, đồng nghiệp.\n- Đôi khi chậm nộp báo cáo tháng.");
  await openStep(page, "VI.");
  await page.locator("#a-VI").fill("1. Mạnh dạn góp ý trong sinh hoạt chi bộ.\n2. Lập lịch nộp báo cáo trước hạn hai ngày.");
  await page.locator("#plan-start").click();
  await expect(page.locator("#plan-message")).toContainText("Đã thêm 2 biện pháp");
  await expect(page.locator("#plan-p1-text")).toHaveValue("Mạnh dạn góp ý trong sinh hoạt chi bộ.");
  await expect(page.locator("#plan-p2-text")).toHaveValue("Lập lịch nộp báo cáo trước hạn hai ngày.");
  await page.getByLabel("Đã làm xong").first().check();
  await expect(page.locator("label[for='plan-p1-done']")).toContainText("xong ngày");
  await waitSaved(page);

  // This year.
  await page.goto(server.url + "/");
  await createDossier(page, { year: 2025, role: MEMBER });
  const url = page.url();
  await openStep(page, "III.");
  // The official guidance comes from the worker.
  await expect(page.locator("#step .guidance").first()).toContainText("Kiểm điểm rõ từng hạn chế");
  await page.getByRole("button", { name: /^Lấy từ bản kiểm điểm năm 2024 \(Nguyễn Văn Ân\)$/ }).click();
  await expect(page.locator("#rem-message")).toContainText("Đã thêm 4 dòng");
  await expect(page.locator("#rem-r1-text")).toHaveValue("Chưa mạnh dạn phê bình đồng chí, đồng nghiệp.");
  await expect(page.locator("#rem-r2-text")).toHaveValue("Đôi khi chậm nộp báo cáo tháng.");
  await expect(page.locator("#rem-r3-text")).toHaveValue("Mạnh dạn góp ý trong sinh hoạt chi bộ.");
  await expect(page.locator("#rem-r4-text")).toHaveValue("Lập lịch nộp báo cáo trước hạn hai ngày.");
  // The measure ticked done in last year's plan starts as remedied.
  await expect(page.locator("#rem-r3-status")).toHaveValue("0");
  await expect(page.locator("#rem-r1-status")).toHaveValue("");
  // Running it again adds nothing.
  await page.getByRole("button", { name: /^Lấy từ bản kiểm điểm năm 2024/ }).click();
  await expect(page.locator("#rem-message")).toContainText("Đã thêm 0 dòng");
  await expect(page.locator("[id^='rem-r'][id$='-text']")).toHaveCount(4);
  // Mark each line; a note on the one in progress.
  await page.getByLabel("Kết quả khắc phục", { exact: true }).nth(0).selectOption({ label: "Đã được khắc phục" });
  await page.getByLabel("Kết quả khắc phục", { exact: true }).nth(1).selectOption({ label: "Đang khắc phục" });
  await page.locator("#rem-r2-note").fill("Đã nộp đúng hạn 9 trên 12 tháng.");
  await page.getByLabel("Kết quả khắc phục", { exact: true }).nth(3).selectOption({ label: "Chưa được khắc phục" });
  // A line typed by hand takes the focus.
  await page.locator("#rem-add").click();
  await expect(page.locator("#rem-r5-text")).toBeFocused();
  await page.keyboard.type("Chưa tham gia đầy đủ các buổi học tập nghị quyết.");
  await page.locator("#rem-r5-status").selectOption({ label: "Đang khắc phục" });
  // The facts step now reads the count from the list.
  await openStep(page, "Tình hình");
  await expect(page.locator("#f-short-total")).toHaveValue("3");
  await expect(page.locator("#f-short-fixed")).toHaveValue("1");
  await expect(page.locator("#f-short-total")).toHaveAttribute("readonly", "");

  // IV: the cell's file, then one explanation per point.
  await openStep(page, "IV.");
  await page.locator("#sug-file").setInputFiles(join(FIXTURES, "valid.json"));
  await expect(page.locator("#sug-message")).toContainText("Đã thêm 2 vấn đề");
  await expect(page.locator("#sug-s1-point")).toHaveValue("Việc chậm tham mưu xử lý đơn thư của công dân trong quý III năm 2025.");
  await page.locator("#sug-s1-answer").fill("Do chưa sắp xếp thời gian hợp lý; trách nhiệm của cá nhân tôi.");
  await page.locator("#sug-s2-answer").fill("Có lúc giải thích chưa kỹ; tôi nhận trách nhiệm và đã rút kinh nghiệm.");
  // A file that is not one is refused with a sentence, and nothing changes.
  await page.locator("#sug-file").setInputFiles(join(FIXTURES, "wrong-format.json"));
  await expect(page.locator("#sug-message")).not.toContainText("Đã thêm");
  await expect(page.locator("[id^='sug-s'][id$='-point']")).toHaveCount(2);

  // VI: the measures, then the plan, one measure ticked.
  await openStep(page, "VI.");
  await page.locator("#a-A-VI").fill("- Tham gia đầy đủ học tập nghị quyết.\n- Trả lời đơn thư trong 10 ngày.");
  await page.locator("#plan-start").click();
  await expect(page.locator("#plan-p2-text")).toHaveValue("Trả lời đơn thư trong 10 ngày.");
  await page.locator("#plan-p2-done").check();
  await expect(page.locator("label[for='plan-p2-done']")).toContainText("xong ngày");
  await waitSaved(page);

  // Everything is there after a reload.
  await page.reload();
  await expect(page.locator("#plan-p1-text")).toHaveValue("Tham gia đầy đủ học tập nghị quyết.");
  await expect(page.locator("#plan-p1-done")).not.toBeChecked();
  await expect(page.locator("#plan-p2-done")).toBeChecked();
  await expect(page.locator("label[for='plan-p2-done']")).toContainText("xong ngày");
  await openStep(page, "IV.");
  await expect(page.locator("#sug-s2-point")).toHaveValue("Ý kiến phản ánh về tinh thần, thái độ phục vụ Nhân dân tại bộ phận một cửa.");
  await expect(page.locator("#sug-s1-answer")).toHaveValue("Do chưa sắp xếp thời gian hợp lý; trách nhiệm của cá nhân tôi.");
  await expect(page.locator("#sug-s2-answer")).toHaveValue("Có lúc giải thích chưa kỹ; tôi nhận trách nhiệm và đã rút kinh nghiệm.");
  await openStep(page, "III.");
  await expect(page.locator("#rem-r1-status")).toHaveValue("0");
  await expect(page.locator("#rem-r2-status")).toHaveValue("1");
  await expect(page.locator("#rem-r2-note")).toHaveValue("Đã nộp đúng hạn 9 trên 12 tháng.");
  await expect(page.locator("#rem-r3-status")).toHaveValue("0");
  await expect(page.locator("#rem-r4-status")).toHaveValue("2");
  await expect(page.locator("#rem-r5-text")).toHaveValue("Chưa tham gia đầy đủ các buổi học tập nghị quyết.");
  await expect(page.locator("#rem-r5-status")).toHaveValue("1");

  // The check step lists no line of III or IV as missing.
  await page.goto(url + "/" + (await page.locator(".steps li").count()));
  await page.getByRole("button", { name: "Kiểm tra bản kiểm điểm" }).click();
  await expect(page.locator("#check-problems")).toBeVisible();
  await expect(page.locator("#check-problems")).not.toContainText("chưa chọn kết quả khắc phục");
  await expect(page.locator("#check-problems")).not.toContainText("chưa có phần giải trình");
});

test("a line removed from section III, a point typed by hand in IV: the check step says what is missing", async ({ page }) => {
  await page.goto(server.url + "/");
  await createDossier(page, { year: 2025, role: MEMBER });
  await openStep(page, "III.");
  // No dossier of 2024 on this device: nothing to carry over.
  await expect(page.getByRole("button", { name: /^Lấy từ bản kiểm điểm/ })).toHaveCount(0);
  // The new line takes the focus a moment after the click; typing before it
  // would press the focused button (its space adds lines).
  await page.locator("#rem-add").click();
  await expect(page.locator("#rem-r1-text")).toBeFocused();
  await page.keyboard.type("Chậm đổi mới phương pháp làm việc.");
  await page.locator("#rem-add").click();
  await expect(page.locator("#rem-r2-text")).toBeFocused();
  await page.keyboard.type("Dòng nhập nhầm.");
  await page.getByRole("button", { name: "Xoá dòng này" }).nth(1).click();
  await expect(page.locator("[id^='rem-r'][id$='-text']")).toHaveCount(1);
  await openStep(page, "IV.");
  await page.locator("#sug-add").click();
  await expect(page.locator("#sug-s1-point")).toBeFocused();
  await page.keyboard.type("Việc đi muộn trong tháng 3.");
  await page.goto(page.url().replace(/\/\d+$/, "") + "/" + (await page.locator(".steps li").count()));
  await page.getByRole("button", { name: "Kiểm tra bản kiểm điểm" }).click();
  await expect(page.locator("#check-problems")).toContainText("nội dung thứ 1 chưa chọn kết quả khắc phục");
  await expect(page.locator("#check-problems")).toContainText("vấn đề được gợi ý thứ 1 chưa có phần giải trình");
});

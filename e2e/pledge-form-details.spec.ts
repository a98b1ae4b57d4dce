import { expect, test, type Page } from "@playwright/test";
import { expectNoViolations } from "./support/axe";
import { browseFromNetwork } from "./support/network";
import { chooseCountry, submitPledge, uniqueEmail } from "./support/pledge-page";

// Issue #15 point 4, as a new supporter meets it: one length limit, typo domains answered with
// "did you mean", an error summary whose entries lead to the fields, and the anti-bot check
// explained before it starts.

/** The home page once its form has hydrated (the country select has become the combobox). */
async function openForm(page: Page, locale = "en"): Promise<void> {
  await page.goto(`/${locale}`);
  await expect(page.locator("input#pledge-country[role=combobox]")).toBeVisible();
}

test("the name box stops at the schema's 100 characters", async ({ page }) => {
  await openForm(page);
  const name = page.getByRole("textbox", { name: "Full name" });
  await expect(name).toHaveAttribute("maxlength", "100");
  await name.fill("a".repeat(150));
  await expect(name).toHaveValue("a".repeat(100));
});

test("a mistyped provider gets 'Did you mean' with a button that applies it, not 'throwaway mailbox'", async ({ page }) => {
  await openForm(page);
  const email = page.getByRole("textbox", { name: "Email" });
  await email.fill("anna@gmial.com");
  await email.blur();
  await expect(page.getByText("Did you mean anna@gmail.com?")).toBeVisible();
  await submitPledge(page);
  await expect(email).toHaveAccessibleDescription(/it looks like a typing mistake/);
  await expect(page.getByText(/throwaway/)).toHaveCount(0);
  await page.getByRole("button", { name: "Use anna@gmail.com" }).click();
  await expect(email).toHaveValue("anna@gmail.com");
  await expect(page.getByText("Did you mean anna@gmail.com?")).toHaveCount(0);
});

test("the error summary links to each field it names", async ({ page }) => {
  await openForm(page);
  await submitPledge(page);
  const summary = page.getByRole("alert").filter({ hasText: "Please correct" });
  await expect(summary.getByRole("heading")).toHaveText("Please correct 4 fields below.");
  await expect(summary.getByRole("link")).toHaveText(["Enter your name.", "Enter your email address.", "Choose your country.", "Tick this box so we can store your pledge."]);
  await summary.getByRole("link", { name: "Choose your country." }).click();
  await expect(page.getByRole("combobox", { name: "Country" })).toBeFocused();
  await summary.getByRole("link", { name: "Enter your email address." }).click();
  await expect(page.getByRole("textbox", { name: "Email" })).toBeFocused();
  await expectNoViolations(page);
});

test("the anti-bot check is explained above it, before it runs", async ({ page }) => {
  await openForm(page);
  const note = page.getByText("Anti-bot check: when you start filling in the form");
  await expect(note).toBeVisible();
  const noteBox = await note.boundingBox();
  const widgetBox = await page.locator("altcha-widget").boundingBox();
  expect(noteBox!.y).toBeLessThan(widgetBox!.y);
});

test("the country combobox finds Holland and the UK, in Russian finds Белоруссия, and passes axe open", async ({ page }) => {
  await openForm(page);
  await chooseCountry(page, "Netherlands");
  await expect(page.locator('input[name="country"]')).toHaveValue("NL");
  const box = page.getByRole("combobox", { name: "Country" });
  await box.fill("Holland");
  await expect(page.getByRole("option")).toHaveText(["Netherlands"]);
  await box.fill("uk");
  await expect(page.getByRole("option").first()).toHaveText("United Kingdom");
  await expectNoViolations(page);
  await openForm(page, "ru");
  const ruBox = page.locator("input#pledge-country[role=combobox]");
  await ruBox.fill("Белоруссия");
  await expect(page.getByRole("option")).toHaveText(["Беларусь"]);
});

/** The proof of work the form would send now (the widget's hidden "altcha" input), or "". */
function proofInForm(page: Page): Promise<string> {
  return page.evaluate(() => {
    const form = document.querySelector("altcha-widget")?.closest("form");
    return form ? String(new FormData(form).get("altcha") ?? "") : "";
  });
}

test("the anti-bot check loads when the form is first touched, not with the page, and then solves", async ({ page }) => {
  const challenges: string[] = [];
  page.on("request", (request) => {
    if (request.url().includes("/api/pow/challenge")) challenges.push(request.url());
  });
  await openForm(page);
  await page.waitForLoadState("networkidle");
  // A reader who never touches the form runs none of it: no widget script, no challenge.
  expect(await page.evaluate(() => customElements.get("altcha-widget") === undefined)).toBe(true);
  expect(challenges).toEqual([]);

  await page.getByRole("textbox", { name: "Full name" }).click();
  await expect.poll(() => proofInForm(page), { timeout: 15_000 }).not.toBe("");
  expect(challenges).toHaveLength(1);
});

test("a form sent with no touch before it waits for the check and carries its solution", async ({ page }) => {
  await openForm(page);
  await browseFromNetwork(page);
  await page.waitForLoadState("networkidle");
  const posted = page.waitForRequest((request) => request.method() === "POST" && new URL(request.url()).pathname === "/api/pledges");
  // As an assistive tool or a password manager might: values set and the form sent, with no
  // focus, pointer or key inside it first.
  await page.evaluate((email) => {
    const form = document.querySelector("altcha-widget")!.closest("form")!;
    const field = (name: string) => form.querySelector<HTMLInputElement>(`input[name="${name}"]`)!;
    field("name").value = "Ada Untouched";
    field("email").value = email;
    field("country").value = "DE";
    field("consentProcessing").checked = true;
    form.requestSubmit();
  }, uniqueEmail());
  const body = (await posted).postData() ?? "";
  expect(body).toMatch(/name="altcha"\r\n\r\n[A-Za-z0-9+/=]{20,}/);
});

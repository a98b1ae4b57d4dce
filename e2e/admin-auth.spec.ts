import { expect, test } from "@playwright/test";
import { ADMIN, addOrganiser, adminPages, formFields, newSignedInPage, organiserAddress, organiserRow, signIn, type StorageState } from "./support/admin-area";
import { expectNoViolations } from "./support/axe";
import { openMail } from "./support/mailbox";

// Organisers' sign-in (magic links through the development mailbox), roles and the audit log.
// The e2e server seeds admin@example.org (scripts/e2e-server.ts); every other organiser is
// created here through the admin pages, with an address of the test's own.

let adminState: StorageState;

// The demo admin signs in once: links are rate-limited per address (5 per 15 minutes).
test.beforeAll(async ({ browser }) => {
  const context = await browser.newContext();
  const page = await context.newPage();
  await signIn(page, ADMIN);
  await expect(page.getByText(`Signed in as ${ADMIN}`)).toBeVisible();
  await expect(page.getByRole("row", { name: /Confirmed/ })).toBeVisible();
  adminState = await context.storageState();
  await context.close();
});

test("every admin page sends anonymous visitors to the sign-in page", async ({ page, request }) => {
  for (const path of adminPages) {
    await page.goto(path);
    await expect(page).toHaveURL(new RegExp(`/admin/sign-in\\?callbackUrl=${encodeURIComponent(path)}$`));
    await expect(page.getByRole("heading", { level: 1, name: "Sign in" })).toBeVisible();
  }
  const session = await request.get("/api/auth/session");
  expect(await session.json()).toBeNull();
});

test("an unknown address gets the same answer as an organiser's, and no email", async ({ browser, page }) => {
  const admin = await newSignedInPage(browser, adminState);
  const viewer = organiserAddress("listed");
  await addOrganiser(admin, viewer, "Viewer");
  const unknown = organiserAddress("unknown");
  const answers: string[] = [];
  for (const email of [unknown, viewer]) {
    await page.goto("/admin/sign-in");
    await page.getByRole("textbox", { name: "Email address" }).fill(email);
    await page.getByRole("button", { name: "Email me a sign-in link" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Check your email" })).toBeVisible();
    answers.push(`${page.url()}\n${await page.getByRole("main").innerText()}`);
  }
  expect(answers[0]).toBe(answers[1]);
  // The organiser's email arrives; by then the unknown address would have had one too.
  await openMail(page, viewer, "Sign in to Solidarity Pledge");
  await page.goto("/dev/mailbox");
  await expect(page.getByRole("row").filter({ hasText: unknown })).toHaveCount(0);
});

test("a viewer sees the dashboard but is refused the admin pages and actions", async ({ browser, page }) => {
  const admin = await newSignedInPage(browser, adminState);
  const viewer = organiserAddress("viewer");
  await addOrganiser(admin, viewer, "Viewer");

  await signIn(page, viewer);
  await expect(page.getByText(`Signed in as ${viewer}`)).toBeVisible();
  await expect(page.getByRole("navigation", { name: "Organisers' area" }).getByRole("link", { name: "Organisers" })).toHaveCount(0);
  for (const path of ["/admin/organisers", "/admin/audit", "/admin/campaigns/new"]) {
    const refused = await page.goto(path);
    expect(refused?.status()).toBe(403);
    await expect(page.getByRole("heading", { level: 1, name: "Not allowed" })).toBeVisible();
    await expect(page.getByRole("heading", { name: ADMIN })).toHaveCount(0);
  }

  // Posting the admin's own invite form with the viewer's session: the action checks the role.
  const adminForm = await newSignedInPage(browser, adminState, { javaScriptEnabled: false });
  await adminForm.goto("/admin/organisers");
  const fields = await formFields(adminForm, "Add organiser");
  const target = organiserAddress("by-viewer");
  const response = await page.request.post("/admin/organisers", {
    headers: { Origin: new URL(page.url()).origin },
    multipart: { ...fields, email: target, role: "ADMIN" },
  });
  expect(response.status()).toBe(403);
  expect(await response.text()).toContain("Not allowed");
  await admin.goto("/admin/organisers");
  await expect(organiserRow(admin, target)).toHaveCount(0);

  // Signing out ends the session: the admin pages ask for a sign-in again.
  await page.goto("/admin");
  await page.getByRole("button", { name: "Sign out", exact: true }).click();
  await expect(page.getByRole("status")).toContainText("You have signed out");
  await page.goto("/admin");
  await expect(page).toHaveURL(/\/admin\/sign-in/);
});

test("an admin adds, re-roles, signs out and removes an organiser, all in the audit log", async ({ browser }) => {
  const admin = await newSignedInPage(browser, adminState);
  const email = organiserAddress("managed");
  await addOrganiser(admin, email, "Viewer");
  const row = organiserRow(admin, email);
  await expect(row).toContainText("VIEWER");

  await row.getByRole("combobox", { name: `Role of ${email}` }).selectOption("MODERATOR");
  await row.getByRole("button", { name: `Change role: ${email}` }).click();
  await expect(admin.getByRole("status")).toContainText("Role changed");
  await expect(organiserRow(admin, email)).toContainText("MODERATOR");

  await organiserRow(admin, email).getByRole("button", { name: `Sign out everywhere: ${email}` }).click();
  await expect(admin.getByRole("status")).toContainText("Signed out on every device");
  await organiserRow(admin, email).getByRole("button", { name: `Remove: ${email}` }).click();
  await expect(admin.getByRole("status")).toContainText("Organiser removed");
  await expect(organiserRow(admin, email)).toHaveCount(0);

  await admin.goto("/admin/audit");
  await admin.getByRole("combobox", { name: "Who" }).selectOption(ADMIN);
  await admin.getByRole("button", { name: "Show" }).click();
  const entries = admin.getByRole("row").filter({ hasText: email });
  await expect(entries).toHaveCount(4);
  await expect(entries.nth(0)).toContainText(`${ADMIN} removed the organiser ${email} (moderator); `);
  await expect(entries.nth(3)).toContainText(`${ADMIN} added ${email} as viewer.`);
  await expect(entries.nth(3).getByRole("link", { name: email })).toHaveAttribute("href", "/admin/organisers");

  await admin.getByRole("combobox", { name: "Action" }).selectOption("organiser.role_change");
  await admin.getByRole("button", { name: "Show" }).click();
  await expect(admin.getByRole("row").filter({ hasText: email })).toHaveCount(1);
  await expect(admin.getByRole("row").filter({ hasText: email })).toContainText(`changed the role of ${email} from viewer to moderator.`);
  await expect(admin.getByRole("button", { name: /edit|delete/i })).toHaveCount(0);
});

test("a server action of the admin area refuses a cross-origin POST", async ({ browser }) => {
  // Without JavaScript the form carries everything a browser would post; read it from there.
  const page = await newSignedInPage(browser, adminState, { javaScriptEnabled: false });
  await page.goto("/admin/organisers");
  const fields = await formFields(page, "Add organiser");

  const victim = organiserAddress("cross-origin");
  const refused = await page.request.post("/admin/organisers", {
    headers: { Origin: "http://evil.example" },
    multipart: { ...fields, email: victim, role: "ADMIN" },
    maxRedirects: 0,
  });
  expect(refused.status()).toBeGreaterThanOrEqual(400);

  // The same request from our own origin works, so the origin alone made the difference.
  const control = organiserAddress("same-origin");
  const accepted = await page.request.post("/admin/organisers", {
    headers: { Origin: new URL(page.url()).origin },
    multipart: { ...fields, email: control, role: "VIEWER" },
    maxRedirects: 0,
  });
  expect(accepted.status()).toBe(303);

  await page.goto("/admin/organisers");
  await expect(organiserRow(page, control)).toHaveCount(1);
  await expect(organiserRow(page, victim)).toHaveCount(0);
});

test("the sign-in and organiser forms work without JavaScript", async ({ browser }) => {
  const anonymous = await (await browser.newContext({ javaScriptEnabled: false })).newPage();
  await anonymous.goto("/admin/sign-in");
  await anonymous.getByRole("button", { name: "Email me a sign-in link" }).click();
  await expect(anonymous.getByRole("textbox", { name: "Email address" })).toHaveAttribute("aria-invalid", "true");
  await expect(anonymous.getByText("Enter an email address.")).toBeVisible();

  const admin = await newSignedInPage(browser, adminState, { javaScriptEnabled: false });
  const email = organiserAddress("no-js");
  await admin.goto("/admin/organisers");
  await admin.getByRole("textbox", { name: "Email address" }).fill(email);
  await admin.getByRole("button", { name: "Add organiser" }).click();
  await expect(admin.getByRole("status")).toContainText("Organiser added");
  await admin.getByRole("textbox", { name: "Email address" }).fill(email);
  await admin.getByRole("button", { name: "Add organiser" }).click();
  await expect(admin.getByText(/is already an organiser/)).toBeVisible();
});

test("the admin pages pass axe", async ({ browser, page }) => {
  test.slow(); // twelve pages, each analysed in full
  await page.goto("/admin/sign-in");
  await expectNoViolations(page);
  await page.getByRole("button", { name: "Email me a sign-in link" }).click();
  await expect(page.getByRole("textbox", { name: "Email address" })).toHaveAttribute("aria-invalid", "true");
  await expectNoViolations(page);
  await page.goto("/admin/sign-in/check-email");
  await expectNoViolations(page);
  await page.goto("/admin/sign-in/link?email=nobody%40example.org&token=00");
  await expect(page.getByRole("alert").first()).toContainText("expired or has been used");
  await expectNoViolations(page);

  const admin = await newSignedInPage(browser, adminState);
  for (const path of adminPages) {
    await admin.goto(path);
    await expectNoViolations(admin);
  }
  await admin.goto("/admin/organisers");
  await admin.getByRole("textbox", { name: "Email address" }).fill(ADMIN);
  await admin.getByRole("button", { name: "Add organiser" }).click();
  await expect(admin.getByText(/is already an organiser/)).toBeVisible();
  await expectNoViolations(admin);
});

import { expect, test, type Page } from "@playwright/test";
import { addOrganiser, newSignedInPage, organiserAddress, signIn, type StorageState } from "./support/admin-area";
import { expectNoViolations } from "./support/axe";
import { addOrganiserRow, insertHeldPledgeWithMessage } from "./support/e2e-database";
import { messageTag, openQueue, queueItem, signWithMessage } from "./support/moderation";

// The moderation queue and the public wall, end to end: supporters' messages come in through the
// public form, a moderator (created by the spec's own admin) works through them with the keyboard,
// two moderators race on one message, and the wall shows only what was approved.
// The tests build on each other (the wall shows what the keyboard test decided), so they run in
// order as one group: after a failure Playwright starts a new worker, which would otherwise
// sign fresh messages that no earlier test has moderated.
test.describe.configure({ mode: "serial" });

let adminState: StorageState;
let moderatorState: StorageState;
let moderator: string;
const tag = messageTag();
const texts = {
  approve: `${tag} You are not alone, friends`,
  reject: `${tag} Buy cheap watches today`,
  feature: `${tag} Solidarity from Prague to Minsk`,
  tick: `${tag} Every prisoner remembered`,
  held: `${tag} read more at example.com`,
  race: `${tag} Freedom for political prisoners`,
  noScript: `${tag} Greetings from Brno`,
};

test.beforeAll(async ({ browser }) => {
  test.setTimeout(240_000); // seven confirmed pledges and two sign-ins through the mailbox
  const page = await browser.newPage();
  for (const [index, message] of Object.values(texts).entries()) await signWithMessage(page, { name: `Supporter${index} Example`, message });
  // An admin of its own: the seeded one's sign-in links are rate limited per address, and
  // other specs sign in with it too.
  const admin = organiserAddress("admin");
  await addOrganiserRow(admin, "ADMIN");
  await signIn(page, admin);
  adminState = await page.context().storageState();
  moderator = organiserAddress("moderator");
  await addOrganiser(page, moderator, "Moderator");
  const context = await browser.newContext();
  const moderatorPage = await context.newPage();
  await signIn(moderatorPage, moderator);
  moderatorState = await context.storageState();
  await context.close();
  await page.close();
});

async function statusOf(page: Page, text: string) {
  return queueItem(page, text).getAttribute("data-status");
}

test("a moderator works through the queue with the keyboard only", async ({ browser }) => {
  const page = await newSignedInPage(browser, moderatorState);
  await openQueue(page, tag);
  await expect(page.getByText("Keyboard: j / k next / previous message · a approve")).toBeVisible();
  await expect(queueItem(page, texts.held)).toContainText("Held because: Link or web address");

  // Oldest first: approve, reject (r then 1 = spam), feature; each moves on to the next at once.
  await page.keyboard.press("a");
  await expect(queueItem(page, texts.reject)).toBeFocused();
  await page.keyboard.press("r");
  await page.keyboard.press("1");
  await expect(queueItem(page, texts.feature)).toBeFocused();
  await page.keyboard.press("f");
  await expect(queueItem(page, texts.tick)).toBeFocused();
  // j/k move without acting; x ticks; ? opens the help, Esc closes it.
  await page.keyboard.press("j");
  await expect(queueItem(page, texts.held)).toBeFocused();
  await page.keyboard.press("k");
  await page.keyboard.press("x");
  await expect(queueItem(page, texts.tick).getByRole("checkbox")).toBeChecked();
  await expect(page.getByRole("heading", { name: "Ticked messages: 1" })).toBeVisible();
  await page.keyboard.press("?");
  await expect(page.getByRole("heading", { name: "Keyboard shortcuts" })).toBeVisible();
  await page.keyboard.press("Escape");
  await expect(page.getByRole("heading", { name: "Keyboard shortcuts" })).toHaveCount(0);

  // Shortcuts never fire while typing in a field.
  const search = page.getByRole("searchbox", { name: "Search messages" });
  await search.fill("");
  await page.keyboard.type("jakrfx");
  await expect(search).toHaveValue("jakrfx");
  await expect(queueItem(page, texts.tick)).toHaveAttribute("data-status", "PENDING");

  await expect(queueItem(page, texts.approve)).toContainText(`Message approved.`);
  await expect(queueItem(page, texts.reject)).toContainText("Message rejected.");
  await expect(queueItem(page, texts.feature)).toContainText("Message approved and featured.");

  // The decisions were stored: the same view after a reload shows only what still waits.
  await openQueue(page, tag, "all");
  expect(await statusOf(page, texts.approve)).toBe("APPROVED");
  expect(await statusOf(page, texts.reject)).toBe("REJECTED");
  expect(await statusOf(page, texts.feature)).toBe("APPROVED");
  await expect(queueItem(page, texts.feature)).toContainText("Featured");
  await expect(queueItem(page, texts.reject)).toContainText(`Decided by ${moderator}`);
  await expect(queueItem(page, texts.reject)).toContainText("Reason: spam");
  expect(await statusOf(page, texts.tick)).toBe("PENDING");

  // Bulk: tick two waiting messages and approve them together.
  await openQueue(page, tag);
  await queueItem(page, texts.tick).getByRole("checkbox").check();
  await queueItem(page, texts.held).getByRole("checkbox").check();
  await page.getByRole("button", { name: "Approve ticked" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Approved 2 messages" })).toBeAttached();
  await expect(queueItem(page, texts.tick)).toHaveCount(0);
  await expect(queueItem(page, texts.held)).toHaveCount(0);
  await expect(queueItem(page, texts.race)).toBeVisible();
});

test("two moderators approve one message at once: exactly one wins, the other is told who", async ({ browser }) => {
  const [first, second] = await Promise.all([newSignedInPage(browser, adminState), newSignedInPage(browser, moderatorState)]);
  await Promise.all([openQueue(first, texts.race), openQueue(second, texts.race)]);
  const approve = (page: Page) => queueItem(page, texts.race).getByRole("button", { name: /^Approve message/ }).click();
  await Promise.all([approve(first), approve(second)]);
  const notices = await Promise.all(
    [first, second].map(async (page) => {
      const item = queueItem(page, texts.race);
      await expect(item).toContainText(/Message approved\.|Already approved by/);
      return item.innerText();
    }),
  );
  const lost = notices.filter((text) => /Already approved by (admin@example\.org|e2e-(admin|moderator)-\S+) at \d\d:\d\d UTC/.test(text));
  const won = notices.filter((text) => text.includes("Message approved."));
  expect([won.length, lost.length]).toEqual([1, 1]);
});

test("approving the message of a pledge held for review says why it stays hidden; the audit log names it and links back", async ({ browser }) => {
  const text = `${tag} Held pledge says hello`;
  await insertHeldPledgeWithMessage(text);
  const page = await newSignedInPage(browser, adminState);
  await openQueue(page, text);
  const item = queueItem(page, text);
  await expect(item.getByTestId("pledge-in-review")).toContainText("Approving will not show it yet: the pledge itself is held for review");
  await item.getByRole("button", { name: /^Approve message/ }).click();
  await expect(item).toContainText("Message approved.");
  await expect(item.getByTestId("pledge-in-review")).toContainText("Approved, but still not on the wall");
  await expect(item.getByTestId("pledge-in-review").getByRole("link", { name: "Review" })).toHaveAttribute("href", "/admin/review");

  await page.goto("/admin/audit?action=message.approve");
  const entry = page.getByRole("row").filter({ hasText: "approved the message of pledge #" }).first();
  await expect(entry).not.toContainText("{");
  await entry.getByRole("link", { name: /^pledge #[0-9a-f]{8}$/ }).click();
  await expect(page).toHaveURL(/\/admin\/moderation\?status=all&pledge=[0-9a-f-]{36}$/);
  await expect(page.getByText(/^Only the message of pledge #[0-9a-f]{8} is shown/)).toBeVisible();
  await expect(queueItem(page, text)).toHaveCount(1);
  await expect(page.getByRole("list", { name: "Messages" }).getByRole("listitem")).toHaveCount(1);
  await expectNoViolations(page);
});

test("the queue works without JavaScript", async ({ browser }) => {
  const page = await newSignedInPage(browser, moderatorState, { javaScriptEnabled: false });
  await page.goto(`/admin/moderation?q=${encodeURIComponent(texts.noScript)}`);
  await queueItem(page, texts.noScript).getByRole("button", { name: /^Approve message/ }).click();
  await expect(page.getByRole("status").filter({ hasText: "Message approved." })).toBeVisible();
  await expect(queueItem(page, texts.noScript)).toHaveCount(0);
});

test("the wall shows approved messages only, featured first, with the chosen name", async ({ page }) => {
  await page.goto("/en");
  await page.getByRole("link", { name: "Read all messages" }).click();
  await expect(page).toHaveURL(/\/en\/messages$/);
  await expect(page.getByRole("heading", { level: 1, name: "Messages of solidarity" })).toBeVisible();
  const wall = page.getByRole("main").getByRole("listitem");
  await expect(wall.first()).toContainText("Featured");
  await expect(wall.filter({ hasText: texts.feature })).toContainText("Featured");
  // The name sits in Unicode isolates (FSI … PDI) so a right-to-left name cannot reorder the line.
  await expect(wall.filter({ hasText: texts.approve })).toContainText("\u2068Supporter0 Example\u2069, Czechia");
  await expect(wall.filter({ hasText: texts.reject })).toHaveCount(0);
  await expect(wall.filter({ hasText: texts.held })).toHaveCount(1); // approved in bulk
});

test("a viewer is refused the queue", async ({ browser, page }) => {
  const admin = await newSignedInPage(browser, adminState);
  const viewer = organiserAddress("viewer");
  await addOrganiser(admin, viewer, "Viewer");
  await signIn(page, viewer);
  await expect(page.getByRole("navigation", { name: "Organisers' area" }).getByRole("link", { name: "Moderation" })).toHaveCount(0);
  await page.goto("/admin/moderation");
  await expect(page.getByRole("heading", { level: 1, name: "Not allowed" })).toBeVisible();
  await expect(page.getByText(tag)).toHaveCount(0);
});

test("the queue and the wall pass axe in every language", async ({ browser, page }) => {
  const moderatorPage = await newSignedInPage(browser, moderatorState);
  await openQueue(moderatorPage, tag, "all");
  await expectNoViolations(moderatorPage);
  await moderatorPage.keyboard.press("r");
  await moderatorPage.keyboard.press("?");
  await expectNoViolations(moderatorPage);
  for (const locale of ["en", "be", "ru"]) {
    await page.goto(`/${locale}/messages`);
    await expectNoViolations(page);
  }
});

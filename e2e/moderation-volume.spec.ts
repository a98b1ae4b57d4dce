import { expect, test } from "@playwright/test";
import { newSignedInPage, organiserAddress, signIn } from "./support/admin-area";
import { addOrganiserRow, insertPledgesWithMessages, messageStatusCounts } from "./support/e2e-database";
import { messageTag, openQueue } from "./support/moderation";

// 4 August: hundreds of messages and a moderator at the keyboard. 200 waiting messages are worked
// through with key presses only — approve most, reject every tenth as spam, feature every
// twenty-fifth — across the queue's pages of 50, and every decision is stored.

const TOTAL = 200;

test("a moderator decides 200 messages with the keyboard only", async ({ browser, page: signInPage }) => {
  test.setTimeout(300_000);
  const tag = messageTag();
  await insertPledgesWithMessages(TOTAL, tag);
  const moderator = organiserAddress("moderator");
  await addOrganiserRow(moderator, "MODERATOR");
  await signIn(signInPage, moderator);
  const page = await newSignedInPage(browser, await signInPage.context().storageState());
  await openQueue(page, tag);
  const list = page.getByRole("list", { name: "Messages" });
  const decided = list.locator('li[data-status="APPROVED"], li[data-status="REJECTED"]');

  for (let number = 1; number <= TOTAL; number += 1) {
    const onPage = (number - 1) % 50;
    // The shortcuts act on the selected message: always the next waiting one, and after the
    // first decision on a page it has the focus too.
    const next = list.getByRole("listitem").filter({ hasText: `${tag} ${String(number).padStart(3, "0")}` });
    await expect(next).toHaveAttribute("aria-current", "true");
    if (onPage > 0) await expect(next).toBeFocused();
    if (number % 10 === 0) {
      await page.keyboard.press("r");
      await page.keyboard.press("1");
    } else await page.keyboard.press(number % 25 === 0 ? "f" : "a");
    await expect(decided).toHaveCount(onPage + 1);
    if (onPage === 49 && number < TOTAL) {
      // The page is decided: focus moves to "load the next ones", and Enter brings them.
      const more = page.getByRole("button", { name: "All messages here are decided: load the next ones" });
      await expect(more).toBeFocused();
      await page.keyboard.press("Enter");
      await expect(decided).toHaveCount(0);
    }
  }

  // Every decision reached the database (the last ones may still be on their way).
  const rejected = TOTAL / 10;
  const featured = TOTAL / 25 - TOTAL / 50; // multiples of 25 that are not multiples of 10
  await expect.poll(() => messageStatusCounts(tag), { timeout: 30_000 }).toEqual({
    APPROVED: TOTAL - rejected - featured,
    "APPROVED+featured": featured,
    REJECTED: rejected,
  });
  await page.goto(`/admin/moderation?${new URLSearchParams({ status: "open", q: tag })}`);
  await expect(page.getByText("No messages in this view.")).toBeVisible();
});

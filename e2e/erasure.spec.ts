import { expect, test } from "@playwright/test";
import { addOrganiserRow, pledgeRowOfLink, insertDevMailboxMessage } from "./support/e2e-database";
import { newSignedInPage, organiserAddress, signIn } from "./support/admin-area";
import { linkInMail, openMail } from "./support/mailbox";
import { messageTag, queueItem } from "./support/moderation";
import { fillPledge, submitPledge, uniqueEmail } from "./support/pledge-page";

// Issue #13, points 3 and 4, as an outsider would check them against a running server: what a
// withdrawal leaves in the database, and who the development mailbox answers. The e2e server
// trusts one proxy hop (scripts/e2e-server.ts), so X-Forwarded-For here is a forwarded client.

const forwarded = { "x-forwarded-for": "203.0.113.7" };

test("the development mailbox answers the machine itself, and 404 to a forwarded client", async ({ request }) => {
  const id = await insertDevMailboxMessage(organiserAddress("mailbox"));
  for (const path of ["/dev/mailbox", `/dev/mailbox/${id}`]) {
    expect((await request.get(path)).status(), path).toBe(200);
    const refused = await request.get(path, { headers: forwarded });
    expect(refused.status(), path).toBe(404);
    expect(await refused.text()).not.toContain("e2e-mailbox-");
  }
  // The sign-in page points only a local visitor to it.
  expect(await (await request.get("/admin/sign-in/check-email")).text()).toContain('href="/dev/mailbox"');
  expect(await (await request.get("/admin/sign-in/check-email", { headers: forwarded })).text()).not.toContain('href="/dev/mailbox"');
});

test("sign, confirm, reject with a note, withdraw: the row keeps nothing of the person, the audit log no note", async ({ page, browser }) => {
  test.setTimeout(120_000);
  const email = uniqueEmail();
  const message = `${messageTag()} Greetings to my brother in Hrodna`;
  await page.goto("/en");
  await fillPledge(page, { name: "Volha Example", email, country: "Belarus" });
  await page.locator("#pledge-city").fill("Hrodna");
  await page.getByRole("textbox", { name: "Public message (optional)" }).fill(message);
  await submitPledge(page);
  await page.getByRole("status").filter({ hasText: "Check your email" }).waitFor();
  await openMail(page, email, "Please confirm your solidarity pledge");
  const withdrawLink = await linkInMail(page, "withdraw");
  await page.goto(await linkInMail(page, "confirm"));
  await page.getByRole("button", { name: "Confirm my pledge" }).click();
  await expect(page.getByRole("status")).toContainText("confirmed");

  const moderator = organiserAddress("erasure-moderator");
  await addOrganiserRow(moderator, "MODERATOR");
  const signInPage = await browser.newPage();
  await signIn(signInPage, moderator);
  const queue = await newSignedInPage(browser, await signInPage.context().storageState(), { javaScriptEnabled: false });
  await queue.goto(`/admin/moderation?q=${encodeURIComponent(message.split(" ")[0]!)}`);
  const item = queueItem(queue, message);
  await item.getByText("Reject…").click();
  await item.getByLabel("Other (write the reason)").check();
  const note = "names her brother, a prisoner";
  await item.getByLabel("Reason in your words (needed for “Other”)").fill(note);
  await item.getByRole("button", { name: /^Reject message/ }).click();
  await expect(queue.getByRole("status").filter({ hasText: "Message rejected." })).toBeVisible();

  const before = await pledgeRowOfLink(withdrawLink);
  expect(before.row).toMatchObject({ country: "BY", cityGeonameId: expect.any(Number), messageRejectReason: note, messageModeratedBy: moderator });
  await page.goto(withdrawLink);
  await page.getByRole("button", { name: "Withdraw my pledge and delete my data" }).click();
  await expect(page.getByRole("status")).toHaveText("Your pledge has been withdrawn and your personal data deleted.");

  const { row, auditDetails } = await pledgeRowOfLink(withdrawLink);
  expect(row).toMatchObject({
    status: "WITHDRAWN",
    nameEncrypted: null,
    emailEncrypted: null,
    emailHash: null,
    country: "ZZ",
    cityName: null,
    cityGeonameId: null,
    cityLatitude: null,
    message: null,
    messageStatus: null,
    messageModeratedBy: null,
    messageModeratedAt: null,
    messageRejectReason: null,
    networkHash: null,
    emailDomain: null,
    displayMode: "ANONYMOUS",
    locale: "und",
  });
  for (const column of ["createdAt", "confirmedAt", "withdrawnAt", "updatedAt"]) expect((row[column] as Date).getTime() % 60_000, column).toBe(0);
  expect(auditDetails).toEqual([{ from: "open", reason: "other" }]);
  expect(JSON.stringify(auditDetails)).not.toContain("brother");
});

import { expect, test, type Page } from "@playwright/test";
import { ADMIN, newSignedInPage, signedInState, type StorageState } from "./support/admin-area";
import { expectNoViolations } from "./support/axe";
import { expectOnScreen, readQrCode } from "./support/qr-code";

// The event screen (issue #12 point 4, issue #15 point 8): on a projector and on a portrait phone
// it shows the count, the map and a QR code of the signing page with its short address; a phone
// that scans the code gets the pledge form. Organisers can point the code elsewhere.

const screens = [
  { name: "a 1920×1080 projector", width: 1920, height: 1080, qrAtLeast: 280, mapShare: 0.95 },
  { name: "a 1280×720 projector", width: 1280, height: 720, qrAtLeast: 220, mapShare: 0.95 },
  { name: "a 390×844 portrait phone", width: 390, height: 844, qrAtLeast: 150, mapShare: 0.5 },
];
const phone = { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true, deviceScaleFactor: 2 };

const qrCode = (page: Page) => page.getByRole("img", { name: /^QR code: sign at / });

/** Opens the screen once the map's box is in place (MapLibre loaded); its drawing is map.spec.ts's concern. */
async function openEventScreen(page: Page, path = "/en/map/event") {
  await page.goto(path);
  await expect(page.getByTestId("supporter-map")).toBeVisible({ timeout: 30_000 });
}

for (const screen of screens) {
  test(`on ${screen.name} the count, the QR code and its address are on screen beside a real map, and axe passes`, async ({ page, browser, baseURL }) => {
    test.slow(); // a software-rendered map per screen size
    await page.setViewportSize({ width: screen.width, height: screen.height });
    await openEventScreen(page);
    const host = new URL(baseURL!).host;

    await expectOnScreen(page.getByTestId("event-total"));
    await expectOnScreen(qrCode(page), screen.qrAtLeast);
    await expect(qrCode(page)).toHaveAccessibleName(`QR code: sign at ${host}/en`);
    await expectOnScreen(page.getByTestId("event-signing-url"));
    await expect(page.getByTestId("event-signing-url")).toHaveText(`${host}/en`);
    // The map is a real part of the screen, not a strip (it was 55 px high on a phone).
    const map = await page.getByTestId("supporter-map").boundingBox();
    expect(map!.height).toBeGreaterThanOrEqual(screen.height * screen.mapShare);
    // Beside the 34rem column on a projector the map keeps more than half the width; a phone's full width.
  expect(map!.width).toBeGreaterThanOrEqual(screen.width * (screen.width < 1024 ? 1 : 0.55));

    expect(await readQrCode(browser, qrCode(page))).toBe(`${baseURL}/en`);
    await expectNoViolations(page);
  });
}

test("a phone that scans the event screen's code gets the pledge form in the screen's language", async ({ browser }) => {
  test.slow(); // two phone-sized browsers and a decode
  const screenContext = await browser.newContext(phone);
  const eventScreen = await screenContext.newPage();
  await eventScreen.goto("/be/map/event");
  const address = await readQrCode(browser, eventScreen.getByRole("img", { name: /^QR-код: падпісаць на / }));
  await screenContext.close();

  const context = await browser.newContext(phone);
  const page = await context.newPage();
  await page.goto(address);
  expect(new URL(page.url()).pathname).toBe("/be");
  const sign = page.getByRole("button", { name: "Падпісаць зварот" });
  await expect(page.getByRole("textbox", { name: /^Электронная пошта/ })).toBeVisible();
  await sign.scrollIntoViewIfNeeded();
  await expect(sign).toBeVisible();
  await context.close();
});

test.describe("the organisers' setting", () => {
  let adminState: StorageState;

  test.beforeAll(async ({ browser }) => {
    adminState = await signedInState(browser, ADMIN);
  });

  test("points the QR code and the short URL elsewhere, refuses a non-web address and falls back when cleared", async ({ browser, page, baseURL }) => {
    test.slow(); // signs in, saves three times, draws the map
    const admin = await newSignedInPage(browser, adminState);
    const field = admin.getByRole("textbox", { name: "Event screen signing address" });
    const save = async (value: string) => {
      await admin.goto("/admin/settings");
      await field.fill(value);
      await admin.getByRole("button", { name: "Save settings" }).click();
    };
    const host = new URL(baseURL!).host;
    try {
      await save("javascript:alert(1)");
      await expect(field).toHaveAttribute("aria-invalid", "true");
      await expect(admin.getByText("Enter a full web address starting with https:// or http://")).toBeVisible();
      await openEventScreen(page);
      await expect(page.getByTestId("event-signing-url")).toHaveText(`${host}/en`);

      // The same server's Russian page stands in for a campaign's own short address.
      await admin.goto("/admin/settings");
      await field.fill(`${baseURL}/ru/`);
      await expect(admin.getByTestId("event-signing-url-preview")).toHaveText(`The event screen shows: ${host}/ru`);
      await expectNoViolations(admin);
      await admin.getByRole("button", { name: "Save settings" }).click();
      await expect(admin.getByRole("status")).toContainText("Settings saved");
      await admin.goto("/admin/audit?action=settings.change");
      await expect(admin.getByRole("row").filter({ hasText: `${baseURL}/ru/` }).first()).toBeVisible();

      await openEventScreen(page);
      await expect(page.getByTestId("event-signing-url")).toHaveText(`${host}/ru`);
      expect(await readQrCode(browser, qrCode(page))).toBe(`${baseURL}/ru/`);
    } finally {
      await save("");
    }
    await expect(admin.getByRole("status")).toContainText("Settings saved");
    await page.goto("/en/map/event");
    await expect(page.getByTestId("event-signing-url")).toHaveText(`${host}/en`);
  });
});

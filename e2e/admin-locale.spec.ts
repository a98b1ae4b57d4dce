import { expect, test, type Locator, type Page } from "@playwright/test";
import { newSignedInPage, organiserAddress, signIn, type StorageState } from "./support/admin-area";
import { expectNoViolations } from "./support/axe";
import { addOrganiserRow, insertPledges } from "./support/e2e-database";
import { messageTag, signWithMessage } from "./support/moderation";

// The organisers' area in Belarusian and Russian: chosen in the header (a cookie for /admin
// only), or from the browser's languages before any choice. The spec's own admin, never the
// seeded one (its sign-in requests are rate limited across specs).

let adminState: StorageState;
const tag = messageTag();

test.beforeAll(async ({ browser }) => {
  test.setTimeout(180_000);
  const email = organiserAddress("locale");
  await addOrganiserRow(email, "ADMIN");
  const context = await browser.newContext();
  const page = await context.newPage();
  // A message waiting in the queue, so the queue is checked with a real item in it.
  await signWithMessage(page, { name: "Locale Tester", message: `Салідарнасць з Беларуссю ${tag}` });
  await signIn(page, email);
  adminState = await context.storageState();
  await context.close();
});

test.beforeEach(() => test.slow());

const languageForm = (page: Page) => page.getByRole("form", { name: /^(Language|Мова|Язык)$/ });

/** Tabs from the top of the page to `target` and presses Enter on it, as a keyboard user would. */
async function pressWithKeyboard(page: Page, target: Locator): Promise<void> {
  await page.locator("body").focus();
  for (let step = 0; step < 15; step++) {
    await page.keyboard.press("Tab");
    if (await target.evaluate((element) => element === document.activeElement)) {
      await page.keyboard.press("Enter");
      return;
    }
  }
  throw new Error("the language button could not be reached with Tab");
}

async function shoot(page: Page, name: string): Promise<void> {
  for (const width of [1280, 360]) {
    await page.setViewportSize({ width, height: 900 });
    await page.screenshot({ path: test.info().outputPath(`${name}-${width}.png`), fullPage: true });
    // Nothing may be wider than the window (a horizontal scrollbar on a phone).
    expect(await page.evaluate(() => document.documentElement.scrollWidth), `${name} at ${width}px`).toBeLessThanOrEqual(width);
  }
  await page.setViewportSize({ width: 1280, height: 900 });
}

test("an organiser switches to Belarusian and Russian with the keyboard, and the choice sticks", async ({ browser }) => {
  const page = await newSignedInPage(browser, adminState);
  await page.goto("/admin");
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
  for (const [locale, name] of [["en", "English"], ["be", "Беларуская"], ["ru", "Русский"]] as const) {
    await expect(languageForm(page).getByRole("button", { name, exact: true })).toHaveAttribute("lang", locale);
  }

  await pressWithKeyboard(page, languageForm(page).getByRole("button", { name: "Беларуская" }));
  await expect(page).toHaveURL(/\/admin$/);
  await expect(page.locator("html")).toHaveAttribute("lang", "be");
  await expect(page.getByRole("heading", { level: 1, name: "Панэль" })).toBeVisible();
  const nav = page.getByRole("navigation", { name: "Раздзел арганізатараў" });
  await expect(nav.getByRole("link", { name: "Мадэрацыя" })).toBeVisible();
  await expect(nav.getByRole("button", { name: "Выйсці" })).toBeVisible();
  await expectNoViolations(page);
  await shoot(page, "dashboard-be");

  // The choice sticks: another page, reached through the translated navigation.
  await nav.getByRole("link", { name: "Мадэрацыя" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Мадэрацыя" })).toBeVisible();
  await expect(page.locator("html")).toHaveAttribute("lang", "be");
  await page.goto(`/admin/moderation?${new URLSearchParams({ status: "open", q: tag })}`);
  await expect(page.getByRole("list", { name: "Паведамленні" }).getByRole("listitem")).toHaveCount(1);
  await expect(page.getByText("Клавіятура: j / k наступнае / папярэдняе паведамленне · a ухваліць")).toBeVisible();
  await expect(page.getByRole("button", { name: "Ухваліць паведамленне 1 ад Locale Tester" })).toBeVisible();
  await expectNoViolations(page);
  await shoot(page, "moderation-be");

  // To Russian from the queue: back on the same view, filters and all.
  await pressWithKeyboard(page, languageForm(page).getByRole("button", { name: "Русский" }));
  await expect(page).toHaveURL(new RegExp(`/admin/moderation\\?status=open&q=${tag}$`));
  await expect(page.locator("html")).toHaveAttribute("lang", "ru");
  await expect(page.getByRole("heading", { level: 1, name: "Модерация" })).toBeVisible();
  await expect(page.getByRole("navigation", { name: "Раздел организаторов" }).getByRole("link", { name: "Панель" })).toBeVisible();
  await expect(page.getByRole("list", { name: "Сообщения" }).getByRole("listitem")).toHaveCount(1);
  await expectNoViolations(page);
  await shoot(page, "moderation-ru");

  await page.getByRole("navigation", { name: "Раздел организаторов" }).getByRole("link", { name: "Панель" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Панель" })).toBeVisible();
  await expect(page.locator("html")).toHaveAttribute("lang", "ru");
  await expectNoViolations(page);
  await shoot(page, "dashboard-ru");

  // The cookie is for the admin area only, for a year, and never reaches the public site.
  const cookie = (await page.context().cookies()).find(({ name }) => name === "admin-locale");
  expect(cookie).toMatchObject({ value: "ru", path: "/admin", sameSite: "Lax", httpOnly: false });
  expect(cookie!.expires * 1000 - Date.now()).toBeGreaterThan(360 * 24 * 3600 * 1000);
  await page.goto("/en");
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
});

test("the switcher works without JavaScript and returns to the same page", async ({ browser }) => {
  const page = await newSignedInPage(browser, adminState, { javaScriptEnabled: false });
  await page.goto(`/admin/moderation?status=all&q=${tag}`);
  await languageForm(page).getByRole("button", { name: "Русский" }).click();
  await expect(page).toHaveURL(new RegExp(`/admin/moderation\\?status=all&q=${tag}$`));
  await expect(page.locator("html")).toHaveAttribute("lang", "ru");
  await expect(page.getByRole("heading", { level: 1, name: "Модерация" })).toBeVisible();

  await languageForm(page).getByRole("button", { name: "Беларуская" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Мадэрацыя" })).toBeVisible();
  await languageForm(page).getByRole("button", { name: "English" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Moderation" })).toBeVisible();
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
});

test("the switcher never sends anyone off the admin area", async ({ request }) => {
  for (const returnTo of ["https://evil.example/admin", "//evil.example/admin", "/en/privacy"]) {
    const response = await request.post("/admin/locale", { form: { locale: "be", returnTo }, maxRedirects: 0 });
    expect(response.status()).toBe(303);
    expect(response.headers().location).toBe("/admin");
  }
  const refused = await request.post("/admin/locale", { form: { locale: "be", returnTo: "/admin" }, headers: { Origin: "https://evil.example" }, maxRedirects: 0 });
  expect(refused.status()).toBe(403);
});

test("before any choice the browser's language decides, on the sign-in page too", async ({ browser }) => {
  const context = await browser.newContext({ locale: "ru-RU" });
  const page = await context.newPage();
  await page.goto("/admin/sign-in");
  await expect(page.locator("html")).toHaveAttribute("lang", "ru");
  await expect(page.getByRole("heading", { level: 1, name: "Вход" })).toBeVisible();
  await expect(page.getByRole("textbox", { name: "Адрес электронной почты" })).toBeVisible();
  await expect(page).toHaveTitle("Вход · Организаторы · Обращение солидарности");
  await context.close();
});

// Every organiser page in Belarusian and Russian, as an admin (who may open all of them): a
// translated heading, no axe violations, nothing wider than a 360 px phone. Held pledges of the
// spec's own make the review table, the invalidation preview and its confirm step appear.
const pagesFor = (heldDomain: string) => [
  ["fraud", "/admin/fraud", { ru: "Мошенничество", be: "Махлярства" }],
  ["invalidate", `/admin/fraud/invalidate?${new URLSearchParams({ emailDomain: heldDomain, statusPENDING_REVIEW: "on", step: "preview" })}`, { ru: "Признать подписи недействительными", be: "Прызнаць подпісы несапраўднымі" }],
  ["review", `/admin/review?${new URLSearchParams({ emailDomain: heldDomain })}`, { ru: "Проверка задержанных подписей", be: "Праверка затрыманых подпісаў" }],
  ["settings", "/admin/settings", { ru: "Настройки кампании", be: "Налады кампаніі" }],
  ["story", "/admin/settings/story?locale=be", { ru: "История кампании: белорусский", be: "Гісторыя кампаніі: беларуская" }],
  ["organisers", "/admin/organisers", { ru: "Организаторы", be: "Арганізатары" }],
  ["audit", "/admin/audit", { ru: "Журнал действий", be: "Журнал дзеянняў" }],
  ["export", "/admin/export", { ru: "Экспорт сторонников", be: "Экспарт прыхільнікаў" }],
] as const;

for (const [locale, button] of [["ru", "Русский"], ["be", "Беларуская"]] as const) {
  test(`every organiser page speaks ${locale}, passes axe and fits a phone`, async ({ browser }) => {
    test.setTimeout(240_000);
    const heldDomain = `locale-${locale}-${tag}.example`;
    const pages = pagesFor(heldDomain);
    await insertPledges(2, { emailDomain: heldDomain, status: "PENDING_REVIEW", reviewReason: "no_proof_of_work", country: "LT" });
    const page = await newSignedInPage(browser, adminState);
    await page.goto("/admin");
    await languageForm(page).getByRole("button", { name: button }).click();
    await expect(page.locator("html")).toHaveAttribute("lang", locale);
    for (const [name, path, heading] of pages) {
      await page.goto(path);
      await expect(page.getByRole("heading", { level: 1, name: heading[locale] })).toBeVisible();
      await expectNoViolations(page);
      await shoot(page, `${name}-${locale}`);
    }
    // The steps that only appear with data: the preview's confirm button and the held pledges.
    await page.goto(pages[1][1]);
    await expect(page.getByRole("button", { name: locale === "ru" ? "Признать недействительными 2 подписи" : "Прызнаць несапраўднымі 2 подпісы" })).toBeVisible();
    await page.goto(pages[2][1]);
    await expect(page.getByTestId("held-pledge")).toHaveCount(2);
  });
}

import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { getAdminTranslator } from "@/lib/i18n/admin-i18n";
import type { Locale } from "@/lib/i18n/routing";
import { AuditSentence, type AuditSentenceEntry } from "./audit-sentence";

// What an admin reads in the audit log: a sentence per entry, in their language, linking to the
// item while it exists, and never JSON, whatever shape the stored details have.

const PLEDGE = "3f2a9c1e-0b4d-4e5f-8a6b-7c8d9e0f1a2b";

async function render(entry: Partial<AuditSentenceEntry>, options: { locale?: Locale; openable?: string[] } = {}) {
  const locale = options.locale ?? "en";
  const t = await getAdminTranslator("adminAudit", locale);
  const full: AuditSentenceEntry = { actorLabel: "anna@example.org", targetType: null, targetId: null, details: {}, action: "auth.sign_in", ...entry };
  const html = renderToStaticMarkup(createElement(AuditSentence, { entry: full, t, locale, openableMessages: new Set(options.openable ?? []) }));
  return { html, text: html.replace(/<[^>]+>/g, "").replace(/&quot;/g, '"').replace(/&#x27;/g, "'").replace(/&amp;/g, "&") };
}

const noJson = (text: string) => expect(text).not.toMatch(/[{}[\]"]/);

describe("an audit entry as a sentence", () => {
  it("names the moderator, the pledge and the reason of a rejection, linking to the message", async () => {
    const entry = { action: "message.reject", targetType: "pledge", targetId: PLEDGE, details: { from: "open", reason: "spam: buy followers" } };
    const { html, text } = await render(entry, { openable: [PLEDGE] });
    expect(text).toBe("anna@example.org rejected the message of pledge #3f2a9c1e (reason: spam or advertising: “buy followers”).");
    expect(html).toContain(`href="/admin/moderation?status=all&amp;pledge=${PLEDGE}"`);

    const russian = await render({ ...entry, details: { from: "open", reasonCode: "unsafe" } }, { locale: "ru" });
    expect(russian.text).toBe("anna@example.org отклонил(а) сообщение подписи #3f2a9c1e (причина: может подвергнуть кого-то опасности).");
  });

  it("names a pledge whose message is gone without a link", async () => {
    const { html, text } = await render({ action: "message.approve", targetType: "pledge", targetId: PLEDGE, details: { from: "REJECTED" } });
    expect(text).toBe("anna@example.org approved the message of pledge #3f2a9c1e (it had been rejected).");
    expect(html).not.toContain("<a ");
  });

  it("spells out settings changes and organisers' roles in words", async () => {
    const settings = await render({ action: "settings.change", details: { before: { goal: 100, countsFrozen: false }, after: { goal: 5000, countsFrozen: true } } });
    expect(settings.text).toBe("anna@example.org changed the campaign settings: counts frozen: no → yes; goal: 100 → 5,000.");
    const role = await render({ action: "organiser.role_change", actorLabel: "cli", details: { email: "boris@example.org", from: "VIEWER", to: "MODERATOR" } }, { locale: "be" });
    expect(role.text).toBe("Загадны радок змяніў(-ла) ролю boris@example.org з «назіральнік» на «мадэратар».");
  });

  it("falls back to a readable generic sentence for an unknown action or details of another shape", async () => {
    const erased = await render({ action: "pledge.erase", targetType: "pledge", targetId: PLEDGE, details: { erasedFields: ["name", "email"], withdrawnAt: "2026-12-03T10:02:33.000Z" } });
    expect(erased.text).toBe("anna@example.org: pledge erase — pledge #3f2a9c1e (erased fields: name, email; withdrawn at: 2026-12-03 10:02 UTC).");
    noJson(erased.text);
    const odd = await render({ action: "organiser.role_change", details: { email: "boris@example.org", to: { nested: [1, 2] } } });
    expect(odd.text).toBe("anna@example.org: Changed a role (email: boris@example.org; to: nested: 1, 2).");
    noJson(odd.text);
    noJson((await render({ action: "settings.change", details: "not an object" })).text);
  });
});

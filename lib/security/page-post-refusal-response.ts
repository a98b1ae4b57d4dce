import be from "@/messages/be/request-refused.json";
import en from "@/messages/en/request-refused.json";
import ru from "@/messages/ru/request-refused.json";
import { REFUSAL_STATUS, type PagePostRefusal } from "./screen-page-post";

// The answer to a POST that proxy.ts refused before any server action ran. Without JavaScript
// the supporter sees it as a page, so it is a small localised page (no scripts, nothing from
// elsewhere); a fetch action from script gets the JSON error every route handler answers.
// Built here rather than rendered by Next: proxy.ts answers before Next renders anything.

const messages = { en, be, ru } as const;
type Locale = keyof typeof messages;

/** The page's language: its path prefix, else the reader's first language we have, else English. */
export function refusalLocale(pathname: string, acceptLanguage: string | null): Locale {
  const prefix = pathname.split("/")[1] ?? "";
  if (prefix in messages) return prefix as Locale;
  for (const range of (acceptLanguage ?? "").split(",")) {
    const language = range.split(";")[0]?.trim().slice(0, 2).toLowerCase() ?? "";
    if (language in messages) return language as Locale;
  }
  return "en";
}

export function pagePostRefusalResponse(refusal: PagePostRefusal, request: Request, nonce: string): Response {
  const status = REFUSAL_STATUS[refusal];
  const common = { "Cache-Control": "no-store" };
  if (request.headers.has("next-action")) return Response.json({ error: { code: refusal } }, { status, headers: common });
  const locale = refusalLocale(new URL(request.url).pathname, request.headers.get("accept-language"));
  const text = messages[locale].requestRefused;
  const html = `<!DOCTYPE html>
<html lang="${locale}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(text[refusal].title)}</title>
<style nonce="${escapeHtml(nonce)}">body{font-family:system-ui,sans-serif;max-width:40rem;margin:3rem auto;padding:0 1rem;line-height:1.5;color:#0f172a}a{color:#1e3a8a}</style>
</head><body><main><h1>${escapeHtml(text[refusal].title)}</h1><p>${escapeHtml(text[refusal].body)}</p>
<p><a href="/${locale}">${escapeHtml(text.back)}</a></p></main></body></html>`;
  return new Response(html, { status, headers: { ...common, "Content-Type": "text/html; charset=utf-8" } });
}

function escapeHtml(value: string): string {
  return value.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`);
}

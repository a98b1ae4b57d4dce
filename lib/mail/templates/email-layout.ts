import { escapeHtml } from "../escape-html";

// One plain, accessible layout for every email: a text part that reads well on its own and an
// HTML part with the same content. Every value is escaped; links are shown in full so a
// supporter can see where they lead before clicking.

export interface EmailBody {
  locale: string;
  greeting: string;
  paragraphs: string[];
  action?: { label: string; url: string };
  footer: string[];
}

export function renderText(body: EmailBody): string {
  const lines = [body.greeting, "", ...body.paragraphs.flatMap((paragraph) => [paragraph, ""])];
  if (body.action) lines.push(`${body.action.label}:`, body.action.url, "");
  lines.push("—", ...body.footer);
  return lines.join("\n");
}

export function renderHtml(body: EmailBody): string {
  const paragraphs = body.paragraphs.map((paragraph) => `<p>${linkify(paragraph)}</p>`).join("\n");
  const action = body.action
    ? `<p><a href="${escapeHtml(body.action.url)}" style="display:inline-block;background:#1e40af;color:#ffffff;padding:12px 20px;border-radius:6px;text-decoration:none;font-weight:bold">${escapeHtml(body.action.label)}</a></p>
<p style="font-size:13px;color:#334155">${escapeHtml(body.action.url)}</p>`
    : "";
  const footer = body.footer.map((line) => `<p style="font-size:13px;color:#334155">${linkify(line)}</p>`).join("\n");
  return `<!doctype html>
<html lang="${escapeHtml(body.locale)}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width"></head>
<body style="font-family:Arial,Helvetica,sans-serif;line-height:1.5;color:#0f172a;max-width:600px;margin:0 auto;padding:16px">
<p>${escapeHtml(body.greeting)}</p>
${paragraphs}
${action}
<hr style="border:none;border-top:1px solid #cbd5e1">
${footer}
</body></html>`;
}

/** Escapes text and turns our own https/http links in it into anchors. */
function linkify(text: string): string {
  return escapeHtml(text).replace(/https?:\/\/[^\s<]+/g, (url) => `<a href="${url}">${url}</a>`);
}

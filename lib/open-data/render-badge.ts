import { escapeHtml } from "@/lib/mail/escape-html";

// A flat two-part badge ("1,234 | supporters") as a static SVG: no script, no external font or
// image, so it renders in READMEs, newsletters and mail clients that allow SVG. Text widths are
// estimated (no font metrics on the server); generous padding keeps them inside the boxes.

const CHAR_WIDTH = 7;
const PADDING = 10;

function textWidth(text: string): number {
  return [...text].length * CHAR_WIDTH + PADDING * 2;
}

export function renderBadge(count: string, label: string, title: string): string {
  const left = textWidth(count);
  const right = textWidth(label);
  const width = left + right;
  const [c, l, t] = [escapeHtml(count), escapeHtml(label), escapeHtml(title)];
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="20" viewBox="0 0 ${width} 20" role="img" aria-labelledby="badge-title">` +
    `<title id="badge-title">${t}</title>` +
    `<rect width="${left}" height="20" rx="3" fill="#1e3a8a"/>` +
    `<rect x="${left}" width="${right}" height="20" rx="3" fill="#334155"/>` +
    `<rect x="${left - 3}" width="6" height="20" fill="#334155"/>` +
    `<g fill="#ffffff" font-family="Verdana,DejaVu Sans,sans-serif" font-size="11" text-anchor="middle">` +
    `<text x="${left / 2}" y="14" font-weight="bold">${c}</text>` +
    `<text x="${left + right / 2}" y="14">${l}</text>` +
    `</g></svg>`;
}

// Whether a server action's body is one React can decode, checked before Next sees it.
// Next answers 500 when React's reply decoder throws (a truncated multipart body, a row that is
// not JSON, nesting deep enough to overflow its recursive reviver, a reference to a row that
// is not there), so proxy.ts refuses such bodies with 400 first (lib/security/screen-page-post.ts).
// Only the rows React parses as JSON are checked; the form's own fields are the user's text
// and reach our zod schemas as typed. The row format: react-server-dom's ReactFlightReplyServer.

/** Far deeper than any of our forms' state (about 4 levels), far shallower than a stack overflow. */
export const MAX_JSON_DEPTH = 32;

/**
 * The JSON rows of a reply: `0`, `1`, … for a fetch action (with JavaScript); `$ACTION_1:0`, …
 * for a form posted without it. Raw form fields are `<row>_<name>` and are not JSON.
 */
const JSON_ROW = /^(\$ACTION_\d+:)?(\d+)$/;
/** `$` strings that are values, not row references: `$$…` (a string), ∞, -0, NaN, undefined, Date, BigInt, temporary refs, FormData (its own fields). */
const VALUE_TAGS = new Set(["$", "H", "I", "-", "N", "u", "D", "n", "T", "K"]);
/** Tags followed by a row id; anything else after `$` is itself a row id (an outlined model). */
const ROW_TAGS = new Set([..."@QWiBRrXxAOoUSsLlGgMmV"]);

/** `text` parsed, or undefined when it is not JSON nested at most `maxDepth` deep (checked before parsing). */
export function parseShallowJson(text: string, maxDepth = MAX_JSON_DEPTH): { value: unknown } | undefined {
  let depth = 0;
  let inString = false;
  for (let index = 0; index < text.length; index++) {
    const char = text.charCodeAt(index);
    if (inString) {
      if (char === 0x5c) index++; // backslash: skip the escaped character
      else if (char === 0x22) inString = false;
    } else if (char === 0x22) inString = true;
    else if (char === 0x5b || char === 0x7b) {
      if (++depth > maxDepth) return undefined;
    } else if (char === 0x5d || char === 0x7d) depth--;
  }
  try {
    return { value: JSON.parse(text) as unknown };
  } catch {
    return undefined;
  }
}

export function isShallowJson(text: string, maxDepth = MAX_JSON_DEPTH): boolean {
  return parseShallowJson(text, maxDepth) !== undefined;
}

/** True when the rows (name → JSON text) parse, and every reference names a row that is there. */
export function areDecodableRows(rows: [name: string, text: string][]): boolean {
  const present = new Set<string>();
  const parsed: [prefix: string, value: unknown][] = [];
  for (const [name, text] of rows) {
    const [, prefix = "", id = ""] = JSON_ROW.exec(name) ?? [];
    const row = parseShallowJson(text);
    if (!row) return false;
    present.add(`${prefix}${id}`);
    parsed.push([prefix, row.value]);
  }
  return parsed.every(([prefix, value]) => referencesPresent(value, (id) => present.has(`${prefix}${id}`)));
}

function referencesPresent(value: unknown, rowExists: (decimalId: string) => boolean): boolean {
  if (typeof value === "string") return !value.startsWith("$") || referenceResolves(value, rowExists);
  if (typeof value !== "object" || value === null) return true;
  return Object.values(value).every((child) => referencesPresent(child, rowExists));
}

function referenceResolves(reference: string, rowExists: (decimalId: string) => boolean): boolean {
  const tag = reference[1] ?? "";
  if (VALUE_TAGS.has(tag)) return true;
  // A server function passed as an argument: none of our actions takes one, and an unknown id
  // makes Next fail with a 500.
  if (tag === "F" || tag === "h") return false;
  const target = (ROW_TAGS.has(tag) ? reference.slice(2) : reference.slice(1)).split(":")[0] ?? "";
  return /^[0-9a-f]{1,8}$/.test(target) && rowExists(String(parseInt(target, 16)));
}

/** True when every JSON row of a multipart action body is shallow JSON whose references resolve. */
export function hasDecodableRows(form: FormData): boolean {
  const rows: [string, string][] = [];
  for (const [name, value] of form.entries()) {
    if (typeof value === "string" && JSON_ROW.test(name)) rows.push([name, value]);
  }
  return areDecodableRows(rows);
}

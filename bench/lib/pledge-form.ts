// The pledge form as the production server renders it: its hidden React fields (the server
// action's id and the bound form state) are read from the home page once, so the bench posts
// exactly what a browser would — never a hard-coded action id that changes with every build.

export interface PledgeForm {
  pagePath: string;
  actionId: string;
  /** The hidden `$ACTION_…` inputs a browser without JavaScript submits with the form. */
  hiddenFields: Record<string, string>;
  /** The form state bound to the action (useActionState's previous state), as JSON. */
  boundState: string;
}

function decodeEntities(value: string): string {
  return value.replace(/&quot;/g, '"').replace(/&#x27;/g, "'").replace(/&lt;/g, "<").replace(/&gt;/g, ">").replace(/&amp;/g, "&");
}

export async function readPledgeForm(origin: string, pagePath = "/en"): Promise<PledgeForm> {
  const html = await (await fetch(origin + pagePath)).text();
  const form = html.slice(html.indexOf('encType="multipart/form-data"'), html.indexOf("</form>"));
  const hiddenFields: Record<string, string> = {};
  for (const match of form.matchAll(/<input type="hidden" name="(\$ACTION_[^"]+)"(?: value="([^"]*)")?\/>/g)) {
    hiddenFields[match[1]!] = decodeEntities(match[2] ?? "");
  }
  const reference = Object.entries(hiddenFields).find(([name]) => /^\$ACTION_\d+:0$/.test(name));
  if (!reference) throw new Error(`no server action form found on ${pagePath}`);
  const { id } = JSON.parse(reference[1]) as { id: string };
  const bound = Object.entries(hiddenFields).find(([name]) => /^\$ACTION_\d+:1$/.test(name))?.[1] ?? "[]";
  const [state] = JSON.parse(bound) as unknown[];
  return { pagePath, actionId: id, hiddenFields, boundState: JSON.stringify(state) };
}

import type { Page } from "@playwright/test";

// Collects every Content-Security-Policy violation a page reports, both as the DOM event
// (securitypolicyviolation, registered before any page script runs) and as Chromium's console
// message, so a blocked script, style, worker or image fails the spec that caused it.

declare global {
  interface Window {
    __cspViolations?: string[];
  }
}

export interface CspWatch {
  /** Violations seen so far, from the console and from every document the page loaded. */
  violations(): Promise<string[]>;
}

export async function watchCsp(page: Page): Promise<CspWatch> {
  const consoleViolations: string[] = [];
  page.on("console", (message) => {
    if (/Content Security Policy|Content-Security-Policy/i.test(message.text())) consoleViolations.push(message.text());
  });
  await page.addInitScript(() => {
    window.__cspViolations = [];
    document.addEventListener("securitypolicyviolation", (event) => {
      window.__cspViolations?.push(`${event.effectiveDirective} blocked ${event.blockedURI || "inline"} (${event.sourceFile}:${event.lineNumber})`);
    });
  });
  return {
    async violations() {
      const fromDom = await page.evaluate(() => window.__cspViolations ?? []).catch(() => []);
      return [...consoleViolations, ...fromDom];
    },
  };
}

/** The directives of a CSP header value, by name. */
export function directivesOf(policy: string | undefined | null): Map<string, string[]> {
  const directives = new Map<string, string[]>();
  for (const part of (policy ?? "").split(";")) {
    const [name, ...values] = part.trim().split(/\s+/);
    if (name) directives.set(name, values);
  }
  return directives;
}

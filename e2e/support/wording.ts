import { readFileSync } from "node:fs";
import path from "node:path";

// What the pages say, read from the English messages: specs assert the exact sentence a
// supporter reads without copying it (and going stale) when the wording changes.

const confirm = JSON.parse(readFileSync(path.join(process.cwd(), "messages/en/confirm.json"), "utf8")) as { confirm: Record<string, string> };

/** The one answer every confirmation gets, counted at once or held for review (ADR 0029). */
export const CONFIRMED_TEXT = confirm.confirm.confirmed!;
export const ALREADY_CONFIRMED_TEXT = confirm.confirm.alreadyConfirmed!;

// Supporters' names go into sentences ("Anna K., Poland"). A right-to-left name (Hebrew,
// Arabic) would otherwise pull the neighbouring comma and country into its own direction and
// scramble the line. Unicode's first-strong isolate is the plain-text twin of <bdi>: the name
// keeps its own direction and cannot affect anything around it. Client-safe.
// Direction overrides themselves never reach storage (docs/decisions/0018-text-input-policy.md).
const FIRST_STRONG_ISOLATE = "\u2068";
const POP_DIRECTIONAL_ISOLATE = "\u2069";

export function isolateText(text: string): string {
  return `${FIRST_STRONG_ISOLATE}${text}${POP_DIRECTIONAL_ISOLATE}`;
}

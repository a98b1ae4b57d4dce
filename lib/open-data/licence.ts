// The figures are published under CC BY 4.0: anyone may reuse them, crediting the campaign.
// Stated in every JSON response (`licence`), as a `Link: <…>; rel="license"` header on every
// response (CSV has no standard place for it) and in docs/API.md.

export const LICENCE = {
  name: "CC BY 4.0",
  url: "https://creativecommons.org/licenses/by/4.0/",
} as const;

export const LICENCE_LINK_HEADER = `<${LICENCE.url}>; rel="license"`;

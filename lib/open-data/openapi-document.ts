import { openApiSchemas } from "./openapi-schemas";

// The OpenAPI 3.1 description of /api/v1, served at /api/v1/openapi.json. docs/API.md explains
// the same in prose; tests/api/openapi-conformance.integration.test.ts checks real responses against it and
// tests/api/openapi-lint.integration.test.ts keeps it clean under Redocly's recommended rules (decision 0040).

const json = (schema: string) => ({ "application/json": { schema: { $ref: `#/components/schemas/${schema}` } } });
const error = (description: string) => ({ description, content: json("Error") });
const cached = {
  ETag: { description: "Strong validator; send it back as If-None-Match.", schema: { type: "string" } },
  "Last-Modified": { description: "When the figures last changed.", schema: { type: "string" } },
  "Cache-Control": { schema: { type: "string" } },
  Link: { description: 'The licence: <https://creativecommons.org/licenses/by/4.0/>; rel="license"', schema: { type: "string" } },
};
const notModified = { description: "Not modified (If-None-Match or If-Modified-Since matched).", headers: cached };
const conditional = [
  { name: "If-None-Match", in: "header", required: false, schema: { type: "string" } },
  { name: "If-Modified-Since", in: "header", required: false, schema: { type: "string" } },
];
const localeParameter = { name: "locale", in: "query", required: false, description: "Language of names and labels.", schema: { enum: ["en", "be", "ru"], default: "en" } };
const snapshotIdParameter = { name: "id", in: "path", required: true, schema: { type: "string", format: "uuid" } };
const slugParameter = { name: "slug", in: "path", required: true, description: "A live or closed campaign's address, as in /en/campaigns/{slug}; drafts answer 404.", schema: { type: "string", pattern: "^[a-z0-9][a-z0-9-]{2,63}$" } };
const campaignQueryParameter = { name: "campaign", in: "query", required: false, description: "Another live or closed campaign's slug; without it, the site's default campaign.", schema: { type: "string", pattern: "^[a-z0-9][a-z0-9-]{2,63}$" } };
const historyParameters = [
  { name: "granularity", in: "query", required: false, schema: { enum: ["hour", "day"], default: "day" } },
  { name: "from", in: "query", required: false, description: "First UTC day included (YYYY-MM-DD).", schema: { type: "string", format: "date" } },
  { name: "to", in: "query", required: false, description: "Last UTC day included (YYYY-MM-DD); default today. At most 31 days per hour, 1000 per day.", schema: { type: "string", format: "date" } },
];

/** A public GET (no keys: `security: []` at the root) answering validators and, when the campaign is missing, 404. */
function get(operationId: string, summary: string, content: Record<string, unknown>, extra: { parameters?: unknown[]; responses?: Record<string, unknown> } = {}) {
  return {
    get: {
      operationId,
      summary,
      parameters: [...(extra.parameters ?? []), ...conditional],
      responses: {
        "200": { description: "OK", headers: cached, content },
        "304": notModified,
        "404": error("The deployment's campaign does not exist."),
        "503": error("The database cannot be reached; retry shortly."),
        ...extra.responses,
      },
    },
  };
}

const csv = (headerLine: string) => ({ "text/csv": { schema: { type: "string", pattern: `^${headerLine}\\r\\n` } } });

// CORS preflights (OPTIONS, answered 204 on every path) are the browser's business, not an
// operation a client calls, so info.description states them instead of one entry per path.
export function openApiDocument() {
  return {
    openapi: "3.1.0",
    info: {
      title: "Solidarity Pledge open data",
      version: "1.0.0",
      description: "Confirmed supporters of the solidarity pledge, without keys. CORS is open to every origin (preflights are answered on every path). Figures are CC BY 4.0. Unknown paths under /api/v1 answer 404 with the Error body. This document is at /api/v1/openapi.json. See docs/API.md.",
      license: { name: "CC BY 4.0 (figures)", url: "https://creativecommons.org/licenses/by/4.0/" },
    },
    jsonSchemaDialect: "https://json-schema.org/draft/2020-12/schema",
    // Relative: the API is wherever this document was fetched from (the public domain, a mirror,
    // an onion address), so a copy never sends a reader to another host.
    servers: [{ url: "/", description: "The site that served this document" }],
    security: [],
    paths: withCampaignParameterOnLogPaths({
      "/api/v1/stats.json": get("getStats", "Total, progress and the integrity ledger", json("Stats")),
      "/api/v1/countries.json": get("getCountries", "Confirmed supporters per country", json("Countries"), { parameters: [localeParameter], responses: { "400": error("Invalid parameter") } }),
      // Other campaigns of the same instance (ADR 0054); the default campaign's figures are the paths above.
      "/api/v1/campaigns/{slug}/stats.json": get("getCampaignStats", "Another campaign's total, progress and integrity ledger", json("Stats"), { parameters: [slugParameter] }),
      "/api/v1/campaigns/{slug}/countries.json": get("getCampaignCountries", "Another campaign's confirmed supporters per country", json("Countries"), {
        parameters: [slugParameter, localeParameter],
        responses: { "400": error("Invalid parameter") },
      }),
      "/api/v1/campaigns/{slug}/countries.csv": get("getCampaignCountriesCsv", "Another campaign's confirmed supporters per country (CSV)", csv("country_code,country_name,count,share,rounded_to"), {
        parameters: [slugParameter, localeParameter],
        responses: { "400": error("Invalid parameter") },
      }),
      "/api/v1/campaigns/{slug}/history.json": get("getCampaignHistory", "Another campaign's count per hour or day", json("History"), {
        parameters: [slugParameter, ...historyParameters],
        responses: { "400": error("Invalid parameter") },
      }),
      "/api/v1/campaigns/{slug}/history.csv": get("getCampaignHistoryCsv", "Another campaign's count per hour or day (CSV)", csv("start,added,removed,cumulative"), {
        parameters: [slugParameter, ...historyParameters],
        responses: { "400": error("Invalid parameter") },
      }),
      "/api/v1/campaigns/{slug}/badge.svg": get("getCampaignBadge", "Another campaign's static counter image", { "image/svg+xml": { schema: { type: "string", pattern: "^<svg " } } }, {
        parameters: [slugParameter, localeParameter],
        responses: { "400": error("Invalid parameter") },
      }),
      "/api/v1/countries.csv": get("getCountriesCsv", "Confirmed supporters per country (CSV)", csv("country_code,country_name,count,share,rounded_to"), { parameters: [localeParameter], responses: { "400": error("Invalid parameter") } }),
      "/api/v1/history.json": get("getHistory", "The count per hour or day", json("History"), { parameters: historyParameters, responses: { "400": error("Invalid parameter") } }),
      "/api/v1/history.csv": get("getHistoryCsv", "The count per hour or day (CSV)", csv("start,added,removed,cumulative"), { parameters: historyParameters, responses: { "400": error("Invalid parameter") } }),
      "/api/v1/snapshots/{id}.json": get("getSnapshot", "A citable snapshot: the exact bytes whose SHA-256 is its ETag", json("Snapshot"), {
        parameters: [snapshotIdParameter],
        responses: { "404": error("No such snapshot") },
      }),
      "/api/v1/campaigns/{slug}/snapshots/{id}.json": get("getCampaignSnapshot", "A citable snapshot of another campaign: the exact bytes whose SHA-256 is its ETag", json("Snapshot"), {
        parameters: [slugParameter, snapshotIdParameter],
        responses: { "404": error("No such snapshot of this campaign") },
      }),
      "/api/v1/badge.svg": get("getBadge", "A static counter image", { "image/svg+xml": { schema: { type: "string", pattern: "^<svg " } } }, { parameters: [localeParameter], responses: { "400": error("Invalid parameter") } }),
      "/api/v1/log/checkpoint": get("getLogCheckpoint", "The transparency log's newest signed checkpoint", json("Checkpoint"), {
        responses: { "404": error("No checkpoint yet, or the campaign does not exist.") },
      }),
      "/api/v1/log/checkpoints": get("getLogCheckpoints", "Signed checkpoints in order of size, 1000 a page", json("Checkpoints"), {
        parameters: [{ name: "from", in: "query", required: false, description: "Smallest tree size to list.", schema: { type: "integer", minimum: 0, default: 0 } }],
        responses: { "400": error("Invalid parameter") },
      }),
      "/api/v1/log/leaves": get("getLogLeaves", "Leaves [start, end) of the transparency log, at most 10,000", json("LogLeaves"), {
        parameters: [
          { name: "start", in: "query", required: true, schema: { type: "integer", minimum: 0 } },
          { name: "end", in: "query", required: true, description: "Exclusive; at most the log's size.", schema: { type: "integer", minimum: 1 } },
        ],
        responses: { "400": error("Invalid parameter or range") },
      }),
      "/api/v1/log/proof/inclusion": get("getLogInclusionProof", "RFC 9162 inclusion proof of a leaf", json("InclusionProof"), {
        parameters: [
          { name: "index", in: "query", required: true, schema: { type: "integer", minimum: 0 } },
          { name: "size", in: "query", required: true, description: "Tree size, e.g. a checkpoint's.", schema: { type: "integer", minimum: 1 } },
        ],
        responses: { "400": error("Invalid parameter or range") },
      }),
      "/api/v1/log/proof/consistency": get("getLogConsistencyProof", "RFC 9162 consistency proof between two tree sizes", json("ConsistencyProof"), {
        parameters: [
          { name: "first", in: "query", required: true, schema: { type: "integer", minimum: 0 } },
          { name: "second", in: "query", required: true, schema: { type: "integer", minimum: 0 } },
        ],
        responses: { "400": error("Invalid parameter or range") },
      }),
      "/api/v1/log/receipt": get("getLogReceipt", "The leaf of a receipt, by the SHA-256 commitment of its secret", json("ReceiptLeaf"), {
        parameters: [{ name: "commitment", in: "query", required: true, description: "Hex SHA-256 of the receipt's secret (see docs/API.md).", schema: { type: "string", pattern: "^[0-9a-f]{64}$" } }],
        responses: { "400": error("Invalid parameter"), "404": error("No leaf holds this commitment (yet).") },
      }),
      "/api/v1/oembed": get("getOEmbed", "oEmbed for the live counter", json("OEmbed"), {
        parameters: [
          { name: "url", in: "query", required: true, schema: { type: "string", format: "uri" } },
          { name: "format", in: "query", required: false, schema: { const: "json" } },
        ],
        responses: { "400": error("Missing url"), "404": error("Not an embeddable URL of this site"), "501": error("Unsupported format") },
      }),
    }),
    components: { schemas: openApiSchemas },
  };
}

/** Every transparency-log path also takes ?campaign=<slug>: another public campaign's own log (ADR 0054). */
function withCampaignParameterOnLogPaths<Paths extends Record<string, { get: { parameters: unknown[] } }>>(paths: Paths): Paths {
  for (const [path, item] of Object.entries(paths)) if (path.startsWith("/api/v1/log/")) item.get.parameters.unshift(campaignQueryParameter);
  return paths;
}

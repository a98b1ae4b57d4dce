// JSON Schemas (2020-12, as OpenAPI 3.1 uses) of every /api/v1 body. The OpenAPI document
// references them, and a test validates each endpoint's real response against them.

const count = { type: "integer", minimum: 0 } as const;
const dateTime = { type: "string", format: "date-time" } as const;
const nullableDateTime = { type: ["string", "null"], format: "date-time" } as const;
// Present only on sensitive countries (docs/decisions/0032-…).
const roundedTo = {
  type: "integer",
  minimum: 3,
  description: "Sensitive country: count is rounded down to a multiple of this and changes only in batches of at least this many people, published at random times; count 0 means fewer than this.",
} as const;

const base64Hash = { type: "string", contentEncoding: "base64", description: "A SHA-256 hash (32 bytes), base64." } as const;

const reasonCounts = {
  type: "array",
  items: { type: "object", required: ["reason", "count"], additionalProperties: false, properties: { reason: { type: "string" }, count } },
} as const;
const dayCounts = {
  type: "array",
  items: { type: "object", required: ["day", "count"], additionalProperties: false, properties: { day: { type: "string", format: "date" }, count } },
} as const;

export const openApiSchemas = {
  // ─── Transparency log (docs/decisions/0046-…) ───
  Checkpoint: {
    type: "object",
    required: ["origin", "treeSize", "rootHash", "issuedAt", "signature", "keyId", "publicKey"],
    additionalProperties: false,
    description: "A signed tree head. The Ed25519 signature covers the text origin + \"\\n\" + treeSize + \"\\n\" + rootHash + \"\\n\" + issuedAt + \"\\n\".",
    properties: {
      origin: { type: "string", description: "The log's name: solidarity-pledge/<campaign slug>/v1." },
      treeSize: count,
      rootHash: base64Hash,
      issuedAt: { ...dateTime, description: "A whole minute (UTC): the log has no finer clock." },
      signature: { type: "string", contentEncoding: "base64" },
      keyId: { type: "string", pattern: "^[0-9a-f]{16}$" },
      publicKey: { type: "string", contentEncoding: "base64", description: "Raw 32-byte Ed25519 public key." },
    },
  },
  Checkpoints: {
    type: "object",
    required: ["checkpoints"],
    additionalProperties: false,
    properties: { checkpoints: { type: "array", items: { $ref: "#/components/schemas/Checkpoint" } } },
  },
  LogLeaves: {
    type: "object",
    required: ["start", "leaves"],
    additionalProperties: false,
    properties: {
      start: count,
      leaves: {
        type: "array",
        description: "Each leaf's bytes, base64: 0x01 + country (2 ASCII) + 32-byte commitment, or 0x02 + country + uint64 index of the retired leaf.",
        items: { type: "string", contentEncoding: "base64" },
      },
    },
  },
  InclusionProof: {
    type: "object",
    required: ["leafIndex", "treeSize", "leaf", "proof"],
    additionalProperties: false,
    properties: { leafIndex: count, treeSize: count, leaf: { type: "string", contentEncoding: "base64" }, proof: { type: "array", items: base64Hash } },
  },
  ConsistencyProof: {
    type: "object",
    required: ["first", "second", "proof"],
    additionalProperties: false,
    properties: { first: count, second: count, proof: { type: "array", items: base64Hash } },
  },
  ReceiptLeaf: {
    type: "object",
    required: ["leafIndex", "country", "tombstonedBy"],
    additionalProperties: false,
    properties: {
      leafIndex: count,
      country: { type: "string", pattern: "^[A-Z]{2}$" },
      tombstonedBy: { type: ["integer", "null"], minimum: 0, description: "The tombstone that retired the leaf, if any." },
    },
  },
  Licence: {
    type: "object",
    required: ["name", "url"],
    additionalProperties: false,
    properties: { name: { const: "CC BY 4.0" }, url: { const: "https://creativecommons.org/licenses/by/4.0/" } },
  },
  Error: {
    type: "object",
    required: ["error"],
    additionalProperties: false,
    properties: {
      error: { type: "object", required: ["code", "message"], additionalProperties: false, properties: { code: { type: "string" }, message: { type: "string" } } },
    },
  },
  Ledger: {
    type: "object",
    required: ["confirmed", "pending", "pendingReview", "withdrawn", "invalidated", "invalidatedByReason", "invalidatedByDay"],
    additionalProperties: false,
    properties: {
      confirmed: { ...count, description: "Counted: email confirmed, not withdrawn, held or invalidated." },
      pending: { ...count, description: "Signed, email not confirmed yet. Not counted." },
      pendingReview: { ...count, description: "Email confirmed, held for review. Not counted." },
      withdrawn: { ...count, description: "Withdrawn by the supporter. Not counted." },
      invalidated: { ...count, description: "Invalidated by the organisers. Not counted." },
      invalidatedByReason: reasonCounts,
      invalidatedByDay: dayCounts,
    },
  },
  Stats: {
    type: "object",
    required: ["licence", "campaign", "asOf", "version", "confirmed", "goal", "countsFrozen", "countryCount", "ledger", "ledgerCountedAt"],
    additionalProperties: false,
    properties: {
      licence: { $ref: "#/components/schemas/Licence" },
      campaign: { type: "string" },
      asOf: { ...nullableDateTime, description: "When the aggregator last changed the numbers; null before the first confirmation." },
      version: { ...count, description: "Grows with every change of the public numbers." },
      confirmed: count,
      goal: count,
      countsFrozen: { type: "boolean" },
      countryCount: count,
      ledger: { $ref: "#/components/schemas/Ledger" },
      ledgerCountedAt: { ...dateTime, description: "When the statuses other than confirmed were counted (recounted every 30 s)." },
    },
  },
  Countries: {
    type: "object",
    required: ["licence", "campaign", "asOf", "version", "confirmed", "locale", "countries"],
    additionalProperties: false,
    properties: {
      licence: { $ref: "#/components/schemas/Licence" },
      campaign: { type: "string" },
      asOf: nullableDateTime,
      version: count,
      confirmed: count,
      locale: { enum: ["en", "be", "ru"] },
      countries: {
        type: "array",
        items: {
          type: "object",
          required: ["code", "name", "count", "share"],
          additionalProperties: false,
          properties: {
            code: { type: "string", pattern: "^[A-Z]{2}$" },
            name: { type: "string" },
            count: { type: "integer", minimum: 0, description: "Exact (at least 1), or for a sensitive country a multiple of roundedTo (0: fewer than roundedTo)." },
            share: { type: "number", minimum: 0, maximum: 1, description: "count / confirmed, 4 decimals." },
            roundedTo: roundedTo,
          },
        },
      },
    },
  },
  History: {
    type: "object",
    required: ["licence", "campaign", "asOf", "version", "granularity", "from", "to", "points"],
    additionalProperties: false,
    properties: {
      licence: { $ref: "#/components/schemas/Licence" },
      campaign: { type: "string" },
      asOf: nullableDateTime,
      version: count,
      granularity: { enum: ["hour", "day"] },
      from: { type: "string", format: "date" },
      to: { type: "string", format: "date" },
      points: {
        type: "array",
        items: {
          type: "object",
          required: ["start", "added", "removed", "cumulative"],
          additionalProperties: false,
          properties: { start: dateTime, added: count, removed: count, cumulative: { type: "integer" } },
        },
      },
    },
  },
  Snapshot: {
    type: "object",
    required: ["campaign", "takenAt", "asOf", "version", "confirmed", "goal", "countries", "ledger", "trigger", "licence"],
    additionalProperties: false,
    properties: {
      campaign: { type: "string" },
      takenAt: dateTime,
      asOf: nullableDateTime,
      version: count,
      confirmed: count,
      goal: count,
      countries: {
        type: "array",
        items: { type: "object", required: ["code", "count"], additionalProperties: false, properties: { code: { type: "string", pattern: "^[A-Z]{2}$" }, count, roundedTo } },
      },
      ledger: { $ref: "#/components/schemas/Ledger" },
      trigger: { enum: ["manual", "hourly"] },
      licence: { $ref: "#/components/schemas/Licence" },
      logCheckpoint: {
        description: "The transparency log's signed checkpoint at the same moment as these figures (absent from snapshots older than the log). Its public key is /api/v1/log/checkpoint's with the same keyId.",
        oneOf: [
          { type: "null" },
          {
            type: "object",
            required: ["treeSize", "rootHash", "issuedAt", "signature", "keyId"],
            additionalProperties: false,
            properties: { treeSize: count, rootHash: base64Hash, issuedAt: dateTime, signature: { type: "string", contentEncoding: "base64" }, keyId: { type: "string", pattern: "^[0-9a-f]{16}$" } },
          },
        ],
      },
    },
  },
  OEmbed: {
    type: "object",
    required: ["version", "type", "title", "provider_name", "provider_url", "html", "width", "height", "licence"],
    additionalProperties: false,
    properties: {
      version: { const: "1.0" },
      type: { const: "rich" },
      title: { type: "string" },
      provider_name: { type: "string" },
      provider_url: { type: "string", format: "uri" },
      html: { type: "string", pattern: "^<iframe " },
      width: count,
      height: count,
      licence: { $ref: "#/components/schemas/Licence" },
    },
  },
} as const;

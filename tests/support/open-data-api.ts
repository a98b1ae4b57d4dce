// Helpers for the open data API tests (never imported by the app): the route handlers called as
// Next.js calls them, and their responses checked against our own OpenAPI document with ajv.
import Ajv2020 from "ajv/dist/2020";
import addFormats from "ajv-formats";
import { openApiDocument } from "@/lib/open-data/openapi-document";
import { statsCache } from "@/lib/stats/current-public-stats";

export const BASE = "http://localhost:3000";

/** Forgets the instance's cached numbers, so the next request reads what the test just wrote. */
export function forgetCachedStats(): void {
  statsCache.set(undefined);
}

const ajv = new Ajv2020({ strict: false, allErrors: true });
addFormats(ajv);
ajv.addSchema(openApiDocument(), "openapi.json");

const pointer = (segment: string) => segment.replace(/~/g, "~0").replace(/\//g, "~1");

/** Validates a response's body against the schema the document gives for its path, status and type. */
export async function expectConformingBody(path: string, response: Response): Promise<unknown> {
  const mediaType = (response.headers.get("content-type") ?? "").split(";")[0]!.trim();
  const text = await response.clone().text();
  const schemaPath = `openapi.json#/paths/${pointer(path)}/get/responses/${response.status}/content/${pointer(mediaType)}/schema`;
  const validate = ajv.getSchema(schemaPath);
  if (!validate) throw new Error(`the OpenAPI document has no schema for ${path} ${response.status} ${mediaType}`);
  const body = mediaType === "application/json" ? JSON.parse(text) : text;
  if (!validate(body)) throw new Error(`${path} ${response.status} does not match the OpenAPI document: ${ajv.errorsText(validate.errors)}`);
  return body;
}

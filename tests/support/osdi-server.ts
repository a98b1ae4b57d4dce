import { randomUUID } from "node:crypto";
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";

// A small OSDI server on this machine, implementing the part of OSDI the CRM push uses: the
// person signup helper, POST <base>/people/, as Action Network documents it (docs/CRM.md). It
// checks the OSDI-API-Token header and the body's shape, matches people by email address
// (create, or update and add tags), honours "status": "unsubscribed", and answers with the
// person resource and its identifiers. Tests read what arrived in `requests` and `people`.

export const OSDI_BASE_PATH = "/api/v2";

const PERSON_FIELDS = new Set(["given_name", "family_name", "email_addresses", "postal_addresses", "languages_spoken"]);
const EMAIL_FIELDS = new Set(["address", "primary", "status"]);
const POSTAL_FIELDS = new Set(["country", "locality"]);

export interface OsdiRequest {
  token: string | undefined;
  body: unknown;
}

export interface OsdiPerson {
  identifier: string;
  given_name?: string;
  family_name?: string;
  email: string;
  status: "subscribed" | "unsubscribed";
  postal_addresses?: { country: string; locality?: string }[];
  languages_spoken?: string[];
  tags: string[];
}

export class OsdiServer {
  readonly requests: OsdiRequest[] = [];
  /** People by lower-case email address, as the CRM holds them. */
  readonly people = new Map<string, OsdiPerson>();
  /** Statuses to answer the next requests with instead of handling them (e.g. [503, 503]). */
  failures: number[] = [];
  private server: Server | undefined;
  private gate: Promise<void> | undefined;
  private arrivals: (() => void)[] = [];
  private listeningPort = 0;

  constructor(readonly apiKey = `osdi-key-${randomUUID()}`) {}

  get port(): number {
    return this.listeningPort;
  }

  /** The base address to configure in the admin: pushes POST to <baseUrl>/people/. */
  get baseUrl(): string {
    return `http://127.0.0.1:${this.listeningPort}${OSDI_BASE_PATH}`;
  }

  /** Starts on `port` (0: any free one); start it again on the same port after stop() to come back. */
  async start(port = this.listeningPort): Promise<string> {
    const server = createServer((request, response) => void this.handle(request, response));
    await new Promise<void>((resolve, reject) => {
      server.once("error", reject);
      server.listen(port, "127.0.0.1", () => resolve());
    });
    this.server = server;
    this.listeningPort = (server.address() as AddressInfo).port;
    return this.baseUrl;
  }

  async stop(): Promise<void> {
    const server = this.server;
    this.server = undefined;
    if (!server) return;
    server.closeAllConnections();
    await new Promise<void>((resolve) => server.close(() => resolve()));
  }

  /** Holds every answer until the returned function is called (a CRM slow to answer). */
  holdAnswers(): () => void {
    let release!: () => void;
    this.gate = new Promise((resolve) => (release = resolve));
    return () => {
      this.gate = undefined;
      release();
    };
  }

  /** Resolves once a request whose body mentions `text` has arrived (answered or not). */
  async requestArrived(text: string, timeoutMs = 10_000): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    while (!this.requests.some((request) => JSON.stringify(request.body).includes(text))) {
      if (Date.now() > deadline) throw new Error(`no request mentioning ${text} arrived`);
      await new Promise<void>((resolve) => {
        this.arrivals.push(resolve);
        setTimeout(resolve, 200);
      });
    }
  }

  /** The people whose address is this one (case-insensitive), if any. */
  person(email: string): OsdiPerson | undefined {
    return this.people.get(email.toLowerCase());
  }

  private async handle(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const text = await readBody(request);
    const token = headerValue(request.headers["osdi-api-token"]);
    let body: unknown = null;
    try {
      body = text ? JSON.parse(text) : null;
    } catch {
      body = text;
    }
    if (request.method === "POST" && request.url === `${OSDI_BASE_PATH}/people/`) this.requests.push({ token, body });
    else return answer(response, 404, { error: "not found" });
    for (const arrived of this.arrivals.splice(0)) arrived();
    await this.gate;

    const failure = this.failures.shift();
    if (failure) return answer(response, failure, { error: "try again later" });
    if (token !== this.apiKey) return answer(response, 401, { error: "API Key invalid or not present" });
    if (!/^application\/json\b/.test(request.headers["content-type"] ?? "")) return answer(response, 415, { error: "JSON expected" });
    const problem = shapeProblem(body);
    if (problem) return answer(response, 400, { error: problem });
    const signup = body as SignupBody;
    const [email] = signup.person.email_addresses;
    const person = this.upsert(signup, email!);
    return answer(response, 200, resource(person));
  }

  private upsert(signup: SignupBody, email: { address: string; status?: string }): OsdiPerson {
    const key = email.address.toLowerCase();
    const existing = this.people.get(key);
    const { email_addresses: _addresses, ...fields } = signup.person;
    const status = email.status === "unsubscribed" ? "unsubscribed" : email.status === "subscribed" ? "subscribed" : (existing?.status ?? "subscribed");
    const person: OsdiPerson = {
      ...existing,
      ...fields,
      identifier: existing?.identifier ?? `action_network:${randomUUID()}`,
      email: email.address,
      status,
      tags: [...new Set([...(existing?.tags ?? []), ...(signup.add_tags ?? [])])],
    };
    this.people.set(key, person);
    return person;
  }
}

interface SignupBody {
  person: { email_addresses: { address: string; status?: string }[]; given_name?: string; family_name?: string; postal_addresses?: { country: string; locality?: string }[]; languages_spoken?: string[] };
  add_tags?: string[];
}

/** What is wrong with a signup body, or null: the helper's shape, and nothing else. */
function shapeProblem(body: unknown): string | null {
  if (!isObject(body)) return "body must be a JSON object";
  const extra = Object.keys(body).filter((key) => key !== "person" && key !== "add_tags");
  if (extra.length > 0) return `unknown fields: ${extra.join(", ")}`;
  if (body.add_tags !== undefined && !isStringArray(body.add_tags)) return "add_tags must be an array of strings";
  const { person } = body;
  if (!isObject(person)) return "person is required";
  const unknown = Object.keys(person).filter((key) => !PERSON_FIELDS.has(key));
  if (unknown.length > 0) return `unknown person fields: ${unknown.join(", ")}`;
  for (const name of ["given_name", "family_name"]) if (person[name] !== undefined && typeof person[name] !== "string") return `${name} must be a string`;
  const emails = person.email_addresses;
  if (!Array.isArray(emails) || emails.length === 0) return "email_addresses is required";
  for (const email of emails) {
    if (!isObject(email) || typeof email.address !== "string" || !email.address.includes("@")) return "each email address needs an address";
    if (Object.keys(email).some((key) => !EMAIL_FIELDS.has(key))) return "unknown email address fields";
    if (email.status !== undefined && email.status !== "subscribed" && email.status !== "unsubscribed") return "status must be subscribed or unsubscribed";
  }
  const postal = person.postal_addresses;
  if (postal !== undefined) {
    if (!Array.isArray(postal)) return "postal_addresses must be an array";
    for (const address of postal) {
      if (!isObject(address) || Object.keys(address).some((key) => !POSTAL_FIELDS.has(key))) return "unknown postal address fields";
      if (typeof address.country !== "string" || !/^[A-Z]{2}$/.test(address.country)) return "country must be an ISO 3166-1 alpha-2 code";
    }
  }
  if (person.languages_spoken !== undefined && !isStringArray(person.languages_spoken)) return "languages_spoken must be an array of strings";
  return null;
}

function resource(person: OsdiPerson) {
  const id = person.identifier.replace(/^action_network:/, "");
  const now = new Date().toISOString();
  return {
    identifiers: [person.identifier],
    created_date: now,
    modified_date: now,
    ...(person.given_name ? { given_name: person.given_name } : {}),
    ...(person.family_name ? { family_name: person.family_name } : {}),
    email_addresses: [{ primary: true, address: person.email, status: person.status }],
    postal_addresses: person.postal_addresses ?? [],
    languages_spoken: person.languages_spoken ?? [],
    _links: { self: { href: `https://actionnetwork.org/api/v2/people/${id}` } },
  };
}

function answer(response: ServerResponse, status: number, body: unknown): void {
  response.writeHead(status, { "Content-Type": "application/hal+json" });
  response.end(JSON.stringify(body));
}

function readBody(request: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    request.on("data", (chunk: Buffer) => chunks.push(chunk));
    request.on("end", () => resolve(Buffer.concat(chunks).toString("utf8")));
    request.on("error", reject);
  });
}

function headerValue(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? value[0] : value;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function isStringArray(value: unknown): value is string[] {
  return Array.isArray(value) && value.every((item) => typeof item === "string");
}

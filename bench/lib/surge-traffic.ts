import type { Challenge } from "altcha-lib";
import { solvedPayload } from "@/tests/support/proof-of-work";
import { multipartBody } from "./multipart";
import type { PledgeForm } from "./pledge-form";
import { pledgeFields } from "./prepare-submission";

// One signer of the surge measurement: a challenge from its network's address, solved, and the
// pledge posted as the form's JavaScript posts it. The work a proof took is the solver's counter
// (the server keeps the target secret), in units of one SHA-256 round.

export interface Signer {
  email: string;
  address: string;
  /** "solve": fetch and solve a challenge; "none": post without any proof (a script skipping it). */
  proof: "solve" | "none";
}

export interface Signed {
  email: string;
  work: number;
  ok: boolean;
}

let serial = 0;

async function solved(origin: string, address: string): Promise<{ payload: string; work: number }> {
  const response = await fetch(`${origin}/api/pow/challenge`, { headers: { "x-forwarded-for": address } });
  if (!response.ok) throw new Error(`GET /api/pow/challenge answered ${response.status}`);
  const payload = await solvedPayload((await response.json()) as Challenge);
  const { solution } = JSON.parse(Buffer.from(payload, "base64").toString()) as { solution: { counter: number } };
  return { payload, work: solution.counter };
}

/** Attempts per signer: a 503 (database busy) is answered "try again", and people do. */
const ATTEMPTS = 3;

export async function sign(origin: string, form: PledgeForm, signer: Signer): Promise<Signed> {
  serial += 1;
  const fields = pledgeFields(signer.email, serial);
  let work = 0;
  for (let attempt = 1; attempt <= ATTEMPTS; attempt++) {
    try {
      // A retry asks for a new challenge, as the widget would: its work counts too.
      const proof = signer.proof === "solve" ? await solved(origin, signer.address) : { payload: "", work: 0 };
      work += proof.work;
      const { body, contentType } = multipartBody({ ...form.hiddenFields, ...fields, altcha: proof.payload });
      const response = await fetch(`${origin}/api/pledges`, {
        method: "POST",
        body: new Uint8Array(body),
        headers: { origin, "x-forwarded-for": signer.address, "content-type": contentType, accept: "application/json" },
      });
      await response.arrayBuffer();
      if (response.ok) return { email: signer.email, work, ok: true };
      if (response.status !== 503) break;
    } catch {
      // A refused connection under load: try again like a person pressing the button once more.
    }
    await new Promise((resolve) => setTimeout(resolve, 1_000 * attempt));
  }
  return { email: signer.email, work, ok: false };
}

/** Signs everyone at an even pace over `seconds`, at most `inFlight` at once; answers in order. */
export async function signPaced(origin: string, form: PledgeForm, signers: Signer[], seconds: number, inFlight = 24): Promise<Signed[]> {
  const results: Signed[] = new Array(signers.length);
  const running = new Set<Promise<void>>();
  const startedAt = Date.now();
  for (let index = 0; index < signers.length; index++) {
    const dueAt = startedAt + (index * seconds * 1000) / signers.length;
    if (dueAt > Date.now()) await new Promise((resolve) => setTimeout(resolve, dueAt - Date.now()));
    while (running.size >= inFlight) await Promise.race(running);
    const work = sign(origin, form, signers[index]!).then((result) => {
      results[index] = result;
    });
    const tracked = work.finally(() => running.delete(tracked));
    running.add(tracked);
  }
  await Promise.all(running);
  return results;
}

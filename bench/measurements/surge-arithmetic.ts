import { db } from "@/lib/db/client";
import { confirmPledge } from "@/lib/pledges/confirm-pledge";
import { issuePledgeTokens } from "@/lib/pledges/pledge-tokens";
import { emailLookupHash } from "@/lib/privacy/personal-data";
import type { BenchEnvironment } from "../lib/bench-environment";
import { POW_MAX_NUMBER_BENCH } from "../lib/bench-environment";
import { readPledgeForm } from "../lib/pledge-form";
import { signPaced, type Signed, type Signer } from "../lib/surge-traffic";

// Measurement (issue #12): 4 August's arithmetic. 2,000 people sign in one minute — 60 % with one
// big mail provider, 30 % from 20 shared networks (venues, carrier NATs), the rest each from
// their own — while a script bursts from one network, once solving every challenge it is given
// and once sending no proof at all. Everyone confirms (the bot too: the worst case, a catch-all
// domain). Reported: the share of each group that counts, and the proof-of-work work per counted
// pledge in base challenges (POW_MAX_NUMBER), bots against people. Goals: 100 % of people whose
// pledge was acknowledged count; a solving bot's work per counted pledge ≥ 10 × a person's.

export interface SurgeGroup {
  label: string;
  pledges: number;
  answered: number;
  counted: number;
  held: number;
  /** Proof-of-work work per counted pledge, in base challenges (∞ when none counted). */
  workPerCounted: number;
}

export interface SurgeArithmetic {
  seconds: number;
  people: SurgeGroup;
  solvingBot: SurgeGroup;
  prooflessBot: SurgeGroup;
  /** solvingBot.workPerCounted / people.workPerCounted. */
  botCostRatio: number;
}

const PEOPLE = 2_000;
const SOLVING_BOT = 400;
const PROOFLESS_BOT = 200;
const SECONDS = 60;

function people(tag: string): Signer[] {
  return Array.from({ length: PEOPLE }, (_, i) => {
    const domain = i % 10 < 6 ? "gmail.com" : `d${i % 40}.surge.example`;
    const shared = i % 10 >= 6 && i % 10 <= 8;
    // Every tenth person's 7th, 8th and 9th go to one of 20 shared networks in turn: 30 on each.
    const address = shared ? `10.241.${Math.floor(i / 10) % 20}.${1 + (i % 200)}` : `10.${200 + (i >> 8)}.${i & 255}.9`;
    return { email: `surge-${tag}-${i}@${domain}`, address, proof: "solve" };
  });
}

function bot(tag: string, count: number, network: number, proof: Signer["proof"]): Signer[] {
  return Array.from({ length: count }, (_, i) => ({ email: `bot${network}-${tag}-${i}@bot${network}-${tag}.example`, address: `10.250.${network}.${1 + (i % 250)}`, proof }));
}

/** Every signer in one stream, each group spread evenly over the minute. */
function interleave(groups: Signer[][]): Signer[] {
  return groups
    .flatMap((group) => group.map((signer, i) => ({ signer, at: (i + 0.5) / group.length })))
    .sort((a, b) => a.at - b.at)
    .map((entry) => entry.signer);
}

async function confirmAll(campaignId: string, emails: string[]): Promise<void> {
  const queue = [...emails];
  const worker = async () => {
    for (let email = queue.shift(); email; email = queue.shift()) {
      const pledge = await db().pledge.findUnique({ where: { campaignId_emailHash: { campaignId, emailHash: emailLookupHash(email) } }, select: { id: true } });
      if (pledge) await confirmPledge((await issuePledgeTokens(pledge.id, ["CONFIRM"])).CONFIRM);
    }
  };
  await Promise.all(Array.from({ length: 8 }, worker));
}

async function tally(campaignId: string, label: string, signed: Signed[]): Promise<SurgeGroup> {
  const hashes = signed.map((each) => emailLookupHash(each.email));
  const rows = await db().pledge.groupBy({ by: ["status"], where: { campaignId, emailHash: { in: hashes } }, _count: { _all: true } });
  const count = (status: string) => rows.find((row) => row.status === status)?._count._all ?? 0;
  const counted = count("CONFIRMED");
  const work = signed.reduce((sum, each) => sum + each.work, 0) / POW_MAX_NUMBER_BENCH;
  return { label, pledges: signed.length, answered: signed.filter((each) => each.ok).length, counted, held: count("PENDING_REVIEW"), workPerCounted: counted > 0 ? work / counted : Number.POSITIVE_INFINITY };
}

export async function measureSurgeArithmetic(env: BenchEnvironment): Promise<SurgeArithmetic> {
  const form = await readPledgeForm(env.app.origin);
  const tag = Date.now().toString(36);
  const groups = { people: people(tag), solving: bot(tag, SOLVING_BOT, 1, "solve"), proofless: bot(tag, PROOFLESS_BOT, 2, "none") };
  const startedAt = Date.now();
  const signed = await signPaced(env.app.origin, form, interleave([groups.people, groups.solving, groups.proofless]), SECONDS);
  const seconds = (Date.now() - startedAt) / 1000;
  // Confirmed in the order they signed, as mailboxes would click: the anomaly check sees the burst grow.
  await confirmAll(env.campaignId, signed.map((each) => each.email));
  const bySigner = new Map(signed.map((each) => [each.email, each]));
  const pick = (group: Signer[]) => group.map((signer) => bySigner.get(signer.email)!).filter(Boolean);
  const result = {
    seconds,
    people: await tally(env.campaignId, "people (60 % gmail.com, 30 % on 20 shared networks)", pick(groups.people)),
    solvingBot: await tally(env.campaignId, `bot on one network, solving every challenge (${SOLVING_BOT})`, pick(groups.solving)),
    prooflessBot: await tally(env.campaignId, `bot on one network, no proof of work (${PROOFLESS_BOT})`, pick(groups.proofless)),
  };
  return { ...result, botCostRatio: result.solvingBot.workPerCounted / result.people.workPerCounted };
}

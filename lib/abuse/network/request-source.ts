import "server-only";
import { headers } from "next/headers";
import { serverEnv } from "@/lib/env";
import { clientAddress } from "./client-address";
import { hashNetwork } from "./hash-network";

/** Where the current request (server action or route handler) comes from, as a network hash. */
export async function requestNetworkHash(now = new Date()): Promise<string> {
  const forwardedFor = (await headers()).get("x-forwarded-for");
  // The address itself is used here and forgotten: only its network's hash leaves this function.
  return hashNetwork(clientAddress(forwardedFor, serverEnv().TRUSTED_PROXY_HOPS), now);
}

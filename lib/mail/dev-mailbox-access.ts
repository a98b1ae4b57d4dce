import "server-only";
import { headers } from "next/headers";
import { isLoopbackClient } from "@/lib/abuse/network/loopback-address";
import { serverEnv } from "@/lib/env";
import { devMailboxEnabled } from "./dev-mailbox";

/**
 * Whether /dev/mailbox answers this request: only when it is enabled and only to a client on the
 * machine itself. It holds organisers' sign-in links and supporters' addresses; a demo reachable
 * from the network (HOST=0.0.0.0, a port forwarded) must not hand them out. Everyone else gets
 * the same 404 as when it is off.
 */
export async function devMailboxAnswers(): Promise<boolean> {
  if (!devMailboxEnabled()) return false;
  return isLoopbackClient((await headers()).get("x-forwarded-for"), serverEnv().TRUSTED_PROXY_HOPS);
}

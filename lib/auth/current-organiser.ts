import "server-only";
import { cache } from "react";
import { z } from "zod";
import type { Organiser } from "./actor";
import { auth } from "./auth";
import { ORGANISER_ROLES } from "./roles";

// What our session callback (lib/auth/auth.ts) puts in the session, checked rather than assumed.
const sessionUser = z.object({ id: z.string().min(1), email: z.string().min(1), role: z.enum(ORGANISER_ROLES) });

/**
 * The signed-in organiser, or null. One session lookup per request (React `cache`), however many
 * components and checks ask. Role and removal are read from the database on every request, so a
 * role change or a removal takes effect on the organiser's next click.
 */
export const currentOrganiser = cache(async (): Promise<Organiser | null> => {
  const session = await auth();
  const parsed = sessionUser.safeParse(session?.user);
  return parsed.success ? { kind: "organiser", ...parsed.data } : null;
});

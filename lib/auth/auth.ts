import "server-only";
import NextAuth from "next-auth";
import { authConfig } from "./auth-config";

// Auth.js for Next.js: the route handlers (app/api/auth/[...nextauth]) and the server-side
// helpers. Read the session through lib/auth/current-organiser.ts or requireOrganiser(), never
// through `auth()` directly, so every check reads the role the same way.
export const { handlers, auth, signIn, signOut } = NextAuth(authConfig);

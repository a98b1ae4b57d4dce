// Auth.js's endpoints (sign-in link requests, the link's callback, session, sign-out). Who may
// sign in is decided in lib/auth/sign-in-gate.ts, which covers direct requests here too.
import { handlers } from "@/lib/auth/auth";

export const { GET, POST } = handlers;

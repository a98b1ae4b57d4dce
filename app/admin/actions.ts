"use server";

import { signOut } from "@/lib/auth/auth";

// Signing out needs no role: it only ends the caller's own session (Auth.js deletes the session
// row and clears the cookie; lib/auth/record-auth-event.ts logs it).
export async function signOutAction(): Promise<void> {
  await signOut({ redirectTo: "/admin/sign-in?signedOut=1" });
}

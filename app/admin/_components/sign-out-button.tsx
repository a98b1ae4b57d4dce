import { signOutAction } from "../actions";
import { buttonClass } from "./button-class";

/** A plain form, so signing out works without JavaScript too. */
export function SignOutButton({ label }: { label: string }) {
  return (
    <form action={signOutAction}>
      <button type="submit" className={buttonClass("secondary")}>
        {label}
      </button>
    </form>
  );
}

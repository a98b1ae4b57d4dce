import { buttonClass } from "@/components/admin/ui/button-class";

/** A plain form, so signing out works without JavaScript too. The action comes from the layout. */
export function SignOutButton({ label, signOutAction }: { label: string; signOutAction: () => Promise<void> }) {
  return (
    <form action={signOutAction}>
      <button type="submit" className={buttonClass("secondary")}>
        {label}
      </button>
    </form>
  );
}

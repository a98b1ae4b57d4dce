// Client-safe: the admin area's buttons, shared by server and client components. Colours meet
// WCAG AA contrast against their backgrounds (white on blue-800 / red-800, slate-900 on white).
export function buttonClass(tone: "primary" | "secondary" | "danger" = "primary"): string {
  if (tone === "secondary") {
    return "inline-flex min-h-11 items-center rounded-md border-2 border-slate-600 bg-white px-4 py-2 font-semibold text-slate-900 hover:bg-slate-100 disabled:opacity-70";
  }
  if (tone === "danger") {
    return "inline-flex min-h-11 items-center rounded-md bg-red-800 px-4 py-2 font-semibold text-white hover:bg-red-900 disabled:opacity-70";
  }
  return "button-primary";
}

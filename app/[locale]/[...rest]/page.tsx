import { notFound } from "next/navigation";

// Any address under /<locale>/ that no page answers. Without this route Next falls back to its
// own bare 404 outside our layout: English only, and its scripts without the CSP nonce.
// Here the 404 renders from app/[locale]/not-found.tsx, inside the site's layout and language.
export default function UnknownPage(): never {
  notFound();
}

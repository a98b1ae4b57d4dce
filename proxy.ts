import createMiddleware from "next-intl/middleware";
import { routing } from "@/lib/i18n/routing";

// Locale routing only: "/" goes to the reader's language (Accept-Language), unprefixed paths get
// a prefix. Authorisation is never decided here; it is checked where the data is (lib/auth/).
export default createMiddleware(routing);

export const config = {
  matcher: ["/((?!api|admin|embed|dev|_next|_vercel|.*\\..*).*)"],
};

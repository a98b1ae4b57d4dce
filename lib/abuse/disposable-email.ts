import "server-only";
import MailChecker from "mailchecker";

// Throwaway-mailbox providers (mailchecker's list, about 1 MB, bundled with the package and read
// offline: server only, never shipped to browsers). A domain is disposable when it or any parent
// domain is listed (x.mailinator.com as well as mailinator.com).
const listed = MailChecker.blacklist();

export function isDisposableEmailDomain(domain: string): boolean {
  const labels = domain.toLowerCase().replace(/\.$/, "").split(".");
  for (let start = 0; start < labels.length - 1; start++) {
    if (listed.has(labels.slice(start).join("."))) return true;
  }
  return false;
}

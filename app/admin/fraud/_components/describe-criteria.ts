// Client-safe: an invalidation's stored criteria, in words ("network abc123…, created from …").
import { shortSource } from "@/lib/fraud/source-kinds";

export function describeCriteria(criteria: unknown): string {
  if (!criteria || typeof criteria !== "object") return "unknown";
  const record = criteria as Record<string, unknown>;
  const text = (key: string) => (typeof record[key] === "string" ? (record[key] as string) : undefined);
  const parts: string[] = [];
  const networkHash = text("networkHash");
  if (networkHash) parts.push(`network ${shortSource("networkHash", networkHash)}`);
  if (text("emailDomain")) parts.push(`email domain ${text("emailDomain")}`);
  if (text("country")) parts.push(`country ${text("country")}`);
  const field = text("timeField") === "confirmedAt" ? "confirmed" : "created";
  if (text("from")) parts.push(`${field} from ${text("from")!.replace("T", " ").slice(0, 16)} UTC`);
  if (text("to")) parts.push(`${field} until ${text("to")!.replace("T", " ").slice(0, 16)} UTC`);
  if (Array.isArray(record.statuses)) parts.push(`status ${record.statuses.join(", ").toLowerCase().replaceAll("_", " ")}`);
  return parts.join("; ");
}

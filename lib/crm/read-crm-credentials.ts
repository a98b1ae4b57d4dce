import "server-only";
import type { Prisma } from "@/lib/db/generated/client";
import { decryptPersonal } from "@/lib/privacy/personal-data";

export interface CrmCredentials {
  endpointUrl: string;
  apiKey: string;
  tags: string[];
  enabled: boolean;
  /** Set while the CRM's last answer to this key was 401/403: nothing is sent until it changes. */
  keyRefusedAt: Date | null;
}

/** The campaign's CRM with its key decrypted, for the push jobs only; null without a key. */
export async function readCrmCredentials(tx: Prisma.TransactionClient, campaignId: string): Promise<CrmCredentials | null> {
  const connection = await tx.crmConnection.findUnique({
    where: { campaignId },
    select: { endpointUrl: true, apiKeyEncrypted: true, tags: true, enabled: true, keyRefusedAt: true },
  });
  if (!connection?.apiKeyEncrypted) return null;
  const { apiKeyEncrypted, ...rest } = connection;
  return { ...rest, apiKey: decryptPersonal(apiKeyEncrypted, "crm.api_key") };
}

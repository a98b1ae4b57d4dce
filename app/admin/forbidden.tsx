import Link from "next/link";
import { currentOrganiser } from "@/lib/auth/current-organiser";
import { getAdminTranslator } from "@/lib/i18n/admin-i18n";

// What an organiser whose role is too low sees, with HTTP 403 (forbidden() from
// lib/auth/require-organiser-page.ts). The page's data was never read.
export default async function AdminForbidden() {
  const [organiser, t] = await Promise.all([currentOrganiser(), getAdminTranslator("adminForbidden")]);
  return (
    <>
      <h1 className="text-2xl font-bold">{t("title")}</h1>
      <p role="alert" className="mt-4 rounded-md border-2 border-red-800 bg-red-50 p-4 text-red-900">
        {organiser ? t("yourRole", { role: t(`roleName.${organiser.role}`) }) : t("noRole")}
      </p>
      <p className="mt-4">
        <Link href="/admin" className="underline">
          {t("back")}
        </Link>
      </p>
    </>
  );
}

import { notFound } from "next/navigation";
import { DrillFacilitatorClient } from "@/components/drills/drill-facilitator-client";
import { PageHeader } from "@/components/ui/page-header";
import { requireUser } from "@/lib/auth/require-user";
import { AppError } from "@/lib/errors";
import { getDrill } from "@/lib/drills/get-drill";

export const metadata = { title: "Drill" };

export default async function DrillPage({ params }: { params: Promise<{ id: string }> }) {
  const user = await requireUser("incidents:write");
  const { id } = await params;
  const result = await getDrill(user, id).catch((error: unknown) => {
    if (error instanceof AppError && error.code === "NOT_FOUND") return null;
    throw error;
  });
  if (!result) notFound();
  return (
    <>
      <PageHeader title={`Drill: ${result.drill.scenario.title}`} description="The facilitator's view: what has been injected, what the team did, what comes next." />
      <DrillFacilitatorClient initial={result.drill} timeZone={user.timeZone} />
    </>
  );
}

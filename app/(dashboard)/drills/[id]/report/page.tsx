import { notFound } from "next/navigation";
import { DrillReportView } from "@/components/drills/drill-report";
import { PageHeader } from "@/components/ui/page-header";
import { requireUser } from "@/lib/auth/require-user";
import { getDrillReport } from "@/lib/drills/get-drill-report";
import { AppError } from "@/lib/errors";
import { serialize } from "@/lib/serialize";

export const metadata = { title: "Drill report" };

export default async function DrillReportPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const user = await requireUser("incidents:read");
  const report = await getDrillReport(user, id).catch((error: unknown) => {
    // A drill whose incident the user may not see is simply not found.
    if (error instanceof AppError && error.code === "NOT_FOUND") notFound();
    throw error;
  });
  return (
    <>
      <PageHeader title={`[DRILL] Report: ${report.scenario.title}`} description={`${report.drill.reference} · drill score sheet`} />
      <DrillReportView report={serialize(report)} timeZone={user.timeZone} />
    </>
  );
}

import { notFound } from "next/navigation";
import { ScenarioHistory } from "@/components/drills/scenario-history";
import { PageHeader } from "@/components/ui/page-header";
import { requireUser } from "@/lib/auth/require-user";
import { getScenarioHistory } from "@/lib/drills/get-scenario-history";
import { AppError } from "@/lib/errors";
import { serialize } from "@/lib/serialize";

export const metadata = { title: "Drill history" };

export default async function ScenarioHistoryPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const user = await requireUser("incidents:read");
  const history = await getScenarioHistory(user, decodeURIComponent(id)).catch((error: unknown) => {
    if (error instanceof AppError && error.code === "NOT_FOUND") notFound();
    throw error;
  });
  return (
    <>
      <PageHeader
        title={`Drill history: ${history.scenario.title}`}
        description={`Scenario ${history.scenario.id} (${history.scenario.origin === "built-in" ? "built-in" : "written by an administrator"}) · drills only, never mixed with real incidents`}
      />
      <ScenarioHistory drills={serialize(history.drills)} timeZone={user.timeZone} />
    </>
  );
}

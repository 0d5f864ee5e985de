import { redirect } from "next/navigation";
import { requireUser } from "@/lib/auth/require-user";

// Executives land on the status page; everyone else on the triage board.
export default async function HomePage() {
  const user = await requireUser();
  redirect(user.role === "EXECUTIVE" ? "/status" : "/incidents");
}

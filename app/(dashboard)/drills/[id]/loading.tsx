import { PageSkeleton } from "@/components/common/page-skeleton";

// Per page rather than one for the whole dashboard: a loading boundary sends
// the response status before the page has run, and pages that answer 403 or
// 404 (settings for other roles, a war room one may not see) must keep them.
export default function Loading() {
  return <PageSkeleton />;
}

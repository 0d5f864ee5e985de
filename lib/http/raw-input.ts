import { z } from "zod";

// For routes whose operation validates its own input, so the API and the UI
// share one schema and one set of messages: the wrapper only reads the JSON
// body / query string and hands it over as is. (`any` because the operation,
// not the route, decides what shape is valid.)
export const ZJsonBody = z.any();
export const ZRawQuery = z.record(z.string(), z.string());

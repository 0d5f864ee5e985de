import { describe, expect, it } from "vitest";
import { badRequest } from "@/lib/errors";
import { toErrorResponse } from "./error-response";

describe("toErrorResponse", () => {
  it("answers an expected error with its problem", async () => {
    const response = toErrorResponse(badRequest("Say why"), new Request("http://cordon.test/api/v1/incidents"));
    expect(response.status).toBe(400);
    expect(await response.json()).toMatchObject({ detail: "Say why" });
  });

  it("answers an unexpected error generically, without its internals", async () => {
    const response = toErrorResponse(new Error("secret internals"), new Request("http://cordon.test/api/v1/incidents"));
    expect(response.status).toBe(500);
    expect(await response.text()).not.toContain("secret internals");
  });

  it("treats a client that hung up as gone, not as a fault", () => {
    const controller = new AbortController();
    const request = new Request("http://cordon.test/api/v1/evidence", { method: "POST", signal: controller.signal });
    controller.abort();
    expect(toErrorResponse(new Error("aborted"), request).status).toBe(499);
  });
});

import { checkServerLog } from "../scripts/lib/server-output";
import { serverLogPath } from "./support/server-log";
import { ssoCordonPort } from "./support/sso-ports";

// The run fails when the web server printed an uncaught exception or an
// unhandled rejection, even if every spec passed: Next logs such errors and
// keeps serving, so they would otherwise go unnoticed.
export default function globalTeardown() {
  checkServerLog(serverLogPath());
  checkServerLog(serverLogPath(ssoCordonPort()));
}

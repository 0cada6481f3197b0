// Reads every error the running sample API answers with the modules `errorgen export` wrote, as a front end would.
// Usage: node out/read-sample.js http://127.0.0.1:PORT — prints one line per request, exits 1 on any mismatch.
import { readTaskMarketError } from "./generated/task-market.js";
import { readModelApiError } from "./generated/model-api.js";
import { readOpenPlatformError } from "./generated/open-platform.js";
import { readApiPortalError, isApiPortalError } from "./generated/api-portal.js";
import { readAnalyticsApiError } from "./generated/analytics-api.js";
import { readCardPaymentsError, CardPaymentsCode, CardPaymentsMessages } from "./generated/card-payments.js";

interface DemoEndpoint {
  readonly method: string;
  readonly path: string;
  readonly catalog: string;
  readonly code: string | null;
  readonly expectedStatus: number;
}

interface ReadError {
  readonly rawCode: string | null;
  readonly code: string | number | null;
  readonly httpStatus: number;
  readonly info: { readonly name: string } | null;
}

const readers: Readonly<Record<string, (response: Response) => Promise<ReadError | null>>> = {
  TaskMarket: readTaskMarketError,
  ModelApi: readModelApiError,
  OpenPlatform: readOpenPlatformError,
  ApiPortal: readApiPortalError,
  AnalyticsApi: readAnalyticsApiError,
  CardPayments: readCardPaymentsError,
};

const base = process.argv[2];
if (base === undefined || !base.startsWith("http://127.0.0.1:")) {
  throw new Error("usage: node out/read-sample.js http://127.0.0.1:PORT");
}

let failed = 0;
let passed = 0;
function check(what: string, ok: boolean, detail: string): void {
  if (ok) {
    passed++;
    console.log(`ok ${what}`);
  } else {
    failed++;
    console.log(`FAILED ${what}: ${detail}`);
  }
}

async function request(endpoint: DemoEndpoint, headers: Record<string, string>): Promise<Response> {
  let response = await fetch(base + endpoint.path, { method: endpoint.method, headers });
  // Rate-limited routes answer 200 first, then the catalog's 429 (bounded: one retry).
  if (endpoint.expectedStatus === 429 && response.status === 200) {
    await response.arrayBuffer();
    response = await fetch(base + endpoint.path, { method: endpoint.method, headers });
  }

  return response;
}

const index = (await (await fetch(base + "/")).json()) as { endpoints: DemoEndpoint[] };
for (const endpoint of index.endpoints.filter((e) => !e.path.includes("{"))) {
  const read = readers[endpoint.catalog];
  if (read === undefined) {
    check(`${endpoint.method} ${endpoint.path}`, false, `no module for catalog ${endpoint.catalog}`);
    continue;
  }

  const accepts = endpoint.catalog === "ApiPortal" ? [{}, { Accept: "application/problem+json" }] : [{}];
  for (const headers of accepts) {
    const what = `${endpoint.method} ${endpoint.path}${"Accept" in headers ? " (problem+json)" : ""}`;
    const error = await read(await request(endpoint, headers));
    if (endpoint.expectedStatus < 400) {
      check(what, error === null, `expected success, read ${JSON.stringify(error)}`);
      continue;
    }

    check(
      what,
      error !== null && error.rawCode === endpoint.code && error.code !== null && error.info !== null && error.httpStatus === endpoint.expectedStatus,
      `expected ${endpoint.code} (HTTP ${endpoint.expectedStatus}), read ${JSON.stringify(error)}`);
  }
}

// The README's front-end snippet: a typed error and a typed message, compiled here with the rest.
const response = await fetch(`${base}/api-portal/orders/42`);
const error = await readApiPortalError(response);
if (isApiPortalError(error) && error.info !== null) {
  check("typed ApiPortal error", error.info.name === "OrderNotFound" && error.message.length > 0, JSON.stringify(error));
}

const message = CardPaymentsMessages.AmountTooSmall({ minimum: 0.5, currency: "EUR" });
check("typed message", message === "The amount must be at least 0.5 EUR.", message);
check("string codes", CardPaymentsCode.AmountTooSmall === "amount_too_small", String(CardPaymentsCode.AmountTooSmall));

console.log(`${passed} passed, ${failed} failed`);
process.exitCode = failed === 0 ? 0 : 1;

using System.Collections.Generic;

namespace SampleConsumer;

/// <summary>One demo endpoint, as listed by <c>GET /</c>.</summary>
public sealed record DemoEndpoint(string Method, string Path, string Catalog, string? Code, int ExpectedStatus, string Shows);

public static class Demo
{
    /// <summary>
    /// <c>?as=value</c>: the endpoint returns its error as a result (errors as values) instead of throwing it; both write the
    /// same response.
    /// </summary>
    public static bool AsValue(Microsoft.AspNetCore.Http.HttpContext context) => context.Request.Query["as"] == "value";

    /// <summary>What <c>GET /</c> says about observability: every error answered is an OpenTelemetry signal, no package needed.</summary>
    public const string Telemetry =
        "Every error answered sets error.type (the code) on the request's activity and counts once on its catalog's counter "
        + "(errorgen.<catalog>.errors, tagged error.type, errorgen.code.name, errorgen.module, http.response.status_code, "
        + "errorgen.retryable) of the meter 'ErrorGen': an OpenTelemetry exporter picks it up with AddMeter(\"ErrorGen\"). "
        + "Logs use the code as EventId.";

    public static readonly IReadOnlyList<DemoEndpoint> Endpoints = new[]
    {
        new DemoEndpoint("GET", "/task-market/ok", "TaskMarket", "0", 200, "success in the { code, message, data, timestamp } envelope"),
        new DemoEndpoint("POST", "/task-market/withdraw", "TaskMarket", "3003", 409, "a module exception (TaskMarketWalletException); ?as=value returns it as a result instead"),
        new DemoEndpoint("POST", "/task-market/register", "TaskMarket", "1008", 422, "field errors in the envelope's data; ?as=value returns it as a result"),
        new DemoEndpoint("GET", "/task-market/crash", "TaskMarket", "9999", 500, "an unexpected exception: code 9999, its own text never sent"),
        new DemoEndpoint("GET", "/model-api/models", "ModelApi", "130005", 429, "{ code, msg } and Retry-After from ASP.NET Core's rate limiter (second request within 10 s)"),
        new DemoEndpoint("GET", "/model-api/quota", "ModelApi", "402000", 402, "HTTP status from the 402xxx prefix rule; ?as=value returns it as a result"),
        new DemoEndpoint("GET", "/open-platform/sign", "OpenPlatform", "20021", 401, "SCREAMING_SNAKE code SIGNATURE_VERIFY_FAILED; ?as=value returns it as a result"),
        new DemoEndpoint("GET", "/open-platform/limited", "OpenPlatform", "60001", 429, "rate-limit code of seed 002 (second request within 10 s)"),
        new DemoEndpoint("GET", "/api-portal/orders/42", "ApiPortal", "40411", 404, "envelope with recommendation; problem+json with Accept: application/problem+json; order 1001 exists; ?as=value returns the error as a result"),
        new DemoEndpoint("POST", "/api-portal/register", "ApiPortal", "40002", 400, "field errors as RFC 9457 errors (Accept: application/problem+json); ?as=value returns it as a result"),
        new DemoEndpoint("GET", "/api-portal/no-such-route", "ApiPortal", "404", 404, "routing's body-less 404 in the catalog's envelope (statusCodes in the header)"),
        new DemoEndpoint("GET", "/api-portal/limited", "ApiPortal", "42901", 429, "rate-limit code of seed 003 (second request within 10 s)"),
        new DemoEndpoint("GET", "/analytics/search", "AnalyticsApi", "68300005", 502, "{ status: false, error_code, error_message } and x-correlation-id; ?as=value returns it as a result"),
        new DemoEndpoint("GET", "/analytics/ok", "AnalyticsApi", null, 200, "success as { status: true, ... }"),
        new DemoEndpoint("POST", "/card-payments/charge?amount=0.10", "CardPayments", "amount_too_small", 400, "problem+json with typed template arguments; ?as=value returns the error as a result"),
        new DemoEndpoint("GET", "/{catalog}/errors/{code}", "any", "any", 0, "throws any code of any catalog (task-market, model-api, open-platform, api-portal, analytics, card-payments)"),
    };
}

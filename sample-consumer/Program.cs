using System;
using System.Collections.Generic;
using System.Threading.RateLimiting;
using Examples.CardPayments;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using SampleConsumer;
using Seeds.AnalyticsApi;
using Seeds.ApiPortal;
using Seeds.ModelApi;
using Seeds.OpenPlatform;
using Seeds.TaskMarket;

// An API serving the five seed catalogs, each in its own wire format. Every error type used here is generated
// at build time from catalogs/**/*.yaml.
var builder = WebApplication.CreateBuilder(args);

// The app's payload types for System.Text.Json: the sample is published trimmed (see SampleJson.cs).
builder.Services.ConfigureHttpJsonOptions(options => options.SerializerOptions.TypeInfoResolverChain.Insert(0, SampleJsonContext.Default));

// Each catalog answers unexpected exceptions of its own routes with its internal-error code.
builder.Services.AddTaskMarketErrors(o => o.HandleAllExceptionsFor = c => c.Request.Path.StartsWithSegments("/task-market"));
builder.Services.AddModelApiErrors(o => o.HandleAllExceptionsFor = c => c.Request.Path.StartsWithSegments("/model-api"));
builder.Services.AddOpenPlatformErrors(o => o.HandleAllExceptionsFor = c => c.Request.Path.StartsWithSegments("/open-platform"));
builder.Services.AddApiPortalErrors(o => o.HandleAllExceptionsFor = c => c.Request.Path.StartsWithSegments("/api-portal"));
builder.Services.AddAnalyticsApiErrors(o => o.HandleAllExceptionsFor = c => c.Request.Path.StartsWithSegments("/analytics"));
builder.Services.AddCardPaymentsErrors();

// Accept-Language picks the catalogs' locale (ApiPortal serves en and zh-CN); codes and type URIs never change.
builder.Services.AddRequestLocalization(options =>
{
    var cultures = new[] { "en", "zh-CN" };
    options.SetDefaultCulture("en").AddSupportedCultures(cultures).AddSupportedUICultures(cultures);
});

// The OpenAPI document (/openapi/v1.json) lists each route group's catalog errors: schema, code enum, an example per code.
builder.Services.AddOpenApi(options => options
    .AddTaskMarketErrorResponses(path => path.StartsWith("/task-market", StringComparison.Ordinal))
    .AddModelApiErrorResponses(path => path.StartsWith("/model-api", StringComparison.Ordinal))
    .AddOpenPlatformErrorResponses(path => path.StartsWith("/open-platform", StringComparison.Ordinal))
    .AddApiPortalErrorResponses(path => path.StartsWith("/api-portal", StringComparison.Ordinal))
    .AddAnalyticsApiErrorResponses(path => path.StartsWith("/analytics", StringComparison.Ordinal))
    .AddCardPaymentsErrorResponses(path => path.StartsWith("/card-payments", StringComparison.Ordinal)));

builder.Services.AddRateLimiter(options =>
{
    foreach (var policy in new[] { "model-api", "open-platform", "api-portal" })
    {
        options.AddFixedWindowLimiter(policy, window =>
        {
            window.PermitLimit = 1;
            window.Window = TimeSpan.FromSeconds(10);
            window.QueueLimit = 0;
        });
    }

    // Rejections are answered by the catalog of the route, in its own wire format.
    options.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
    options.OnRejected = (context, token) => context.HttpContext.Request.Path switch
    {
        var p when p.StartsWithSegments("/model-api") => ModelApiRateLimiting.OnRejected(context, token),
        var p when p.StartsWithSegments("/open-platform") => OpenPlatformRateLimiting.OnRejected(context, token),
        _ => ApiPortalRateLimiting.OnRejected(context, token),
    };
});

var app = builder.Build();
app.UseExceptionHandler();
// Body-less error statuses (a route that does not exist: 404) in the catalog's format, for the catalog that names one
// (api-portal's statusCodes: { 404: 404 }); the other routes keep ASP.NET Core's empty answer.
app.UseStatusCodePages(context => context.HttpContext.Request.Path.StartsWithSegments("/api-portal")
    ? ApiPortalAspNetCore.WriteStatusCodePageAsync(context)
    : System.Threading.Tasks.Task.CompletedTask);
app.UseRequestLocalization();
app.UseRateLimiter();

app.MapOpenApi();
app.MapGet("/", () => TypedResults.Ok(new ApiIndex("ErrorGen sample API", Demo.Endpoints, "/openapi/v1.json", Demo.Telemetry)));

var taskMarket = app.MapGroup("/task-market");
taskMarket.MapGet("/ok", IResult () => TaskMarketEnvelope.Ok(new WalletBalance(42)));
taskMarket.MapPost("/withdraw", IResult (HttpContext c) => Demo.AsValue(c)
    ? TaskMarketCode.WithdrawInsufficient.ToResult()
    : throw TaskMarketCode.WithdrawInsufficient.ToException());
taskMarket.MapPost("/register", IResult (HttpContext c) =>
{
    var error = TaskMarketCode.ValidationError.ToException().WithFieldErrors(new Dictionary<string, string[]>
    {
        ["email"] = new[] { "The email field is required." },
        ["password"] = new[] { "At least 6 characters." },
    });
    return Demo.AsValue(c) ? error.ToResult() : throw error;
});
taskMarket.MapGet("/crash", IResult () => throw new InvalidOperationException("Connection string 'Server=db;Password=hunter2' failed"));
taskMarket.MapGet("/errors/{code}", IResult (string code) => TaskMarketErrors.TryParse(code, out var parsed) ? throw TaskMarketException.Create(parsed) : Results.NotFound());

var modelApi = app.MapGroup("/model-api");
modelApi.MapGet("/models", () => TypedResults.Ok(new ModelList(0, "Success", new[] { "model-a" }))).RequireRateLimiting("model-api");
modelApi.MapGet("/quota", IResult (HttpContext c) => Demo.AsValue(c) ? ModelApiCode.QuotaFreezeFailed.ToResult() : throw ModelApiCode.QuotaFreezeFailed.ToException());
modelApi.MapGet("/errors/{code}", IResult (string code) => ModelApiErrors.TryParse(code, out var parsed) ? throw ModelApiException.Create(parsed) : Results.NotFound());

var openPlatform = app.MapGroup("/open-platform");
openPlatform.MapGet("/sign", IResult (HttpContext c) => Demo.AsValue(c) ? OpenPlatformCode.SignatureVerifyFailed.ToResult() : throw OpenPlatformCode.SignatureVerifyFailed.ToException());
openPlatform.MapGet("/limited", () => TypedResults.Ok(new CodeAndMessage(200, "Request succeeded"))).RequireRateLimiting("open-platform");
openPlatform.MapGet("/errors/{code}", IResult (string code) => OpenPlatformErrors.TryParse(code, out var parsed) ? throw OpenPlatformException.Create(parsed) : Results.NotFound());

var apiPortal = app.MapGroup("/api-portal");
// Only order 1001 exists. The handler declares IResult rather than Results<Ok<Order>, ApiPortalErrorResult>: this app is
// published trimmed, and ASP.NET Core's request delegate generator cannot see types ErrorGen generates (README).
apiPortal.MapGet("/orders/{id}", IResult (string id, HttpContext c) => id == "1001"
    ? TypedResults.Ok(new Order(id, "paid"))
    : Demo.AsValue(c) ? ApiPortalCode.OrderNotFound.ToResult() : throw ApiPortalCode.OrderNotFound.ToException())
    .ProducesErrors(ApiPortalCode.OrderNotFound, ApiPortalCode.ForbiddenResource); // its OpenAPI operation lists these two only
apiPortal.MapPost("/register", IResult (HttpContext c) =>
{
    var error = ApiPortalCode.CaptchaRequired.ToException().WithFieldErrors(new Dictionary<string, string[]>
    {
        ["captcha"] = new[] { "Captcha is required for this operation." },
    });
    return Demo.AsValue(c) ? error.ToResult() : throw error;
});
apiPortal.MapGet("/limited", () => TypedResults.Ok(new CodeAndMessage(200, "Request processed successfully."))).RequireRateLimiting("api-portal");
apiPortal.MapGet("/errors/{code}", IResult (string code) => ApiPortalErrors.TryParse(code, out var parsed) ? throw ApiPortalException.Create(parsed) : Results.NotFound());

var analytics = app.MapGroup("/analytics");
analytics.MapGet("/search", IResult (HttpContext c) => Demo.AsValue(c) ? AnalyticsApiCode.SearchApiFailure.ToResult() : throw AnalyticsApiCode.SearchApiFailure.ToException());
analytics.MapGet("/ok", IResult () => AnalyticsApiEnvelope.Ok(new SearchHits(3)));
analytics.MapGet("/errors/{code}", IResult (string code) => AnalyticsApiErrors.TryParse(code, out var parsed) ? throw AnalyticsApiException.Create(parsed) : Results.NotFound());

var cardPayments = app.MapGroup("/card-payments");
cardPayments.MapPost("/charge", IResult (decimal amount, HttpContext c) =>
{
    if (amount >= 0.50m)
    {
        return TypedResults.Ok(new Charge("succeeded", amount));
    }

    // Typed template parameters, thrown or returned.
    var error = CardPaymentsExceptions.AmountTooSmall(minimum: 0.50m, currency: "EUR");
    return Demo.AsValue(c) ? error.ToResult() : throw error;
});
cardPayments.MapGet("/errors/{code}", IResult (string code) => CardPaymentsErrors.TryParse(code, out var parsed) ? throw CardPaymentsException.Create(parsed) : Results.NotFound());

app.Lifetime.ApplicationStarted.Register(() =>
{
    foreach (var address in app.Urls)
    {
        Console.WriteLine($"ErrorGen sample API listening on {address}");
        Console.WriteLine($"  curl -s {address}/                      # the demo endpoints, as JSON");
        Console.WriteLine($"  curl -si -X POST {address}/task-market/withdraw");
        Console.WriteLine($"  curl -si {address}/api-portal/orders/42 -H 'Accept: application/problem+json'");
        Console.WriteLine($"  curl -si {address}/analytics/search");
    }
});

app.Run();

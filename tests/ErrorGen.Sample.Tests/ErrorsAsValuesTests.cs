using System;
using System.Linq;
using System.Net;
using System.Net.Http;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using System.Threading.Tasks;
using Examples.CardPayments;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using SampleConsumer;
using Seeds.ApiPortal;

namespace ErrorGen.Sample.Tests;

/// <summary>
/// Errors as values: an endpoint that returns <c>code.ToResult()</c> writes exactly what the exception handler writes when
/// the same error is thrown — status, headers and body byte for byte — and a <c>Results&lt;Ok&lt;T&gt;, XErrorResult&gt;</c>
/// union compiles and describes the catalog's errors in the OpenAPI document.
/// </summary>
public sealed partial class ErrorsAsValuesTests(SampleApiFactory factory) : IClassFixture<SampleApiFactory>
{
    // The sample's endpoints that throw an error, or return it with ?as=value; one per seed and the typed-argument one.
    private static readonly (string Method, string Path, string? Accept, string? Language)[] s_errors =
    {
        ("POST", "/task-market/withdraw", null, null),
        ("POST", "/task-market/register", null, null),
        ("GET", "/model-api/quota", null, null),
        ("GET", "/open-platform/sign", null, null),
        ("GET", "/api-portal/orders/42", null, "zh-CN"),
        ("GET", "/api-portal/orders/42", "application/problem+json", "zh-CN"),
        ("POST", "/api-portal/register", "application/problem+json", null),
        ("GET", "/analytics/search", null, null),
        ("POST", "/card-payments/charge?amount=0.10", null, null),
        ("POST", "/card-payments/charge?amount=0.10", "text/html", null),
    };

    [Fact]
    public async Task A_returned_error_writes_what_the_same_error_thrown_writes()
    {
        using var client = factory.CreateClient();
        foreach (var (method, path, accept, language) in s_errors)
        {
            var asValue = path + (path.Contains('?', StringComparison.Ordinal) ? "&" : "?") + "as=value";
            var thrown = await Describe(client, method, path, accept, language);
            var returned = await Describe(client, method, asValue, accept, language);
            Assert.Matches(@"^[45]\d\d ", thrown);
            Assert.Equal(thrown, returned);
        }
    }

    [Fact]
    public async Task A_returned_error_is_not_logged_as_a_handled_exception()
    {
        using var client = factory.CreateClient();
        var before = factory.LogsOf("Seeds.ModelApi.ModelApiExceptionHandler").Count;
        using var returned = await client.GetAsync("/model-api/quota?as=value");
        Assert.Equal(HttpStatusCode.PaymentRequired, returned.StatusCode);
        Assert.Equal(before, factory.LogsOf("Seeds.ModelApi.ModelApiExceptionHandler").Count);

        using var thrown = await client.GetAsync("/model-api/quota");
        Assert.Equal(before + 1, factory.LogsOf("Seeds.ModelApi.ModelApiExceptionHandler").Count);
    }

    [Fact]
    public async Task A_results_union_with_the_error_result_answers_both_ways_and_lists_the_catalogs_statuses_in_OpenAPI()
    {
        var builder = WebApplication.CreateBuilder();
        builder.WebHost.UseTestServer();
        builder.Services.AddApiPortalErrors();
        builder.Services.AddCardPaymentsErrors();
        builder.Services.AddOpenApi();
        await using var app = builder.Build();
        app.UseExceptionHandler();
        app.MapGet("/orders/{id}", Results<Ok<Order>, ApiPortalErrorResult> (string id) => id == "1001"
            ? TypedResults.Ok(new Order(id, "paid"))
            : ApiPortalCode.OrderNotFound.ToResult());
        app.MapGet("/declared/{id}", Results<Ok<Order>, ApiPortalErrorResult> (string id) => ApiPortalCode.OrderNotFound.ToResult())
            .ProducesErrors(ApiPortalCode.OrderNotFound);
        app.MapPost("/charges", Results<Ok<Charge>, CardPaymentsErrorResult> (decimal amount) => amount >= 0.50m
            ? TypedResults.Ok(new Charge("succeeded", amount))
            : CardPaymentsExceptions.AmountTooSmall(minimum: 0.50m, currency: "EUR").ToResult());
        app.MapOpenApi();
        await app.StartAsync();
        using var client = app.GetTestClient();

        using var found = await client.GetAsync("/orders/1001");
        Assert.Equal(HttpStatusCode.OK, found.StatusCode);
        Assert.Equal("{\"id\":\"1001\",\"status\":\"paid\"}", await found.Content.ReadAsStringAsync());

        using var missing = await client.GetAsync("/orders/7");
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
        Assert.StartsWith("{\"code\":40411,", await missing.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        using var small = await client.PostAsync("/charges?amount=0.1", null);
        Assert.Equal(HttpStatusCode.BadRequest, small.StatusCode);
        Assert.Contains("\"arguments\":{\"minimum\":0.50,\"currency\":\"EUR\"}", await small.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        using var document = JsonDocument.Parse(await client.GetStringAsync("/openapi/v1.json"));
        var responses = document.RootElement.GetProperty("paths").GetProperty("/orders/{id}").GetProperty("get").GetProperty("responses");
        var statuses = responses.EnumerateObject().Select(r => r.Name).ToList();
        var expected = ApiPortalErrors.All
            .Where(i => i.HttpStatus >= 400).Select(i => i.HttpStatus.ToString(System.Globalization.CultureInfo.InvariantCulture))
            .Prepend("200").Distinct().Order(StringComparer.Ordinal).ToList();
        Assert.Equal(expected, statuses.Order(StringComparer.Ordinal).ToList());

        // Declaring the codes narrows what the union's error result lists to their statuses.
        var declared = document.RootElement.GetProperty("paths").GetProperty("/declared/{id}").GetProperty("get").GetProperty("responses");
        Assert.Equal(new[] { "200", "404" }, declared.EnumerateObject().Select(r => r.Name).Order(StringComparer.Ordinal));

        // A problem+json catalog's statuses carry RFC 9457's schema (an envelope's come from AddXErrorResponses).
        var charge = document.RootElement.GetProperty("paths").GetProperty("/charges").GetProperty("post").GetProperty("responses");
        Assert.True(charge.GetProperty("400").GetProperty("content").TryGetProperty("application/problem+json", out _));
    }

    [Fact]
    public async Task A_controller_action_returns_the_error_result_as_an_IActionResult()
    {
        var builder = WebApplication.CreateBuilder();
        builder.WebHost.UseTestServer();
        builder.Services.AddApiPortalErrors();
        builder.Services.AddControllers().AddApplicationPart(typeof(OrdersController).Assembly);
        builder.Services.AddOpenApi(o => o.AddApiPortalErrorResponses());
        await using var app = builder.Build();
        app.UseExceptionHandler();
        app.MapControllers();
        app.MapOpenApi();
        await app.StartAsync();
        using var client = app.GetTestClient();

        var returned = await Describe(client, "GET", "/controller/orders/7", null, "zh-CN");
        var thrown = await Describe(client, "GET", "/controller/orders/7/thrown", null, "zh-CN");
        Assert.StartsWith("404 ", returned, StringComparison.Ordinal);
        Assert.Contains("\"code\":40411", returned, StringComparison.Ordinal);
        Assert.Equal(thrown[thrown.IndexOf('\n', StringComparison.Ordinal)..], returned[returned.IndexOf('\n', StringComparison.Ordinal)..]);

        // [ApiPortalErrors(OrderNotFound)] on the action: its operation lists 404 only; the undeclared action every status.
        using var document = JsonDocument.Parse(await client.GetStringAsync("/openapi/v1.json"));
        var paths = document.RootElement.GetProperty("paths");
        var declared = paths.GetProperty("/controller/orders/{id}").GetProperty("get").GetProperty("responses");
        Assert.Equal(new[] { "200", "404" }, declared.EnumerateObject().Select(r => r.Name).Order(StringComparer.Ordinal));
        Assert.Equal("ApiPortal errors: 40411 OrderNotFound", declared.GetProperty("404").GetProperty("description").GetString());
        Assert.True(paths.GetProperty("/controller/orders/{id}/thrown").GetProperty("get").GetProperty("responses").TryGetProperty("503", out _));
    }

    // Status, the headers a client reads and the body, with the per-request trace ids and timestamps masked.
    private static async Task<string> Describe(HttpClient client, string method, string path, string? accept, string? language)
    {
        using var message = new HttpRequestMessage(new HttpMethod(method), path);
        if (accept is not null)
        {
            message.Headers.TryAddWithoutValidation("Accept", accept);
        }

        if (language is not null)
        {
            message.Headers.TryAddWithoutValidation("Accept-Language", language);
        }

        using var response = await client.SendAsync(message);
        var text = new StringBuilder().Append((int)response.StatusCode).Append(' ').AppendLine(path.Split('?')[0]);
        foreach (var name in new[] { "Content-Type", "Content-Language", "Retry-After", "x-correlation-id", "Cache-Control" })
        {
            if (response.Headers.TryGetValues(name, out var values) || response.Content.Headers.TryGetValues(name, out values))
            {
                text.Append(name).Append(": ").AppendLine(string.Join(", ", values));
            }
        }

        text.Append(await response.Content.ReadAsStringAsync());
        return Timestamp().Replace(TraceId().Replace(text.ToString(), "<trace>"), "\"timestamp\":<time>");
    }

    [GeneratedRegex(@"\b00-[0-9a-f]{32}-[0-9a-f]{16}-0[0-9a-f]\b")]
    private static partial Regex TraceId();

    [GeneratedRegex(@"""timestamp"":\d+")]
    private static partial Regex Timestamp();
}

/// <summary>A controller of <see cref="ErrorsAsValuesTests"/>: the same error returned as an <c>IActionResult</c> and thrown.</summary>
[ApiController]
[Route("controller/orders")]
public sealed class OrdersController : ControllerBase
{
    [HttpGet("{id}")]
    [ApiPortalErrors(ApiPortalCode.OrderNotFound)]
    public IActionResult Get(string id) => id == "1001" ? Ok(new Order(id, "paid")) : ApiPortalCode.OrderNotFound.ToResult();

    [HttpGet("{id}/thrown")]
    public IActionResult Throw(string id) => throw ApiPortalCode.OrderNotFound.ToException();
}

using System;
using System.Linq;
using System.Net;
using System.Net.Http;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;

namespace ErrorGen.Sample.Tests;

/// <summary>
/// For each seed, the exact status, content type, headers and JSON body of a few errors, parsed with System.Text.Json
/// and ASP.NET Core's own ProblemDetails — never with ErrorGen's code.
/// </summary>
public sealed class WireFormatTests : IClassFixture<SampleApiFactory>
{
    private readonly SampleApiFactory _factory;
    private readonly HttpClient _client;

    public WireFormatTests(SampleApiFactory factory)
    {
        _factory = factory;
        _client = factory.CreateClient();
    }

    private static async Task<JsonObject> JsonBody(HttpResponseMessage response, string mediaType = "application/json")
    {
        Assert.Equal(mediaType, response.Content.Headers.ContentType?.MediaType);
        return JsonNode.Parse(await response.Content.ReadAsStringAsync())!.AsObject();
    }

    private static string[] Keys(JsonObject body) => body.Select(p => p.Key).ToArray();

    [Fact]
    public async Task The_index_lists_the_demo_endpoints()
    {
        var index = await _client.GetFromJsonAsync<JsonObject>("/");
        var endpoints = index!["endpoints"]!.AsArray();
        Assert.True(endpoints.Count >= 10);
        Assert.All(endpoints, e => Assert.StartsWith("/", (string)e!["path"]!));
        Assert.Contains(endpoints, e => (string)e!["catalog"]! == "AnalyticsApi");
    }

    [Fact]
    public async Task Seed_000_errors_and_success_share_the_code_message_data_timestamp_envelope()
    {
        var error = await _client.PostAsync("/task-market/withdraw", null);
        Assert.Equal(HttpStatusCode.Conflict, error.StatusCode);
        var body = await JsonBody(error);
        Assert.Equal(new[] { "code", "message", "data", "timestamp" }, Keys(body));
        Assert.Equal(3003, (int)body["code"]!);
        Assert.Equal("Insufficient withdrawable balance, etc.", (string)body["message"]!);
        Assert.Null(body["data"]);
        Assert.InRange((long)body["timestamp"]!, DateTimeOffset.UtcNow.ToUnixTimeSeconds() - 60, DateTimeOffset.UtcNow.ToUnixTimeSeconds() + 1);

        var ok = await _client.GetAsync("/task-market/ok");
        Assert.Equal(HttpStatusCode.OK, ok.StatusCode);
        var success = await JsonBody(ok);
        Assert.Equal(0, (int)success["code"]!);
        Assert.Equal(42, (int)success["data"]!["balance"]!);
    }

    [Fact]
    public async Task Seed_000_validation_errors_carry_field_errors_in_data()
    {
        var response = await _client.PostAsync("/task-market/register", null);
        Assert.Equal((HttpStatusCode)422, response.StatusCode);
        var body = await JsonBody(response);
        Assert.Equal(1008, (int)body["code"]!);
        Assert.Equal("The email field is required.", (string)body["data"]!["errors"]!["email"]![0]!);
    }

    [Fact]
    public async Task Seed_001_answers_code_and_msg_with_the_status_of_the_code_prefix()
    {
        var response = await _client.GetAsync("/model-api/quota");
        Assert.Equal(HttpStatusCode.PaymentRequired, response.StatusCode);
        var body = await JsonBody(response);
        Assert.Equal(new[] { "code", "msg" }, Keys(body));
        Assert.Equal(402000, (int)body["code"]!);
        Assert.Equal("Quota freeze failed", (string)body["msg"]!);
    }

    [Fact]
    public async Task Seed_001_rate_limiter_rejections_get_130005_and_retry_after()
    {
        await _client.GetAsync("/model-api/models");
        var limited = await _client.GetAsync("/model-api/models");
        Assert.Equal(HttpStatusCode.TooManyRequests, limited.StatusCode);
        Assert.InRange(limited.Headers.RetryAfter!.Delta!.Value.TotalSeconds, 1, 10);
        var body = await JsonBody(limited);
        Assert.Equal(130005, (int)body["code"]!);
        Assert.Equal("Request too frequent", (string)body["msg"]!);
    }

    [Fact]
    public async Task Seed_002_answers_its_screaming_snake_codes_in_code_and_message()
    {
        var response = await _client.GetAsync("/open-platform/sign");
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        var body = await JsonBody(response);
        Assert.Equal(new[] { "code", "message" }, Keys(body));
        Assert.Equal(20021, (int)body["code"]!);
        Assert.StartsWith("Signature verification failed", (string)body["message"]!);
    }

    [Theory]
    [InlineData("application/problem+json;q=0", "application/json")]
    [InlineData("application/problem+json;q=0.5, application/json", "application/json")]
    [InlineData("application/json;q=0.4, application/problem+json;q=0.9", "application/problem+json")]
    [InlineData("APPLICATION/PROBLEM+JSON", "application/problem+json")]
    [InlineData("text/html, */*;q=0.1", "application/json")]
    [InlineData("application/problem+json, */*", "application/problem+json")]
    public async Task Negotiation_honours_quality_values(string accept, string expected)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, "/api-portal/orders/42");
        request.Headers.TryAddWithoutValidation("Accept", accept);
        var response = await _client.SendAsync(request);
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal(expected, response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task Seed_003_envelope_carries_the_recommendation_and_problem_json_is_negotiated()
    {
        var envelope = await _client.GetAsync("/api-portal/orders/42");
        Assert.Equal(HttpStatusCode.NotFound, envelope.StatusCode);
        var body = await JsonBody(envelope);
        Assert.Equal(new[] { "code", "message", "recommendation", "data" }, Keys(body));
        Assert.Equal(40411, (int)body["code"]!);
        Assert.Equal("Verify `order_no` value.", (string)body["recommendation"]!);

        var request = new HttpRequestMessage(HttpMethod.Get, "/api-portal/orders/42");
        request.Headers.Accept.ParseAdd("application/problem+json");
        var problemResponse = await _client.SendAsync(request);
        Assert.Equal("application/problem+json", problemResponse.Content.Headers.ContentType?.MediaType);
        var problem = JsonSerializer.Deserialize<ProblemDetails>(await problemResponse.Content.ReadAsStringAsync(), JsonSerializerOptions.Web)!;
        Assert.Equal("https://docs.apiportal.example/errors#40411", problem.Type);
        Assert.Equal("Order Not Found", problem.Title);
        Assert.Equal(404, problem.Status);
        Assert.Equal("Order record does not exist.", problem.Detail);
        Assert.Equal("/api-portal/orders/42", problem.Instance);
        Assert.Equal(40411, ((JsonElement)problem.Extensions["code"]!).GetInt32());
        Assert.Equal("Payment", ((JsonElement)problem.Extensions["module"]!).GetString());
        Assert.False(((JsonElement)problem.Extensions["retryable"]!).GetBoolean());
        Assert.False(string.IsNullOrEmpty(((JsonElement)problem.Extensions["traceId"]!).GetString()));
    }

    [Fact]
    public async Task The_same_error_in_two_languages_keeps_its_code_and_type()
    {
        async Task<(JsonObject Envelope, JsonObject Problem, string? EnvelopeLanguage)> Fetch(string language)
        {
            var envelopeRequest = new HttpRequestMessage(HttpMethod.Get, "/api-portal/orders/42");
            envelopeRequest.Headers.AcceptLanguage.ParseAdd(language);
            var envelopeResponse = await _client.SendAsync(envelopeRequest);
            var problemRequest = new HttpRequestMessage(HttpMethod.Get, "/api-portal/orders/42");
            problemRequest.Headers.AcceptLanguage.ParseAdd(language);
            problemRequest.Headers.Accept.ParseAdd("application/problem+json");
            var problemResponse = await _client.SendAsync(problemRequest);
            return (await JsonBody(envelopeResponse), await JsonBody(problemResponse, "application/problem+json"), envelopeResponse.Content.Headers.ContentLanguage.SingleOrDefault());
        }

        var english = await Fetch("en-US");
        var chinese = await Fetch("zh-CN");
        Assert.Equal("en", english.EnvelopeLanguage);
        Assert.Equal("zh-CN", chinese.EnvelopeLanguage);
        Assert.Equal("Order record does not exist.", (string)english.Envelope["message"]!);
        Assert.Equal("订单记录不存在。", (string)chinese.Envelope["message"]!);
        Assert.Equal("请核对 `order_no` 的值。", (string)chinese.Envelope["recommendation"]!);
        Assert.Equal((int)english.Envelope["code"]!, (int)chinese.Envelope["code"]!);
        Assert.Equal("订单不存在", (string)chinese.Problem["title"]!);
        Assert.Equal((string)english.Problem["type"]!, (string)chinese.Problem["type"]!);
        Assert.Equal((int)english.Problem["code"]!, (int)chinese.Problem["code"]!);
    }

    [Fact]
    public async Task Field_errors_are_written_as_rfc_9457_errors_in_problem_json()
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "/api-portal/register");
        request.Headers.Accept.ParseAdd("application/problem+json");
        var response = await _client.SendAsync(request);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = JsonSerializer.Deserialize<HttpValidationProblemDetails>(await response.Content.ReadAsStringAsync(), JsonSerializerOptions.Web)!;
        Assert.Equal(new[] { "Captcha is required for this operation." }, problem.Errors["captcha"]);
        Assert.Equal(40002, ((JsonElement)problem.Extensions["code"]!).GetInt32());
    }

    [Fact]
    public async Task Seed_004_answers_status_false_error_code_error_message_and_a_correlation_id()
    {
        var response = await _client.GetAsync("/analytics/search");
        Assert.Equal(HttpStatusCode.BadGateway, response.StatusCode);
        var body = await JsonBody(response);
        Assert.Equal(new[] { "status", "error_code", "error_message", "data" }, Keys(body));
        Assert.False((bool)body["status"]!);
        Assert.Equal(68300005, (int)body["error_code"]!);
        Assert.Equal("Search api failure!", (string)body["error_message"]!);
        Assert.False(string.IsNullOrEmpty(response.Headers.GetValues("x-correlation-id").Single()));

        var ok = await JsonBody(await _client.GetAsync("/analytics/ok"));
        Assert.True((bool)ok["status"]!);
        Assert.Equal(3, (int)ok["data"]!["hits"]!);
    }

    [Fact]
    public async Task A_string_catalog_without_an_envelope_answers_problem_json_with_typed_arguments()
    {
        var response = await _client.PostAsync("/card-payments/charge?amount=0.10", null);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var body = await JsonBody(response, "application/problem+json");
        Assert.Equal("amount_too_small", (string)body["code"]!);
        Assert.Equal("The amount must be at least 0.50 EUR.", (string)body["detail"]!);
        Assert.Equal(0.50m, (decimal)body["arguments"]!["minimum"]!);
        Assert.Equal("EUR", (string)body["arguments"]!["currency"]!);

        // The catalog's public fields, typed; its private riskScore stays on the server.
        Assert.Equal("amount_below_minimum", (string)body["declineCode"]!);
        Assert.Equal("https://docs.payments.example/minimums", (string)body["docs"]!);
        Assert.False((bool)body["alertsOps"]!);
        Assert.False(body.ContainsKey("riskScore"));
    }

    [Fact]
    public async Task A_5xx_never_carries_the_exceptions_own_text()
    {
        var response = await _client.GetAsync("/task-market/crash");
        Assert.Equal(HttpStatusCode.InternalServerError, response.StatusCode);
        var text = await response.Content.ReadAsStringAsync();
        Assert.Contains("\"code\":9999", text);
        Assert.DoesNotContain("hunter2", text);
        Assert.DoesNotContain("InvalidOperationException", text);
        Assert.DoesNotContain(" at ", text);
    }

    [Fact]
    public async Task Errors_are_logged_once_4xx_at_information_and_5xx_at_error_with_the_exception()
    {
        await _client.PostAsync("/task-market/withdraw", null);
        await _client.GetAsync("/task-market/crash");
        var logs = _factory.LogsOf("Seeds.TaskMarket.TaskMarketExceptionHandler");
        var client = Assert.Single(logs, l => l.Message.Contains("error 3003"));
        Assert.Equal(Microsoft.Extensions.Logging.LogLevel.Information, client.Level);
        Assert.Null(client.Exception);
        var server = Assert.Single(logs, l => l.Message.Contains("error 9999"));
        Assert.Equal(Microsoft.Extensions.Logging.LogLevel.Error, server.Level);
        Assert.IsType<InvalidOperationException>(server.Exception);
        Assert.DoesNotContain(_factory.Logs, l => l.Category.StartsWith("Microsoft.AspNetCore.Diagnostics", StringComparison.Ordinal) && l.Level >= Microsoft.Extensions.Logging.LogLevel.Warning);
    }

    [Fact]
    public async Task A_route_that_does_not_exist_is_answered_in_the_catalogs_format_where_the_catalog_maps_404()
    {
        // api-portal's statusCodes: { 404: 404 } through UseStatusCodePages: routing's body-less 404 becomes code 404.
        var missing = await _client.GetAsync("/api-portal/no-such-route");
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
        var body = await JsonBody(missing);
        Assert.Equal(404, (int)body["code"]!);
        Assert.Equal("Requested resource does not exist.", (string)body["message"]!);

        using var problemRequest = new HttpRequestMessage(HttpMethod.Get, "/api-portal/no-such-route");
        problemRequest.Headers.Accept.ParseAdd("application/problem+json");
        var problem = await JsonBody(await _client.SendAsync(problemRequest), "application/problem+json");
        Assert.Equal("https://docs.apiportal.example/errors#404", (string)problem["type"]!);

        // Routes of catalogs that map nothing keep ASP.NET Core's empty 404.
        var other = await _client.GetAsync("/task-market/no-such-route");
        Assert.Equal(HttpStatusCode.NotFound, other.StatusCode);
        Assert.Equal(string.Empty, await other.Content.ReadAsStringAsync());
    }
}

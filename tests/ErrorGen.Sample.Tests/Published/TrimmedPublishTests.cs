using System;
using System.Collections.Generic;
using System.Linq;
using System.Net.Http;
using System.Text;
using System.Text.RegularExpressions;
using System.Threading.Tasks;

namespace ErrorGen.Sample.Tests.Published;

/// <summary>
/// The sample published trimmed (self-contained, as its csproj says) and running, beside the same sample untrimmed in
/// this test process (with reflection-based JSON, as any untrimmed app). With <c>ERRORGEN_PUBLISH_AOT=1</c> the publish is
/// Native AOT instead (minutes, and clang on the machine: on request, not in CI; see README, "Trimming and Native AOT").
/// </summary>
public sealed class PublishedSamples : IDisposable
{
    public PublishedSamples()
    {
        Trimmed = Environment.GetEnvironmentVariable("ERRORGEN_PUBLISH_AOT") == "1"
            ? PublishedSample.Publish("aot", $"-r {PublishedSample.RuntimeIdentifier} -p:SampleAot=true")
            : PublishedSample.Publish("trimmed", "-r " + PublishedSample.RuntimeIdentifier);
        Trimmed.Start();
        ForClients = Trimmed.StartAnother();
    }

    internal PublishedSample Trimmed { get; }

    /// <summary>The same trimmed app in a second process, for the TypeScript client (its own rate-limit windows).</summary>
    internal PublishedSample ForClients { get; }

    internal SampleApiFactory Untrimmed { get; } = new();

    public void Dispose()
    {
        ForClients.Dispose();
        Trimmed.Dispose();
        Untrimmed.Dispose();
    }
}

/// <summary>
/// A trimmed app has no reflection-based JSON: before issue 15 every catalog error it answered was a 500 with an empty
/// body. Every wire format of the seed catalogs, problem+json, localized text, field errors, typed arguments and
/// Retry-After must come back from the trimmed app byte for byte as from the untrimmed one.
/// </summary>
public sealed partial class TrimmedPublishTests(PublishedSamples samples) : IClassFixture<PublishedSamples>
{
    // Method, path, extra headers, expected status. Rate-limited routes are asked twice: 200, then the catalog's 429.
    private static readonly (string Method, string Path, string? Accept, string? Language, int Status)[] s_requests =
    {
        ("GET", "/", null, null, 200),
        ("GET", "/task-market/ok", null, null, 200),
        ("POST", "/task-market/withdraw", null, null, 409),
        ("POST", "/task-market/withdraw?as=value", null, null, 409),
        ("POST", "/task-market/register", null, null, 422),
        ("POST", "/task-market/register?as=value", null, null, 422),
        ("GET", "/task-market/crash", null, null, 500),
        ("GET", "/model-api/models", null, null, 200),
        ("GET", "/model-api/models", null, null, 429),
        ("GET", "/model-api/quota", null, null, 402),
        ("GET", "/open-platform/sign", null, null, 401),
        ("GET", "/open-platform/limited", null, null, 200),
        ("GET", "/open-platform/limited", null, null, 429),
        ("GET", "/api-portal/orders/42", null, null, 404),
        ("GET", "/api-portal/orders/42", null, "zh-CN", 404),
        ("GET", "/api-portal/no-such-route", null, "zh-CN", 404),
        ("GET", "/api-portal/orders/42", "application/problem+json", "zh-CN", 404),
        ("GET", "/api-portal/orders/42?as=value", "application/problem+json", "zh-CN", 404),
        ("GET", "/api-portal/orders/1001", null, null, 200),
        ("POST", "/api-portal/register", "application/problem+json", null, 400),
        ("GET", "/api-portal/limited", null, null, 200),
        ("GET", "/api-portal/limited", null, null, 429),
        ("GET", "/analytics/search", null, null, 502),
        ("GET", "/analytics/ok", null, null, 200),
        ("POST", "/card-payments/charge?amount=0.10", null, null, 400),
        ("POST", "/card-payments/charge?amount=0.10", "text/html", null, 400),
        ("POST", "/card-payments/charge?amount=0.10&as=value", null, null, 400),
        ("POST", "/card-payments/charge?amount=5", null, null, 200),
        ("GET", "/open-platform/errors/60001", null, null, 429),
        ("GET", "/openapi/v1.json", null, null, 200),
    };

    private static readonly string[] s_comparedHeaders = { "Content-Type", "Content-Language", "Retry-After", "x-correlation-id" };

    [Fact]
    public void Publishing_trimmed_reports_no_trimming_or_AOT_warning()
    {
        var warnings = samples.Trimmed.PublishOutput.Split('\n').Where(line => TrimWarning().IsMatch(line)).ToList();
        Assert.True(warnings.Count == 0, string.Join("\n", warnings));
    }

    [Fact]
    public async Task The_trimmed_app_answers_every_request_exactly_as_the_untrimmed_app()
    {
        using var trimmed = new HttpClient { BaseAddress = samples.Trimmed.BaseAddress, Timeout = TimeSpan.FromSeconds(10) };
        using var untrimmed = samples.Untrimmed.CreateClient();
        foreach (var request in s_requests)
        {
            var expected = await Describe(untrimmed, request);
            var actual = await Describe(trimmed, request);
            Assert.True(actual.Status == request.Status, $"{request.Method} {request.Path}: {actual.Status} from the trimmed app\n{actual.Text}");
            Assert.True(expected.Status == request.Status, $"{request.Method} {request.Path}: {expected.Status} from the untrimmed app\n{expected.Text}");
            Assert.Equal(expected.Text, actual.Text);
        }
    }

    [Fact]
    public async Task The_trimmed_app_writes_typed_arguments_and_field_errors_as_JSON_values()
    {
        using var client = new HttpClient { BaseAddress = samples.Trimmed.BaseAddress, Timeout = TimeSpan.FromSeconds(10) };
        var charge = await Describe(client, ("POST", "/card-payments/charge?amount=0.10", null, null, 400));
        Assert.Contains("\"retryable\":false,\"arguments\":{\"minimum\":0.50,\"currency\":\"EUR\"}", charge.Text);

        var register = await Describe(client, ("POST", "/task-market/register", null, null, 422));
        Assert.Contains("\"data\":{\"errors\":{\"email\":[\"The email field is required.\"],\"password\":[\"At least 6 characters.\"]}}", register.Text);

        // Chinese text stays readable in the envelope (JSON allows it; \uXXXX only hides it from people reading logs).
        var chinese = await Describe(client, ("GET", "/api-portal/orders/42", null, "zh-CN", 404));
        Assert.Contains("\"message\":\"订单记录不存在。\"", chinese.Text);
    }

    // Status, the compared headers and the body, with what differs per request (trace ids, timestamps) masked.
    private static async Task<(int Status, string Text)> Describe(
        HttpClient client, (string Method, string Path, string? Accept, string? Language, int Status) request)
    {
        using var message = new HttpRequestMessage(new HttpMethod(request.Method), request.Path);
        if (request.Accept is { } accept)
        {
            message.Headers.TryAddWithoutValidation("Accept", accept);
        }

        if (request.Language is { } language)
        {
            message.Headers.TryAddWithoutValidation("Accept-Language", language);
        }

        using var response = await client.SendAsync(message);
        var text = new StringBuilder();
        foreach (var name in s_comparedHeaders)
        {
            if (response.Headers.TryGetValues(name, out var values) || response.Content.Headers.TryGetValues(name, out values))
            {
                text.Append(name).Append(": ").AppendLine(string.Join(", ", values));
            }
        }

        text.AppendLine().Append(await response.Content.ReadAsStringAsync());
        var masked = TimestampValue().Replace(TraceId().Replace(text.ToString(), "<trace>"), "\"timestamp\":<time>")
            .Replace(client.BaseAddress!.ToString(), "<app>/", StringComparison.Ordinal);
        return ((int)response.StatusCode, masked);
    }

    [GeneratedRegex(@"\b00-[0-9a-f]{32}-[0-9a-f]{16}-0[0-9a-f]\b")]
    private static partial Regex TraceId();

    [GeneratedRegex(@"""timestamp"":\d+")]
    private static partial Regex TimestampValue();

    [GeneratedRegex(@"warning IL[23]\d{3}")]
    private static partial Regex TrimWarning();
}

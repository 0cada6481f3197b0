using System;
using System.Collections.Concurrent;
using System.Diagnostics;
using System.Linq;
using System.Net.Http;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.Logging;
using Xunit.Abstractions;

namespace ErrorGen.Sample.Tests;

/// <summary>
/// A bounded load test, in process (ASP.NET Core's test server, no network): concurrent mixed success and error
/// requests must all get their expected status and a well-formed JSON body. The throughput of error responses is
/// recorded against a hand-written minimal error handler in the same run; it is reported, not asserted.
/// ERRORGEN_LOAD_REQUESTS sets the number of requests (default 4,000).
/// </summary>
public sealed class LoadTests : IClassFixture<SampleApiFactory>
{
    private static readonly (string Method, string Path, int Status)[] s_mix =
    {
        ("GET", "/task-market/ok", 200),
        ("POST", "/task-market/withdraw", 409),
        ("GET", "/task-market/crash", 500),
        ("GET", "/model-api/quota", 402),
        ("GET", "/open-platform/sign", 401),
        ("GET", "/api-portal/orders/1", 404),
        ("GET", "/analytics/search", 502),
        ("GET", "/analytics/ok", 200),
        ("POST", "/card-payments/charge?amount=0.10", 400),
    };

    private readonly SampleApiFactory _factory;
    private readonly ITestOutputHelper _output;

    public LoadTests(SampleApiFactory factory, ITestOutputHelper output)
    {
        _factory = factory;
        _output = output;
    }

    private static int Requests => int.TryParse(Environment.GetEnvironmentVariable("ERRORGEN_LOAD_REQUESTS"), out var n) ? n : 4000;

    [Fact]
    public async Task Concurrent_mixed_requests_get_only_expected_statuses_and_well_formed_bodies()
    {
        var client = _factory.CreateClient();
        var unexpected = new ConcurrentBag<string>();
        var watch = Stopwatch.StartNew();
        await Parallel.ForEachAsync(Enumerable.Range(0, Requests), new ParallelOptions { MaxDegreeOfParallelism = 16 }, async (i, token) =>
        {
            var (method, path, status) = s_mix[i % s_mix.Length];
            using var response = await client.SendAsync(new HttpRequestMessage(new HttpMethod(method), path), token);
            var body = await response.Content.ReadAsStringAsync(token);
            if ((int)response.StatusCode != status)
            {
                unexpected.Add($"{method} {path}: {(int)response.StatusCode}");
                return;
            }

            try
            {
                using var document = JsonDocument.Parse(body);
                if (document.RootElement.ValueKind != JsonValueKind.Object)
                {
                    unexpected.Add($"{method} {path}: not a JSON object");
                }
            }
            catch (JsonException)
            {
                unexpected.Add($"{method} {path}: malformed body");
            }
        });

        _output.WriteLine($"load: {Requests} mixed requests, 16 concurrent, {Requests / watch.Elapsed.TotalSeconds:N0} requests/s, {unexpected.Count} unexpected");
        Assert.Empty(unexpected);
    }

    [Fact]
    public async Task Error_response_throughput_is_recorded_against_a_hand_written_handler()
    {
        // Both apps without log providers: the comparison is of the error handling, not of console logging.
        var quiet = _factory.WithWebHostBuilder(b => b.ConfigureLogging(logging => logging.ClearProviders()));
        var generated = await Throughput(quiet.CreateClient(), "/task-market/withdraw", 409);

        await using var handWritten = HandWrittenApp();
        await handWritten.StartAsync();
        var baseline = await Throughput(handWritten.GetTestClient(), "/withdraw", 409);

        _output.WriteLine($"error responses: ErrorGen handler {generated:N0} requests/s, hand-written minimal handler {baseline:N0} requests/s ({generated / baseline:P0})");
        Assert.True(generated > 0 && baseline > 0);
    }

    private static async Task<double> Throughput(HttpClient client, string path, int status)
    {
        var failures = 0;
        var watch = Stopwatch.StartNew();
        await Parallel.ForEachAsync(Enumerable.Range(0, Requests), new ParallelOptions { MaxDegreeOfParallelism = 16 }, async (_, token) =>
        {
            using var response = await client.PostAsync(path, null, token);
            await response.Content.ReadAsStringAsync(token);
            if ((int)response.StatusCode != status)
            {
                Interlocked.Increment(ref failures);
            }
        });

        Assert.Equal(0, failures);
        return Requests / watch.Elapsed.TotalSeconds;
    }

    // What a team writes without ErrorGen: one exception type, a lambda handler, an anonymous JSON object.
    private static WebApplication HandWrittenApp()
    {
        var builder = WebApplication.CreateBuilder();
        builder.WebHost.UseTestServer();
        builder.Logging.ClearProviders();
        var app = builder.Build();
        app.UseExceptionHandler(error => error.Run(context =>
        {
            context.Response.StatusCode = StatusCodes.Status409Conflict;
            return context.Response.WriteAsJsonAsync(new { code = 3003, message = "Insufficient withdrawable balance, etc.", data = (object?)null, timestamp = DateTimeOffset.UtcNow.ToUnixTimeSeconds() });
        }));
        app.MapPost("/withdraw", () => { throw new InvalidOperationException("withdraw"); });
        return app;
    }
}

using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;
using BenchmarkDotNet.Attributes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Synthetic.BenchText;

namespace ErrorGen.Benchmarks.Runtime;

/// <summary>
/// The same error (a BenchText code: 400, problem+json with code, retryable and traceId) answered four ways by a minimal
/// app on ASP.NET Core's in-memory server, with the same middleware (UseExceptionHandler, ProblemDetails, no log
/// providers; one app per exception handler, built alike): returned as a value (hand-written <c>TypedResults.Problem</c> against <c>code.ToResult()</c>) and thrown
/// (a hand-written exception with a hand-written <c>IExceptionHandler</c> against <c>code.ToException()</c> with the
/// generated handler). Each invocation is one request and its body, read by an HttpClient over the in-memory server.
/// </summary>
[MemoryDiagnoser]
public partial class ErrorPathBenchmarks
{
    private static readonly BenchTextCode s_code = BenchTextErrors.All[0].Code;
    private WebApplication _handWrittenApp = null!;
    private WebApplication _errorGenApp = null!;
    private HttpClient _handWritten = null!;
    private HttpClient _errorGen = null!;

    [GlobalSetup]
    public void Setup()
    {
        (_handWrittenApp, _handWritten) = Start(errorGen: false);
        (_errorGenApp, _errorGen) = Start(errorGen: true);

        // Apples to apples: the four paths must write the same body (their paths and trace ids aside).
        var bodies = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (client, path) in new[]
        {
            (_handWritten, "/result/hand-written"), (_errorGen, "/result/errorgen"), (_handWritten, "/throw/hand-written"), (_errorGen, "/throw/errorgen"),
        })
        {
            var body = client.GetStringAsyncAnyStatus(path).GetAwaiter().GetResult();
            bodies.Add(body[..body.IndexOf("\"traceId\"", StringComparison.Ordinal)].Replace(path, "<path>", StringComparison.Ordinal));
        }

        if (bodies.Count != 1)
        {
            throw new InvalidOperationException("The error paths write different bodies:\n" + string.Join("\n", bodies));
        }
    }

    // Two apps built alike — same middleware, same four routes — that differ only in the exception handler they register,
    // so neither thrown path passes through the other's handler first.
    private static (WebApplication App, HttpClient Client) Start(bool errorGen)
    {
        var builder = WebApplication.CreateBuilder();
        builder.WebHost.UseTestServer();
        builder.Logging.ClearProviders();
        builder.Services.AddProblemDetails();
        if (errorGen)
        {
            builder.Services.AddBenchTextErrors();
        }
        else
        {
            builder.Services.AddExceptionHandler<HandWrittenHandler>();
        }

        var app = builder.Build();
        app.UseExceptionHandler();
        var info = BenchTextErrors.Get(s_code);
        app.MapGet("/result/hand-written", (HttpContext context) => TypedResults.Problem(
            detail: info.Message, instance: context.Request.Path, statusCode: info.HttpStatus, title: info.Title, type: info.TypeUri,
            extensions: new Dictionary<string, object?>
            {
                ["code"] = info.Value,
                ["retryable"] = info.IsRetryable,
                ["traceId"] = Activity.Current?.Id ?? context.TraceIdentifier,
            }));
        app.MapGet("/result/errorgen", () => s_code.ToResult());
        app.MapGet("/throw/hand-written", IResult () => throw new HandWrittenException(info.Value, info.HttpStatus, info.Title, info.Message, info.TypeUri, info.IsRetryable));
        app.MapGet("/throw/errorgen", IResult () => throw s_code.ToException());
        app.StartAsync().GetAwaiter().GetResult();
        return (app, app.GetTestClient());
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        _handWritten.Dispose();
        _errorGen.Dispose();
        _handWrittenApp.DisposeAsync().AsTask().GetAwaiter().GetResult();
        _errorGenApp.DisposeAsync().AsTask().GetAwaiter().GetResult();
    }

    [Benchmark(Baseline = true, Description = "result: hand-written TypedResults.Problem")]
    public Task<string> HandWrittenResult() => _handWritten.GetStringAsyncAnyStatus("/result/hand-written");

    [Benchmark(Description = "result: ErrorGen code.ToResult()")]
    public Task<string> ErrorGenResult() => _errorGen.GetStringAsyncAnyStatus("/result/errorgen");

    [Benchmark(Description = "thrown: hand-written exception + IExceptionHandler")]
    public Task<string> HandWrittenThrow() => _handWritten.GetStringAsyncAnyStatus("/throw/hand-written");

    [Benchmark(Description = "thrown: ErrorGen exception + generated handler")]
    public Task<string> ErrorGenThrow() => _errorGen.GetStringAsyncAnyStatus("/throw/errorgen");

    /// <summary>What a team writes without ErrorGen: its own exception type…</summary>
    private sealed class HandWrittenException(string code, int status, string title, string detail, string type, bool retryable) : Exception(detail)
    {
        public string Code { get; } = code;

        public int Status { get; } = status;

        public string Title { get; } = title;

        public string Type { get; } = type;

        public bool Retryable { get; } = retryable;
    }

    /// <summary>…and its handler, writing the same problem+json through IProblemDetailsService and logging it once.</summary>
    private sealed partial class HandWrittenHandler(IProblemDetailsService problemDetails, ILogger<HandWrittenHandler> logger) : IExceptionHandler
    {
        public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
        {
            if (exception is not HandWrittenException error)
            {
                return false;
            }

            Log(logger, error.Code, error);
            httpContext.Response.StatusCode = error.Status;
            var problem = new ProblemDetails
            {
                Type = error.Type,
                Title = error.Title,
                Status = error.Status,
                Detail = error.Message,
                Instance = httpContext.Request.Path,
                Extensions =
                {
                    ["code"] = error.Code,
                    ["retryable"] = error.Retryable,
                    ["traceId"] = Activity.Current?.Id ?? httpContext.TraceIdentifier,
                },
            };
            return await problemDetails.TryWriteAsync(new ProblemDetailsContext { HttpContext = httpContext, ProblemDetails = problem, Exception = exception });
        }

        [LoggerMessage(5000, LogLevel.Error, "Request failed with error {ErrorCode}")]
        private static partial void Log(ILogger logger, string errorCode, Exception exception);
    }
}

internal static class ErrorPathClient
{
    /// <summary>The body whatever the status (GetStringAsync throws on 4xx/5xx).</summary>
    public static async Task<string> GetStringAsyncAnyStatus(this HttpClient client, string path)
    {
        using var response = await client.GetAsync(path);
        return await response.Content.ReadAsStringAsync();
    }
}

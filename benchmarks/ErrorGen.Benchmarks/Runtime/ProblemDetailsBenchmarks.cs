using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json;
using System.Threading.Tasks;
using BenchmarkDotNet.Attributes;
using ErrorGen.Benchmarks.Baselines;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.DependencyInjection;
using Synthetic.Bench;

namespace ErrorGen.Benchmarks.Runtime;

/// <summary>An error on its way out: exception → ProblemDetails, and the seed-000 envelope written as JSON.</summary>
[MemoryDiagnoser]
public class ProblemDetailsBenchmarks
{
    private readonly DefaultHttpContext _httpContext = new();
    private BenchException _exception = null!;
    private Dictionary<int, (string Title, string Message, int Status)> _handWritten = null!;
    private MemoryStream _body = null!;

    [GlobalSetup]
    public void Setup()
    {
        var code = BenchErrors.All[BenchErrors.Count / 2].Code;
        _exception = BenchException.Create(code);
        _handWritten = BenchErrors.All.ToDictionary(i => i.Value, i => (i.Title, i.Message, i.HttpStatus));
        _httpContext.Request.Path = "/orders/42";
        _body = new MemoryStream();
        _httpContext.Response.Body = _body;
        _httpContext.RequestServices = new ServiceCollection().BuildServiceProvider();
    }

    [Benchmark(Baseline = true, Description = "ErrorGen ToProblemDetails")]
    public ProblemDetails ErrorGen() => _exception.ToProblemDetails(_httpContext);

    [Benchmark(Description = "hand-written mapper")]
    public ProblemDetails HandWritten()
    {
        var value = _exception.Info.Value;
        var (title, message, status) = _handWritten[value];
        var problem = new ProblemDetails
        {
            Type = "https://errors.example/" + value,
            Title = title,
            Status = status,
            Detail = message,
            Instance = _httpContext.Request.Path.Value,
        };
        problem.Extensions["code"] = value;
        problem.Extensions["traceId"] = _httpContext.TraceIdentifier;
        return problem;
    }

    [Benchmark(Description = "ErrorOr Error → ProblemDetails")]
    public ProblemDetails ErrorOr()
    {
        // The shape ErrorOr's README maps errors with: status from the error type, title from the description.
        var error = OrErrors.Code1000;
        var problem = new ProblemDetails
        {
            Status = error.Type == global::ErrorOr.ErrorType.Validation ? StatusCodes.Status400BadRequest : StatusCodes.Status500InternalServerError,
            Title = error.Description,
            Instance = _httpContext.Request.Path.Value,
        };
        problem.Extensions["code"] = error.Code;
        problem.Extensions["traceId"] = _httpContext.TraceIdentifier;
        return problem;
    }

    [Benchmark(Description = "ErrorGen envelope → JSON")]
    public async Task<long> EnvelopeErrorGen()
    {
        _body.SetLength(0);
        await BenchEnvelope.WriteErrorAsync(_httpContext, _exception);
        return _body.Length;
    }

    [Benchmark(Description = "hand-written envelope → JSON")]
    public async Task<long> EnvelopeHandWritten()
    {
        _body.SetLength(0);
        _httpContext.Response.ContentType = "application/json; charset=utf-8";
        await JsonSerializer.SerializeAsync(_body, new EnvelopeDto(_exception.Info.Value, _exception.Message, null, DateTimeOffset.UtcNow.ToUnixTimeSeconds()));
        return _body.Length;
    }

    private sealed record EnvelopeDto(int code, string message, object? data, long timestamp);
}

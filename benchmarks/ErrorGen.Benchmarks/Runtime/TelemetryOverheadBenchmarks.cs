using System;
using System.Diagnostics;
using System.Diagnostics.Metrics;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;
using BenchmarkDotNet.Attributes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Synthetic.Telemetry;

namespace ErrorGen.Benchmarks.Runtime;

/// <summary>
/// What recording errors for OpenTelemetry costs on the error path: the same 404 (a code with a module) answered by two
/// apps built alike whose catalogs differ only in <c>telemetry: false</c>, returned as a result and thrown. With
/// <see cref="Exporting"/>, an <see cref="ActivityListener"/> samples every request and a <see cref="MeterListener"/>
/// reads the ErrorGen meter, as an OpenTelemetry exporter would; without, nothing listens (no exporter configured).
/// </summary>
[MemoryDiagnoser]
public class TelemetryOverheadBenchmarks
{
    private WebApplication _offApp = null!;
    private WebApplication _onApp = null!;
    private HttpClient _off = null!;
    private HttpClient _on = null!;
    private ActivityListener? _activities;
    private MeterListener? _meters;
    private long _counted;
    private Counter<long> _counter = null!;
    private DefaultHttpContext _context = null!;

    [Params(false, true)]
    public bool Exporting { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        if (Exporting)
        {
            _activities = new ActivityListener
            {
                ShouldListenTo = source => source.Name == "Microsoft.AspNetCore",
                Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllDataAndRecorded,
            };
            ActivitySource.AddActivityListener(_activities);
            _meters = new MeterListener
            {
                InstrumentPublished = (instrument, listener) =>
                {
                    if (instrument.Meter.Name == "ErrorGen")
                    {
                        listener.EnableMeasurementEvents(instrument);
                    }
                },
            };
            _meters.SetMeasurementEventCallback<long>((_, value, _, _) => Interlocked.Add(ref _counted, value));
            _meters.Start();
        }

        // RecordError alone, on a request with an activity, to put its cost against a whole error response's.
        _counter = ErrorGen.Generated.CatalogRuntime.Meter.CreateCounter<long>("errorgen.benchmark.errors", "{error}");
        _context = new DefaultHttpContext();
        var activity = new Activity("Microsoft.AspNetCore.Hosting.HttpRequestIn").Start();
        _context.Features.Set<Microsoft.AspNetCore.Http.Features.IHttpActivityFeature>(new ActivityFeature(activity));

        (_offApp, _off) = Start(telemetry: false);
        (_onApp, _on) = Start(telemetry: true);
        _counted = 0;
        _on.GetStringAsyncAnyStatus("/result").GetAwaiter().GetResult();
        if (Exporting && Interlocked.Read(ref _counted) != 1)
        {
            throw new InvalidOperationException("The telemetry app's error was not counted: the benchmark would measure nothing.");
        }
    }

    private static (WebApplication App, HttpClient Client) Start(bool telemetry)
    {
        var builder = WebApplication.CreateBuilder();
        builder.WebHost.UseTestServer();
        builder.Logging.ClearProviders();
        if (telemetry)
        {
            builder.Services.AddTelemetryOnErrors();
        }
        else
        {
            builder.Services.AddTelemetryOffErrors();
        }

        var app = builder.Build();
        app.UseExceptionHandler();
        if (telemetry)
        {
            app.MapGet("/result", () => TelemetryOnCode.OrderNotFound.ToResult());
            app.MapGet("/throw", IResult () => throw TelemetryOnCode.OrderNotFound.ToException());
        }
        else
        {
            app.MapGet("/result", () => TelemetryOffCode.OrderNotFound.ToResult());
            app.MapGet("/throw", IResult () => throw TelemetryOffCode.OrderNotFound.ToException());
        }

        app.StartAsync().GetAwaiter().GetResult();
        return (app, app.GetTestClient());
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        _off.Dispose();
        _on.Dispose();
        _offApp.DisposeAsync().AsTask().GetAwaiter().GetResult();
        _onApp.DisposeAsync().AsTask().GetAwaiter().GetResult();
        _activities?.Dispose();
        _meters?.Dispose();
    }

    [Benchmark(Baseline = true, Description = "result, telemetry: false")]
    public Task<string> ResultWithout() => _off.GetStringAsyncAnyStatus("/result");

    [Benchmark(Description = "result, telemetry on")]
    public Task<string> ResultWith() => _on.GetStringAsyncAnyStatus("/result");

    [Benchmark(Description = "thrown, telemetry: false")]
    public Task<string> ThrownWithout() => _off.GetStringAsyncAnyStatus("/throw");

    [Benchmark(Description = "thrown, telemetry on")]
    public Task<string> ThrownWith() => _on.GetStringAsyncAnyStatus("/throw");

    [Benchmark(Description = "RecordError alone (what telemetry adds per error)")]
    public void RecordOnly()
        => ErrorGen.Generated.CatalogRuntime.RecordError(_counter, _context, 404, "40401", "OrderNotFound", "Orders", retryable: false);

    private sealed class ActivityFeature(Activity activity) : Microsoft.AspNetCore.Http.Features.IHttpActivityFeature
    {
        public Activity Activity { get; set; } = activity;
    }
}

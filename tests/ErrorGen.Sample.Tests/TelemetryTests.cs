using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Diagnostics;
using System.Diagnostics.Metrics;
using System.Linq;
using System.Net;
using System.Net.Http.Json;
using System.Threading.Tasks;
using Microsoft.Extensions.Logging;

namespace ErrorGen.Sample.Tests;

/// <summary>Listeners are process-wide: these tests run alone, so every signal they see is their own request's.</summary>
[CollectionDefinition(nameof(TelemetryCollection), DisableParallelization = true)]
public sealed class TelemetryCollection
{
}

/// <summary>
/// Every error the sample answers is an OpenTelemetry signal, read here the way an exporter reads it: with an
/// <see cref="ActivityListener"/> on ASP.NET Core's request activities and a <see cref="MeterListener"/> on the
/// <c>ErrorGen</c> meter. No OpenTelemetry package is involved.
/// </summary>
[Collection(nameof(TelemetryCollection))]
public sealed class TelemetryTests : IClassFixture<SampleApiFactory>, IDisposable
{
    private readonly SampleApiFactory _factory;
    private readonly MeterListener _meters = new();
    private readonly ActivityListener _activities;
    private readonly ConcurrentQueue<(string Instrument, long Value, Dictionary<string, object?> Tags)> _counts = new();
    private readonly ConcurrentQueue<Activity> _requests = new();

    public TelemetryTests(SampleApiFactory factory)
    {
        _factory = factory;
        _meters.InstrumentPublished = (instrument, listener) =>
        {
            if (instrument.Meter.Name == "ErrorGen")
            {
                listener.EnableMeasurementEvents(instrument);
            }
        };
        _meters.SetMeasurementEventCallback<long>((instrument, value, tags, _) =>
            _counts.Enqueue((instrument.Name, value, tags.ToArray().ToDictionary(t => t.Key, t => t.Value))));
        _meters.Start();
        _activities = new ActivityListener
        {
            ShouldListenTo = source => source.Name == "Microsoft.AspNetCore",
            Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllDataAndRecorded,
            ActivityStopped = activity => _requests.Enqueue(activity),
        };
        ActivitySource.AddActivityListener(_activities);
    }

    [Theory]
    [InlineData("")]
    [InlineData("?as=value")]
    public async Task One_error_is_one_count_with_its_code_name_module_status_and_retryability_and_the_requests_error_type(string asValue)
    {
        using var client = _factory.CreateClient();

        using var response = await client.PostAsync("/task-market/withdraw" + asValue, null);

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        var (instrument, value, tags) = Assert.Single(_counts);
        Assert.Equal("errorgen.task_market.errors", instrument);
        Assert.Equal(1, value);
        Assert.Equal(
            new Dictionary<string, object?>
            {
                ["error.type"] = "3003",
                ["errorgen.code.name"] = "WithdrawInsufficient",
                ["errorgen.module"] = "Wallet",
                ["http.response.status_code"] = 409,
                ["errorgen.retryable"] = false,
            },
            tags);

        var request = Assert.Single(_requests);
        Assert.Equal("3003", request.GetTagItem("error.type"));
        Assert.Equal("WithdrawInsufficient", request.GetTagItem("errorgen.code.name"));
        Assert.Equal(ActivityStatusCode.Unset, request.Status); // a 4xx is the client's, as OpenTelemetry's HTTP server spans have it
    }

    [Fact]
    public async Task A_server_error_marks_the_request_failed_and_is_logged_with_its_code_as_event_id()
    {
        using var client = _factory.CreateClient();

        using var response = await client.GetAsync("/task-market/crash");

        Assert.Equal(HttpStatusCode.InternalServerError, response.StatusCode);
        var (_, _, tags) = Assert.Single(_counts);
        Assert.Equal("9999", tags["error.type"]);
        Assert.Equal(500, tags["http.response.status_code"]);
        var request = Assert.Single(_requests);
        Assert.Equal(ActivityStatusCode.Error, request.Status);
        Assert.Equal("9999", request.GetTagItem("error.type"));

        var log = _factory.LogsOf("Seeds.TaskMarket.TaskMarketExceptionHandler").Last();
        Assert.Equal(LogLevel.Error, log.Level);
        Assert.Equal(9999, log.EventId.Id);
        Assert.Equal("InternalError", log.EventId.Name);
        Assert.Contains(new KeyValuePair<string, object?>("ErrorCode", "9999"), log.Properties);
        Assert.Contains(new KeyValuePair<string, object?>("HttpStatus", 500), log.Properties);
        Assert.Contains(log.Properties, p => p.Key == "{OriginalFormat}" && ((string)p.Value!).StartsWith("Request failed with error {ErrorCode}", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_success_records_nothing()
    {
        using var client = _factory.CreateClient();

        using var response = await client.GetAsync("/task-market/ok");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Empty(_counts);
        Assert.Null(Assert.Single(_requests).GetTagItem("error.type"));
    }

    [Fact]
    public async Task The_index_tells_how_to_export_the_signals()
    {
        using var client = _factory.CreateClient();

        var index = await client.GetFromJsonAsync<System.Text.Json.Nodes.JsonObject>("/");

        var telemetry = (string)index!["telemetry"]!;
        Assert.Contains("error.type", telemetry, StringComparison.Ordinal);
        Assert.Contains("AddMeter(\"ErrorGen\")", telemetry, StringComparison.Ordinal);
    }

    public void Dispose()
    {
        _meters.Dispose();
        _activities.Dispose();
    }
}

using System;
using System.Linq;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Seeds.ApiPortal;
using Seeds.ModelApi;

namespace ErrorGen.Sample.Tests;

/// <summary>
/// The generated client reader against a real server on 127.0.0.1 that misbehaves: a body that stalls after its first
/// bytes, JSON holding a lone surrogate escape, media types in capitals. One request each; the reader answers with a
/// problem in bounded time and never throws.
/// </summary>
public sealed class HostileServerTests : IAsyncLifetime
{
    private WebApplication _server = null!;
    private HttpClient _client = null!;

    public async Task InitializeAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        _server = builder.Build();
        _server.MapGet("/stall", async context =>
        {
            context.Response.ContentType = "application/json";
            await context.Response.WriteAsync("{\"code\":", context.RequestAborted);
            await context.Response.Body.FlushAsync(context.RequestAborted);
            await Task.Delay(TimeSpan.FromSeconds(30), context.RequestAborted);
        });
        _server.MapGet("/surrogate", async context =>
        {
            context.Response.StatusCode = 400;
            context.Response.ContentType = "Application/Problem+Json";
            await context.Response.WriteAsync("{\"code\":\"\\uD800\",\"detail\":\"x\"}", context.RequestAborted);
        });
        _server.MapGet("/capitals", async context =>
        {
            context.Response.StatusCode = 400;
            context.Response.ContentType = "APPLICATION/JSON; charset=UTF-8";
            await context.Response.WriteAsync("{\"code\":40001,\"message\":\"m\"}", context.RequestAborted);
        });
        await _server.StartAsync();
        var address = _server.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Single();
        Assert.StartsWith("http://127.0.0.1:", address, StringComparison.Ordinal);
        _client = new HttpClient { BaseAddress = new Uri(address), Timeout = TimeSpan.FromSeconds(20) };
    }

    public async Task DisposeAsync()
    {
        _client.Dispose();
        await _server.StopAsync();
        await _server.DisposeAsync();
    }

    [Fact]
    public async Task A_body_that_stalls_is_given_up_after_the_readers_timeout()
    {
        using var response = await _client.GetAsync("/stall", HttpCompletionOption.ResponseHeadersRead);
        var started = DateTime.UtcNow;
        var result = await ModelApiClient.ReadAsync(response, TimeSpan.FromMilliseconds(300));
        Assert.Contains("did not arrive within", result.Problem);
        Assert.True(DateTime.UtcNow - started < TimeSpan.FromSeconds(15), "the reader waited for the server instead of its own timeout");
    }

    [Fact]
    public async Task Json_with_a_lone_surrogate_escape_is_a_problem_not_an_exception()
    {
        using var response = await _client.GetAsync("/surrogate");
        var result = await ApiPortalClient.ReadAsync(response);
        Assert.Equal("the body holds invalid text", result.Problem);
        Assert.False(result.IsKnownCode);
    }

    [Fact]
    public async Task Media_types_in_capitals_are_read()
    {
        using var response = await _client.GetAsync("/capitals");
        var result = await ApiPortalClient.ReadAsync(response);
        Assert.Null(result.Problem);
        Assert.Equal(ApiPortalCode.InvalidCaptcha, result.Code);
    }
}

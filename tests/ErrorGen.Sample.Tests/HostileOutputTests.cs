using System;
using System.Net.Http;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Threading.Tasks;
using ErrorGen.Sample.Tests.HostileWeb;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace ErrorGen.Sample.Tests;

/// <summary>Hostile catalog text through the generated envelope and problem+json writers: valid JSON, exact round trip.</summary>
public sealed class HostileOutputTests : IAsyncLifetime
{
    private const string HostileMessage = "Quote \" backslash \\ newline \n tab \t end */ <script>alert(1)</script> & done";
    private WebApplication _app = null!;
    private HttpClient _client = null!;

    public async Task InitializeAsync()
    {
        var builder = WebApplication.CreateBuilder();
        builder.WebHost.UseTestServer();
        builder.Logging.ClearProviders();
        builder.Services.AddHostileWebErrors();
        _app = builder.Build();
        _app.UseExceptionHandler();
        _app.MapGet("/quotes", () => { throw HostileWebCode.Quotes.ToException(); });
        _app.MapGet("/templated", (string name) => { throw HostileWebExceptions.Templated(name); });
        _app.MapGet("/crash", () => { throw new InvalidOperationException("secret \" text"); });
        await _app.StartAsync();
        _client = _app.GetTestClient();
    }

    public async Task DisposeAsync() => await _app.DisposeAsync();

    [Fact]
    public async Task Envelope_field_names_and_values_round_trip()
    {
        var response = await _client.GetAsync("/quotes");
        Assert.Equal(400, (int)response.StatusCode);
        var body = JsonNode.Parse(await response.Content.ReadAsStringAsync())!.AsObject();
        Assert.Equal(1, (int)body["c\"ode"]!);
        Assert.Equal(HostileMessage, (string)body["mes\\sage</x>"]!);
        Assert.Equal("Bidi \u202Eoverride\u202C bell \u0007 NUL-free", (string)body["<recommendation>"]!);
    }

    [Fact]
    public async Task Problem_json_round_trips_messages_and_template_arguments()
    {
        var request = new HttpRequestMessage(HttpMethod.Get, "/templated?name=" + Uri.EscapeDataString("\"};alert(1);//\n"));
        request.Headers.Accept.ParseAdd("application/problem+json");
        var response = await _client.SendAsync(request);
        var problem = JsonNode.Parse(await response.Content.ReadAsStringAsync())!.AsObject();
        Assert.Equal("Hello \"};alert(1);//\n!", (string)problem["detail"]!);
        Assert.Equal("\"};alert(1);//\n", (string)problem["arguments"]!["name"]!);

        var quotes = new HttpRequestMessage(HttpMethod.Get, "/quotes");
        quotes.Headers.Accept.ParseAdd("application/problem+json");
        var detail = JsonSerializer.Deserialize<Microsoft.AspNetCore.Mvc.ProblemDetails>(await (await _client.SendAsync(quotes)).Content.ReadAsStringAsync(), JsonSerializerOptions.Web)!;
        Assert.Equal(HostileMessage, detail.Detail);
    }

    [Fact]
    public async Task A_foreign_exceptions_text_never_reaches_the_body()
    {
        var response = await _client.GetAsync("/crash");
        Assert.Equal(500, (int)response.StatusCode);
        var text = await response.Content.ReadAsStringAsync();
        Assert.DoesNotContain("secret", text);
        Assert.Equal("Internal error \"{}\"", (string)JsonNode.Parse(text)!["mes\\sage</x>"]!);
    }
}

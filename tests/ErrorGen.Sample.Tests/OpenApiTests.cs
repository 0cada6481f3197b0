using System.Linq;
using System.Text.Json;
using System.Threading.Tasks;

namespace ErrorGen.Sample.Tests;

/// <summary>The sample's OpenAPI document, as ASP.NET Core generates it, carries each route group's catalog errors.</summary>
public sealed class OpenApiTests : IClassFixture<SampleApiFactory>
{
    private readonly SampleApiFactory _factory;

    public OpenApiTests(SampleApiFactory factory) => _factory = factory;

    [Fact]
    public async Task Operations_list_their_catalogs_error_responses_with_schemas_and_an_example_per_code()
    {
        using var document = JsonDocument.Parse(await _factory.CreateClient().GetStringAsync("/openapi/v1.json"));
        var root = document.RootElement;
        var schemas = root.GetProperty("components").GetProperty("schemas");

        // The code as an enum whose description names every code.
        var codes = schemas.GetProperty("ApiPortalCode");
        Assert.Equal("integer", codes.GetProperty("type").GetString());
        Assert.Contains(40411, codes.GetProperty("enum").EnumerateArray().Select(e => e.GetInt32()));
        Assert.Contains("40411 OrderNotFound (HTTP 404): Order record does not exist.", codes.GetProperty("description").GetString());
        Assert.Equal("string", schemas.GetProperty("CardPaymentsCode").GetProperty("type").GetString());
        Assert.Contains("amount_too_small", schemas.GetProperty("CardPaymentsCode").GetProperty("enum").EnumerateArray().Select(e => e.GetString()));

        // The envelope's own field names, and RFC 9457's.
        var envelope = schemas.GetProperty("AnalyticsApiEnvelope").GetProperty("properties");
        Assert.Equal(new[] { "status", "error_code", "error_message", "data" }, envelope.EnumerateObject().Select(p => p.Name));
        Assert.Equal("#/components/schemas/AnalyticsApiCode", envelope.GetProperty("error_code").GetProperty("$ref").GetString());
        Assert.True(schemas.GetProperty("ApiPortalProblem").GetProperty("properties").TryGetProperty("traceId", out _));

        // An operation of the ApiPortal group: its 404 lists the catalog's 404 codes, envelope and negotiated problem+json.
        var notFound = root.GetProperty("paths").GetProperty("/api-portal/orders/{id}").GetProperty("get").GetProperty("responses").GetProperty("404");
        Assert.Contains("40411 OrderNotFound", notFound.GetProperty("description").GetString());
        var json = notFound.GetProperty("content").GetProperty("application/json");
        Assert.Equal("#/components/schemas/ApiPortalEnvelope", json.GetProperty("schema").GetProperty("$ref").GetString());
        var example = json.GetProperty("examples").GetProperty("OrderNotFound").GetProperty("value");
        Assert.Equal(40411, example.GetProperty("code").GetInt32());
        Assert.Equal("Verify `order_no` value.", example.GetProperty("recommendation").GetString());
        var problem = notFound.GetProperty("content").GetProperty("application/problem+json").GetProperty("examples").GetProperty("OrderNotFound").GetProperty("value");
        Assert.Equal("https://docs.apiportal.example/errors#40411", problem.GetProperty("type").GetString());

        // Each group gets only its own catalog: TaskMarket's 409 is not on ApiPortal's operations.
        var portalResponses = root.GetProperty("paths").GetProperty("/api-portal/orders/{id}").GetProperty("get").GetProperty("responses");
        Assert.False(portalResponses.TryGetProperty("409", out _));
        var withdraw = root.GetProperty("paths").GetProperty("/task-market/withdraw").GetProperty("post").GetProperty("responses").GetProperty("409");
        Assert.True(withdraw.GetProperty("content").GetProperty("application/json").GetProperty("examples").TryGetProperty("WithdrawInsufficient", out _));
    }

    [Fact]
    public async Task An_endpoint_that_declares_two_codes_lists_exactly_those()
    {
        using var document = JsonDocument.Parse(await _factory.CreateClient().GetStringAsync("/openapi/v1.json"));
        var responses = document.RootElement.GetProperty("paths").GetProperty("/api-portal/orders/{id}").GetProperty("get").GetProperty("responses");

        // .ProducesErrors(OrderNotFound, ForbiddenResource): 404 and 403, nothing else of the catalog (it has 400-503; the
        // handler returns IResult, so ASP.NET Core lists no 200 of its own).
        Assert.Equal(new[] { "403", "404" }, responses.EnumerateObject().Select(r => r.Name).Order(System.StringComparer.Ordinal));
        Assert.Equal("ApiPortal errors: 40411 OrderNotFound", responses.GetProperty("404").GetProperty("description").GetString());
        Assert.Equal("ApiPortal errors: 40302 ForbiddenResource", responses.GetProperty("403").GetProperty("description").GetString());
        var examples = responses.GetProperty("404").GetProperty("content").GetProperty("application/json").GetProperty("examples");
        Assert.Equal(new[] { "OrderNotFound" }, examples.EnumerateObject().Select(e => e.Name));

        // An endpoint of the same group that declares nothing keeps every code of its catalog.
        var register = document.RootElement.GetProperty("paths").GetProperty("/api-portal/register").GetProperty("post").GetProperty("responses");
        Assert.True(register.TryGetProperty("429", out _));
        Assert.True(register.TryGetProperty("500", out _));
    }
}

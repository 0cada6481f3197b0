using System.Linq;
using System.Net.Http;
using System.Threading.Tasks;
using Examples.CardPayments;
using Seeds.AnalyticsApi;
using Seeds.ApiPortal;
using Seeds.ModelApi;
using Seeds.OpenPlatform;
using Seeds.TaskMarket;

namespace ErrorGen.Sample.Tests;

/// <summary>The generated client reader turns every code of every catalog, as the server sends it, back into the typed code.</summary>
public sealed class ClientRoundTripTests : IClassFixture<SampleApiFactory>
{
    private readonly HttpClient _client;

    public ClientRoundTripTests(SampleApiFactory factory) => _client = factory.CreateClient();

    [Fact]
    public async Task Every_code_of_every_catalog_round_trips()
    {
        var read = 0;
        foreach (var info in TaskMarketErrors.All.Where(i => !i.IsSuccess))
        {
            var response = await TaskMarketClient.ReadAsync(await _client.GetAsync($"/task-market/errors/{info.Value}"));
            Assert.Equal(info.Code, response.Code);
            Assert.Equal(info.HttpStatus, response.HttpStatus);
            Assert.Equal(info.Code, response.ToException()!.Code);
            read++;
        }

        foreach (var info in ModelApiErrors.All.Where(i => !i.IsSuccess))
        {
            Assert.Equal(info.Code, (await ModelApiClient.ReadAsync(await _client.GetAsync($"/model-api/errors/{info.Value}"))).Code);
            read++;
        }

        foreach (var info in OpenPlatformErrors.All.Where(i => !i.IsSuccess))
        {
            Assert.Equal(info.Code, (await OpenPlatformClient.ReadAsync(await _client.GetAsync($"/open-platform/errors/{info.Value}"))).Code);
            read++;
        }

        foreach (var info in ApiPortalErrors.All.Where(i => !i.IsSuccess))
        {
            var response = await ApiPortalClient.ReadAsync(await _client.GetAsync($"/api-portal/errors/{info.Value}"));
            Assert.Equal(info.Code, response.Code);
            Assert.Equal(info.Message, response.Message);
            if (info.HttpStatus == 429)
            {
                Assert.NotNull(response.RetryAfter);
            }

            read++;
        }

        foreach (var info in AnalyticsApiErrors.All)
        {
            var response = await AnalyticsApiClient.ReadAsync(await _client.GetAsync($"/analytics/errors/{info.Value}"));
            Assert.Equal(info.Code, response.Code);
            Assert.False(response.IsSuccess);
            read++;
        }

        foreach (var info in CardPaymentsErrors.All)
        {
            Assert.Equal(info.Code, (await CardPaymentsClient.ReadAsync(await _client.GetAsync($"/card-payments/errors/{info.Value}"))).Code);
            read++;
        }

        Assert.Equal(33 - 1 + 17 - 1 + 17 - 1 + 45 - 1 + 13 + 6, read);
    }

    [Fact]
    public async Task The_reader_keeps_arguments_field_errors_and_the_trace_id()
    {
        // problem+json: typed arguments as .NET values, and they fill the exception's message again.
        var charge = await CardPaymentsClient.ReadAsync(await _client.PostAsync("/card-payments/charge?amount=0.10", null));
        Assert.Equal(0.50m, charge.Arguments["minimum"]);
        Assert.Equal("EUR", charge.Arguments["currency"]);
        Assert.Matches("^00-[0-9a-f]{32}-[0-9a-f]{16}-0[0-9a-f]$", charge.TraceId);
        var exception = charge.ToException()!;
        Assert.Equal("EUR", exception.Arguments["currency"]);
        Assert.Equal("The amount must be at least 0.50 EUR.", exception.GetMessage(System.Globalization.CultureInfo.InvariantCulture));

        // Field errors from RFC 9457's "errors" and from the envelope's data.errors.
        using var problemRequest = new HttpRequestMessage(HttpMethod.Post, "/api-portal/register");
        problemRequest.Headers.Accept.ParseAdd("application/problem+json");
        var captcha = await ApiPortalClient.ReadAsync(await _client.SendAsync(problemRequest));
        Assert.Equal(new[] { "Captcha is required for this operation." }, captcha.FieldErrors!["captcha"]);
        Assert.Equal(captcha.FieldErrors, captcha.ToException()!.FieldErrors);

        var register = await TaskMarketClient.ReadAsync(await _client.PostAsync("/task-market/register", null));
        Assert.Equal(new[] { "At least 6 characters." }, register.FieldErrors!["password"]);
        Assert.Empty(register.Arguments);

        // An envelope without a trace id in the body: the correlation header it declares.
        var search = await AnalyticsApiClient.ReadAsync(await _client.GetAsync("/analytics/search"));
        Assert.Matches("^00-[0-9a-f]{32}-[0-9a-f]{16}-0[0-9a-f]$", search.TraceId);
        Assert.Null(search.FieldErrors);
    }

    [Fact]
    public async Task Success_responses_read_as_success()
    {
        Assert.True((await TaskMarketClient.ReadAsync(await _client.GetAsync("/task-market/ok"))).IsSuccess);
        Assert.True((await AnalyticsApiClient.ReadAsync(await _client.GetAsync("/analytics/ok"))).IsSuccess);
    }
}

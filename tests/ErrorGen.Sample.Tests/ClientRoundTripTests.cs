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
    public async Task Success_responses_read_as_success()
    {
        Assert.True((await TaskMarketClient.ReadAsync(await _client.GetAsync("/task-market/ok"))).IsSuccess);
        Assert.True((await AnalyticsApiClient.ReadAsync(await _client.GetAsync("/analytics/ok"))).IsSuccess);
    }
}

using System;
using System.Net;
using System.Net.Http;
using System.Net.Http.Headers;
using System.Text;
using System.Threading.Tasks;
using Seeds.AnalyticsApi;
using Seeds.ApiPortal;
using Seeds.ModelApi;

namespace ErrorGen.Generated.Tests;

/// <summary>The client reader given what real servers and proxies send: it answers "unknown"/"invalid", never throws.</summary>
public class ClientReaderTests
{
    private static HttpResponseMessage Response(HttpStatusCode status, string? body, string mediaType = "application/json")
    {
        var response = new HttpResponseMessage(status);
        if (body is not null)
        {
            response.Content = new StringContent(body, Encoding.UTF8, mediaType);
        }

        return response;
    }

    [Fact]
    public async Task An_envelope_code_is_mapped_and_the_servers_own_message_is_kept()
    {
        var result = await ModelApiClient.ReadAsync(Response(HttpStatusCode.PaymentRequired, "{\"code\":402000,\"msg\":\"配额冻结失败\"}"));
        Assert.Equal(ModelApiCode.QuotaFreezeFailed, result.Code);
        Assert.Equal("配额冻结失败", result.Message);
        Assert.False(result.IsSuccess);
        Assert.Equal("配额冻结失败", result.ToException()!.Message);
    }

    [Fact]
    public async Task An_unknown_code_is_reported_as_unknown_not_thrown()
    {
        var result = await ApiPortalClient.ReadAsync(Response(HttpStatusCode.BadRequest, "{\"code\":49999,\"message\":\"new in v2\"}"));
        Assert.False(result.IsKnownCode);
        Assert.Null(result.Code);
        Assert.Equal("49999", result.RawCode);
        Assert.Equal("new in v2", result.Message);
        Assert.Null(result.ToException());
    }

    [Theory]
    [InlineData("{\"code\":4000", "application/json", "not valid JSON")]
    [InlineData("<html>Bad gateway</html>", "text/html", "unexpected content type text/html")]
    [InlineData("[1,2,3]", "application/json", "not a JSON object")]
    [InlineData("\"just a string\"", "application/json", "not a JSON object")]
    public async Task Truncated_or_foreign_bodies_give_a_clear_problem(string body, string mediaType, string problem)
    {
        var result = await ApiPortalClient.ReadAsync(Response(HttpStatusCode.BadGateway, body, mediaType));
        Assert.Contains(problem, result.Problem);
        Assert.False(result.IsKnownCode);
        Assert.True(result.IsRetryable);
    }

    [Fact]
    public async Task A_missing_body_and_a_huge_body_are_reported_not_read()
    {
        Assert.Equal("the response has no JSON body", (await ApiPortalClient.ReadAsync(Response(HttpStatusCode.InternalServerError, null))).Problem);
        var huge = "{\"code\":40001,\"message\":\"" + new string('x', ApiPortalClient.MaxBodyBytes) + "\"}";
        Assert.Contains("larger than", (await ApiPortalClient.ReadAsync(Response(HttpStatusCode.BadRequest, huge))).Problem);
    }

    [Fact]
    public async Task Retry_after_is_honoured_and_clamped()
    {
        var response = Response(HttpStatusCode.TooManyRequests, "{\"code\":42901,\"message\":\"slow down\"}");
        response.Headers.RetryAfter = new RetryConditionHeaderValue(TimeSpan.FromSeconds(7));
        var result = await ApiPortalClient.ReadAsync(response);
        Assert.Equal(TimeSpan.FromSeconds(7), result.RetryAfter);
        Assert.True(result.IsRetryable);
        Assert.Equal(TimeSpan.FromSeconds(7), result.ToException()!.RetryAfter);

        var tooLong = Response(HttpStatusCode.TooManyRequests, "{\"code\":42901}");
        tooLong.Headers.RetryAfter = new RetryConditionHeaderValue(TimeSpan.FromDays(30));
        Assert.Equal(ApiPortalClient.MaxRetryAfter, (await ApiPortalClient.ReadAsync(tooLong)).RetryAfter);

        var past = Response(HttpStatusCode.TooManyRequests, "{\"code\":42901}");
        past.Headers.RetryAfter = new RetryConditionHeaderValue(DateTimeOffset.UtcNow.AddMinutes(-5));
        Assert.Equal(TimeSpan.Zero, (await ApiPortalClient.ReadAsync(past)).RetryAfter);

        Assert.Null((await ApiPortalClient.ReadAsync(Response(HttpStatusCode.TooManyRequests, "{\"code\":42901}"))).RetryAfter);
    }

    [Fact]
    public async Task Problem_json_is_read_from_its_code_extension_and_detail()
    {
        var body = "{\"type\":\"https://docs.apiportal.example/errors#40411\",\"title\":\"Order Not Found\",\"status\":404,\"detail\":\"Order record does not exist.\",\"code\":40411}";
        var result = await ApiPortalClient.ReadAsync(Response(HttpStatusCode.NotFound, body, "application/problem+json"));
        Assert.Equal(ApiPortalCode.OrderNotFound, result.Code);
        Assert.Equal("Order record does not exist.", result.Message);
    }

    [Fact]
    public async Task A_status_flag_envelope_reads_success_and_failure()
    {
        Assert.True((await AnalyticsApiClient.ReadAsync(Response(HttpStatusCode.OK, "{\"status\":true,\"data\":{}}"))).IsSuccess);
        var failure = await AnalyticsApiClient.ReadAsync(Response(HttpStatusCode.OK, "{\"status\":false,\"error_code\":68300004,\"error_message\":\"Invalid parameter!\"}"));
        Assert.False(failure.IsSuccess);
        Assert.Equal(AnalyticsApiCode.InvalidParameter, failure.Code);
    }
}

using System;
using System.IO;
using System.Net;
using System.Net.Http;
using System.Net.Http.Headers;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using Seeds.ApiPortal;
using Seeds.ModelApi;

namespace ErrorGen.Generated.Tests;

/// <summary>
/// What a hostile or broken server can send to the generated client reader: JSON that parses but holds invalid text,
/// media types in any case, bodies that never finish. The reader answers with a problem; it never throws.
/// </summary>
public class UntrustedServerResponseTests
{
    private static HttpResponseMessage Response(byte[] body, string mediaType = "application/json")
    {
        var response = new HttpResponseMessage(HttpStatusCode.BadRequest) { Content = new ByteArrayContent(body) };
        response.Content.Headers.ContentType = new MediaTypeHeaderValue(mediaType);
        return response;
    }

    [Theory]
    [InlineData("{\"code\":\"\\uD800\",\"message\":\"x\"}")]
    [InlineData("{\"code\":40001,\"message\":\"lone \\uDC00 surrogate\"}")]
    [InlineData("{\"code\":40001,\"message\":\"\\uD800\\uD800\"}")]
    public async Task Json_escapes_of_lone_surrogates_give_a_problem_not_an_exception(string json)
    {
        var result = await ApiPortalClient.ReadAsync(Response(Encoding.UTF8.GetBytes(json)));
        Assert.NotNull(result.Problem);
        Assert.False(result.IsKnownCode);
    }

    [Theory]
    [InlineData("{\"code\":40001,\"arguments\":{\"huge\":1e400,\"deep\":{\"a\":[1,{\"b\":null}]},\"list\":[1,2],\"none\":null}}")]
    [InlineData("{\"code\":40001,\"arguments\":[1,2],\"errors\":\"not an object\"}")]
    [InlineData("{\"code\":40001,\"errors\":{\"a\":42,\"b\":[1,\"two\",null],\"c\":{\"d\":[]}},\"traceId\":7}")]
    public async Task Odd_arguments_field_errors_and_trace_ids_are_read_as_far_as_they_go_without_an_exception(string json)
    {
        var result = await ApiPortalClient.ReadAsync(Response(Encoding.UTF8.GetBytes(json), "application/problem+json"));
        Assert.Null(result.Problem);
        Assert.True(result.IsKnownCode);
        Assert.NotNull(result.ToException());
        if (result.Arguments.TryGetValue("huge", out var huge))
        {
            Assert.Equal("1e400", huge);    // beyond double: kept as its JSON text
            Assert.Equal("{\"a\":[1,{\"b\":null}]}", result.Arguments["deep"]);
            Assert.Null(result.Arguments["none"]);
        }

        if (result.FieldErrors is { } errors)
        {
            Assert.Equal(new[] { "1", "two", "null" }, errors["b"]);
            Assert.Empty(errors["a"]);
        }
    }

    [Theory]
    [InlineData("{\"code\":40001,\"arguments\":{\"x\":\"\\uD800\"}}")]
    [InlineData("{\"code\":40001,\"errors\":{\"x\":[\"\\uDC00\"]}}")]
    public async Task Lone_surrogates_in_arguments_or_field_errors_give_a_problem_not_an_exception(string json)
    {
        var result = await ApiPortalClient.ReadAsync(Response(Encoding.UTF8.GetBytes(json), "application/problem+json"));
        Assert.NotNull(result.Problem);
    }

    [Fact]
    public async Task Invalid_utf8_inside_a_json_string_gives_a_problem_not_an_exception()
    {
        var prefix = Encoding.UTF8.GetBytes("{\"code\":40001,\"message\":\"");
        var suffix = Encoding.UTF8.GetBytes("\"}");
        var body = new byte[prefix.Length + 2 + suffix.Length];
        prefix.CopyTo(body, 0);
        body[prefix.Length] = 0xC3;     // a lead byte...
        body[prefix.Length + 1] = 0x28; // ...followed by no continuation byte
        suffix.CopyTo(body, prefix.Length + 2);

        var result = await ApiPortalClient.ReadAsync(Response(body));
        Assert.NotNull(result.Problem);
    }

    [Theory]
    [InlineData("APPLICATION/PROBLEM+JSON")]
    [InlineData("Application/Json")]
    public async Task Media_types_are_compared_without_case(string mediaType)
    {
        var result = await ApiPortalClient.ReadAsync(Response(Encoding.UTF8.GetBytes("{\"code\":40001,\"detail\":\"d\",\"message\":\"m\"}"), mediaType));
        Assert.Null(result.Problem);
        Assert.Equal("40001", result.RawCode);
    }

    [Fact]
    public async Task A_body_that_never_finishes_is_given_up_after_the_timeout()
    {
        var response = new HttpResponseMessage(HttpStatusCode.ServiceUnavailable) { Content = new StreamContent(new NeverEndingStream()) };
        response.Content.Headers.ContentType = new MediaTypeHeaderValue("application/json");

        var result = await ModelApiClient.ReadAsync(response, TimeSpan.FromMilliseconds(200));

        Assert.Contains("did not arrive within", result.Problem);
        Assert.Equal(TimeSpan.FromSeconds(30), ModelApiClient.DefaultTimeout);
    }

    [Fact]
    public async Task The_callers_own_cancellation_still_cancels()
    {
        var response = new HttpResponseMessage(HttpStatusCode.ServiceUnavailable) { Content = new StreamContent(new NeverEndingStream()) };
        response.Content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        using var cancel = new CancellationTokenSource(TimeSpan.FromMilliseconds(100));

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => ModelApiClient.ReadAsync(response, TimeSpan.FromMinutes(5), cancel.Token));
    }

    [Fact]
    public void The_success_code_cannot_be_thrown_as_an_error()
    {
        var error = Assert.Throws<ArgumentException>(() => new ModelApiException(ModelApiCode.Success));
        Assert.Contains("success code", error.Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentException>(() => ModelApiException.Create(ModelApiCode.Success));
    }

    /// <summary>A server that sends headers, then a body that never comes: each read waits until cancelled.</summary>
    private sealed class NeverEndingStream : Stream
    {
        public override bool CanRead => true;
        public override bool CanSeek => false;
        public override bool CanWrite => false;
        public override long Length => throw new NotSupportedException();
        public override long Position { get => 0; set => throw new NotSupportedException(); }
        public override void Flush() { }
        public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();
        public override async Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken)
        {
            await Task.Delay(Timeout.Infinite, cancellationToken);
            return 0;
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
        public override void SetLength(long value) => throw new NotSupportedException();
        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }
}

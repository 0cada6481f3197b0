using System;
using System.Linq;
using System.Net;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Seeds.ApiPortal;

namespace ErrorGen.Sample.Tests;

/// <summary>How the integration registers and logs: options through IOptions, idempotent registration, readable logs.</summary>
public sealed class IntegrationSetupTests(SampleApiFactory factory) : IClassFixture<SampleApiFactory>
{
    [Fact]
    public void Registering_twice_adds_one_handler_and_both_configurations()
    {
        var services = new ServiceCollection();
        services.AddApiPortalErrors(o => o.DefaultRetryAfter = TimeSpan.FromSeconds(5));
        services.AddApiPortalErrors(o => o.HandleAllExceptions = false);
        services.Configure<ApiPortalErrorsOptions>(o => o.HandleAllExceptionsFor = _ => true);

        Assert.Single(services, d => d.ServiceType == typeof(IExceptionHandler) && d.ImplementationType == typeof(ApiPortalExceptionHandler));
        using var provider = services.BuildServiceProvider();
        var options = provider.GetRequiredService<IOptions<ApiPortalErrorsOptions>>().Value;
        Assert.Equal(TimeSpan.FromSeconds(5), options.DefaultRetryAfter);
        Assert.False(options.HandleAllExceptions);
        Assert.NotNull(options.HandleAllExceptionsFor);
    }

    [Fact]
    public async Task A_code_without_a_module_is_logged_without_a_null_module()
    {
        using var client = factory.CreateClient();
        using var response = await client.GetAsync("/model-api/quota");
        Assert.Equal(HttpStatusCode.PaymentRequired, response.StatusCode);

        var log = factory.LogsOf("Seeds.ModelApi.ModelApiExceptionHandler").Last();
        Assert.StartsWith("Request failed with error 402000, trace ", log.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("null", log.Message, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain(factory.Logs, l => l.Message.Contains("(null)", StringComparison.Ordinal));
    }
}

using System;
using System.Linq;
using Seeds.AnalyticsApi;
using Seeds.ApiPortal;
using Seeds.ModelApi;
using Seeds.OpenPlatform;
using Seeds.TaskMarket;

namespace ErrorGen.Generated.Tests;

/// <summary>Behaviour of the code generated for the seed catalogs, called the way a consumer calls it.</summary>
public class IntegerCatalogTests
{
    [Fact]
    public void Every_code_round_trips_through_its_wire_value_name_and_descriptor()
    {
        foreach (var info in ApiPortalErrors.All)
        {
            Assert.True(ApiPortalErrors.TryParse(info.Value.ToString(), out var parsed));
            Assert.Equal(info.Code, parsed);
            Assert.Same(info, ApiPortalErrors.Get(parsed));
            Assert.Equal(info.Code.ToString(), info.Code.ToStringFast());
            Assert.True(ApiPortalErrors.TryParseName(info.MemberName, out var byName));
            Assert.Equal(info.Code, byName);
            Assert.True(ApiPortalErrors.TryGetByValue(info.Value, out var byValue));
            Assert.Same(info, byValue);
        }
    }

    [Fact]
    public void All_is_complete_and_sorted_by_wire_value()
    {
        Assert.Equal(33, TaskMarketErrors.Count);
        Assert.Equal(TaskMarketErrors.Count, TaskMarketErrors.All.Count);
        Assert.Equal(Enum.GetValues<TaskMarketCode>().Length, TaskMarketErrors.All.Count);
        Assert.Equal(TaskMarketErrors.All.Select(i => i.Value).OrderBy(v => v), TaskMarketErrors.All.Select(i => i.Value));
    }

    [Fact]
    public void Codes_not_in_the_catalog_are_rejected_without_throwing_from_try_methods()
    {
        Assert.False(TaskMarketErrors.TryParse("4242", out _));
        Assert.False(TaskMarketErrors.TryParse("not a number", out _));
        Assert.False(TaskMarketErrors.TryParse(null, out _));
        Assert.False(TaskMarketErrors.TryGetByValue(4242, out var none));
        Assert.Null(none);
        Assert.False(TaskMarketErrors.IsDefined((TaskMarketCode)4242));
        Assert.Equal("4242", ((TaskMarketCode)4242).ToStringFast());
        Assert.Throws<ArgumentOutOfRangeException>(() => TaskMarketErrors.Get((TaskMarketCode)4242));
    }

    [Fact]
    public void Http_status_follows_code_then_module_then_rule_then_default()
    {
        Assert.Equal(422, TaskMarketCode.ValidationError.GetInfo().HttpStatus);    // the code's own
        Assert.Equal(409, TaskMarketCode.WalletOperation.GetInfo().HttpStatus);    // its module's
        Assert.Equal(401, ModelApiCode.AuthorizationMissing.GetInfo().HttpStatus); // prefix rule 401xxx
        Assert.Equal(400, ModelApiCode.InvalidVersion.GetInfo().HttpStatus);       // prefix rule 400xxx
        Assert.Equal(429, ModelApiCode.RequestTooFrequent.GetInfo().HttpStatus);   // the code's own, no rule covers it
        Assert.Equal(401, ApiPortalCode.InvalidPassword.GetInfo().HttpStatus);     // rule 401xx, module Auth has none
    }

    [Fact]
    public void Descriptors_carry_the_catalog_text_and_derived_values()
    {
        var info = ApiPortalCode.PasswordTooShort.GetInfo();
        Assert.Equal(40005, info.Value);
        Assert.Equal("PasswordTooShort", info.Name);
        Assert.Equal(ApiPortalModule.Auth, info.Module);
        Assert.Equal("Auth", info.ModuleName);
        Assert.Equal("Password Too Short", info.Title);
        Assert.Equal("Password length is below minimum requirement.", info.Message);
        Assert.Equal("Use at least 6 characters.", info.Recommendation);
        Assert.False(info.IsRetryable);
        Assert.Equal("https://docs.apiportal.example/errors#40005", info.TypeUri);
        Assert.True(ApiPortalCode.RpsLimitExceeded.GetInfo().IsRetryable);
        Assert.False(ApiPortalCode.MonthlyQuotaExceeded.GetInfo().IsRetryable);
    }

    [Fact]
    public void Screaming_snake_names_become_pascal_case_members_and_keep_their_catalog_name()
    {
        var info = OpenPlatformCode.ApiKeyMissing.GetInfo();
        Assert.Equal("API_KEY_MISSING", info.Name);
        Assert.Equal("ApiKeyMissing", info.MemberName);
        Assert.Equal(20001, (int)OpenPlatformCode.ApiKeyMissing);
        Assert.Equal("Api key missing", info.Title);
    }

    [Fact]
    public void Success_is_a_code_where_the_code_field_carries_it_and_constants_where_a_flag_does()
    {
        Assert.True(OpenPlatformCode.Success.GetInfo().IsSuccess);
        Assert.Equal(200, (int)OpenPlatformCode.Success);
        Assert.Equal(0, (int)TaskMarketCode.Success);
        Assert.Equal("status", AnalyticsApiErrors.SuccessField);
        Assert.Equal("true", AnalyticsApiErrors.SuccessValue);
        Assert.DoesNotContain(AnalyticsApiErrors.All, i => i.IsSuccess);
    }

    [Fact]
    public void Eight_digit_codes_keep_their_values()
    {
        Assert.Equal(68300008, (int)AnalyticsApiCode.ServiceError);
        Assert.True(AnalyticsApiCode.ServiceError.GetInfo().IsRetryable);
        Assert.Equal(AnalyticsApiModule.Platform, AnalyticsApiCode.ClientExpired.GetInfo().Module);
    }
}

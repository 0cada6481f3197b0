using System;
using ErrorGen.Generated.Tests.Kinds;

namespace ErrorGen.Generated.Tests;

/// <summary>Warnings, notices and several success codes, as a consumer sees them: described, formatted, never thrown.</summary>
public class KindTests
{
    [Fact]
    public void Each_code_says_what_it_means()
    {
        Assert.Equal(("error", true, false), Describe(KindsCode.Failed));
        Assert.Equal(("success", false, true), Describe(KindsCode.Success));
        Assert.Equal(("success", false, true), Describe(KindsCode.Accepted));
        Assert.Equal(("warning", false, false), Describe(KindsCode.DeprecatedEndpoint));
        Assert.Equal(("info", false, false), Describe(KindsCode.CachedResult));

        static (string, bool, bool) Describe(KindsCode code) => (code.GetInfo().Kind, code.GetInfo().IsError, code.GetInfo().IsSuccess);
    }

    [Fact]
    public void Codes_that_are_not_errors_answer_with_a_successful_status()
    {
        Assert.Equal(400, KindsCode.Failed.GetInfo().HttpStatus);
        Assert.Equal(202, KindsCode.Accepted.GetInfo().HttpStatus);
        Assert.Equal(200, KindsCode.DeprecatedEndpoint.GetInfo().HttpStatus);
        Assert.Equal(200, KindsCode.CachedResult.GetInfo().HttpStatus);
    }

    [Fact]
    public void A_warning_formats_its_message_but_cannot_be_thrown()
    {
        Assert.Equal("This endpoint is deprecated; use /v2/orders.", KindsErrors.FormatDeprecatedEndpoint(replacement: "/v2/orders"));
        var refused = Assert.Throws<ArgumentException>(() => KindsCode.DeprecatedEndpoint.ToException());
        Assert.Contains("Code 3 is a warning code, not an error", refused.Message);
        Assert.Throws<ArgumentException>(() => KindsCode.Accepted.ToException());
        Assert.Equal(KindsCode.Failed, KindsCode.Failed.ToException().Code);
    }
}

using System.Globalization;
using ErrorGen.Generated.Tests.Localized;
using Seeds.ApiPortal;

namespace ErrorGen.Generated.Tests;

public class LocalizationTests
{
    [Fact]
    public void Descriptors_give_their_texts_by_culture_and_fall_back_to_the_default_locale()
    {
        var info = ApiPortalCode.OrderNotFound.GetInfo();
        Assert.Equal("订单记录不存在。", info.GetMessage(new CultureInfo("zh-CN")));
        Assert.Equal("订单不存在", info.GetTitle(new CultureInfo("zh-CN")));
        Assert.Equal("请核对 `order_no` 的值。", info.GetRecommendation(new CultureInfo("zh-CN")));
        Assert.Equal("Order record does not exist.", info.GetMessage(new CultureInfo("de-DE")));
        Assert.Same(info.Message, info.GetMessage(new CultureInfo("en-US")));
        Assert.Equal(40411, info.Value);
    }

    [Fact]
    public void The_culture_chain_is_walked_to_the_nearest_catalog_locale()
    {
        Assert.Equal("zh-Hant", LocalizedErrors.ResolveLocale(new CultureInfo("zh-Hant-TW")));
        Assert.Equal("en", LocalizedErrors.ResolveLocale(new CultureInfo("zh-Hans-CN")));
        Assert.Equal(new[] { "en", "zh-Hant" }, LocalizedErrors.Locales);
        Assert.Equal("太短", LocalizedCode.TooShort.GetInfo().GetTitle(new CultureInfo("zh-Hant-TW")));

        // A code the locale has not translated falls back to the default text.
        Assert.Equal("Only in English.", LocalizedCode.Untranslated.GetInfo().GetMessage(new CultureInfo("zh-Hant-TW")));
    }

    [Fact]
    public void Exceptions_format_the_translated_template_with_their_arguments()
    {
        var exception = LocalizedExceptions.TooShort(minLength: 6);
        Assert.Equal("Use at least 6 characters.", exception.Message);
        Assert.Equal("請至少使用 6 個字元。", exception.GetMessage(new CultureInfo("zh-Hant-TW")));
        Assert.Equal("Use at least 6 characters.", exception.GetMessage(new CultureInfo("fr-FR")));
    }
}

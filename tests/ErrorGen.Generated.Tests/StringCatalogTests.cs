using Examples.CardPayments;

namespace ErrorGen.Generated.Tests;

public class StringCatalogTests
{
    [Fact]
    public void String_codes_are_a_value_type_with_enum_like_ergonomics()
    {
        var code = CardPaymentsCode.CardDeclined;
        Assert.Equal("card_declined", code.Value);
        Assert.Equal("card_declined", code.ToString());
        Assert.True(code == CardPaymentsCode.CardDeclined);
        Assert.True(code != CardPaymentsCode.ExpiredCard);
        Assert.Equal(code.GetHashCode(), CardPaymentsCode.CardDeclined.GetHashCode());
        Assert.Equal("CardDeclined", code.ToStringFast());
        Assert.True(code.IsDefined);
        Assert.False(default(CardPaymentsCode).IsDefined);
        Assert.Equal(string.Empty, default(CardPaymentsCode).Value);
        Assert.False(CardPaymentsErrors.TryGet(default, out _));
    }

    [Fact]
    public void Wire_values_parse_and_switch_on_constants()
    {
        Assert.True(CardPaymentsErrors.TryParse("expired_card", out var parsed));
        Assert.Equal(CardPaymentsCode.ExpiredCard, parsed);
        Assert.False(CardPaymentsErrors.TryParse("Expired_Card", out _));
        Assert.False(CardPaymentsErrors.TryParse("unknown_code", out _));

        var described = parsed.Value switch
        {
            CardPaymentsCode.Values.CardDeclined => "declined",
            CardPaymentsCode.Values.ExpiredCard => "expired",
            _ => "other",
        };
        Assert.Equal("expired", described);
    }

    [Fact]
    public void Templates_format_typed_parameters_with_the_invariant_culture()
    {
        var previous = System.Globalization.CultureInfo.CurrentCulture;
        System.Globalization.CultureInfo.CurrentCulture = new System.Globalization.CultureInfo("de-DE");
        try
        {
            Assert.Equal("The amount must be at least 0.50 EUR.", CardPaymentsErrors.FormatAmountTooSmall(0.50m, "EUR"));
            Assert.Equal("The card expired in 4/2027.", CardPaymentsErrors.FormatExpiredCard(month: 4, year: 2027));
        }
        finally
        {
            System.Globalization.CultureInfo.CurrentCulture = previous;
        }

        Assert.Equal(new[] { "minimum", "currency" }, CardPaymentsCode.AmountTooSmall.GetInfo().ParameterNames);
    }

    [Fact]
    public void Deprecated_codes_name_their_replacement()
    {
        var info = CardPaymentsCode.CardError.GetInfo();
        Assert.True(info.IsDeprecated);
        Assert.Equal(CardPaymentsCode.CardDeclined, info.ReplacedBy);
        Assert.Equal(503, CardPaymentsCode.ProcessingError.GetInfo().HttpStatus);
        Assert.Equal(402, CardPaymentsCode.CardDeclined.GetInfo().HttpStatus);
    }
}

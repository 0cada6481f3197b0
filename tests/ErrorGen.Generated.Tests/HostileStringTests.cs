using ErrorGen.Generated.Tests.Hostile;

namespace ErrorGen.Generated.Tests;

/// <summary>Catalogs/hostile-strings.yaml compiles (this project builds with warnings as errors) and its text round-trips exactly.</summary>
public class HostileStringTests
{
    [Fact]
    public void Messages_round_trip_byte_for_byte()
    {
        Assert.Equal("Quote \" backslash \\ end */ start /* \"\"\" raw", HostileCode.Class.GetInfo().Message);
        Assert.Equal("#error not a directive\n#if X\nnew line and tab\tend", HostileCode.Error.GetInfo().Message);
        Assert.Equal("Braces {{ and }} are literal; ünïcödé 中文 emoji 😀", HostileCode._2fast.GetInfo().Message);
        Assert.Equal("Bidi \u202Eoverride\u202C and NUL-free control \u0007 bell", HostileCode.ApiKeyMissing.GetInfo().Message);
        Assert.Equal("https://errors.example/1?x=\"y\"", HostileCode.Class.GetInfo().TypeUri);
    }

    [Fact]
    public void Names_become_valid_identifiers_and_keep_their_catalog_spelling()
    {
        Assert.Equal("class", HostileCode.Class.GetInfo().Name);
        Assert.Equal("#error", HostileCode.Error.GetInfo().Name);
        Assert.Equal("2fast", HostileCode._2fast.GetInfo().Name);
        Assert.Equal("Ünïcode", HostileCode.Ünïcode.GetInfo().Name);
        Assert.Equal("EndsWithDash", HostileCode.EndsWithDash.ToStringFast());
        Assert.Equal(HostileModule.Class, HostileCode.Class.GetInfo().Module);
        Assert.True(HostileErrors.TryParseName("Class", out var keyword));
        Assert.Equal(HostileCode.Class, keyword);
    }

    [Fact]
    public void An_exception_message_unescapes_literal_braces_while_the_descriptor_keeps_the_template()
    {
        Assert.Equal("Braces {{ and }} are literal; ünïcödé 中文 emoji 😀", HostileCode._2fast.GetInfo().Message);
        Assert.Equal("Braces { and } are literal; ünïcödé 中文 emoji 😀", HostileCode._2fast.ToException().Message);
    }

    [Fact]
    public void Templates_escape_their_literal_parts()
    {
        Assert.Equal("Hello Ada, you have 3 new \"messages\" \\o/", HostileErrors.FormatTemplated("Ada", 3));
        Assert.Equal("Hello , you have 0 new \"messages\" \\o/", HostileErrors.FormatTemplated(null, 0));
        Assert.Equal("Default is x", HostileErrors.FormatKeywordParameter(@default: "x"));
    }
}

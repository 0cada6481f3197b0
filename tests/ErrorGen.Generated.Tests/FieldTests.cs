using System;
using ErrorGen.Generated.Tests.Fielded;

namespace ErrorGen.Generated.Tests;

/// <summary>A catalog's own fields, as typed descriptor properties a consumer reads.</summary>
public class FieldTests
{
    [Fact]
    public void Each_declared_field_is_a_typed_property_of_the_descriptor()
    {
        var info = FieldedCode.UniqueViolation.GetInfo();
        Assert.Equal("23505", info.SqlState);
        Assert.Equal(3, info.Severity);
        Assert.True(info.Paging);
        Assert.Equal(FieldedLogLevel.Warn, info.LogLevel);
        Assert.Equal(new Uri("https://docs.example/errors/unique"), info.Docs);
    }

    [Fact]
    public void A_field_a_code_does_not_set_is_null()
    {
        var info = FieldedCode.Timeout.GetInfo();
        Assert.Null(info.SqlState);
        Assert.Null(info.Severity);
        Assert.Null(info.Paging);
        Assert.Null(info.Docs);
        Assert.Equal(FieldedLogLevel.Error, info.LogLevel);
    }
}

using System.Globalization;
using ErrorGen.Generated.Tests.Pasted;

namespace ErrorGen.Generated.Tests;

/// <summary>Messages pasted from C sources and prose with braces, as a consumer calls the generated code.</summary>
public class MessageFormatTests
{
    [Fact]
    public void Printf_messages_get_typed_format_methods_with_parameters_by_position()
    {
        Assert.Equal("File /etc/app.conf not found (errno 2).", PastedErrors.FormatFileNotFound(arg1: "/etc/app.conf", arg2: 2));
        Assert.Equal("Gave up after 3 retries of upload; 100% sure.", PastedErrors.FormatGaveUp(operation: "upload", retries: 3));
        Assert.Equal("Ratio 9000000000 of 0.5.", PastedErrors.FormatRatio(arg1: 9_000_000_000L, arg2: 0.5));
        Assert.Equal("Gave up after 3 retries of upload; 100% sure.", PastedExceptions.GaveUp(operation: "upload", retries: 3).Message);
    }

    [Fact]
    public void The_descriptor_holds_the_brace_template_the_message_stands_for()
    {
        Assert.Equal("Gave up after {retries} retries of {operation}; 100% sure.", PastedCode.GaveUp.GetInfo().Message);
        Assert.Equal("Send {{\"id\": 1}} matching ^[a-f0-9]{{32}}$, 100% literal.", PastedCode.JsonExample.GetInfo().Message);
    }

    [Fact]
    public void Plain_messages_keep_braces_and_percent_signs_as_written()
    {
        var exception = PastedCode.JsonExample.ToException();
        Assert.Equal("Send {\"id\": 1} matching ^[a-f0-9]{32}$, 100% literal.", exception.Message);
        Assert.Equal("Envoyez {\"id\": 1}, 100% littéral.", exception.GetMessage(new CultureInfo("fr-FR")));
    }

    [Fact]
    public void A_code_can_keep_brace_templates_in_a_printf_catalog()
        => Assert.Equal("Hello Ada, {literally}.", PastedErrors.FormatGreeting(name: "Ada"));

    [Fact]
    public void Printf_translations_are_filled_by_position_like_the_default_text()
    {
        Assert.Equal("Abandon de upload après 3 essais ; sûr à 100%.", PastedExceptions.GaveUp(operation: "upload", retries: 3).GetMessage(new CultureInfo("fr")));
        Assert.Equal("Fichier a.txt introuvable (errno 2).", PastedExceptions.FileNotFound(arg1: "a.txt", arg2: 2).GetMessage(new CultureInfo("fr")));
    }
}

using System.Linq;
using ErrorGen.Model;

namespace ErrorGen.Emit;

/// <summary>
/// Emits the exceptions: one base exception per catalog (code, descriptor, HTTP status, formatted message, template
/// arguments, field errors, Retry-After), one sealed exception per module so callers can <c>catch (XAuthException)</c>,
/// <c>XCode.SomeCode.ToException()</c> for every code, and a typed factory for each templated code
/// (<c>XExceptions.PasswordTooShort(minLength: 6)</c>). No class per code: one code is caught with
/// <c>catch (XException e) when (e.Code == XCode.PasswordTooShort)</c>.
/// </summary>
internal static class ExceptionEmitter
{
    public static string Emit(CatalogSpec catalog, CatalogNames names)
    {
        var writer = SourceWriter.ForNamespace(catalog.Namespace);
        WriteBaseException(writer, catalog, names);
        WriteModuleExceptions(writer, catalog, names);
        writer.Line();
        WriteFactories(writer, catalog, names.Code);
        writer.Close();
        return writer.ToString();
    }

    private static void WriteBaseException(SourceWriter writer, CatalogSpec catalog, CatalogNames names)
    {
        var code = names.Code;
        var info = names.Info;
        var baseType = catalog.ExceptionTypeName;
        writer.OpenType(
            $"<summary>An error of the {CSharpText.Xml(catalog.Name)} catalog. Catch a module's errors "
                + $"with its module exception, one code with a <c>when (e.Code == ...)</c> filter.</summary>",
            $"{catalog.TypeAccessibility} class {baseType} : {KnownTypes.Exception}");
        writer.Doc("<summary>Creates the exception for <paramref name=\"code\"/> with the catalog's message.</summary>");
        writer.Line($$"""
            public {{baseType}}({{code}} code, {{KnownTypes.Exception}}? innerException = null)
                : this({{catalog.CatalogClassName}}.Get(code), null, null, innerException)
            {
            }
            """);
        writer.Line();
        writer.Doc("<summary>Creates the exception with a formatted message and the template arguments that produced it.</summary>");
        writer.Line($"protected internal {baseType}({info} info, string? message, {KnownTypes.IReadOnlyDictionary}<string, object?>? arguments, {KnownTypes.Exception}? innerException)");
        // The success code is not an error: throwing it would answer 200 with an error body.
        var hasSuccessCode = catalog.Codes.Any(c => !c.IsError);
        var infoChecked = hasSuccessCode ? "ErrorOnly(info)" : "info";
        writer.Line($"    : base(message ?? {CatalogRuntimeEmitter.Type}.Unescape({infoChecked}.Message), innerException)");
        writer.Line($$"""
            {
                Info = info;
                Arguments = arguments ?? {{CatalogRuntimeEmitter.Type}}.NoArguments;
            }
            """);
        writer.Line();
        WriteMembers(writer, catalog, names);
        if (hasSuccessCode)
        {
            writer.Line($"private static {info} ErrorOnly({info} info)");
            writer.Line($"    => info.IsError ? info : throw new {KnownTypes.ArgumentException}(\"Code \" + info.Value + \" is a \" + info.Kind + \" code, not an error, and cannot be thrown.\", \"code\");");
            writer.Line();
        }

        WriteCreate(writer, catalog, names);
        writer.Close();
    }

    // The properties a handler reads and the fluent setters a thrower uses.
    private static void WriteMembers(SourceWriter writer, CatalogSpec catalog, CatalogNames names)
    {
        var baseType = catalog.ExceptionTypeName;
        Property(writer, names.Code, "Code", "The typed code.", "Info.Code");
        Property(writer, names.Info, "Info", "Everything the catalog says about the code.", null);
        if (catalog.HasHttp)
        {
            Property(writer, "int", "HttpStatus", "The HTTP status a server answers with.", "Info.HttpStatus");
        }

        Property(
            writer, $"{KnownTypes.IReadOnlyDictionary}<string, object?>", "Arguments",
            "The values of the message template's parameters, by name (empty when the message has none).", null);
        writer.Doc("<summary>Field errors of a validation failure (written as RFC 9457 <c>errors</c>), or null.</summary>");
        writer.Line($"public {KnownTypes.IReadOnlyDictionary}<string, string[]>? FieldErrors {{ get; private set; }}");
        writer.Line();
        writer.Doc("<summary>How long the client should wait before retrying (written as <c>Retry-After</c>), or null.</summary>");
        writer.Line($"public {KnownTypes.TimeSpan}? RetryAfter {{ get; private set; }}");
        writer.Line();
        writer.Doc("<summary>The message in <paramref name=\"culture\"/>'s catalog locale (default: "
            + "the current UI culture), filled with <see cref=\"Arguments\"/>.</summary>");
        writer.Line($$"""
            public string GetMessage({{KnownTypes.CultureInfo}}? culture = null)
            {
                var template = Info.GetMessage(culture);
                return ReferenceEquals(template, Info.Message) ? Message : {{catalog.CatalogClassName}}.FormatTemplate(template, Arguments);
            }
            """);
        writer.Line();
        writer.Doc("<summary>Attaches field errors (any dictionary of field to messages: FluentValidation's <c>ToDictionary()</c>, "
            + "ASP.NET Core's validation errors), for codes that report validation failures.</summary>");
        writer.Line($$"""
            public {{baseType}} WithFieldErrors({{KnownTypes.IEnumerable}}<{{KnownTypes.KeyValuePair}}<string, string[]>> fieldErrors)
            {
                if (fieldErrors is null)
                {
                    throw new {{KnownTypes.ArgumentNullException}}(nameof(fieldErrors));
                }

                var copy = new {{KnownTypes.Dictionary}}<string, string[]>({{KnownTypes.StringComparer}}.Ordinal);
                foreach (var field in fieldErrors)
                {
                    copy[field.Key] = field.Value;
                }

                FieldErrors = copy;
                return this;
            }
            """);
        writer.Line();
        writer.Doc("<summary>Sets how long the client should wait before retrying.</summary>");
        writer.Line($$"""
            public {{baseType}} WithRetryAfter({{KnownTypes.TimeSpan}} retryAfter)
            {
                RetryAfter = retryAfter;
                return this;
            }
            """);
        writer.Line();
    }

    // Create(code) and the internal Create(info, ...) that picks the module's exception type.
    private static void WriteCreate(SourceWriter writer, CatalogSpec catalog, CatalogNames names)
    {
        var baseType = catalog.ExceptionTypeName;
        writer.Doc("<summary>Creates the exception of the right module type for <paramref name=\"code\"/>.</summary>");
        writer.Line($"public static {baseType} Create({names.Code} code, {KnownTypes.Exception}? innerException = null) => Create({catalog.CatalogClassName}.Get(code), null, null, innerException);");
        writer.Line();
        writer.Open($"internal static {baseType} Create({names.Info} info, string? message, {KnownTypes.IReadOnlyDictionary}<string, object?>? arguments, {KnownTypes.Exception}? innerException)");
        writer.Open("switch (info.Module)");
        foreach (var module in catalog.Modules)
        {
            writer.Line($"case {names.Module}.{module.Identifier}: return new {catalog.ModuleExceptionTypeName(module)}(info, message, arguments, innerException);");
        }

        writer.Line($"default: return new {baseType}(info, message, arguments, innerException);");
        writer.Close();
        writer.Close();
    }

    private static void WriteModuleExceptions(SourceWriter writer, CatalogSpec catalog, CatalogNames names)
    {
        var info = names.Info;
        var baseType = catalog.ExceptionTypeName;
        foreach (var module in catalog.Modules)
        {
            writer.Line();
            writer.OpenType(
                $"<summary>An error of the {CSharpText.Xml(module.Name)} module of the {CSharpText.Xml(catalog.Name)} catalog.</summary>",
                $"{catalog.TypeAccessibility} sealed class {catalog.ModuleExceptionTypeName(module)} : {baseType}");
            writer.Line($$"""
                internal {{catalog.ModuleExceptionTypeName(module)}}({{info}} info, string? message, {{KnownTypes.IReadOnlyDictionary}}<string, object?>? arguments, {{KnownTypes.Exception}}? innerException)
                    : base(info, message, arguments, innerException)
                {
                }
                """);
            writer.Close();
        }
    }

    // The extension every code has, and a typed factory only where the message takes parameters: a factory per code was
    // a third of a library's generated C# and of its compile time, and carried nothing ToException() does not.
    private static void WriteFactories(SourceWriter writer, CatalogSpec catalog, string code)
    {
        var baseType = catalog.ExceptionTypeName;
        writer.OpenType(
            $"<summary>Exceptions of the {CSharpText.Xml(catalog.Name)} catalog: <c>throw {catalog.CodeTypeName}.SomeCode.ToException();</c>, "
                + $"and <c>throw {catalog.ExceptionFactoryName}.SomeCode(...)</c> for codes whose message takes typed parameters.</summary>",
            $"{catalog.TypeAccessibility} static class {catalog.ExceptionFactoryName}");
        writer.Doc("<summary>The exception for <paramref name=\"code\"/>, of its module's exception type, with the catalog's message.</summary>");
        writer.Line($"public static {baseType} ToException(this {code} code, {KnownTypes.Exception}? innerException = null) => {baseType}.Create(code, innerException);");
        foreach (var spec in catalog.Codes.Where(c => c.IsError && c.Parameters.Count > 0))
        {
            writer.Line();
            var type = spec.Module is { } module ? catalog.ModuleExceptionTypeName(module) : baseType;
            var parameters = string.Concat(spec.Parameters.Select(p => $"{MessageFormatterWriter.TypeName(p.Type)} {p.Identifier}, "));
            // The code's own documentation (message, HTTP status), without repeating it per factory.
            writer.Doc($"<inheritdoc cref=\"{catalog.CodeTypeName}.{spec.Identifier}\"/>");
            writer.Line($"public static {type} {spec.Identifier}({parameters}{KnownTypes.Exception}? innerException = null)");
            // A direct constructor call: no cast and no module switch for the compiler to bind, per code.
            var arguments = string.Join(", ", spec.Parameters.Select(p => $"[{CSharpText.Literal(p.Name)}] = {p.Identifier}"));
            var call = string.Join(", ", spec.Parameters.Select(p => p.Identifier));
            writer.Line($$"""
                    => new {{type}}(
                        {{catalog.CatalogClassName}}.Get({{code}}.{{spec.Identifier}}),
                        {{catalog.CatalogClassName}}.Format{{spec.MemberName}}({{call}}),
                        new {{KnownTypes.Dictionary}}<string, object?> { {{arguments}} },
                        innerException);
                """);
        }

        writer.Close();
    }

    private static void Property(SourceWriter writer, string type, string name, string summary, string? expression)
    {
        writer.Doc($"<summary>{summary}</summary>");
        writer.Line(expression is null ? $"public {type} {name} {{ get; }}" : $"public {type} {name} => {expression};");
        writer.Line();
    }
}

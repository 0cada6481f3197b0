using System.Collections.Generic;
using System.Linq;

namespace ErrorGen.Model;

/// <summary>
/// A validated catalog, ready to emit: every name is already a valid C# identifier, every HTTP status and
/// retry flag resolved, codes sorted by value. Only codes without errors are in it.
/// </summary>
internal sealed record CatalogSpec(
    string Name,
    string TypeName,
    string Namespace,
    string? Description,
    CodeType CodeType,
    bool NeedsLong,
    string? TypeBaseUri,
    SuccessSpec? Success,
    EquatableArray<ModuleSpec> Modules,
    EquatableArray<CodeSpec> Codes,
    EquatableArray<string> SourceFiles)
{
    /// <summary>The member served for exceptions that are not catalog errors, if the catalog names one.</summary>
    public string? InternalErrorIdentifier { get; init; }

    /// <summary>The member served for requests the rate limiter rejects, if the catalog names one.</summary>
    public string? RateLimitIdentifier { get; init; }

    /// <summary>Body-less error statuses and the code identifier that answers each (<c>statusCodes:</c>), by status.</summary>
    public EquatableArray<StatusPageSpec> StatusPages { get; init; } = EquatableArray<StatusPageSpec>.Empty;

    public EnvelopeSpec? Envelope { get; init; }

    /// <summary>The locale of the catalog's own texts.</summary>
    public string DefaultLocale { get; init; } = "en";

    /// <summary>The other locales the catalog serves, in declaration order.</summary>
    public EquatableArray<string> TranslatedLocales { get; init; } = EquatableArray<string>.Empty;

    /// <summary>Whether the generated types are internal to the assembly (and the catalog is not exported).</summary>
    public bool IsInternal { get; init; }

    /// <summary>False for <c>http: false</c>: the codes have no HTTP meaning (a database's or a driver's error list).</summary>
    public bool HasHttp { get; init; } = true;

    /// <summary>
    /// False for <c>telemetry: false</c>: the ASP.NET Core integration writes the catalog's errors without setting
    /// <c>error.type</c> on the request's activity or counting them on the ErrorGen meter.
    /// </summary>
    public bool HasTelemetry { get; init; } = true;

    /// <summary>The catalog's own per-code fields; each code's <see cref="CodeSpec.Fields"/> follow this order.</summary>
    public EquatableArray<FieldSpec> Fields { get; init; } = EquatableArray<FieldSpec>.Empty;

    /// <summary>The modifier of every generated top-level type.</summary>
    public string TypeAccessibility => IsInternal ? "internal" : "public";

    public string ExceptionTypeName => TypeName + "Exception";

    /// <summary>The HTTP statuses the catalog's errors are served with, ascending (what an endpoint may answer with).</summary>
    public List<int> ErrorStatuses() => Codes.Where(c => c.IsError).Select(c => c.HttpStatus).Distinct().OrderBy(s => s).ToList();

    public string ExceptionFactoryName => TypeName + "Exceptions";

    public string ModuleExceptionTypeName(ModuleSpec module) => TypeName + module.Identifier + "Exception";

    public string CodeTypeName => TypeName + "Code";

    public string ModuleTypeName => TypeName + "Module";

    public string InfoTypeName => TypeName + "ErrorInfo";

    public string CatalogClassName => TypeName + "Errors";
}

/// <summary>How the API signals success when that is not a code of the catalog (analytics-api: <c>status: true</c>).</summary>
internal sealed record SuccessSpec(string Field, string ValueText, bool IsCode);

internal sealed record ModuleSpec(string Name, string Identifier, string? Description, int Ordinal);

internal sealed record CodeSpec(
    string Text,
    long Integer,
    string Name,
    string Identifier,
    ModuleSpec? Module,
    int HttpStatus,
    bool IsHttpMapped,
    string Title,
    string Message,
    string? Recommendation,
    bool IsRetryable,
    bool IsDeprecated,
    string? ReplacedByIdentifier,
    string TypeUri,
    bool IsSuccess,
    EquatableArray<ParameterSpec> Parameters,
    EquatableArray<TemplatePart> Template)
{
    /// <summary>The code's texts in the catalog's other locales.</summary>
    public EquatableArray<LocalizedText> Translations { get; init; } = EquatableArray<LocalizedText>.Empty;

    /// <summary>How the message was written; <see cref="Message"/> is its canonical brace template whatever the format.</summary>
    public MessageFormat Format { get; init; }

    /// <summary>What the code means; the header's success code and <c>kind: success</c> codes are <see cref="CodeKind.Success"/>.</summary>
    public CodeKind Kind { get; init; }

    /// <summary>Whether the code is an error: thrown, mapped to a problem, listed among an operation's error responses.</summary>
    public bool IsError => Kind == CodeKind.Error && !IsSuccess;

    /// <summary>The code's values of the catalog's own fields, by field (null where unset), as written.</summary>
    public EquatableArray<FieldValue> Fields { get; init; } = EquatableArray<FieldValue>.Empty;

    /// <summary>The member's name as reflection and other languages see it: the identifier without a keyword's '@'.</summary>
    public string MemberName => Identifier.TrimStart('@');
}

/// <summary>A code's texts in one locale; null where that locale falls back to the default text.</summary>
internal sealed record LocalizedText(string Locale, string? Title, string? Message, string? Recommendation);

internal sealed record ParameterSpec(string Name, string Identifier, ParameterType Type);

/// <summary>A message template piece: literal text, or a placeholder naming a parameter.</summary>
internal sealed record TemplatePart(string Text, bool IsPlaceholder);

/// <summary>What one catalog produced: the spec (null when nothing can be generated) and every diagnostic.</summary>
internal sealed record CatalogResult(CatalogSpec? Spec, EquatableArray<DiagnosticInfo> Diagnostics)
{
    /// <summary>What the catalog holds of its code space, with positions, when it names one.</summary>
    public CodeSpaceClaim? CodeSpaceClaim { get; init; }

    /// <summary>Where the catalog's name is written: clashes with other catalogs are reported there.</summary>
    public SourceLocation? NameLocation { get; init; }
}

/// <summary>All the files that name one catalog, in path order.</summary>
internal sealed record CatalogInput(string Name, EquatableArray<CatalogFile> Files, string DefaultNamespace)
{
    /// <summary>The accessibility of catalogs that set none (MSBuild <c>ErrorGenAccessibility</c>): internal when true.</summary>
    public bool DefaultInternal { get; init; }

    /// <summary>The shipped-codes baselines that name this catalog (one is expected).</summary>
    public EquatableArray<BaselineFile> Baselines { get; init; } = EquatableArray<BaselineFile>.Empty;

    /// <summary>For a baseline that binds to no catalog (then <see cref="Files"/> is empty): why, for EG0051.</summary>
    public string? UnboundBaselineReason { get; init; }
}

/// <summary>A body-less status the ASP.NET Core integration answers with one of the catalog's codes.</summary>
internal sealed record StatusPageSpec(int Status, string Identifier);

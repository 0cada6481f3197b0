namespace ErrorGen.Model;

/// <summary>
/// What one YAML file contributes to a catalog, as read: header settings, modules, HTTP rules and codes,
/// each value with its location, plus the diagnostics found while reading the file.
/// </summary>
internal sealed record CatalogFile(
    string FilePath,
    Located<string>? CatalogName,
    CatalogHeader? Header,
    EquatableArray<ModuleDeclaration> Modules,
    EquatableArray<HttpRuleDeclaration> HttpRules,
    EquatableArray<CodeDeclaration> Codes,
    EquatableArray<DiagnosticInfo> Diagnostics)
{
    /// <summary>The locale of a translation file (<c>locale: zh-CN</c>), or null for the default locale.</summary>
    public Located<string>? Locale { get; init; }

    /// <summary>The translations a per-locale file holds.</summary>
    public EquatableArray<TranslationDeclaration> Translations { get; init; } = EquatableArray<TranslationDeclaration>.Empty;
}

/// <summary>The <c>catalog:</c> mapping. In a split catalog each setting may be given by one file only.</summary>
internal sealed record CatalogHeader(
    SourceLocation Location,
    Located<string>? Namespace,
    Located<string>? Description,
    Located<CodeType>? CodeType,
    Located<string>? TypeBaseUri,
    Located<int>? DefaultHttpStatus,
    SuccessDeclaration? Success)
{
    /// <summary>The wire code space the catalog's codes belong to (<c>codeSpace: acme-public</c>), shared with other catalogs.</summary>
    public Located<string>? CodeSpace { get; init; }

    /// <summary><c>accessibility: internal</c>: the generated types are internal and the catalog is not exported.</summary>
    public Located<bool>? IsInternal { get; init; }

    /// <summary>The code served for exceptions that are not catalog errors (task-market: 9999).</summary>
    public Located<CodeValue>? InternalErrorCode { get; init; }

    /// <summary>The code served when ASP.NET Core's rate limiter rejects a request (api-portal: 42901).</summary>
    public Located<CodeValue>? RateLimitCode { get; init; }

    /// <summary>
    /// Body-less error statuses (routing's 404 and 405, 415, ...) and the code each is answered with
    /// (<c>statusCodes: { 404: 40400 }</c>).
    /// </summary>
    public EquatableArray<StatusCodeDeclaration> StatusCodes { get; init; } = EquatableArray<StatusCodeDeclaration>.Empty;

    /// <summary>The API's own JSON error envelope, when it has one.</summary>
    public Located<EnvelopeSpec>? Envelope { get; init; }

    /// <summary>Where each field name and the correlation header of <see cref="Envelope"/> were written.</summary>
    public EquatableArray<EnvelopeField> EnvelopeFields { get; init; } = EquatableArray<EnvelopeField>.Empty;

    /// <summary>The locale of the texts in the catalog's main files (default <c>en</c>).</summary>
    public Located<string>? DefaultLocale { get; init; }

    /// <summary>Every locale the catalog serves, the default included.</summary>
    public EquatableArray<Located<string>> Locales { get; init; } = EquatableArray<Located<string>>.Empty;

    /// <summary>Whether a missing translation is an error rather than a warning.</summary>
    public Located<bool>? StrictLocales { get; init; }

    /// <summary><c>http: false</c>: the codes have no HTTP meaning (a database's or a driver's error list).</summary>
    public Located<bool>? Http { get; init; }

    /// <summary><c>telemetry: false</c>: the ASP.NET Core integration records no activity tags or metrics for this catalog.</summary>
    public Located<bool>? Telemetry { get; init; }

    /// <summary>How the catalog's messages are written (<c>messageFormat: plain</c>); codes may say otherwise.</summary>
    public Located<MessageFormat>? MessageFormat { get; init; }

    /// <summary>The catalog's own per-code fields (<c>fields: { sqlState: string }</c>).</summary>
    public EquatableArray<FieldDeclaration> Fields { get; init; } = EquatableArray<FieldDeclaration>.Empty;
}

/// <summary>A code's title, message and recommendation in a per-locale file's locale.</summary>
internal sealed record TranslationDeclaration(
    SourceLocation Location,
    Located<CodeValue> Code,
    Located<string>? Title,
    Located<string>? Message,
    Located<string>? Recommendation);

/// <summary>
/// The field names of an API's own error/success envelope (task-market: code, message, data, timestamp; analytics-api:
/// status, error_code, error_message). A null field is not written.
/// </summary>
internal sealed record EnvelopeSpec(
    bool NegotiateProblemDetails,
    string CodeField,
    string MessageField,
    string? DataField,
    string? TimestampField,
    string? RecommendationField,
    string? StatusField,
    string? CorrelationHeader);

/// <summary>One key of the envelope as written (<c>code: error_code</c>), for located checks of its value.</summary>
internal sealed record EnvelopeField(string Key, Located<string> Value);

internal enum CodeType
{
    Integer,
    String,
}

/// <summary>How a response says "success": a code value (<c>code: 0</c>, <c>code: 200</c>) or a flag (<c>status: true</c>).</summary>
internal sealed record SuccessDeclaration(
    SourceLocation Location,
    Located<string> Field,
    Located<CodeValue> Value,
    Located<string>? Name,
    Located<string>? Message);

internal sealed record ModuleDeclaration(
    Located<string> Name,
    Located<string>? Description,
    EquatableArray<Located<CodeRange>> Ranges,
    Located<int>? HttpStatus,
    Located<bool>? Retryable);

/// <summary>
/// A range/prefix rule: codes matching <see cref="Range"/> map to <see cref="HttpStatus"/> unless the code or its module says otherwise.
/// </summary>
internal sealed record HttpRuleDeclaration(Located<CodeRange> Range, Located<int> HttpStatus);

internal sealed record CodeDeclaration(
    SourceLocation Location,
    Located<CodeValue> Code,
    Located<string> Name,
    Located<string>? Module,
    Located<int>? HttpStatus,
    Located<string>? Title,
    Located<string> Message,
    Located<string>? Recommendation,
    Located<bool>? Retryable,
    Located<bool>? Deprecated,
    Located<CodeValue>? ReplacedBy,
    EquatableArray<ParameterDeclaration> Parameters)
{
    /// <summary>How this code's message is written, when it differs from the catalog's.</summary>
    public Located<MessageFormat>? MessageFormat { get; init; }

    /// <summary><c>kind: warning</c>, <c>info</c> or <c>success</c>; an error when absent.</summary>
    public Located<CodeKind>? Kind { get; init; }

    /// <summary>The code's values of the catalog's own fields, as written.</summary>
    public EquatableArray<FieldValueDeclaration> Fields { get; init; } = EquatableArray<FieldValueDeclaration>.Empty;
}

internal sealed record ParameterDeclaration(Located<string> Name, Located<ParameterType> Type);

/// <summary>One entry of <c>statusCodes:</c>: an HTTP status and the code that answers it.</summary>
/// <remarks>The key as written and the value's location: validation reports a key that is no status or a value that is no code.</remarks>
internal sealed record StatusCodeDeclaration(Located<string> Status, Located<CodeValue>? Code, SourceLocation ValueLocation);

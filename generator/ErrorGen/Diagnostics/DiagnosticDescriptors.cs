using System.Collections.Generic;
using System.Linq;
using System.Reflection;
using Microsoft.CodeAnalysis;

namespace ErrorGen.Diagnostics;

/// <summary>
/// Every diagnostic ErrorGen reports. IDs are stable: EG0xxx are about catalogs, EG1xxx about code that uses them.
/// Adding one means a line in AnalyzerReleases.Unshipped.md, a row in the README's table and a page docs/diagnostics/EGxxxx.md.
/// </summary>
internal static class DiagnosticDescriptors
{
    private const string CatalogCategory = "ErrorGen.Catalog";
    private const string UsageCategory = "ErrorGen.Usage";

    // Before every descriptor: static fields initialise in order. Set by the DiagnosticHelpBaseUrl build property.
    private static readonly string s_helpLinkBase = typeof(DiagnosticDescriptors).Assembly
        .GetCustomAttributes(typeof(AssemblyMetadataAttribute), inherit: false)
        .Cast<AssemblyMetadataAttribute>()
        .FirstOrDefault(a => a.Key == "DiagnosticHelpBaseUrl")?.Value ?? string.Empty;

    // ----- reading: YAML and schema -----
    public static readonly DiagnosticDescriptor MalformedYaml = Error("EG0001", "Malformed YAML", "The catalog is not valid YAML: {0}");
    public static readonly DiagnosticDescriptor UnknownKey = Error("EG0002", "Unknown key", "Unknown key '{0}' in {1}; expected one of: {2}");
    public static readonly DiagnosticDescriptor WrongType = Error("EG0003", "Wrong value type", "'{0}' must be {1}, but found {2}");
    public static readonly DiagnosticDescriptor MissingField = Error("EG0004", "Missing required field", "{0} is missing the required field '{1}'");
    public static readonly DiagnosticDescriptor DuplicateKey = Error(
        "EG0005",
        "Duplicate key",
        "Key '{0}' appears more than once in the same mapping; the first is at {1}");
    public static readonly DiagnosticDescriptor UnsupportedYaml = Error("EG0006", "Unsupported YAML feature", "{0}");
    public static readonly DiagnosticDescriptor InputTooLarge = Error("EG0007", "Catalog too large or too deep", "{0}");
    public static readonly DiagnosticDescriptor InvalidValue = Error("EG0008", "Invalid value", "Invalid {0} '{1}': {2}");
    public static readonly DiagnosticDescriptor ConflictingCatalogSetting = Error(
        "EG0009",
        "Conflicting catalog setting",
        "Catalog '{0}' sets '{1}' to '{2}' here but to '{3}' at {4}; a split catalog may set each header field once");

    // ----- validation: codes, modules, HTTP -----
    public static readonly DiagnosticDescriptor DuplicateCode = Error(
        "EG0010",
        "Duplicate code",
        "Code {0} is declared twice in catalog '{1}': as '{2}' here and as '{3}' at {4}{5}; {6}");
    public static readonly DiagnosticDescriptor DuplicateName = Error(
        "EG0011",
        "Duplicate code name",
        "Name '{0}' is used by code {1} here and by code {2} at {3}");
    public static readonly DiagnosticDescriptor OverlappingRanges = Error(
        "EG0012",
        "Overlapping module ranges",
        "Range {0} of module '{1}' overlaps range {2} of module '{3}' at {4}");
    public static readonly DiagnosticDescriptor CodeOutsideModule = Error(
        "EG0013",
        "Code outside its module's ranges",
        "Code {0} belongs to module '{1}' but lies outside its ranges ({2})");
    public static readonly DiagnosticDescriptor CodeInOtherModule = Error(
        "EG0014",
        "Code inside another module's range",
        "Code {0} belongs to {1} but lies inside range {2} of module '{3}'");
    public static readonly DiagnosticDescriptor UnknownModule = Error(
        "EG0015",
        "Unknown module",
        "Code {0} names module '{1}', which catalog '{2}' does not declare");
    public static readonly DiagnosticDescriptor UnmappedCode = Warning(
        "EG0016",
        "Unmapped code",
        "{0} no HTTP status (no code, module, rule or catalog default); {1} served as 500{2}");
    public static readonly DiagnosticDescriptor HttpStatusOutOfRange = Error(
        "EG0017",
        "HTTP status out of range",
        "HTTP status {0} is outside 100-599");
    public static readonly DiagnosticDescriptor NonErrorHttpStatus = Warning(
        "EG0018",
        "Non-error HTTP status on an error code",
        "Error code {0} maps to HTTP {1}, which is not an error status (expected 4xx or 5xx)");
    public static readonly DiagnosticDescriptor IdentifierCollision = Error(
        "EG0019",
        "Names collide as C# identifiers",
        "{0} '{1}' becomes the C# identifier '{2}', which is already used by '{3}' at {4}");
    public static readonly DiagnosticDescriptor UndeclaredPlaceholder = Error(
        "EG0020",
        "Template placeholder not declared",
        "The message of code {0} uses placeholder '{{{1}}}', which is not declared under 'parameters'");
    public static readonly DiagnosticDescriptor UnusedParameter = Warning(
        "EG0021",
        "Declared parameter never used",
        "Parameter '{0}' of code {1} is never used in its message");
    public static readonly DiagnosticDescriptor DuplicateModule = Error(
        "EG0022",
        "Duplicate module",
        "Module '{0}' is declared twice in catalog '{1}'; the other declaration is at {2}");
    public static readonly DiagnosticDescriptor WrongCodeType = Error(
        "EG0023",
        "Code of the wrong type",
        "Code '{0}' is not {1}; catalog '{2}' has codeType '{3}'");
    public static readonly DiagnosticDescriptor UnknownReplacement = Error(
        "EG0024",
        "Unknown replacement code",
        "Code {0} is replaced by {1}, which catalog '{2}' does not declare");
    public static readonly DiagnosticDescriptor OverlappingHttpRules = Error(
        "EG0025",
        "Overlapping HTTP rules",
        "HTTP rule {0} overlaps rule {1} at {2}");
    public static readonly DiagnosticDescriptor MalformedTemplate = Error(
        "EG0026",
        "Malformed message template",
        "The message of code {0} is not a valid template: {1}");
    public static readonly DiagnosticDescriptor UnknownNamedCode = Error(
        "EG0028",
        "Header names an unknown code",
        "'{0}' names code {1}, which catalog '{2}' does not declare as an error");
    public static readonly DiagnosticDescriptor MissingCatalogHeader = Error(
        "EG0027",
        "Catalog header missing",
        "Catalog '{0}' has no file that declares its header (a 'catalog' mapping with at least a name)");
    // ----- the shipped-codes baseline -----
    public static readonly DiagnosticDescriptor MalformedBaseline = Error(
        "EG0030",
        "Malformed baseline line",
        "Baseline line '{0}' cannot be read: {1}");
    public static readonly DiagnosticDescriptor ShippedCodeRemoved = Error(
        "EG0031",
        "Shipped code removed",
        "Shipped code {0} ({1}) is no longer in catalog '{2}'; to remove it, mark its baseline line 'retired'");
    public static readonly DiagnosticDescriptor ShippedCodeRenamed = Error(
        "EG0032",
        "Shipped code renamed or renumbered",
        "{0}; clients of the shipped catalog depend on the code and its name (baseline: {1})");
    public static readonly DiagnosticDescriptor RetiredCodeReused = Error(
        "EG0033",
        "Retired code reused",
        "{0} reuses the {1} of retired code '{2}' (baseline: {3}); retired numbers and names are never reused");
    public static readonly DiagnosticDescriptor ShippedCodeChanged = Error(
        "EG0034",
        "Shipped code changed incompatibly",
        "Code {0} changed its {1} from '{2}' to '{3}' since it shipped (baseline: {4}); that breaks existing clients");
    public static readonly DiagnosticDescriptor CodeNotInBaseline = Create(
        "EG0035",
        "New code not in the baseline",
        "Code {0} ({1}) is not in the shipped baseline yet; add it when the catalog is released",
        DiagnosticSeverity.Info);
    public static readonly DiagnosticDescriptor DuplicateBaseline = Error(
        "EG0036",
        "Catalog has several baselines",
        "Catalog '{0}' already has a baseline at {1}; keep one baseline per catalog");

    // ----- localization -----
    public static readonly DiagnosticDescriptor UnsupportedLocale = Error("EG0040", "Unsupported locale", "Locale '{0}' {1}");
    public static readonly DiagnosticDescriptor MissingTranslation = Warning(
        "EG0041",
        "Missing translation",
        "{0} no {1} message; {2} back to the {3} text{4}");
    public static readonly DiagnosticDescriptor TranslationOfUnknownCode = Error(
        "EG0042",
        "Translation of an unknown code",
        "The {0} translation names code {1}, which catalog '{2}' does not declare");
    public static readonly DiagnosticDescriptor TranslationPlaceholdersDiffer = Error(
        "EG0043",
        "Translation placeholders differ",
        "The {0} message of code {1} uses placeholders {{{2}}} but the {3} message uses {{{4}}}");

    // ----- what no single catalog file shows: clashes between catalogs, limits, the wire -----
    public static readonly DiagnosticDescriptor CatalogTypeClash = Error(
        "EG0050",
        "Catalogs generate the same type",
        "Catalog '{0}' would generate type {1} in namespace '{4}', clashing with catalog '{2}' at {3}; rename one "
            + "catalog or give it another namespace");
    public static readonly DiagnosticDescriptor UnboundBaseline = Error(
        "EG0051",
        "Baseline names no catalog",
        "This baseline {0}; its checks would never run");
    public static readonly DiagnosticDescriptor ReplacementCycle = Error(
        "EG0052",
        "Replacement cycle",
        "Code {0} is replaced by a chain that leads back to it ({1}); a client following replacements would never stop");
    public static readonly DiagnosticDescriptor CatalogTooLarge = Error(
        "EG0053",
        "Catalog too large for one assembly",
        "Catalog '{0}' needs about {1} bytes of string literals; one catalog may use {2} (an assembly's 16 MiB string "
            + "heap less 1 MiB for the project's own strings; past it the compiler fails with CS8103); split it over several "
            + "projects or shorten its texts");
    public static readonly DiagnosticDescriptor HttpStatusWithoutBody = Error(
        "EG0054",
        "HTTP status cannot carry an error",
        "Error code {0} maps to HTTP {1}, which has no response body on the wire (1xx, 204, 205, 304); the error would "
            + "reach no client");
    public static readonly DiagnosticDescriptor UnreadableText = Error("EG0055", "Catalog text cannot be read", "{0}");
    public static readonly DiagnosticDescriptor LanguageVersionTooLow = Error(
        "EG0056",
        "C# version too low for generated code",
        "Catalog '{0}' was not generated: ErrorGen's code needs C# {1} or later and this project compiles with C# {2}; set "
            + "<LangVersion>{1}</LangVersion> (or later) in the project file (netstandard2.0 and .NET Framework projects default to 7.3)");
    public static readonly DiagnosticDescriptor CodeSpaceCollision = Error(
        "EG0057",
        "Code shared within a code space",
        "Code {0} of catalog '{1}' ({2}) is also a code of catalog '{3}' ({4}); both are in code space '{5}', so a client "
            + "reading the code could not tell them apart");
    public static readonly DiagnosticDescriptor CodeSpaceRangeOverlap = Error(
        "EG0058",
        "Module ranges overlap within a code space",
        "Range {0} of module '{1}' in catalog '{2}' ({3}) overlaps range {4} of module '{5}' in catalog '{6}' ({7}); both are "
            + "in code space '{8}'");
    public static readonly DiagnosticDescriptor NoCatalog = Create(
        "EG0059",
        "No catalog in the project",
        "ErrorGen is referenced but the project declares no catalog and references none: add <ErrorCatalog Include=\"errors/*.yaml\" /> "
            + "to the project file (or reference a library that declares one)",
        DiagnosticSeverity.Info,
        CatalogCategory);
    public static readonly DiagnosticDescriptor OpenApiSkipped = Create(
        "EG0060",
        "OpenAPI integration skipped",
        "No OpenAPI error responses were generated: the project references Microsoft.AspNetCore.OpenApi {0}, and ErrorGen's "
            + "OpenAPI output needs 10.0 or later (Microsoft.OpenApi 2.x); update the package or drop it to silence this",
        DiagnosticSeverity.Warning,
        CatalogCategory);
    public static readonly DiagnosticDescriptor InvalidRegistryBlock = Error("EG0061", "Invalid registry block", "Invalid registry block: {0}");
    public static readonly DiagnosticDescriptor RegistryBlocksOverlap = Error(
        "EG0062",
        "Registry blocks overlap",
        "Block {0} ({1}) overlaps block {2} ({3}) in the registry of code space '{4}': a code may belong to one block only");
    public static readonly DiagnosticDescriptor CodeOutsideRegistryBlocks = Error(
        "EG0063",
        "Code outside the catalog's registry blocks",
        "Code {0} of catalog '{1}' is outside the blocks the registry of code space '{2}' gives it ({3}){4}");
    public static readonly DiagnosticDescriptor CatalogNotInRegistry = Error(
        "EG0064",
        "Catalog not in the registry",
        "Catalog '{0}' is in code space '{1}', but the registry ({2}) gives it no block: ask for one and add it there as "
            + "'owner: {0}'");
    public static readonly DiagnosticDescriptor RangeOutsideRegistryBlocks = Error(
        "EG0065",
        "Module range outside the catalog's registry blocks",
        "Range {0} of module '{1}' in catalog '{2}' reaches beyond the blocks the registry of code space '{3}' gives it ({4})");

    public static readonly DiagnosticDescriptor HttpSettingWithoutHttp = Warning(
        "EG0066",
        "HTTP setting in a catalog without HTTP meaning",
        "Catalog '{0}' says http: false, so its HTTP settings are ignored: {1}; remove them, or remove http: false");

    // ----- lint: what a pasted error list often gets wrong (warnings; any severity may be changed) -----
    public static readonly DiagnosticDescriptor NameWithPunctuation = Warning(
        "EG0067",
        "Name holds characters other than letters, digits and '_'",
        "Code name '{0}' holds '{1}', which is not a letter, digit or '_'; it is dropped from the C# identifier '{2}'");
    public static readonly DiagnosticDescriptor CodeWithWhitespace = Warning(
        "EG0068",
        "String code holds white space",
        "String code '{0}' holds white space at position {1}; clients that trim, split or put codes in URLs will not match it");
    public static readonly DiagnosticDescriptor LookalikeCodes = Warning(
        "EG0069",
        "String codes differ only by case or separators",
        "String code '{0}' differs from '{1}' at {2} only by letter case or separators ('-', '_', '.', ' '); a client that normalises codes cannot tell them apart");
    public static readonly DiagnosticDescriptor EmptyMessage = Warning(
        "EG0070",
        "Empty message",
        "The message of code {0} is empty or white space only; clients would show nothing");

    // ----- messages: placeholders that are prose, printf conversions -----
    public static readonly DiagnosticDescriptor NotAPlaceholder = Error(
        "EG0071",
        "Braces in a message are not a placeholder",
        "The message of code {0} has '{{{1}}}', which is not a placeholder name: write '{{{{' and '}}}}' for literal braces, or set 'messageFormat: plain' on the code or the catalog");
    public static readonly DiagnosticDescriptor PrintfFormattingIgnored = Warning(
        "EG0072",
        "printf flags, width or precision ignored",
        "The message of code {0} writes '{1}': its generated Format method fills the value without the flags, width or precision");
    public static readonly DiagnosticDescriptor NonErrorWithErrorStatus = Warning(
        "EG0073",
        "A code that is no error has an error status",
        "Code {0} is a {1}, which is sent with a successful response, but says httpStatus {2}; make it an error (remove 'kind') or give it a 2xx status");

    // ----- the catalog's own per-code fields -----
    public static readonly DiagnosticDescriptor UnknownField = Error(
        "EG0074",
        "Unknown field",
        "Code {0} sets field '{1}', which catalog '{2}' does not declare{3}");
    public static readonly DiagnosticDescriptor FieldValueOfWrongType = Error(
        "EG0075",
        "Field value of the wrong type",
        "Field '{0}' of code {1} must be {2}, but is '{3}'");

    // ----- analyzers: code that uses a catalog -----
    public static readonly DiagnosticDescriptor UnknownCodeLiteral = Create(
        "EG1001",
        "Code not in the catalog",
        "{0} is not a code of catalog '{1}'",
        DiagnosticSeverity.Warning,
        UsageCategory);
    public static readonly DiagnosticDescriptor UseTypedCode = Create(
        "EG1002",
        "Use the typed code",
        "Use {0} instead of the literal {1}",
        DiagnosticSeverity.Info,
        UsageCategory);
    public static readonly DiagnosticDescriptor DeprecatedCodeUsed = Create(
        "EG1003",
        "Deprecated code used",
        "{0} is deprecated{1}",
        DiagnosticSeverity.Warning,
        UsageCategory);
    public static readonly DiagnosticDescriptor UnmappedCodeInWebProject = Create(
        "EG1004",
        "Unmapped code used in a web project",
        "{0} resolves to no HTTP status in catalog '{1}'; this web project will answer it with 500",
        DiagnosticSeverity.Warning,
        UsageCategory);
    public static readonly DiagnosticDescriptor SlowEnumApi = Create(
        "EG1005",
        "Use the generated fast path",
        "Use {0} instead of {1}: it does not allocate or reflect",
        DiagnosticSeverity.Info,
        UsageCategory);

    public static readonly DiagnosticDescriptor UndeclaredEndpointError = Create(
        "EG1006",
        "Error not declared by the endpoint",
        "{0} is thrown or returned by this endpoint, which declares only {1}: add it to {2} or answer with a declared code",
        DiagnosticSeverity.Warning,
        UsageCategory);

    public static readonly DiagnosticDescriptor InternalError = Error(
        "EG0099",
        "ErrorGen internal error",
        "ErrorGen could not process this catalog because of an internal error: {0}. Please report it.");

    private static readonly Dictionary<string, DiagnosticDescriptor> s_byId = typeof(DiagnosticDescriptors)
        .GetFields()
        .Where(f => f.FieldType == typeof(DiagnosticDescriptor))
        .Select(f => (DiagnosticDescriptor)f.GetValue(null)!)
        .ToDictionary(d => d.Id);

    public static IReadOnlyCollection<DiagnosticDescriptor> All => s_byId.Values;

    public static DiagnosticDescriptor ById(string id) => s_byId[id];

    private static DiagnosticDescriptor Error(string id, string title, string message)
        => Create(id, title, message, DiagnosticSeverity.Error);

    private static DiagnosticDescriptor Warning(string id, string title, string message)
        => Create(id, title, message, DiagnosticSeverity.Warning);

    private static DiagnosticDescriptor Create(
        string id, string title, string message, DiagnosticSeverity severity, string category = CatalogCategory)
        => new(id, title, message, category, severity, isEnabledByDefault: true, helpLinkUri: s_helpLinkBase + id + ".md");
}

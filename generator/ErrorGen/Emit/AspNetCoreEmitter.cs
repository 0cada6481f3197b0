using System.Linq;
using ErrorGen.Model;

namespace ErrorGen.Emit;

/// <summary>
/// Emits the ASP.NET Core side of a catalog (only when the project references ASP.NET Core): <c>ToProblemDetails</c>
/// (RFC 9457), an <c>IExceptionHandler</c> registered by <c>AddXErrors()</c> that logs each error once and writes
/// problem+json or the catalog's envelope, and the rate limiter's rejection in the catalog's format. Each error written
/// is recorded for OpenTelemetry (<see cref="TelemetryRuntimeWriter"/>) unless the catalog says <c>telemetry: false</c>.
/// </summary>
internal static class AspNetCoreEmitter
{
    /// <summary>The tail of WriteErrorAsync: the envelope (always, or unless problem+json is asked for) and problem+json.</summary>
    private static string[] WriteBody(CatalogSpec catalog, CatalogNames names)
    {
        var envelope = $"await {names.Envelope}.WriteErrorAsync(httpContext, error).ConfigureAwait(false);";
        var problem = new[]
        {
            "var problem = error.ToProblemDetails(httpContext);",
            "if (developerDetail is not null)",
            "{",
            "    problem.Extensions[\"exception\"] = developerDetail.ToString();",
            "}",
            string.Empty,
            $"await {CatalogRuntimeEmitter.Type}.WriteProblemAsync(httpContext, problem).ConfigureAwait(false);",
        };
        return catalog.Envelope switch
        {
            null => problem,
            { NegotiateProblemDetails: false } => new[] { "_ = developerDetail; // the envelope carries the catalog's message only", envelope },
            _ => new[] { $"if (!{CatalogRuntimeEmitter.Type}.AcceptsProblemJson(httpContext))", "{", "    " + envelope, "    return;", "}", string.Empty }
                .Concat(problem).ToArray(),
        };
    }

    public static string Emit(CatalogSpec catalog, CatalogNames names, bool hasRateLimiting)
    {
        var internalError = catalog.InternalErrorIdentifier is { } i ? $"{names.Code}.{i}" : null;
        var writer = SourceWriter.ForNamespace(catalog.Namespace);
        WriteOptions(writer, catalog, internalError);
        writer.Line();
        WriteIntegration(writer, catalog, names);
        writer.Line();
        WriteExceptionHandler(writer, catalog, names, internalError);
        if (hasRateLimiting && catalog.RateLimitIdentifier is { } rateLimit)
        {
            WriteRateLimiting(writer, catalog, names, rateLimit);
        }

        writer.Close();
        return writer.ToString();
    }

    // The options type apps configure.
    private static void WriteOptions(SourceWriter writer, CatalogSpec catalog, string? internalError)
    {
        var name = catalog.TypeName;
        writer.Line($$"""
            /// <summary>Options of the {{CSharpText.Xml(catalog.Name)}} catalog's ASP.NET Core integration.</summary>
            {{CSharpText.GeneratedCodeAttribute}}
            {{catalog.TypeAccessibility}} sealed class {{name}}ErrorsOptions
            {
                /// <summary>
                /// Whether exceptions that are not {{catalog.ExceptionTypeName}}s are answered with the catalog's internal-error code
                /// (their own message, stack trace and inner exceptions are never written outside Development).
                /// </summary>
                public bool HandleAllExceptions { get; set; } = {{CSharpText.Bool(internalError is not null)}};

                /// <summary>
                /// Limits <see cref="HandleAllExceptions"/> to some requests (say, one route group per catalog when an app serves several);
                /// null: all requests.
                /// </summary>
                public {{KnownTypes.Func}}<{{KnownTypes.HttpContext}}, bool>? HandleAllExceptionsFor { get; set; }

                /// <summary>The <c>Retry-After</c> of 429 and 503 errors that set none.</summary>
                public {{KnownTypes.TimeSpan}} DefaultRetryAfter { get; set; } = {{KnownTypes.TimeSpan}}.FromSeconds(60);
            }
            """);
    }

    // AddXErrors, ToProblemDetails, WriteErrorAsync and the negotiation helpers.
    private static void WriteIntegration(SourceWriter writer, CatalogSpec catalog, CatalogNames names)
    {
        var name = catalog.TypeName;
        var exception = names.Exception;
        writer.Line($$"""
            /// <summary>ASP.NET Core integration of the {{CSharpText.Xml(catalog.Name)}} catalog.</summary>
            {{CSharpText.GeneratedCodeAttribute}}
            """);
        writer.Open($"{catalog.TypeAccessibility} static partial class {name}AspNetCore");
        if (catalog.HasTelemetry)
        {
            writer.Line($$"""
                // Every error WriteErrorAsync writes, on the "{{TelemetryRuntimeWriter.MeterName}}" meter (catalog option telemetry: false leaves it out).
                private static readonly {{KnownTypes.Counter}}<long> s_errors = {{CatalogRuntimeEmitter.Type}}.Meter.CreateCounter<long>(
                    {{CSharpText.Literal(CounterName(catalog))}}, "{error}", {{CSharpText.Literal("Errors of the " + catalog.Name + " catalog written to responses, by code")}});

                """);
        }

        writer.Line($$"""
            /// <summary>
            /// Registers the catalog's exception handler (with ProblemDetails): add <c>app.UseExceptionHandler()</c> to the pipeline.
            /// The options are <c>IOptions&lt;{{name}}ErrorsOptions&gt;</c> (also <c>services.Configure&lt;{{name}}ErrorsOptions&gt;(...)</c>);
            /// calling this again only adds <paramref name="configure"/>, never a second handler.
            /// </summary>
            public static {{KnownTypes.IServiceCollection}} Add{{name}}Errors(
                this {{KnownTypes.IServiceCollection}} services,
                {{KnownTypes.Action}}<{{name}}ErrorsOptions>? configure = null)
            {
                {{KnownTypes.ProblemDetailsServiceCollectionExtensions}}.AddProblemDetails(services);
                {{KnownTypes.OptionsServiceCollectionExtensions}}.AddOptions<{{name}}ErrorsOptions>(services);
                if (configure is not null)
                {
                    {{KnownTypes.OptionsServiceCollectionExtensions}}.Configure(services, configure);
                }

                {{KnownTypes.ServiceCollectionDescriptorExtensions}}.TryAddEnumerable(
                    services, {{KnownTypes.ServiceDescriptor}}.Singleton<{{KnownTypes.IExceptionHandler}}, {{name}}ExceptionHandler>());
                return services;
            }

            /// <summary>The RFC 9457 problem details of <paramref name="exception"/>.</summary>
            public static {{KnownTypes.ProblemDetails}} ToProblemDetails(this {{exception}} exception, {{KnownTypes.HttpContext}}? httpContext = null)
            {
                var info = exception.Info;
                var problem = exception.FieldErrors is { } fieldErrors
                    ? new {{KnownTypes.HttpValidationProblemDetails}}({{KnownTypes.Enumerable}}.ToDictionary(fieldErrors, e => e.Key, e => e.Value))
                    : new {{KnownTypes.ProblemDetails}}();
                var culture = CultureOf(httpContext);
                problem.Type = info.TypeUri;
                problem.Title = info.GetTitle(culture);
                problem.Status = info.HttpStatus;
                problem.Detail = exception.GetMessage(culture);
                if (httpContext is not null)
                {
                    problem.Instance = httpContext.Request.Path.Value;
                }

                problem.Extensions["code"] = info.Value;
                if (info.ModuleName is { } module)
                {
                    problem.Extensions["module"] = module;
                }{{string.Concat(FieldEmitter.ProblemExtensions(catalog, names).Select(line => "\n    " + line))}}

                problem.Extensions["retryable"] = {{CatalogRuntimeEmitter.Type}}.JsonBoolean(info.IsRetryable);
                if (exception.Arguments.Count > 0)
                {
                    problem.Extensions["arguments"] = {{CatalogRuntimeEmitter.Type}}.JsonObjectOf(exception.Arguments);
                }

                problem.Extensions["traceId"] = {{CatalogRuntimeEmitter.Type}}.TraceIdOf(httpContext);
                return problem;
            }

            /// <summary>Writes <paramref name="error"/> as the catalog answers errors: status, <c>Retry-After</c>, and problem+json or the envelope.</summary>
            """);
        WriteErrorAsync(writer, catalog, names);
        writer.Line();
        WriteRequestHelpers(writer);
        if (catalog.StatusPages.Count > 0)
        {
            WriteStatusPages(writer, catalog, names);
        }

        writer.Close();
    }

    // The request's culture is public API of each catalog's integration; the work is shared.
    private static void WriteRequestHelpers(SourceWriter writer)
    {
        writer.Line($$"""
            /// <summary>The request's UI culture (ASP.NET Core's request localization, from Accept-Language and the like), else the current UI culture.</summary>
            public static {{KnownTypes.CultureInfo}} CultureOf({{KnownTypes.HttpContext}}? httpContext) => {{CatalogRuntimeEmitter.Type}}.CultureOf(httpContext);
            """);
    }

    // statusCodes: body-less error statuses (routing's 404 and 405, 415, ...) answered with the codes the catalog names.
    private static void WriteStatusPages(SourceWriter writer, CatalogSpec catalog, CatalogNames names)
    {
        writer.Line($$"""

            /// <summary>
            /// For <c>app.UseStatusCodePages(...)</c>: answers the body-less statuses the catalog's <c>statusCodes</c> names
            /// ({{string.Join(", ", catalog.StatusPages.Select(p => p.Status))}}) with their codes, in the catalog's format; other statuses are left as they are.
            /// </summary>
            public static {{KnownTypes.Task}} WriteStatusCodePageAsync({{KnownTypes.StatusCodeContext}} context)
            {
                switch (context.HttpContext.Response.StatusCode)
                {
            """);
        foreach (var page in catalog.StatusPages)
        {
            writer.Line($"        case {page.Status}: return WriteErrorAsync(context.HttpContext, {catalog.ExceptionFactoryName}.ToException({names.Code}.{page.Identifier}));");
        }

        writer.Line($$"""
                    default: return {{KnownTypes.Task}}.CompletedTask;
                }
            }

            /// <summary><c>app.UseStatusCodePages</c> with <see cref="WriteStatusCodePageAsync"/>, for an app that serves this catalog alone.</summary>
            public static {{KnownTypes.IApplicationBuilder}} Use{{catalog.TypeName}}StatusCodePages(this {{KnownTypes.IApplicationBuilder}} app)
                => {{KnownTypes.StatusCodePagesExtensions}}.UseStatusCodePages(app, WriteStatusCodePageAsync);
            """);
    }

    // Status, Content-Language, Retry-After, then the body in the catalog's wire format.
    private static void WriteErrorAsync(SourceWriter writer, CatalogSpec catalog, CatalogNames names)
    {
        var name = catalog.TypeName;
        var exception = names.Exception;
        writer.Open($"public static async {KnownTypes.Task} WriteErrorAsync({KnownTypes.HttpContext} httpContext, {exception} error, {KnownTypes.Exception}? developerDetail = null)");
        writer.Line($$"""
            var options = {{KnownTypes.ServiceProviderServiceExtensions}}.GetService<{{KnownTypes.IOptions}}<{{name}}ErrorsOptions>>(httpContext.RequestServices)?.Value ?? new {{name}}ErrorsOptions();
            {{CatalogRuntimeEmitter.Type}}.WriteStatus(httpContext, error.HttpStatus, error.RetryAfter, options.DefaultRetryAfter);
            """);
        if (catalog.HasTelemetry)
        {
            writer.Line($"{CatalogRuntimeEmitter.Type}.RecordError(s_errors, httpContext, error.HttpStatus, {WireText(catalog)}, error.Info.MemberName, error.Info.ModuleName, error.Info.IsRetryable);");
        }

        writer.Line(catalog.TranslatedLocales.Count > 0
            ? $"httpContext.Response.Headers[\"Content-Language\"] = {catalog.CatalogClassName}.ResolveLocale(CultureOf(httpContext));"
            : "// One locale: no Content-Language negotiation.");
        writer.Line();
        writer.Lines(WriteBody(catalog, names));
        writer.Close();
    }

    // The IExceptionHandler: logs by severity and writes the error.
    private static void WriteExceptionHandler(SourceWriter writer, CatalogSpec catalog, CatalogNames names, string? internalError)
    {
        var name = catalog.TypeName;
        var exception = names.Exception;
        writer.Line($$"""
            /// <summary>Handles {{catalog.ExceptionTypeName}}s (and, if configured, every other exception) for <c>app.UseExceptionHandler()</c>.</summary>
            {{CSharpText.GeneratedCodeAttribute}}
            """);
        writer.Open($"{catalog.TypeAccessibility} sealed class {name}ExceptionHandler : {KnownTypes.IExceptionHandler}");
        writer.Line($$"""
            private readonly {{KnownTypes.ILogger}}<{{name}}ExceptionHandler> _logger;
            private readonly {{name}}ErrorsOptions _options;
            private readonly bool _isDevelopment;

            /// <summary>Created by dependency injection.</summary>
            public {{name}}ExceptionHandler(
                {{KnownTypes.ILogger}}<{{name}}ExceptionHandler> logger,
                {{KnownTypes.IOptions}}<{{name}}ErrorsOptions> options,
                {{KnownTypes.IHostEnvironment}} environment)
            {
                _logger = logger;
                _options = options.Value;
                _isDevelopment = {{KnownTypes.HostEnvironmentEnvExtensions}}.IsDevelopment(environment);
            }

            /// <inheritdoc/>
            """);
        writer.Open($"public async {KnownTypes.ValueTask}<bool> TryHandleAsync({KnownTypes.HttpContext} httpContext, {KnownTypes.Exception} exception, {KnownTypes.CancellationToken} cancellationToken)");
        writer.Line($$"""
            {{exception}} error;
            if (exception is {{exception}} catalogError)
            {
                error = catalogError;
            }
            """);
        if (internalError is not null)
        {
            writer.Line($$"""
                else if (_options.HandleAllExceptions && !{{AllCatalogsEmitter.IsCatalogErrorCall}}(exception)
                    && (_options.HandleAllExceptionsFor is null || _options.HandleAllExceptionsFor(httpContext)))
                {
                    // The catalog's message only: the exception's own text stays in the log.
                    error = {{exception}}.Create({{internalError}}, exception);
                }
                """);
        }

        writer.Line($$"""
            else
            {
                return false;
            }

            var wire = {{KnownTypes.Convert}}.ToString(error.Info.Value, {{KnownTypes.CultureInfo}}.InvariantCulture) ?? string.Empty;
            {{CatalogRuntimeEmitter.Type}}.LogError(_logger, error.HttpStatus, {{(catalog.CodeType == CodeType.Integer ? "error.Info.Value" : "0")}}, error.Info.MemberName, wire, error.Info.ModuleName, {{CatalogRuntimeEmitter.Type}}.TraceIdOf(httpContext), exception);

            var developerDetail = _isDevelopment && error.HttpStatus >= 500 && !ReferenceEquals(error, exception) ? exception : null;
            await {{name}}AspNetCore.WriteErrorAsync(httpContext, error, developerDetail).ConfigureAwait(false);
            return true;
            """);
        writer.Close();
        writer.Close();
    }

    // The rate limiter's rejections answered with the catalog's rate-limit code.
    private static void WriteRateLimiting(SourceWriter writer, CatalogSpec catalog, CatalogNames names, string rateLimit)
    {
        var name = catalog.TypeName;
        var exception = names.Exception;
        var code = names.Code;
        writer.Line($$"""

        /// <summary>ASP.NET Core's rate limiter, answering rejected requests with {{catalog.CodeTypeName}}.{{rateLimit}}.</summary>
        {{CSharpText.GeneratedCodeAttribute}}
        {{catalog.TypeAccessibility}} static class {{name}}RateLimiting
        {
            /// <summary>
            /// Rejected requests get the catalog's rate-limit code in the catalog's wire format, with <c>Retry-After</c> from the limiter's lease.
            /// </summary>
            public static {{KnownTypes.RateLimiterOptions}} Use{{name}}Rejections(this {{KnownTypes.RateLimiterOptions}} options)
            {
                options.RejectionStatusCode = {{code}}.{{rateLimit}}.GetInfo().HttpStatus;
                options.OnRejected = OnRejected;
                return options;
            }

            /// <summary>The rejection itself, for apps that choose between several catalogs in their own <c>OnRejected</c>.</summary>
            public static {{KnownTypes.ValueTask}} OnRejected({{KnownTypes.OnRejectedContext}} context, {{KnownTypes.CancellationToken}} cancellationToken)
            {
                var error = {{exception}}.Create({{code}}.{{rateLimit}});
                if (context.Lease.TryGetMetadata({{KnownTypes.RateLimitingMetadataName}}.RetryAfter, out var retryAfter))
                {
                    error.WithRetryAfter(retryAfter);
                }

                return new {{KnownTypes.ValueTask}}({{name}}AspNetCore.WriteErrorAsync(context.HttpContext, error));
            }
        }
        """);
    }

    // "errorgen.card_payments.errors": OpenTelemetry's lower-case, dot-separated instrument names.
    private static string CounterName(CatalogSpec catalog) => "errorgen." + NameCasing.Separated(catalog.TypeName, '_') + ".errors";

    // The code as error.type carries it: its wire text.
    private static string WireText(CatalogSpec catalog)
        => catalog.CodeType == CodeType.Integer ? $"error.Info.Value.ToString({KnownTypes.CultureInfo}.InvariantCulture)" : "error.Info.Value";
}

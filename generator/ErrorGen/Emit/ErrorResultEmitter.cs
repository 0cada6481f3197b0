using System.Linq;
using ErrorGen.Model;

namespace ErrorGen.Emit;

/// <summary>
/// Emits errors as values (web projects): <c>XErrorResult</c>, an ASP.NET Core result for minimal APIs (alone or in a
/// <c>Results&lt;…&gt;</c> union) and controllers that writes exactly what the exception handler writes for the same error,
/// without throwing, and <c>ToResult()</c> on a code and on an exception (whose typed factories give the typed parameters).
/// </summary>
internal static class ErrorResultEmitter
{
    /// <summary>C# 11: static abstract interface members (the result's endpoint metadata for OpenAPI).</summary>
    private const int StaticAbstractMembers = 1100;

    public static string Emit(CatalogSpec catalog, CatalogNames names, int languageVersion)
    {
        var name = catalog.TypeName;
        var result = $"{name}ErrorResult";
        var exception = names.Exception;
        var withMetadata = languageVersion >= StaticAbstractMembers;
        var writer = SourceWriter.ForNamespace(catalog.Namespace);
        writer.Line($$"""
            /// <summary>
            /// A {{CSharpText.Xml(catalog.Name)}} error as a value: return it from a minimal API (alone or in <c>Results&lt;Ok&lt;T&gt;, {{result}}&gt;</c>)
            /// or a controller action. It writes what the exception handler writes for the same error (the catalog's envelope or
            /// problem+json, localized, with <c>Retry-After</c>, field errors and the trace id) without throwing; it is not logged.
            /// </summary>
            {{CSharpText.GeneratedCodeAttribute}}
            """);
        var interfaces = $"{KnownTypes.IResult}, {KnownTypes.IStatusCodeHttpResult}, {KnownTypes.IActionResult}"
            + (withMetadata ? $", {KnownTypes.IEndpointMetadataProvider}" : string.Empty);
        writer.Open($"{catalog.TypeAccessibility} sealed class {result} : {interfaces}");
        writer.Line($$"""
            /// <summary>The result of <paramref name="error"/>, built and never thrown.</summary>
            public {{result}}({{exception}} error)
            {
                Error = error ?? throw new {{KnownTypes.ArgumentNullException}}(nameof(error));
            }

            /// <summary>The error this result writes: its code, arguments, field errors and <c>Retry-After</c>.</summary>
            public {{exception}} Error { get; }

            /// <summary>The error's HTTP status.</summary>
            public int? StatusCode => Error.HttpStatus;

            /// <summary>Writes the error as the catalog answers errors, with the no-cache headers the exception handler sets.</summary>
            public {{KnownTypes.Task}} ExecuteAsync({{KnownTypes.HttpContext}} httpContext)
            {
                {{CatalogRuntimeEmitter.Type}}.PreventCaching(httpContext);
                return {{name}}AspNetCore.WriteErrorAsync(httpContext, Error);
            }

            {{KnownTypes.Task}} {{KnownTypes.IActionResult}}.ExecuteResultAsync({{KnownTypes.ActionContext}} context) => ExecuteAsync(context.HttpContext);
            """);
        if (withMetadata)
        {
            WriteMetadata(writer, catalog);
        }

        writer.Close();
        writer.Line();
        writer.Line($$"""
            // The other part of the catalog's ASP.NET Core integration (AspNetCoreEmitter) carries its attributes.
            {{catalog.TypeAccessibility}} static partial class {{name}}AspNetCore
            {
                /// <summary>The error result of <paramref name="code"/>, with the catalog's message (a value: nothing is thrown).</summary>
                public static {{result}} ToResult(this {{names.Code}} code) => new {{result}}({{catalog.ExceptionFactoryName}}.ToException(code));

                /// <summary>The error result of <paramref name="error"/> (say, from a typed factory, with its arguments and field errors).</summary>
                public static {{result}} ToResult(this {{exception}} error) => new {{result}}(error);
            }
            """);
        writer.Close();
        return writer.ToString();
    }

    // Every error status of the catalog, in its content types, so the OpenAPI document lists them for the endpoint.
    private static void WriteMetadata(SourceWriter writer, CatalogSpec catalog)
    {
        var statuses = catalog.ErrorStatuses();
        var (type, contentTypes) = ResponseMetadata(catalog);
        writer.Line($$"""

            private static readonly int[] s_statuses = { {{string.Join(", ", statuses)}} };

            /// <summary>Declares the catalog's error statuses on the endpoint (for OpenAPI and ApiExplorer).</summary>
            static void {{KnownTypes.IEndpointMetadataProvider}}.PopulateMetadata({{KnownTypes.MethodInfo}} method, {{KnownTypes.EndpointBuilder}} builder)
            {
                foreach (var status in s_statuses)
                {
                    builder.Metadata.Add(new {{KnownTypes.ProducesResponseTypeMetadata}}(status, {{type}}, {{contentTypes}}));
                }
            }
            """);
    }

    /// <summary>
    /// The type and content types of an error response in endpoint metadata: RFC 9457's type for problem+json catalogs;
    /// <c>void</c> for envelopes, which have no CLR type (ApiExplorer drops a response without a type; the envelope's schema
    /// comes from <c>AddXErrorResponses</c>).
    /// </summary>
    internal static (string Type, string ContentTypes) ResponseMetadata(CatalogSpec catalog)
    {
        var contentTypes = catalog.Envelope switch
        {
            null => "\"application/problem+json\"",
            { NegotiateProblemDetails: true } => "\"application/json\", \"application/problem+json\"",
            _ => "\"application/json\"",
        };
        var type = catalog.Envelope is null ? $"typeof({KnownTypes.ProblemDetails})" : "typeof(void)";
        return (type, "new[] { " + contentTypes + " }");
    }
}

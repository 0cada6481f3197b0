using System.Collections.Generic;
using System.Linq;
using ErrorGen.Model;

namespace ErrorGen.Emit;

/// <summary>
/// <c>services.AddErrorCatalogs()</c> in a web project: one call that registers every catalog the app serves — its own,
/// then those of the libraries it references — in a fixed, documented order, since the order decides which catalog
/// answers exceptions that belong to none.
/// </summary>
internal static class AllCatalogsEmitter
{
    public const string HintName = "ErrorGen.AllCatalogs.g.cs";

    public const string ServedCatalogsNamespace = "ErrorGen.Generated";

    public const string ServedCatalogsClass = "ServedCatalogs";

    /// <summary>The call, in a catalog's exception handler, that tells another served catalog's exception from any other.</summary>
    public const string IsCatalogErrorCall = "global::" + ServedCatalogsNamespace + "." + ServedCatalogsClass + ".IsCatalogError";

    /// <param name="catalogs">In registration order: the project's own catalogs, then referenced ones by assembly.</param>
    public static string Emit(IReadOnlyList<ServedCatalog> catalogs)
    {
        // Internal, and in the namespace the Web SDK imports implicitly: two web projects that both generate it never clash.
        var writer = SourceWriter.ForNamespace("Microsoft.Extensions.DependencyInjection");
        var list = string.Join(", ", catalogs.Select(c => CSharpText.Xml(c.Name + (c.AssemblyName is { } a ? $" ({a})" : string.Empty))));
        writer.OpenType(
            "<summary>Registers every error catalog this app serves in one call.</summary>",
            "internal static class ErrorCatalogsServiceCollectionExtensions");
        writer.Line($$"""
            /// <summary>
            /// Registers the ASP.NET Core integration of every catalog this app serves, in this order: {{list}}.
            /// A catalog's own exceptions are always answered by that catalog (its envelope or ProblemDetails); an exception
            /// of no catalog is answered by the first catalog in this order that has an <c>internalErrorCode</c> and whose
            /// <c>HandleAllExceptionsFor</c> accepts the request. Call a catalog's own <c>AddXErrors</c> instead to configure it.
            /// </summary>
            """);
        writer.Open($"public static {KnownTypes.IServiceCollection} AddErrorCatalogs(this {KnownTypes.IServiceCollection} services)");
        foreach (var catalog in catalogs)
        {
            writer.Line($"global::{catalog.Namespace}.{catalog.TypeName}AspNetCore.Add{catalog.TypeName}Errors(services);");
        }

        writer.Line("return services;");
        writer.Close().Close().Close().Line();

        // Each catalog's handler answers "every other exception" only for exceptions of no catalog: a catalog registered
        // first must not answer a later catalog's exception with its internal error.
        writer.Open("namespace " + ServedCatalogsNamespace);
        writer.OpenType(
            "<summary>The exception types of the catalogs this app serves.</summary>",
            "internal static class " + ServedCatalogsClass);
        writer.Line("/// <summary>Whether <paramref name=\"exception\"/> is the error of a catalog this app serves.</summary>");
        var types = string.Join(" or ", catalogs.Select(c => $"global::{c.Namespace}.{c.ExceptionTypeName}"));
        writer.Line($"public static bool IsCatalogError({KnownTypes.Exception} exception) => exception is {types};");
        writer.Close().Close();
        return writer.ToString();
    }
}

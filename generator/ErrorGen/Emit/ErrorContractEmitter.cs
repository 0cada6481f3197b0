using System.Linq;
using ErrorGen.Model;

namespace ErrorGen.Emit;

/// <summary>
/// Emits per-endpoint error contracts (web projects): <c>[XErrors(XCode.A, XCode.B)]</c> on a controller or action, and
/// <c>.ProducesErrors(XCode.A, XCode.B)</c> on a minimal API endpoint, which puts the same attribute in its metadata.
/// The OpenAPI transformer then lists only those codes for the operation, and the EG1xxx analyzer checks the handler
/// against them.
/// </summary>
internal static class ErrorContractEmitter
{
    public static string Emit(CatalogSpec catalog, CatalogNames names)
    {
        var name = catalog.TypeName;
        var attribute = $"{name}ErrorsAttribute";
        var isString = catalog.CodeType == CodeType.String;
        var statuses = catalog.ErrorStatuses();
        var writer = SourceWriter.ForNamespace(catalog.Namespace);
        writer.Line($$"""
            /// <summary>
            /// The {{CSharpText.Xml(catalog.Name)}} codes an endpoint can answer with: on a controller or action, or through
            /// <c>.ProducesErrors(...)</c> on a minimal API. The OpenAPI document then lists only these codes for the operation.
            /// </summary>
            [{{KnownTypes.AttributeUsage}}({{KnownTypes.AttributeTargets}}.Class | {{KnownTypes.AttributeTargets}}.Method, AllowMultiple = false, Inherited = true)]
            {{CSharpText.GeneratedCodeAttribute}}
            """);
        writer.Open($"{catalog.TypeAccessibility} sealed class {attribute} : {KnownTypes.Attribute}");
        var parameter = isString ? "params string[] codes" : $"params {names.Code}[] codes";
        var wire = isString
            ? "codes ?? new string[0]"
            : $"{KnownTypes.Array}.ConvertAll(codes ?? new {names.Code}[0], c => ((long)c).ToString({KnownTypes.CultureInfo}.InvariantCulture))";
        writer.Line($$"""
            /// <summary>Declares the codes{{(isString ? " (their wire values)" : string.Empty)}} the endpoint can answer with.</summary>
            public {{attribute}}({{parameter}})
            {
                Values = {{wire}};
            }

            /// <summary>The declared codes' wire values.</summary>
            public string[] Values { get; }

            // The catalog's error statuses: ProducesErrors drops response metadata of those the endpoint does not declare.
            internal static readonly int[] ErrorStatuses = { {{string.Join(", ", statuses)}} };
            """);
        writer.Close();
        writer.Line();
        var (metadataType, contentTypes) = ErrorResultEmitter.ResponseMetadata(catalog);
        var codeToWire = isString ? "c => c.Value" : "c => ((long)c).ToString(" + KnownTypes.CultureInfo + ".InvariantCulture)";
        writer.Line($$"""
            // The other part of the catalog's ASP.NET Core integration (AspNetCoreEmitter) carries its attributes.
            {{catalog.TypeAccessibility}} static partial class {{name}}AspNetCore
            {
                /// <summary>
                /// Declares the codes this endpoint can answer with (<see cref="{{attribute}}"/>): the OpenAPI document lists only
                /// these, under their statuses, and EG1xxx warns where the handler throws or returns another code of the catalog.
                /// </summary>
                public static TBuilder ProducesErrors<TBuilder>(this TBuilder builder, params {{names.Code}}[] codes)
                    where TBuilder : {{KnownTypes.IEndpointConventionBuilder}}
                {
                    var declared = new {{attribute}}({{(isString ? $"{KnownTypes.Array}.ConvertAll(codes, {codeToWire})" : "codes")}});
                    var statuses = new {{KnownTypes.HashSet}}<int>();
                    foreach (var code in codes)
                    {
                        statuses.Add({{names.Errors}}.Get(code).HttpStatus);
                    }

                    builder.Add(endpoint =>
                    {
                        // An error result in the handler's return type declared every status of the catalog: keep the declared ones.
                        var listed = new {{KnownTypes.HashSet}}<int>();
                        for (var i = endpoint.Metadata.Count - 1; i >= 0; i--)
                        {
                            if (endpoint.Metadata[i] is {{KnownTypes.ProducesResponseTypeMetadata}} produced
                                && {{KnownTypes.Array}}.IndexOf({{attribute}}.ErrorStatuses, produced.StatusCode) >= 0)
                            {
                                if (statuses.Contains(produced.StatusCode))
                                {
                                    listed.Add(produced.StatusCode);
                                }
                                else
                                {
                                    endpoint.Metadata.RemoveAt(i);
                                }
                            }
                        }

                        foreach (var status in statuses)
                        {
                            if (listed.Add(status))
                            {
                                endpoint.Metadata.Add(new {{KnownTypes.ProducesResponseTypeMetadata}}(status, {{metadataType}}, {{contentTypes}}));
                            }
                        }

                        endpoint.Metadata.Add(declared);
                    });
                    return builder;
                }
            }
            """);
        writer.Close();
        return writer.ToString();
    }
}

namespace ErrorGen.Emit;

/// <summary>
/// What every catalog's OpenAPI output does alike, in <see cref="CatalogRuntimeEmitter"/>'s shared class (projects with
/// Microsoft.AspNetCore.OpenApi 10 or later): walking the document's operations, grouping a catalog's codes into one
/// response per status, and marking the operations whose endpoint declares its codes. Each catalog keeps its tables,
/// schemas and examples (<see cref="OpenApiEmitter"/>).
/// </summary>
internal static class OpenApiRuntimeWriter
{
    private const string OpenApi = KnownTypes.OpenApiModels;

    public static void Write(SourceWriter writer)
    {
        writer.Line($$"""
            // Every operation whose path the predicate accepts (all when null) gets the catalog's responses, unless its
            // endpoint declared its own codes.
            public static void AddErrorResponsesToPaths({{OpenApi}}.OpenApiDocument document, {{KnownTypes.Func}}<string, bool>? appliesToPath, {{KnownTypes.HashSet}}<{{OpenApi}}.OpenApiOperation> declared, {{KnownTypes.Action}}<{{OpenApi}}.OpenApiDocument, {{OpenApi}}.OpenApiOperation> addAll)
            {
                if (document.Paths is null)
                {
                    return;
                }

                foreach (var path in document.Paths)
                {
                    if ((appliesToPath is not null && !appliesToPath(path.Key)) || path.Value.Operations is null)
                    {
                        continue;
                    }

                    foreach (var operation in path.Value.Operations.Values)
                    {
                        if (!declared.Contains(operation))
                        {
                            addAll(document, operation);
                        }
                    }
                }
            }

            // The operation's responses of the given codes (indices into the catalog's tables), one per status: a description
            // naming the codes, an example per code. An endpoint's own response wins, unless it is a bare status (an error
            // result in the return type gives those).
            public static void AddErrorResponses({{OpenApi}}.OpenApiDocument document, {{OpenApi}}.OpenApiOperation operation, int[] codes, string label, string[] values, string[] names, int[] statuses, {{KnownTypes.Func}}<{{OpenApi}}.OpenApiDocument, string, int[], {{OpenApi}}.OpenApiResponse> response)
            {
                operation.Responses ??= new {{OpenApi}}.OpenApiResponses();
                foreach (var group in {{KnownTypes.Enumerable}}.OrderBy({{KnownTypes.Enumerable}}.GroupBy(codes, i => statuses[i]), g => g.Key))
                {
                    var status = group.Key.ToString({{KnownTypes.CultureInfo}}.InvariantCulture);
                    if (operation.Responses.TryGetValue(status, out var existing) && existing.Content is { Count: > 0 })
                    {
                        continue;
                    }

                    var indices = {{KnownTypes.Enumerable}}.ToArray(group);
                    var named = {{KnownTypes.Enumerable}}.Select({{KnownTypes.Enumerable}}.Take(indices, 12), i => values[i] + " " + names[i]);
                    var description = label + string.Join(", ", named)
                        + (indices.Length > 12 ? " and " + (indices.Length - 12).ToString({{KnownTypes.CultureInfo}}.InvariantCulture) + " more" : string.Empty);
                    operation.Responses[status] = response(document, description, indices);
                }
            }

            // An operation whose endpoint declares codes of a catalog: marked (the document pass leaves it alone), and the
            // indices of the declared codes that the catalog has.
            public static int[] DeclareErrorResponses({{OpenApi}}.OpenApiOperation operation, {{KnownTypes.HashSet}}<{{OpenApi}}.OpenApiOperation> declared, {{KnownTypes.IEnumerable}}<string> declaredValues, string[] values)
            {
                lock (declared)
                {
                    declared.Add(operation);
                }

                var codes = new {{KnownTypes.List}}<int>();
                foreach (var value in declaredValues)
                {
                    var index = {{KnownTypes.Array}}.IndexOf(values, value);
                    if (index >= 0)
                    {
                        codes.Add(index);
                    }
                }

                return codes.ToArray();
            }
            """);
    }
}

using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text.Json;
using System.Text.Json.Nodes;
using ErrorGen.Tests.Infrastructure;
using Json.Schema;
using YamlDotNet.RepresentationModel;

namespace ErrorGen.Tests;

/// <summary>catalogs/errorgen.schema.json accepts every shipped catalog, rejects what the generator rejects, and names the same keys.</summary>
public class CatalogSchemaTests
{
    private static readonly JsonSchema s_schema = JsonSchema.FromFile(Path.Combine(RepoPaths.Root, "catalogs", "errorgen.schema.json"));
    private static readonly JsonSchema s_registrySchema = JsonSchema.FromFile(Path.Combine(RepoPaths.Root, "catalogs", "errorgen.registry.schema.json"));

    public static TheoryData<string> CatalogFiles()
    {
        var data = new TheoryData<string>();
        foreach (var path in Directory.GetFiles(Path.Combine(RepoPaths.Root, "catalogs"), "*.yaml", SearchOption.AllDirectories)
            .Where(p => !p.EndsWith(".registry.yaml", StringComparison.Ordinal)).OrderBy(p => p))
        {
            data.Add(Path.GetRelativePath(RepoPaths.Root, path));
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(CatalogFiles))]
    public void Every_shipped_catalog_file_is_valid_against_the_schema(string relativePath)
    {
        var result = Evaluate(File.ReadAllText(Path.Combine(RepoPaths.Root, relativePath)));
        Assert.True(result.IsValid, relativePath + ": " + JsonSerializer.Serialize(result));
    }

    [Theory]
    [InlineData("catalog: { name: Shop }\ncodes:\n  - { code: 1, name: A, message: m, httpStatuss: 404 }\n")]
    [InlineData("catalog: { name: Shop }\ncodes:\n  - { code: 1, name: A }\n")]
    [InlineData("catalog: { name: Shop }\ncodes:\n  - { code: 1, name: A, message: m, httpStatus: 700 }\n")]
    [InlineData("catalog: { name: Shop }\nmodules:\n  - { name: Auth, ranges: 400-3x }\n")]
    [InlineData("catalog: { name: Shop }\nmodules:\n  - { name: Auth, ranges: \"HV*\" }\n")]
    [InlineData("catalog: { name: Shop, codeType: int }\nhttpRules:\n  - { match: \"ERR_*\", httpStatus: 400 }\n")]
    [InlineData("codes: []\n")]
    public void Catalogs_the_generator_rejects_are_invalid_against_the_schema(string yaml)
        => Assert.False(Evaluate(yaml).IsValid);

    [Theory]
    [InlineData("catalog: { name: Shop, codeType: string }\nmodules:\n  - { name: Auth, ranges: \"HV*, 22xxx, ERR_AUTH_*\" }\n")]
    [InlineData("catalog: Shop\nmodules:\n  - { name: Auth, ranges: \"HV*\" }\n")]
    [InlineData("catalog: { name: Shop }\nmodules:\n  - { name: Auth, ranges: \"-1999--1000, -1, -2xxx\" }\n")]
    public void String_patterns_and_negative_integer_ranges_are_valid_where_the_generator_takes_them(string yaml)
        => Assert.True(Evaluate(yaml).IsValid, yaml);

    [Fact]
    public void The_schema_and_the_reader_know_the_same_keys()
    {
        var schema = JsonNode.Parse(File.ReadAllText(Path.Combine(RepoPaths.Root, "catalogs", "errorgen.schema.json")))!;
        string[] Keys(JsonNode node) => node["properties"]!.AsObject().Select(p => p.Key).OrderBy(k => k).ToArray();
        var reader = typeof(ErrorGen.Reading.CatalogFileReader);
        string[] ReaderKeys(string field) => ((string[])reader.GetField(field, System.Reflection.BindingFlags.NonPublic | System.Reflection.BindingFlags.Static)!.GetValue(null)!).OrderBy(k => k).ToArray();

        Assert.Equal(ReaderKeys("s_rootKeys"), Keys(schema));
        Assert.Equal(ReaderKeys("s_catalogKeys"), Keys(schema["$defs"]!["header"]!));
        Assert.Equal(ReaderKeys("s_successKeys"), Keys(schema["$defs"]!["header"]!["properties"]!["success"]!));
        Assert.Equal(ReaderKeys("s_envelopeKeys"), Keys(schema["$defs"]!["envelope"]!));
        Assert.Equal(ReaderKeys("s_translationKeys"), Keys(schema["$defs"]!["translation"]!));
        Assert.Equal(ReaderKeys("s_moduleKeys"), Keys(schema["$defs"]!["module"]!));
        Assert.Equal(ReaderKeys("s_ruleKeys"), Keys(schema["$defs"]!["httpRule"]!));
        Assert.Equal(ReaderKeys("s_codeKeys"), Keys(schema["$defs"]!["code"]!));
    }

    [Fact]
    public void The_example_registry_is_valid_against_the_registry_schema_and_the_reader_reads_it_cleanly()
    {
        var path = Path.Combine(RepoPaths.Root, "catalogs", "examples", "acme-public.registry.yaml");
        var text = File.ReadAllText(path);

        Assert.True(Evaluate(text, s_registrySchema).IsValid);
        var read = ErrorGen.Reading.RegistryFileReader.Read(path, text, default);
        Assert.Empty(read.Diagnostics);
        Assert.Equal(4, read.Blocks.Count);
    }

    [Theory]
    [InlineData("blocks: []\n")]
    [InlineData("codeSpace: acme\nblocks:\n  - { range: 1-9, prefix: A, owner: X }\n")]
    [InlineData("codeSpace: acme\nblocks:\n  - { owner: X }\n")]
    [InlineData("codeSpace: acme\nblocks:\n  - { range: 1-9, owner: X, reserved: true }\n")]
    [InlineData("codeSpace: acme\nblocks:\n  - { range: 1-9 }\n")]
    [InlineData("codeSpace: acme\nblocks:\n  - { range: 1-x9, owner: X }\n")]
    [InlineData("codeSpace: acme\nblocks:\n  - { range: 1-9, owner: X, colour: red }\n")]
    public void Registries_the_generator_rejects_are_invalid_against_the_registry_schema(string yaml)
    {
        Assert.False(Evaluate(yaml, s_registrySchema).IsValid);
        Assert.NotEmpty(ErrorGen.Reading.RegistryFileReader.Read("r.registry.yaml", yaml, default).Diagnostics);
    }

    [Fact]
    public void The_registry_schema_and_the_reader_know_the_same_keys()
    {
        var schema = JsonNode.Parse(File.ReadAllText(Path.Combine(RepoPaths.Root, "catalogs", "errorgen.registry.schema.json")))!;
        string[] Keys(JsonNode node) => node["properties"]!.AsObject().Select(p => p.Key).OrderBy(k => k).ToArray();
        var reader = typeof(ErrorGen.Reading.RegistryFileReader);
        string[] ReaderKeys(string field) => ((string[])reader.GetField(field, System.Reflection.BindingFlags.NonPublic | System.Reflection.BindingFlags.Static)!.GetValue(null)!).OrderBy(k => k).ToArray();

        Assert.Equal(ReaderKeys("s_rootKeys"), Keys(schema));
        Assert.Equal(ReaderKeys("s_blockKeys"), Keys(schema["$defs"]!["block"]!));
    }

    private static EvaluationResults Evaluate(string yaml) => Evaluate(yaml, s_schema);

    private static EvaluationResults Evaluate(string yaml, JsonSchema schema)
    {
        var stream = new YamlStream();
        stream.Load(new StringReader(yaml));
        var json = ToJson(stream.Documents[0].RootNode);
        return schema.Evaluate(JsonDocument.Parse(json!.ToJsonString()).RootElement, new EvaluationOptions { OutputFormat = OutputFormat.List });
    }

    // YAML 1.2 core schema: plain scalars that look like integers, booleans or null are typed as such.
    private static JsonNode? ToJson(YamlNode node) => node switch
    {
        YamlMappingNode mapping => new JsonObject(mapping.Children.Select(c => KeyValuePair.Create(((YamlScalarNode)c.Key).Value!, ToJson(c.Value)))),
        YamlSequenceNode sequence => new JsonArray(sequence.Children.Select(ToJson).ToArray()),
        YamlScalarNode { Style: YamlDotNet.Core.ScalarStyle.Plain } scalar when long.TryParse(scalar.Value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var number) => JsonValue.Create(number),
        YamlScalarNode { Style: YamlDotNet.Core.ScalarStyle.Plain, Value: "true" or "false" } scalar => JsonValue.Create(scalar.Value == "true"),
        YamlScalarNode { Style: YamlDotNet.Core.ScalarStyle.Plain, Value: "" or "~" or "null" } => null,
        YamlScalarNode scalar => JsonValue.Create(scalar.Value),
        _ => throw new NotSupportedException(node.GetType().Name),
    };
}

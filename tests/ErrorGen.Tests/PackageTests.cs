using System;
using System.IO;
using System.Linq;
using System.Xml.Linq;
using ErrorGen.Tests.Infrastructure;

namespace ErrorGen.Tests;

/// <summary>
/// The README's quick start, done for real: pack ErrorGen into a local feed, create fresh consumers that reference
/// the package from it, build and run one, and watch a colliding catalog fail the other's build; and the code fixes
/// applied by <c>dotnet format</c>, as a team would clean up a code base.
/// </summary>
public sealed class PackageTests : IClassFixture<PackageTests.PackedFeed>
{
    private const string Version = "0.1.0";
    private readonly PackedFeed _feed;
    private readonly string _root;

    public PackageTests(PackedFeed feed)
    {
        _feed = feed;
        _root = Path.Combine(feed.Root, Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(_root);
    }

    /// <summary>ErrorGen packed once into a local feed, for every test of the class.</summary>
    public sealed class PackedFeed : IDisposable
    {
        public PackedFeed()
        {
            Directory.CreateDirectory(Root);
            (PackExitCode, PackOutput) = DotnetCli.Run(RepoPaths.Root, $"pack generator/ErrorGen.Package/ErrorGen.Package.csproj -c Release -o \"{Feed}\" -nodeReuse:false");
        }

        public string Root { get; } = Path.Combine(Path.GetTempPath(), "errorgen-package-" + Guid.NewGuid().ToString("N"));

        public string Feed => Path.Combine(Root, "feed");

        public int PackExitCode { get; }

        public string PackOutput { get; }

        public void Dispose()
        {
            try
            {
                Directory.Delete(Root, recursive: true);
            }
            catch (IOException)
            {
                // A leftover temp folder is harmless.
            }
        }
    }

    [Fact]
    public void A_fresh_consumer_of_the_packed_package_builds_runs_and_fails_on_a_collision()
    {
        var feed = _feed.Feed;
        Assert.True(_feed.PackExitCode == 0, _feed.PackOutput);
        var package = Path.Combine(feed, $"ErrorGen.{Version}.nupkg");
        Assert.True(File.Exists(package), _feed.PackOutput);
        using (var archive = System.IO.Compression.ZipFile.OpenRead(package))
        {
            Assert.NotNull(archive.GetEntry("analyzers/dotnet/cs/ErrorGen.dll"));
            Assert.NotNull(archive.GetEntry("analyzers/dotnet/cs/YamlDotNet.dll"));
            Assert.NotNull(archive.GetEntry("analyzers/dotnet/cs/ErrorGen.CodeFixes.dll"));
            Assert.NotNull(archive.GetEntry("build/ErrorGen.targets"));
            Assert.NotNull(archive.GetEntry("build/ErrorGen.props"));
            Assert.Null(archive.GetEntry("lib/netstandard2.0/ErrorGen.dll"));
            AssertTrustworthyMetadata(archive);
        }

        // The consumer from the README's quick start: its catalog and its program, as the README shows them.
        var good = CreateConsumer("good", Readme.QuickStartCatalog, feed);
        var program = Readme.QuickStartProgram;
        File.WriteAllText(Path.Combine(good, "Program.cs"), program);
        var (runExit, runOutput) = DotnetCli.Run(good, "run -nodeReuse:false");
        Assert.True(runExit == 0, runOutput);

        // The README's editor set-up for package users: the build wrote the package's schema where the catalog's
        // "# yaml-language-server: $schema=errorgen.schema.json" comment looks for it.
        Assert.Equal(
            File.ReadAllText(Path.Combine(RepoPaths.Root, "catalogs", "errorgen.schema.json")),
            File.ReadAllText(Path.Combine(good, "errors", "errorgen.schema.json")));
        // Each line the README's comments say the program prints, it prints.
        var promised = System.Text.RegularExpressions.Regex.Matches(program, @"// (.+)$", System.Text.RegularExpressions.RegexOptions.Multiline)
            .Select(m => m.Groups[1].Value.Trim()).ToList();
        Assert.Equal(2, promised.Count);
        Assert.All(promised, line => Assert.Contains(line + "\n", runOutput.Replace("\r\n", "\n")));
        Assert.Contains("PasswordTooShort", runOutput);

        // The same package, the README's catalog and its second file declaring the same code: dotnet build fails with
        // EG0010, and prints the lines the README shows (there with paths relative to the project).
        var bad = CreateConsumer("bad", Readme.QuickStartCatalog, feed);
        File.WriteAllText(Path.Combine(bad, "errors", "wallet.yaml"), Readme.QuickStartSecondFile);
        File.WriteAllText(Path.Combine(bad, "Program.cs"), "System.Console.WriteLine(Shop.Errors.ShopErrors.Count);");
        var (buildExit, buildOutput) = DotnetCli.Run(bad, "build -nodeReuse:false");
        Assert.NotEqual(0, buildExit);
        var printed = buildOutput.Replace("\r\n", "\n").Replace(bad + Path.DirectorySeparatorChar, string.Empty);
        var shown = System.Text.RegularExpressions.Regex.Matches(
                Readme.Text, @"^\s*(errors/(?:shop|wallet)\.yaml\(\d+,\d+\): error EG0010: .*)$", System.Text.RegularExpressions.RegexOptions.Multiline)
            .Select(m => m.Groups[1].Value.Trim()).Distinct().ToList();
        Assert.Equal(2, shown.Count);
        Assert.All(shown, line => Assert.Contains(line + " [bad.csproj]", printed.Replace(Path.Combine(bad, "bad.csproj"), "bad.csproj")));
    }

    [Fact]
    public void Dotnet_format_applies_each_code_fix_to_every_occurrence_in_the_project()
    {
        Assert.True(_feed.PackExitCode == 0, _feed.PackOutput);
        var project = CreateConsumer("fixes", """
            catalog:
              name: Shop
              namespace: Shop.Errors
              defaultHttpStatus: 400
            codes:
              - { code: 40001, name: InvalidCaptcha, message: The captcha is invalid. }
              - { code: 40002, name: CardError, deprecated: true, replacedBy: 40003, message: The card could not be charged. }
              - { code: 40003, name: CardDeclined, message: The card was declined. }
            """, _feed.Feed);
        File.WriteAllText(Path.Combine(project, "Checkout.cs"), """
            using Shop.Errors;

            public static class Checkout
            {
                public static ShopCode Rejected() => (ShopCode)40001;
                public static ShopCode Again() => (ShopCode)40001;
                public static ShopCode Declined() => ShopCode.CardError;
                public static string Name(ShopCode code) => code.ToString();
            }
            """);
        File.WriteAllText(Path.Combine(project, "Program.cs"), """
            using Shop.Errors;

            System.Console.WriteLine(Checkout.Name((ShopCode)40001) + Checkout.Name(ShopCode.CardError) + ShopCode.CardDeclined.ToString());
            """);
        var (restoreExit, restoreOutput) = DotnetCli.Run(project, "restore -nodeReuse:false");
        Assert.True(restoreExit == 0, restoreOutput);

        // One run per ID: dotnet format applies only the first ID's Fix All when several would change one project in a run.
        foreach (var id in new[] { "EG1002", "EG1003", "EG1005" })
        {
            var (formatExit, formatOutput) = DotnetCli.Run(project, $"format analyzers --diagnostics {id} --severity info --no-restore");
            Assert.True(formatExit == 0, formatOutput);
            Assert.DoesNotContain("Unable to fix", formatOutput);
        }

        Assert.Equal("""
            using Shop.Errors;

            public static class Checkout
            {
                public static ShopCode Rejected() => ShopCode.InvalidCaptcha;
                public static ShopCode Again() => ShopCode.InvalidCaptcha;
                public static ShopCode Declined() => ShopCode.CardDeclined;
                public static string Name(ShopCode code) => code.ToStringFast();
            }
            """, File.ReadAllText(Path.Combine(project, "Checkout.cs")).Replace("\r\n", "\n"));
        Assert.Equal("""
            using Shop.Errors;

            System.Console.WriteLine(Checkout.Name(ShopCode.InvalidCaptcha) + Checkout.Name(ShopCode.CardDeclined) + ShopCode.CardDeclined.ToStringFast());
            """, File.ReadAllText(Path.Combine(project, "Program.cs")).Replace("\r\n", "\n"));

        // With warnings as errors: no EG1xxx left, and no CS0618 for the deprecated member.
        var (buildExit, buildOutput) = DotnetCli.Run(project, "build --no-restore -nodeReuse:false");
        Assert.True(buildExit == 0, buildOutput);
    }

    /// <summary>What a team checks before adopting a package: license, source, icon, readme, and no builder's paths inside.</summary>
    private static void AssertTrustworthyMetadata(System.IO.Compression.ZipArchive archive)
    {
        XNamespace ns = "http://schemas.microsoft.com/packaging/2011/08/nuspec.xsd";
        using (var nuspecStream = archive.GetEntry("ErrorGen.nuspec")!.Open())
        {
            var metadata = XDocument.Load(nuspecStream).Root!.Element(ns + "metadata")!;
            Assert.Equal("MIT", metadata.Element(ns + "license")!.Value);
            var repository = metadata.Element(ns + "repository")!;
            Assert.Equal("https://github.com/errorgen/errorgen", repository.Attribute("url")!.Value);
            Assert.Matches("^[0-9a-f]{40}$", repository.Attribute("commit")!.Value);
            Assert.Equal("icon.png", metadata.Element(ns + "icon")!.Value);
            Assert.Equal("README.md", metadata.Element(ns + "readme")!.Value);
            Assert.Contains("CHANGELOG.md", metadata.Element(ns + "releaseNotes")!.Value);
            Assert.Contains("source-generator", metadata.Element(ns + "tags")!.Value);
        }

        Assert.NotNull(archive.GetEntry("LICENSE"));
        Assert.NotNull(archive.GetEntry("icon.png"));
        foreach (var dll in new[] { "analyzers/dotnet/cs/ErrorGen.dll", "analyzers/dotnet/cs/ErrorGen.CodeFixes.dll" })
        {
            using var image = new MemoryStream();
            using (var entry = archive.GetEntry(dll)!.Open())
            {
                entry.CopyTo(image);
            }

            // The PDB is embedded and every path in the assembly is repository-relative (/_/...).
            var bytes = image.ToArray();
            Assert.DoesNotContain(System.Text.Encoding.UTF8.GetString(bytes), RepoPaths.Root, StringComparison.Ordinal);
            using var reader = new System.Reflection.PortableExecutable.PEReader(new MemoryStream(bytes));
            var embedded = Assert.Single(
                reader.ReadDebugDirectory(), d => d.Type == System.Reflection.PortableExecutable.DebugDirectoryEntryType.EmbeddedPortablePdb);
            using var pdb = reader.ReadEmbeddedPortablePdbDebugDirectoryData(embedded);
            var metadataReader = pdb.GetMetadataReader();
            var documents = metadataReader.Documents.Select(d => metadataReader.GetString(metadataReader.GetDocument(d).Name)).ToList();
            Assert.NotEmpty(documents);
            Assert.All(documents, path => Assert.StartsWith("/_/generator/", path, StringComparison.Ordinal));
        }
    }

    private string CreateConsumer(string name, string catalog, string feed)
    {
        var directory = Path.Combine(_root, name);
        Directory.CreateDirectory(Path.Combine(directory, "errors"));
        File.WriteAllText(Path.Combine(directory, "nuget.config"), $"""
            <?xml version="1.0" encoding="utf-8"?>
            <configuration>
              <config>
                <!-- Its own package cache: a re-packed 0.1.0 must not be served stale from the global one. -->
                <add key="globalPackagesFolder" value="{Path.Combine(_feed.Root, "packages")}" />
              </config>
              <packageSources>
                <clear />
                <add key="local" value="{feed}" />
              </packageSources>
            </configuration>
            """);
        File.WriteAllText(Path.Combine(directory, name + ".csproj"), $"""
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup>
                <OutputType>Exe</OutputType>
                <TargetFramework>net10.0</TargetFramework>
                <Nullable>enable</Nullable>
                <TreatWarningsAsErrors>true</TreatWarningsAsErrors>
                <ErrorGenSchemaPath>errors/errorgen.schema.json</ErrorGenSchemaPath>
              </PropertyGroup>
              <ItemGroup>
                <PackageReference Include="ErrorGen" Version="{Version}" PrivateAssets="all" />
                <ErrorCatalog Include="errors/*.yaml" />
              </ItemGroup>
            </Project>
            """);
        File.WriteAllText(Path.Combine(directory, "errors", "shop.yaml"), catalog);
        return directory;
    }

}

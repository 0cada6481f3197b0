using System;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using ErrorGen.Tests.Infrastructure;

namespace ErrorGen.Tests;

/// <summary>
/// "CI fails on a collision": a throwaway consumer whose split catalog declares one code in two files must fail
/// <c>dotnet build</c> with EG0010 naming both files and lines.
/// </summary>
public sealed class EndToEndBuildTests : IDisposable
{
    private readonly string _directory = Path.Combine(Path.GetTempPath(), "errorgen-e2e-" + Guid.NewGuid().ToString("N"));

    public EndToEndBuildTests() => Directory.CreateDirectory(Path.Combine(_directory, "errors"));

    [Fact]
    public void Dotnet_build_fails_on_a_code_declared_in_two_files_of_a_split_catalog()
    {
        WriteConsumer();
        File.WriteAllText(Path.Combine(_directory, "errors", "auth.yaml"), """
            catalog:
              name: Shop
              namespace: Shop.Errors
              defaultHttpStatus: 400
            codes:
              - code: 40112
                name: CaptchaExpired
                message: The captcha expired.
            """);
        File.WriteAllText(Path.Combine(_directory, "errors", "payments.yaml"), """
            catalog: Shop
            codes:
              - code: 40112
                name: CardExpired
                message: The card expired.
            """);

        var (exitCode, output) = DotnetCli.Run(_directory, "build -nodeReuse:false");

        Assert.NotEqual(0, exitCode);
        var payments = Path.Combine(_directory, "errors", "payments.yaml");
        var auth = Path.Combine(_directory, "errors", "auth.yaml");
        Assert.Contains($"{payments}(3,11): error EG0010: Code 40112 is declared twice in catalog 'Shop'", output);
        Assert.Contains($"{auth}(6,11)", output);
        Assert.DoesNotContain("CS8785", output);
    }

    [Fact]
    public void A_pull_request_adding_a_shipped_code_again_fails_with_one_error_at_the_new_entry_only()
    {
        WriteConsumer();
        File.WriteAllText(Path.Combine(_directory, "errors", "users.yaml"), """
            catalog:
              name: Shop
              namespace: Shop.Errors
              defaultHttpStatus: 400
            codes:
              - code: 40112
                name: CaptchaExpired
                message: The captcha expired.
            """);
        File.WriteAllText(Path.Combine(_directory, "errors", "Shop.shipped.txt"), "catalog: Shop\n40112 CaptchaExpired 400\n");

        // The pull request: a file that sorts first declares the shipped number again, with another status. Uses.cs
        // still uses the shipped member, so a lost member would show as CS0117.
        var added = Path.Combine(_directory, "errors", "a-payments.yaml");
        File.WriteAllText(added, """
            catalog: Shop
            codes:
              - code: 40112
                name: CardExpired
                message: The card expired.
                httpStatus: 402
            """);
        var (exitCode, output) = DotnetCli.Run(_directory, "build -nodeReuse:false");

        Assert.NotEqual(0, exitCode);
        var errors = Regex.Matches(output, @"^.*: error [A-Z]+\d+: .*$", RegexOptions.Multiline)
            .Select(m => Regex.Replace(m.Value.Trim(), @"\s*\[[^\]]*\.csproj\]$", string.Empty))
            .Distinct().ToList();
        var error = Assert.Single(errors);
        Assert.StartsWith($"{added}(3,11): error EG0010: Code 40112 is declared twice in catalog 'Shop'", error);
        Assert.Contains("HTTP status 402 here, 400 there", error);
        Assert.DoesNotContain("error CS", output);
        Assert.DoesNotMatch(@"EG003\d", output);
    }

    [Fact]
    public void A_global_analyzer_config_changes_a_diagnostics_severity()
    {
        WriteConsumer();
        File.WriteAllText(Path.Combine(_directory, "errors", "shop.yaml"), """
            catalog:
              name: Shop
              namespace: Shop.Errors
            codes:
              - code: 40112
                name: CaptchaExpired
                message: No HTTP status resolves for this code.
            """);
        var (warnExit, warnOutput) = DotnetCli.Run(_directory, "build -nodeReuse:false");
        Assert.True(warnExit == 0, warnOutput);
        Assert.Contains("warning EG0016", warnOutput);

        // The standard dotnet_diagnostic key, in a .globalconfig the SDK discovers beside the project.
        File.WriteAllText(Path.Combine(_directory, ".globalconfig"), "is_global = true\ndotnet_diagnostic.EG0016.severity = error\n");
        var (errorExit, errorOutput) = DotnetCli.Run(_directory, "build -nodeReuse:false");
        Assert.NotEqual(0, errorExit);
        Assert.Contains("error EG0016", errorOutput);
    }

    private void WriteConsumer()
    {
        var generator = Path.Combine(RepoPaths.Root, "generator", "ErrorGen");
        File.WriteAllText(Path.Combine(_directory, "Consumer.csproj"), $"""
            <Project Sdk="Microsoft.NET.Sdk">
              <Import Project="{generator}/build/ErrorGen.props" />
              <PropertyGroup>
                <TargetFramework>net10.0</TargetFramework>
                <Nullable>enable</Nullable>
                <TreatWarningsAsErrors>false</TreatWarningsAsErrors>
              </PropertyGroup>
              <ItemGroup>
                <ProjectReference Include="{generator}/ErrorGen.csproj" OutputItemType="Analyzer" ReferenceOutputAssembly="false" />
                <ErrorCatalog Include="errors/*.yaml" />
                <ErrorCatalogBaseline Include="errors/*.shipped.txt" />
              </ItemGroup>
              <Import Project="{generator}/build/ErrorGen.targets" />
            </Project>
            """);
        File.WriteAllText(Path.Combine(_directory, "Uses.cs"), "namespace Consumer; public static class Uses { public static int Status => Shop.Errors.ShopErrors.Get(Shop.Errors.ShopCode.CaptchaExpired).HttpStatus; }");
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(_directory, recursive: true);
        }
        catch (IOException)
        {
            // A leftover temp folder is harmless.
        }
    }
}

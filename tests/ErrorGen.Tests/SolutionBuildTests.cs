using System;
using System.Diagnostics;
using System.IO;
using System.Net;
using System.Net.Http;
using System.Net.Sockets;
using System.Threading;
using System.Threading.Tasks;
using ErrorGen.Tests.Infrastructure;

namespace ErrorGen.Tests;

/// <summary>
/// A catalog in a shared netstandard2.0 contracts library, served by a web app that references it — as a project or as a
/// packed package — and declares no catalog: built with the real <c>dotnet build</c> and driven over loopback HTTP.
/// </summary>
public sealed class SolutionBuildTests : IDisposable
{
    private const string Catalog = """
        catalog:
          name: Orders
          namespace: Contracts.Errors
          defaultHttpStatus: 400
          codeSpace: acme-public
          locales: [en, de]
        codes:
          - { code: 40401, name: OrderNotFound, httpStatus: 404, message: "Order {orderId} was not found.", parameters: { orderId: string } }
          - { code: 42901, name: TooManyOrders, httpStatus: 429, message: Too many orders. }
        """;

    private const string German = """
        catalog: Orders
        locale: de
        translations:
          - { code: 40401, title: Bestellung fehlt, message: "Bestellung {orderId} wurde nicht gefunden." }
          - { code: 42901, title: Zu viele Bestellungen, message: Zu viele Bestellungen. }
        """;

    private readonly string _root = Path.Combine(Path.GetTempPath(), "errorgen-solution-" + Guid.NewGuid().ToString("N"));
    private readonly string _generator = Path.Combine(RepoPaths.Root, "generator", "ErrorGen");

    [Fact]
    public async Task A_web_app_serves_the_catalog_of_a_netstandard_library_it_references()
    {
        WriteContracts("Contracts", langVersion: "9.0");

        // The app's own catalog answers every exception of no catalog, and AddErrorCatalogs registers it first: it must
        // still leave the library's exceptions to the library's catalog.
        WriteWebApp(catalog: """
            catalog: { name: Site, namespace: WebA.Errors, defaultHttpStatus: 400, internalErrorCode: 50000 }
            codes:
              - { code: 50000, name: Internal, httpStatus: 500, message: Something went wrong. }
            """);

        var (buildExit, buildOutput) = DotnetCli.Run(Path.Combine(_root, "WebA"), "build -nodeReuse:false");
        Assert.True(buildExit == 0, buildOutput);
        Assert.DoesNotContain("CS0436", buildOutput);

        using var app = StartApp(out var baseAddress);
        using var client = new HttpClient { BaseAddress = baseAddress, Timeout = TimeSpan.FromSeconds(10) };
        await AssertTheLibrarysErrorIsServed(client);

        using var limited = await client.GetAsync("/busy");
        Assert.Equal((HttpStatusCode)429, limited.StatusCode);
        Assert.NotNull(limited.Headers.RetryAfter);

        using var failed = await client.GetAsync("/boom");
        Assert.Equal(HttpStatusCode.InternalServerError, failed.StatusCode);
        var failure = await failed.Content.ReadAsStringAsync();
        Assert.Contains("\"code\":50000", failure.Replace(" ", string.Empty));
        Assert.DoesNotContain("secret", failure);
    }

    [Fact]
    public async Task A_web_app_serves_the_catalog_of_a_netstandard_library_it_references_as_a_package()
    {
        WriteContracts("Contracts", langVersion: "9.0");
        var feed = Path.Combine(_root, "feed");
        var version = "1.0.0-t" + Guid.NewGuid().ToString("N")[..12];
        var (packExit, packOutput) = DotnetCli.Run(
            Path.Combine(_root, "Contracts"), $"pack -c Release -o \"{feed}\" -p:Version={version} -nodeReuse:false");
        Assert.True(packExit == 0, packOutput);

        // The app can only get the library, and so its catalog, from the package.
        Directory.Delete(Path.Combine(_root, "Contracts"), recursive: true);
        WriteWebApp(contractsPackageVersion: version);
        File.WriteAllText(Path.Combine(_root, "WebA", "nuget.config"), $"""
            <?xml version="1.0" encoding="utf-8"?>
            <configuration>
              <packageSources>
                <add key="contracts" value="{feed}" />
              </packageSources>
            </configuration>
            """);

        var (buildExit, buildOutput) = DotnetCli.Run(Path.Combine(_root, "WebA"), "build -nodeReuse:false");
        Assert.True(buildExit == 0, buildOutput);
        Assert.DoesNotContain("CS0436", buildOutput);

        using var app = StartApp(out var baseAddress);
        using var client = new HttpClient { BaseAddress = baseAddress, Timeout = TimeSpan.FromSeconds(10) };
        await AssertTheLibrarysErrorIsServed(client);
    }

    // The library's OrderNotFound as its catalog says: 404, problem+json, its code, the German translation.
    private static async Task AssertTheLibrarysErrorIsServed(HttpClient client)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, "/orders/A-17");
        request.Headers.AcceptLanguage.ParseAdd("de");
        using var response = await client.SendAsync(request);
        var body = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("de", string.Join(",", response.Content.Headers.ContentLanguage));
        Assert.Contains("\"code\":40401", body.Replace(" ", string.Empty));
        Assert.Contains("Bestellung A-17 wurde nicht gefunden.", body);
    }

    [Fact]
    public void A_netstandard_library_at_its_default_csharp_version_gets_EG0056_and_no_error_in_generated_files()
    {
        WriteContracts("Contracts", langVersion: null);

        var (exitCode, output) = DotnetCli.Run(Path.Combine(_root, "Contracts"), "build -nodeReuse:false");

        Assert.True(exitCode != 0, output);
        Assert.Contains("error EG0056: Catalog 'Orders' was not generated: ErrorGen's code needs C# 9.0 or later and this project compiles with C# 7.3", output);
        Assert.DoesNotContain("error CS", output);
    }

    [Fact]
    public void A_web_app_whose_catalog_collides_with_the_librarys_or_strays_from_its_registry_blocks_fails_to_build()
    {
        WriteContracts("Contracts", langVersion: "9.0");
        WriteWebApp("WebB", """
            catalog: { name: Payments, namespace: WebB.Errors, defaultHttpStatus: 400, codeSpace: acme-public }
            codes:
              - { code: 40401, name: CardNotFound, httpStatus: 404, message: Card not found. }
              - { code: 41001, name: CardDeclined, httpStatus: 402, message: Card declined. }
            """, registry: true);
        Directory.CreateDirectory(Path.Combine(_root, "registry"));
        var registry = Path.Combine(_root, "registry", "acme-public.registry.yaml");
        File.WriteAllText(registry, """
            codeSpace: acme-public
            blocks:
              - { range: 40000-40999, owner: Orders }
              - { range: 41000-41999, owner: Payments }
              - { range: 41500-42999, reserved: true }
            """);

        var (exitCode, output) = DotnetCli.Run(Path.Combine(_root, "WebB"), "build -nodeReuse:false");

        Assert.True(exitCode != 0, output);
        var payments = Path.Combine(_root, "WebB", "errors", "payments.yaml");
        Assert.Contains(
            $"{payments}(3,13): error EG0057: Code 40401 of catalog 'Payments' (WebB) is also a code of catalog 'Orders' (Contracts); "
                + "both are in code space 'acme-public'",
            output);
        Assert.Contains(
            $"{payments}(3,13): error EG0063: Code 40401 of catalog 'Payments' is outside the blocks the registry of code space "
                + "'acme-public' gives it (41000-41999); it lies in block 40000-40999 (owner 'Orders')",
            output);
        Assert.Contains(
            $"{registry}(5,14): error EG0062: Block 41500-42999 (reserved) overlaps block 41000-41999 (owner 'Payments')", output);
        Assert.DoesNotContain("41001", output);
    }

    // Without a LangVersion, as `dotnet new classlib -f netstandard2.0` writes it: C# 7.3 and no nullable context.
    private void WriteContracts(string name, string? langVersion)
    {
        var directory = Path.Combine(_root, name);
        Directory.CreateDirectory(Path.Combine(directory, "errors"));
        File.WriteAllText(Path.Combine(directory, "errors", "orders.yaml"), Catalog);
        File.WriteAllText(Path.Combine(directory, "errors", "orders.de.yaml"), German);
        if (langVersion is not null)
        {
            // netstandard2.0 has no NotNullWhenAttribute: the Try methods must still give callers no nullable warning.
            File.WriteAllText(Path.Combine(directory, "Usage.cs"), """
                namespace Contracts
                {
                    public static class Usage
                    {
                        public static string NameOf(int value)
                            => Errors.OrdersErrors.TryGetByValue(value, out var info) ? info.Name : "unknown";
                    }
                }
                """);
        }

        File.WriteAllText(Path.Combine(directory, name + ".csproj"), $"""
            <Project Sdk="Microsoft.NET.Sdk">
              <Import Project="{_generator}/build/ErrorGen.props" />
              <PropertyGroup>
                <TargetFramework>netstandard2.0</TargetFramework>
                {(langVersion is null ? string.Empty : $"<LangVersion>{langVersion}</LangVersion><Nullable>enable</Nullable>")}
                <TreatWarningsAsErrors>true</TreatWarningsAsErrors>
              </PropertyGroup>
              <ItemGroup>
                <ProjectReference Include="{_generator}/ErrorGen.csproj" OutputItemType="Analyzer" ReferenceOutputAssembly="false" PrivateAssets="all" />
                <ErrorCatalog Include="errors/*.yaml" />
              </ItemGroup>
              <Import Project="{_generator}/build/ErrorGen.targets" />
            </Project>
            """);
    }

    private void WriteWebApp(string name = "WebA", string? catalog = null, bool registry = false, string? contractsPackageVersion = null)
    {
        var directory = Path.Combine(_root, name);
        Directory.CreateDirectory(Path.Combine(directory, "errors"));
        if (catalog is not null)
        {
            File.WriteAllText(Path.Combine(directory, "errors", "payments.yaml"), catalog);
        }

        File.WriteAllText(Path.Combine(directory, name + ".csproj"), $"""
            <Project Sdk="Microsoft.NET.Sdk.Web">
              <Import Project="{_generator}/build/ErrorGen.props" />
              <PropertyGroup>
                <TargetFramework>net10.0</TargetFramework>
                <ImplicitUsings>enable</ImplicitUsings>
                <Nullable>enable</Nullable>
                <TreatWarningsAsErrors>true</TreatWarningsAsErrors>
              </PropertyGroup>
              <ItemGroup>
                {(contractsPackageVersion is null
                    ? "<ProjectReference Include=\"../Contracts/Contracts.csproj\" />"
                    : $"<PackageReference Include=\"Contracts\" Version=\"{contractsPackageVersion}\" />")}
                <ProjectReference Include="{_generator}/ErrorGen.csproj" OutputItemType="Analyzer" ReferenceOutputAssembly="false" />
                <ErrorCatalog Include="errors/*.yaml" />
                {(registry ? "<ErrorCodeRegistry Include=\"../registry/*.registry.yaml\" />" : string.Empty)}
              </ItemGroup>
              <Import Project="{_generator}/build/ErrorGen.targets" />
            </Project>
            """);
        File.WriteAllText(Path.Combine(directory, "Program.cs"), """
            using Contracts.Errors;

            var builder = WebApplication.CreateBuilder(args);
            builder.Services.AddErrorCatalogs();
            builder.Services.AddRequestLocalization(o => o.AddSupportedUICultures("en", "de").SetDefaultCulture("en"));
            var app = builder.Build();
            app.UseRequestLocalization();
            app.UseExceptionHandler();
            app.MapGet("/orders/{id}", (string id) => { throw OrdersExceptions.OrderNotFound(orderId: id); });
            app.MapGet("/busy", () => { throw OrdersCode.TooManyOrders.ToException(); });
            app.MapGet("/boom", () => { throw new InvalidOperationException("secret"); });
            app.Run();
            """);
    }

    /// <summary>
    /// Runs the built app on a free loopback port and waits (boundedly) until it answers; disposing it stops the app and
    /// the <c>dotnet run</c> above it (disposing a <see cref="Process"/> alone leaves both running).
    /// </summary>
    private RunningApp StartApp(out Uri baseAddress)
    {
        var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        baseAddress = new Uri($"http://127.0.0.1:{port}");
        var start = new ProcessStartInfo("dotnet", $"run --no-build --urls {baseAddress}")
        {
            WorkingDirectory = Path.Combine(_root, "WebA"),
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        start.Environment.Remove("MSBuildExtensionsPath");
        start.Environment.Remove("MSBUILD_EXE_PATH");
        start.Environment.Remove("MSBuildSDKsPath");
        var process = Process.Start(start)!;
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        using var probe = new HttpClient { BaseAddress = baseAddress, Timeout = TimeSpan.FromSeconds(2) };
        for (var attempt = 0; attempt < 60; attempt++)
        {
            try
            {
                using var _ = probe.Send(new HttpRequestMessage(HttpMethod.Get, "/orders/probe"));
                return new RunningApp(process);
            }
            catch (HttpRequestException)
            {
                Thread.Sleep(500);
            }
            catch (TaskCanceledException)
            {
                Thread.Sleep(500);
            }
        }

        process.Kill(entireProcessTree: true);
        throw new TimeoutException("The web app did not answer on " + baseAddress);
    }

    private sealed class RunningApp(Process process) : IDisposable
    {
        public void Dispose()
        {
            try
            {
                process.Kill(entireProcessTree: true);
                process.WaitForExit(10_000);
            }
            catch (InvalidOperationException)
            {
                // Already exited.
            }

            process.Dispose();
        }
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(_root, recursive: true);
        }
        catch (IOException)
        {
            // A leftover temp folder is harmless.
        }
    }
}

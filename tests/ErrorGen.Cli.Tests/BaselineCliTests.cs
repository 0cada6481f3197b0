using System;
using System.IO;
using ErrorGen.Cli;

namespace ErrorGen.Cli.Tests;

/// <summary>The release workflow from the command line: list the codes a baseline lacks (a gate), then append them.</summary>
public sealed class BaselineCliTests : IDisposable
{
    private readonly string _temp = Path.Combine(Path.GetTempPath(), "errorgen-baseline-" + Guid.NewGuid().ToString("N"));

    public BaselineCliTests() => Directory.CreateDirectory(_temp);

    private static (int Exit, string Out, string Err) Run(params string[] args) => CliRunner.Run(args);

    [Fact]
    public void New_codes_fail_the_gate_until_written_to_the_baseline_then_check_is_clean()
    {
        var catalog = Path.Combine(_temp, "shop.yaml");
        var baseline = Path.Combine(_temp, "Shop.shipped.txt");
        File.WriteAllText(catalog, """
            catalog: { name: Shop, defaultHttpStatus: 400 }
            codes:
              - { code: 40001, name: InvalidCaptcha, message: m }
              - { code: 40006, name: TokenInvalid, message: "Token {token} is invalid.", parameters: { token: string } }
              - { code: 40007, name: TokenExpired, httpStatus: 401, message: m }
            """);
        File.WriteAllText(baseline, "catalog: Shop\n40001 InvalidCaptcha 400");

        var (gate, listed, gateError) = Run("baseline", _temp);
        Assert.Equal(1, gate);
        Assert.Contains($"{catalog}(4,13): info EG0035: not in {baseline}: 40006 TokenInvalid 400 token:string", listed);
        Assert.Contains("40007 TokenExpired 401", listed);
        Assert.Contains("2 code(s) not in a baseline; run with --write", gateError);
        Assert.Equal("catalog: Shop\n40001 InvalidCaptcha 400", File.ReadAllText(baseline));

        var (written, _, writeError) = Run("baseline", _temp, "--write");
        Assert.Equal(0, written);
        Assert.Contains($"appended 2 line(s) to {baseline}", writeError);
        Assert.Equal("catalog: Shop\n40001 InvalidCaptcha 400\n40006 TokenInvalid 400 token:string\n40007 TokenExpired 401\n", File.ReadAllText(baseline));

        Assert.Equal(0, Run("baseline", _temp).Exit);
        var (check, checkOut, _) = Run("check", _temp);
        Assert.Equal(0, check);
        Assert.DoesNotContain("EG0035", checkOut);
    }

    public void Dispose() => Directory.Delete(_temp, recursive: true);
}

using System;
using System.Diagnostics;
using System.IO;
using System.Linq;
using ErrorGen.Cli;

namespace ErrorGen.Cli.Tests;

/// <summary>
/// `errorgen diff`: release notes between two versions of a catalog, each change classed by the shipped-codes
/// baseline's rules, on files, folders and git revisions; exit 1 on a breaking change unless allowed.
/// </summary>
public sealed class DiffCliTests : IDisposable
{
    private const string Released = """
        catalog: { name: Shop, namespace: Shop.Errors, defaultHttpStatus: 400 }
        codes:
          - { code: 40001, name: InvalidCaptcha, message: The captcha is invalid. }
          - { code: 40005, name: PasswordTooShort, message: "At least {minLength} characters.", parameters: { minLength: int } }
          - { code: 40006, name: TokenInvalid, message: The token is invalid. }
          - { code: 40007, name: CartEmpty, message: The cart is empty. }
        """;

    private readonly string _temp = Path.Combine(Path.GetTempPath(), "errorgen-diff-" + Guid.NewGuid().ToString("N"));

    public DiffCliTests() => Directory.CreateDirectory(_temp);

    private static (int Exit, string Out, string Err) Run(params string[] args) => CliRunner.Run(args);

    private (string Old, string New) Versions(string changed)
    {
        var old = Path.Combine(_temp, "old.yaml");
        var current = Path.Combine(_temp, "new.yaml");
        File.WriteAllText(old, Released);
        File.WriteAllText(current, changed);
        return (old, current);
    }

    [Theory]
    [InlineData("name: InvalidCaptcha,", "name: CaptchaInvalid,", "- Renamed `40001`: `InvalidCaptcha` → `CaptchaInvalid`")]
    [InlineData("code: 40007,", "code: 40008,", "- Renumbered `CartEmpty`: `40007` → `40008`")]
    [InlineData("  - { code: 40007, name: CartEmpty, message: The cart is empty. }\n", "", "- Removed `40007 CartEmpty` (HTTP 400)")]
    [InlineData("name: TokenInvalid,", "name: TokenInvalid, httpStatus: 401,", "- HTTP status of `40006 TokenInvalid`: 400 → 401")]
    [InlineData("minLength: int", "minLength: long", "- Template parameters of `40005 PasswordTooShort`: `minLength:int` → `minLength:long`")]
    [InlineData("parameters: { minLength: int }", "parameters: { minLength: int, maxLength: int }", "`minLength:int` → `minLength:int maxLength:int`")]
    public void Each_breaking_change_is_listed_and_fails_the_diff(string from, string to, string line)
    {
        var (old, current) = Versions((Released + "\n").Replace(from, to).Replace("characters.\"", to.Contains("maxLength") ? "to {maxLength} characters.\"" : "characters.\""));

        var (exit, notes, error) = Run("diff", old, current);

        Assert.Equal(1, exit);
        Assert.Contains("### Breaking changes\n\n", notes);
        Assert.Contains(line, notes);
        Assert.Contains(line, Assert.Single(Section(notes, "Breaking changes")));
        Assert.Contains("1 breaking change(s); pass --allow-breaking for a major release", error);
        Assert.Equal(0, Run("diff", old, current, "--allow-breaking").Exit);
    }

    [Fact]
    public void Additions_and_notes_that_break_nothing_exit_0()
    {
        var (old, current) = Versions(Released
            .Replace("The token is invalid. }", "The reset token is invalid., deprecated: true, replacedBy: 40009 }")
            + "\n  - { code: 40009, name: ResetTokenInvalid, httpStatus: 401, message: The reset token is invalid. }\n");

        var (exit, notes, _) = Run("diff", old, current);

        Assert.Equal(0, exit);
        Assert.DoesNotContain("Breaking", notes);
        Assert.Contains("### Added\n\n- `40009 ResetTokenInvalid` (HTTP 401): The reset token is invalid.\n", notes);
        Assert.Contains("### Other changes\n\n", notes);
        Assert.Contains("- `40006 TokenInvalid` is deprecated; use `ResetTokenInvalid`\n", notes);
        Assert.Contains("- `40006 TokenInvalid` message: \"The token is invalid.\" → \"The reset token is invalid.\"\n", notes);
    }

    [Fact]
    public void Identical_versions_say_so_and_notes_go_to_a_file_on_request()
    {
        var (old, current) = Versions(Released);
        var file = Path.Combine(_temp, "notes.md");

        var (exit, output, error) = Run("diff", old, current, "-o", file);

        Assert.Equal(0, exit);
        Assert.Equal(string.Empty, output);
        Assert.Contains("wrote " + file, error);
        Assert.EndsWith("No code changed.\n", File.ReadAllText(file));
    }

    [Fact]
    public void Catalog_text_cannot_inject_markup_into_the_release_notes()
    {
        var (old, current) = Versions(Released + "\n  - { code: 40010, name: Evil, message: \"<img src=x onerror=alert(1)> [link](javascript:x) `code` *bold*\" }\n");

        var (_, notes, _) = Run("diff", old, current);

        var added = notes.Split('\n').Single(l => l.Contains("40010"));
        Assert.Equal(@"- `40010 Evil` (HTTP 400): &lt;img src=x onerror=alert(1)&gt; \[link\](javascript:x) \`code\` \*bold\*", added);
    }

    [Fact]
    public void A_version_that_does_not_read_is_listed_and_exits_2()
    {
        var (old, current) = Versions(Released + "\n  - { code: 40001, name: Twice, message: m }\n");

        var (exit, notes, error) = Run("diff", old, current);

        Assert.Equal(2, exit);
        Assert.Equal(string.Empty, notes);
        Assert.Contains("error EG0010", error);
        Assert.Contains($"errorgen: {current} has 2 error(s); fix them (errorgen check) before comparing", error);
        Assert.Equal(2, Run("diff", old, Path.Combine(_temp, "missing.yaml")).Exit);
    }

    [Fact]
    public void The_breaking_changes_are_the_ones_the_shipped_codes_baseline_reports_for_the_same_versions()
    {
        // One implementation: write the old version as its baseline, check the new one against it.
        var changed = (Released + "\n").Replace("name: InvalidCaptcha,", "name: CaptchaInvalid,").Replace("minLength: int", "minLength: long")
            .Replace("  - { code: 40007, name: CartEmpty, message: The cart is empty. }\n", string.Empty);
        var (old, current) = Versions(changed);
        var (_, notes, _) = Run("diff", old, current);
        var breaking = Section(notes, "Breaking changes");

        var folder = Path.Combine(_temp, "released");
        Directory.CreateDirectory(folder);
        File.Copy(old, Path.Combine(folder, "shop.yaml"));
        File.WriteAllText(Path.Combine(folder, "Shop.shipped.txt"), "catalog: Shop\n");
        Assert.Equal(0, Run("baseline", folder, "--write").Exit);
        File.Copy(current, Path.Combine(folder, "shop.yaml"), overwrite: true);
        var (_, check, _) = Run("check", folder);
        var releaseErrors = check.Split('\n').Where(l => l.Contains("error EG003")).ToList();

        Assert.Equal(3, breaking.Count);
        Assert.Equal(breaking.Count, releaseErrors.Count);
    }

    [Fact]
    public void Two_git_revisions_of_a_folder_or_a_file_compare_like_files()
    {
        var repository = Path.Combine(_temp, "repo");
        var errors = Path.Combine(repository, "errors");
        Directory.CreateDirectory(errors);
        Git(repository, "init -q");
        File.WriteAllText(Path.Combine(errors, "shop.yaml"), Released);
        Git(repository, "add -A");
        Git(repository, "commit -q -m v1");
        Git(repository, "tag v1");
        File.WriteAllText(Path.Combine(errors, "shop.yaml"), Released.Replace("name: TokenInvalid,", "name: TokenInvalid, httpStatus: 401,"));
        Git(repository, "commit -q -am v2");
        File.WriteAllText(Path.Combine(errors, "shop.yaml"), Released + "\n  - { code: 40011, name: Uncommitted, message: m }\n");

        var (folders, folderNotes, _) = Run("diff", "v1:" + errors, "HEAD:" + errors);
        Assert.Equal(1, folders);
        Assert.Contains("# Error catalog changes: v1:", folderNotes);
        Assert.Contains("- HTTP status of `40006 TokenInvalid`: 400 → 401", folderNotes);

        // A revision against the working copy: the release against what a pull request holds.
        var (working, workingNotes, _) = Run("diff", "v1:" + Path.Combine(errors, "shop.yaml"), Path.Combine(errors, "shop.yaml"));
        Assert.Equal(0, working);
        Assert.Contains("- `40011 Uncommitted` (HTTP 400): m", workingNotes);

        var (missing, _, missingError) = Run("diff", "v0:" + errors, "HEAD:" + errors);
        Assert.Equal(2, missing);
        Assert.Contains("git revision 'v0' has no file at 'errors': ", missingError);
    }

    /// <summary>The list items under a "### title" heading of the release notes.</summary>
    private static System.Collections.Generic.List<string> Section(string notes, string title)
        => notes.Split('\n').SkipWhile(l => l != "### " + title).Skip(2).TakeWhile(l => l.Length > 0).ToList();

    private static void Git(string directory, string arguments)
    {
        var start = new ProcessStartInfo("git", "-c user.name=ErrorGen -c user.email=tests@errorgen.invalid -c init.defaultBranch=main " + arguments)
        {
            WorkingDirectory = directory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        using var process = Process.Start(start)!;
        var error = process.StandardError.ReadToEnd();
        process.WaitForExit();
        Assert.True(process.ExitCode == 0, $"git {arguments}: {error}");
    }

    public void Dispose() => Directory.Delete(_temp, recursive: true);
}

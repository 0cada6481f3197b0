using System;
using System.Diagnostics;
using System.IO;
using System.Net;
using System.Net.Http;
using System.Net.Sockets;
using System.Runtime.InteropServices;
using System.Threading;
using System.Threading.Tasks;
using ErrorGen.Tests.Infrastructure;

namespace ErrorGen.Sample.Tests.Published;

/// <summary>
/// The sample as a user ships it: <c>dotnet publish</c> into its own artifacts folder (so it never shares obj/ with the
/// solution's build), then started as its own process on a free loopback port. Disposing stops it and deletes the folder.
/// </summary>
internal sealed class PublishedSample : IDisposable
{
    private readonly string _root;
    private readonly bool _ownsRoot;
    private Process? _process;

    private PublishedSample(string root, string publishOutput, bool ownsRoot = true)
    {
        _root = root;
        PublishOutput = publishOutput;
        _ownsRoot = ownsRoot;
    }

    /// <summary>
    /// A second process of the same published app on its own port, for tests whose requests must not share the first
    /// one's state (its rate limiters' windows). Disposing it stops only that process.
    /// </summary>
    public PublishedSample StartAnother()
    {
        var another = new PublishedSample(_root, PublishOutput, ownsRoot: false);
        another.Start();
        return another;
    }

    /// <summary>What <c>dotnet publish</c> printed (warnings included).</summary>
    public string PublishOutput { get; }

    public Uri BaseAddress { get; private set; } = null!;

    /// <summary>Publishes the sample with extra MSBuild arguments; throws with the output if the publish fails.</summary>
    public static PublishedSample Publish(string name, string arguments)
    {
        var root = Path.Combine(Path.GetTempPath(), $"errorgen-{name}-{Guid.NewGuid():N}");
        var project = Path.Combine(RepoRoot(), "sample-consumer", "SampleConsumer.csproj");
        var (exit, output) = DotnetCli.Run(
            RepoRoot(),
            $"publish \"{project}\" -c Release {arguments} --artifacts-path \"{Path.Combine(root, "artifacts")}\" -o \"{Path.Combine(root, "app")}\"",
            TimeSpan.FromMinutes(8));
        if (exit != 0)
        {
            throw new InvalidOperationException($"dotnet publish ({name}) failed:\n{output}");
        }

        return new PublishedSample(root, output);
    }

    /// <summary>The runtime identifier of this machine, for a self-contained trimmed publish.</summary>
    public static string RuntimeIdentifier => RuntimeInformation.RuntimeIdentifier;

    /// <summary>Starts the published app and waits, boundedly, until it answers.</summary>
    public void Start()
    {
        var app = Path.Combine(_root, "app");
        // The apphost: self-contained, native (AOT) and framework-dependent publishes all have one.
        var host = Path.Combine(app, OperatingSystem.IsWindows() ? "SampleConsumer.exe" : "SampleConsumer");
        var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        BaseAddress = new Uri($"http://127.0.0.1:{port}");
        var start = new ProcessStartInfo(host) { WorkingDirectory = app };
        start.RedirectStandardOutput = true;
        start.RedirectStandardError = true;
        start.UseShellExecute = false;
        start.Environment["ASPNETCORE_URLS"] = BaseAddress.ToString();
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        _process = Process.Start(start)!;
        _process.BeginOutputReadLine();
        _process.BeginErrorReadLine();
        using var probe = new HttpClient { BaseAddress = BaseAddress, Timeout = TimeSpan.FromSeconds(2) };
        for (var attempt = 0; attempt < 60; attempt++)
        {
            try
            {
                using var _ = probe.Send(new HttpRequestMessage(HttpMethod.Get, "/task-market/errors/none"));
                return;
            }
            catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
            {
                Thread.Sleep(500);
            }
        }

        throw new TimeoutException("The published sample did not answer on " + BaseAddress);
    }

    public void Dispose()
    {
        try
        {
            _process?.Kill(entireProcessTree: true);
            _process?.WaitForExit(10_000);
        }
        catch (InvalidOperationException)
        {
            // Already exited.
        }

        _process?.Dispose();
        if (!_ownsRoot)
        {
            return;
        }

        try
        {
            Directory.Delete(_root, recursive: true);
        }
        catch (IOException)
        {
            // A leftover temp folder is harmless.
        }
    }

    /// <summary>The repository root, found above the test binaries.</summary>
    internal static string RepoRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "ErrorGen.sln")))
        {
            directory = directory.Parent;
        }

        return directory?.FullName ?? throw new InvalidOperationException("ErrorGen.sln not found above " + AppContext.BaseDirectory);
    }
}

using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace ErrorGen.Sample.Tests;

/// <summary>The sample API in Production, with its log captured.</summary>
public sealed class SampleApiFactory : WebApplicationFactory<Program>
{
    public ConcurrentQueue<LogEntry> Logs { get; } = new();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Production");
        builder.ConfigureLogging(logging => logging.AddProvider(new CapturingLoggerProvider(Logs)));
    }

    public IReadOnlyList<LogEntry> LogsOf(string category) => Logs.Where(l => l.Category == category).ToList();
}

public sealed record LogEntry(
    string Category, LogLevel Level, EventId EventId, string Message, System.Exception? Exception, IReadOnlyList<KeyValuePair<string, object?>> Properties);

internal sealed class CapturingLoggerProvider : ILoggerProvider
{
    private readonly ConcurrentQueue<LogEntry> _logs;

    public CapturingLoggerProvider(ConcurrentQueue<LogEntry> logs) => _logs = logs;

    public ILogger CreateLogger(string categoryName) => new Logger(categoryName, _logs);

    public void Dispose()
    {
    }

    private sealed class Logger : ILogger
    {
        private readonly string _category;
        private readonly ConcurrentQueue<LogEntry> _logs;

        public Logger(string category, ConcurrentQueue<LogEntry> logs)
        {
            _category = category;
            _logs = logs;
        }

        public System.IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, System.Exception? exception, System.Func<TState, System.Exception?, string> formatter)
            => _logs.Enqueue(new LogEntry(
                _category, logLevel, eventId, formatter(state, exception), exception,
                state as IReadOnlyList<KeyValuePair<string, object?>> ?? System.Array.Empty<KeyValuePair<string, object?>>()));
    }
}

using Microsoft.Extensions.Logging;

namespace NaftaTracker.Cli;

/// <summary>Plain log lines on stderr: warnings and errors always, the rest only with --verbose.</summary>
internal sealed class CliLogger<T>(TextWriter stderr, bool verbose) : ILogger<T>
{
    public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

    public bool IsEnabled(LogLevel logLevel) => logLevel >= LogLevel.Warning || (verbose && logLevel >= LogLevel.Debug);

    public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
    {
        if (!IsEnabled(logLevel)) return;
        var prefix = logLevel switch
        {
            >= LogLevel.Error => "error: ",
            LogLevel.Warning => "warning: ",
            _ => "  ",
        };
        stderr.WriteLine(prefix + formatter(state, exception));
        if (exception is not null && verbose) stderr.WriteLine(exception);
    }
}

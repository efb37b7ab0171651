using Serilog;
using Serilog.Formatting.Json;

namespace NaftaTracker.Web.Infrastructure;

public static class LoggingExtensions
{
    /// <summary>Serilog through Microsoft.Extensions.Logging (Serilog.AspNetCore is not on this package source,
    /// see docs/decisions/004): structured console output and a daily-rolling JSON file, levels from "Serilog" config.</summary>
    public static WebApplicationBuilder AddTrackerLogging(this WebApplicationBuilder builder)
    {
        var logFolder = builder.Configuration["Tracker:LogFolder"] ?? Path.Combine(builder.Environment.ContentRootPath, "logs");
        var logger = new LoggerConfiguration()
            .ReadFrom.Configuration(builder.Configuration)
            .Enrich.FromLogContext()
            .Enrich.WithProperty("Application", "NaftaTracker")
            .WriteTo.Console(outputTemplate: "[{Timestamp:HH:mm:ss} {Level:u3}] {SourceContext}: {Message:lj} {Properties:j}{NewLine}{Exception}")
            .WriteTo.File(new JsonFormatter(renderMessage: true), Path.Combine(logFolder, "naftatracker-.json"),
                rollingInterval: RollingInterval.Day, retainedFileCountLimit: 14)
            .CreateLogger();
        builder.Logging.ClearProviders();
        builder.Logging.AddSerilog(logger, dispose: true);
        return builder;
    }
}

using ChatBot.Operations.Tests.Fakes;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace ChatBot.Operations.Tests.Hosting;

/// <summary>A host builder with only the given configuration (no environment, no appsettings) and captured logs.</summary>
internal static class TestHost
{
    public static HostApplicationBuilder Builder(IDictionary<string, string?> configuration, CapturingLoggerProvider? logs = null)
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true, EnvironmentName = "Test" });
        builder.Configuration.AddInMemoryCollection(configuration);
        builder.Logging.SetMinimumLevel(LogLevel.Debug);
        if (logs is not null)
        {
            builder.Logging.AddProvider(logs);
        }

        return builder;
    }
}

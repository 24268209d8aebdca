using System.Diagnostics.Metrics;
using ChatBot.Operations.Audit;
using ChatBot.Operations.Metrics;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace ChatBot.Operations.Tests.Fakes;

/// <summary>Small builders for objects the tests wire by hand.</summary>
internal static class TestServices
{
    public static ChatBotMetrics Metrics()
    {
        var provider = new ServiceCollection().AddMetrics().BuildServiceProvider();
        return new ChatBotMetrics(provider.GetRequiredService<IMeterFactory>());
    }

    public static IOptions<AuditOptions> AuditOptions(string folder = "unused", int capacity = 100) =>
        Options.Create(new AuditOptions { DataFolder = folder, QueueCapacity = capacity });
}

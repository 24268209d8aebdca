using Xunit.Abstractions;
using System.Diagnostics;
using ChatBot.Discord.Tests.Fakes;
using ChatBot.Discord.Tests.Support;

namespace ChatBot.Discord.Tests;

public sealed class ShutdownTests(ITestOutputHelper output)
{
    [Fact]
    public async Task Stopping_the_host_sends_a_close_frame_logs_no_zombie_warning_and_is_quick()
    {
        var bot = await BotHarness.StartAsync();
        try
        {
            // A few heartbeats (200 ms interval) so a beat is in flight when the stop comes.
            await Eventually.TrueAsync(() => bot.Discord.Received.Count(f => f.Op == 1) >= 2, "two heartbeats");
            var stopwatch = Stopwatch.StartNew();
            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
            await bot.Host.StopAsync(timeout.Token);
            stopwatch.Stop();
            output.WriteLine($"StopAsync took {stopwatch.ElapsedMilliseconds} ms");

            await Eventually.TrueAsync(() => !bot.Discord.ClientCloses.IsEmpty, "the client's close frame");
            Assert.Equal((1, 1000), Assert.Single(bot.Discord.ClientCloses));
            Assert.DoesNotContain(bot.Logs.Entries, e => e.Message.Contains("zombie", StringComparison.OrdinalIgnoreCase));
            Assert.True(stopwatch.Elapsed < TimeSpan.FromSeconds(5), $"stop took {stopwatch.Elapsed}");
        }
        finally
        {
            await bot.DisposeAsync();
        }
    }
}

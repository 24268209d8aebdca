using System.Threading.Channels;

namespace ChatBot.Discord.Gateway;

/// <summary>
/// One gateway connection (one shard). <see cref="RunAsync"/> keeps it alive — heartbeats, resumes, reconnects — and
/// writes our own event records to <see cref="Events"/>; it ends when cancelled, or throws
/// <see cref="DiscordGatewayFatalException"/> when Discord refuses us for good (bad token, missing intent).
/// </summary>
public interface IDiscordGateway
{
    ChannelReader<GatewayEvent> Events { get; }

    Task RunAsync(CancellationToken cancellationToken);
}

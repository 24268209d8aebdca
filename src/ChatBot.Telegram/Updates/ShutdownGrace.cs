using ChatBot.Telegram.Configuration;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace ChatBot.Telegram.Updates;

/// <summary>
/// How an update being handled meets a shutdown. A new answer stops at once (<see cref="Stopping"/>), but what is
/// already on its way to Telegram gets Telegram:ShutdownGraceSeconds to arrive: cancelling a sendMessage whose text
/// Telegram already has would leave the update unfinished, and it would be answered again after the restart.
/// </summary>
internal sealed class ShutdownGrace(IHostApplicationLifetime lifetime, IOptions<TelegramOptions> options, TimeProvider time)
{
    /// <summary>Cancelled when the host begins to stop: no new answer is worked out from then on.</summary>
    public CancellationToken Stopping => lifetime.ApplicationStopping;

    /// <summary>A token for the handling of one update, cancelled ShutdownGraceSeconds after the host begins to stop.</summary>
    public InFlight Begin() => new(lifetime.ApplicationStopping, TimeSpan.FromSeconds(options.Value.ShutdownGraceSeconds), time);

    public sealed class InFlight : IDisposable
    {
        private readonly CancellationTokenSource _source;
        private readonly CancellationTokenRegistration _registration;

        internal InFlight(CancellationToken stopping, TimeSpan grace, TimeProvider time)
        {
            _source = new CancellationTokenSource(Timeout.InfiniteTimeSpan, time);
            _registration = stopping.Register(() => _source.CancelAfter(grace));
        }

        public CancellationToken Token => _source.Token;

        public void Dispose()
        {
            _registration.Dispose();
            _source.Dispose();
        }
    }
}

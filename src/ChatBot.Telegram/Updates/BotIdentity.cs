namespace ChatBot.Telegram.Updates;

/// <summary>Who the bot is (from getMe): needed to spot mentions of it and replies to its messages.</summary>
internal sealed record BotIdentity(long Id, string Username);

/// <summary>Set once at start by the hosted service, read by the handlers.</summary>
internal sealed class BotIdentityHolder
{
    private readonly TaskCompletionSource<BotIdentity> _identity = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public void Set(BotIdentity identity) => _identity.TrySetResult(identity);

    public BotIdentity Current => _identity.Task.IsCompletedSuccessfully
        ? _identity.Task.Result
        : throw new InvalidOperationException("The bot identity is read before getMe has answered.");

    public Task<BotIdentity> WaitAsync(CancellationToken cancellationToken) => _identity.Task.WaitAsync(cancellationToken);
}

using ChatBot.Telegram.Commands;
using ChatBot.Telegram.Configuration;
using ChatBot.Telegram.Http;
using ChatBot.Telegram.Updates;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Telegram.Bot;
using Telegram.Bot.Exceptions;
using Telegram.Bot.Types;

namespace ChatBot.Telegram.Polling;

/// <summary>What both modes do first: learn who the bot is (getMe, which also proves the token) and register the commands.</summary>
internal sealed class TelegramStartup(
    ITelegramBotClient client,
    BotIdentityHolder identity,
    IOptions<TelegramOptions> options,
    SecretRedactor redactor,
    ILogger<TelegramStartup> logger)
{
    /// <summary>The process exit code when Telegram rejects the token (401): the configuration must change.</summary>
    public const int TokenRejectedExitCode = 3;

    private static readonly TimeSpan MaxPause = TimeSpan.FromSeconds(60);

    /// <summary>
    /// Waits out a Bot API that cannot be reached at boot (the HttpClient has already retried each attempt).
    /// Throws <see cref="ApiRequestException"/> with code 401 when the token is rejected: no point in waiting then.
    /// </summary>
    public async Task<BotIdentity> ConnectAsync(CancellationToken cancellationToken)
    {
        var pause = TimeSpan.FromSeconds(1);
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                return await ConnectOnceAsync(cancellationToken).ConfigureAwait(false);
            }
            catch (Exception ex) when (ex is (RequestException or HttpRequestException) and not ApiRequestException { ErrorCode: 401 })
            {
                logger.ConnectFailed(attempt, pause.TotalSeconds, redactor.Redact(ex.Message));
                await Task.Delay(pause, cancellationToken).ConfigureAwait(false);
                pause = TimeSpan.FromTicks(Math.Min(pause.Ticks * 2, MaxPause.Ticks));
            }
        }
    }

    private async Task<BotIdentity> ConnectOnceAsync(CancellationToken cancellationToken)
    {
        var me = await client.GetMe(cancellationToken).ConfigureAwait(false);
        var bot = new BotIdentity(me.Id, me.Username ?? string.Empty);
        var configured = options.Value.BotUsername?.TrimStart('@');
        if (!string.IsNullOrEmpty(configured) && !string.Equals(configured, bot.Username, StringComparison.OrdinalIgnoreCase))
        {
            logger.UsernameMismatch(configured, bot.Username);
        }

        identity.Set(bot);
        logger.Connected(bot.Username, bot.Id, options.Value.Mode.ToString());
        await RegisterCommandsAsync(cancellationToken).ConfigureAwait(false);
        return bot;
    }

    /// <summary>English for everyone, Dutch for users whose Telegram is set to Dutch. A failure here is not fatal.</summary>
    private async Task RegisterCommandsAsync(CancellationToken cancellationToken)
    {
        try
        {
            await client.SetMyCommands(BotCommandCatalog.All.Select(c => new BotCommand(c.Name, c.English)), cancellationToken: cancellationToken)
                .ConfigureAwait(false);
            await client.SetMyCommands(BotCommandCatalog.All.Select(c => new BotCommand(c.Name, c.Dutch)), languageCode: "nl", cancellationToken: cancellationToken)
                .ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is RequestException && !(ex is ApiRequestException { ErrorCode: 401 }))
        {
            logger.CommandsNotRegistered(redactor.Redact(ex.Message));
        }
    }
}

using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using ChatBot.Telegram.Http;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Logging;
using Telegram.Bot;
using Telegram.Bot.Types;

namespace ChatBot.Telegram;

/// <summary>
/// POST {Telegram:Webhook:Path}: accepts updates only with the right X-Telegram-Bot-Api-Secret-Token, answers 200 at
/// once and queues the update for the same dispatcher as polling.
/// </summary>
internal static class TelegramWebhookApi
{
    public static IEndpointRouteBuilder MapTelegramWebhook(this IEndpointRouteBuilder routes, string path, string? secretToken,
        TelegramWebhookQueue queue, SecretRedactor redactor, ILogger logger)
    {
        var secret = Encoding.UTF8.GetBytes(secretToken ?? string.Empty);
        routes.MapPost(path, async (HttpContext context) =>
        {
            var given = Encoding.UTF8.GetBytes(context.Request.Headers[TelegramWebhookEndpoint.SecretHeader].ToString());
            if (secret.Length == 0 || !CryptographicOperations.FixedTimeEquals(given, secret))
            {
                logger.WebhookRefused("missing or wrong secret token header");
                return Results.Unauthorized();
            }

            Update? update;
            try
            {
                update = await JsonSerializer.DeserializeAsync<Update>(context.Request.Body, JsonBotAPI.Options, context.RequestAborted).ConfigureAwait(false);
            }
            catch (JsonException ex)
            {
                // 200 anyway: Telegram would otherwise re-send the same unreadable update again and again.
                logger.WebhookRefused("unreadable update: " + redactor.Redact(ex.Message));
                return Results.Ok();
            }

            if (update is not null)
            {
                await queue.AddAsync(update, context.RequestAborted).ConfigureAwait(false);
            }

            return Results.Ok();
        });
        return routes;
    }
}

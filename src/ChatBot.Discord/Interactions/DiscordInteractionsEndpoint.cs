using System.Text.Json;
using ChatBot.Discord.Bot;
using ChatBot.Discord.Configuration;
using ChatBot.Discord.Gateway;
using ChatBot.Discord.Rest;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace ChatBot.Discord.Interactions;

/// <summary>
/// Scale-out mode: Discord POSTs interactions to us over HTTP instead of the gateway, so any number of stateless
/// processes behind a load balancer can answer them. Requests are signature-checked (Ed25519), PING gets PONG, and
/// everything else goes through the same <see cref="InteractionHandler"/>; its first response becomes the HTTP reply.
/// </summary>
internal sealed partial class DiscordInteractionsEndpoint(
    IOptions<DiscordOptions> options,
    InteractionHandler handler,
    IHostApplicationLifetime lifetime,
    ILogger<DiscordInteractionsEndpoint> logger)
{
    private const int MaxBodyBytes = 1024 * 1024;
    // Discord waits 3 s for the first response; after this we defer so the answer can follow as an edit.
    private static readonly TimeSpan FirstResponseBudget = TimeSpan.FromMilliseconds(2_500);

    private readonly InteractionSignatureVerifier _verifier = new(options.Value.PublicKey!);

    public async Task HandleAsync(HttpContext http)
    {
        var body = await ReadBodyAsync(http.Request, http.RequestAborted).ConfigureAwait(false);
        if (body is null)
        {
            http.Response.StatusCode = StatusCodes.Status413PayloadTooLarge;
            return;
        }

        if (!_verifier.IsValid(http.Request.Headers["X-Signature-Ed25519"], http.Request.Headers["X-Signature-Timestamp"], body))
        {
            LogBadSignature();
            http.Response.StatusCode = StatusCodes.Status401Unauthorized;
            await http.Response.WriteAsync("invalid request signature", http.RequestAborted).ConfigureAwait(false);
            return;
        }

        InteractionCreated? interaction;
        try
        {
            using var document = JsonDocument.Parse(body);
            interaction = GatewayEventParser.Parse("INTERACTION_CREATE", document.RootElement) as InteractionCreated;
        }
        catch (Exception ex) when (ex is JsonException or KeyNotFoundException or InvalidOperationException)
        {
            interaction = null;
        }

        if (interaction is null)
        {
            http.Response.StatusCode = StatusCodes.Status400BadRequest;
            return;
        }

        var first = new TaskCompletionSource<InteractionResponse>(TaskCreationOptions.RunContinuationsAsynchronously);
        var sent = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        _ = Task.Run(() => RunHandlerAsync(interaction, first, sent), CancellationToken.None);

        InteractionResponse response;
        try
        {
            response = await first.Task.WaitAsync(FirstResponseBudget, http.RequestAborted).ConfigureAwait(false);
        }
        catch (TimeoutException)
        {
            response = InteractionResponse.Deferred();
            first.TrySetResult(response);
        }

        try
        {
            http.Response.ContentType = "application/json";
            await http.Response.WriteAsync(JsonSerializer.Serialize(WirePayloads.InteractionResponse(response), WirePayloads.Json), http.RequestAborted).ConfigureAwait(false);
            await http.Response.CompleteAsync().ConfigureAwait(false);
        }
        finally
        {
            sent.TrySetResult();
        }
    }

    private async Task RunHandlerAsync(InteractionCreated interaction, TaskCompletionSource<InteractionResponse> first, TaskCompletionSource sent)
    {
        try
        {
            await handler.HandleAsync(interaction, async (response, ct) =>
            {
                first.TrySetResult(response);
                // Edits may only follow once Discord has our first response.
                await sent.Task.WaitAsync(TimeSpan.FromSeconds(5), ct).ConfigureAwait(false);
            }, lifetime.ApplicationStopping).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !lifetime.ApplicationStopping.IsCancellationRequested)
        {
            LogHandlerFailed(ex);
        }
        finally
        {
            // A handler that failed before responding still owes Discord an answer.
            first.TrySetResult(InteractionResponse.Deferred(ephemeral: true));
        }
    }

    private static async Task<byte[]?> ReadBodyAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        if (request.ContentLength > MaxBodyBytes)
        {
            return null;
        }

        using var buffer = new MemoryStream();
        var chunk = new byte[16 * 1024];
        int read;
        while ((read = await request.Body.ReadAsync(chunk, cancellationToken).ConfigureAwait(false)) > 0)
        {
            if (buffer.Length + read > MaxBodyBytes)
            {
                return null;
            }

            buffer.Write(chunk, 0, read);
        }

        return buffer.ToArray();
    }

    [LoggerMessage(EventId = 4402, Level = LogLevel.Warning, Message = "Discord interactions endpoint refused a request with a missing or invalid signature")]
    private partial void LogBadSignature();

    [LoggerMessage(EventId = 4403, Level = LogLevel.Error, Message = "Handling an HTTP interaction failed")]
    private partial void LogHandlerFailed(Exception exception);
}

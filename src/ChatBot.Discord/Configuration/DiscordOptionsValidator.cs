using Microsoft.Extensions.Options;

namespace ChatBot.Discord.Configuration;

/// <summary>Rules that span keys: an enabled bot needs an application id, a token and a sane shard.</summary>
internal sealed class DiscordOptionsValidator(DiscordBotToken token) : IValidateOptions<DiscordOptions>
{
    public ValidateOptionsResult Validate(string? name, DiscordOptions options)
    {
        if (!options.Enabled)
        {
            return ValidateOptionsResult.Success;
        }

        var failures = new List<string>();
        if (string.IsNullOrWhiteSpace(options.ApplicationId))
        {
            failures.Add("Discord:ApplicationId is required when Discord:Enabled is true (Developer Portal → General Information).");
        }

        if (!token.IsPresent)
        {
            failures.Add($"Discord is enabled but the environment variable {DiscordBotToken.EnvironmentVariable} is not set (Developer Portal → Bot → Reset Token).");
        }

        if (options.ShardId >= options.ShardCount)
        {
            failures.Add("Discord:ShardId must be smaller than Discord:ShardCount.");
        }

        if (options.InvalidSessionMinDelayMs > options.InvalidSessionMaxDelayMs)
        {
            failures.Add("Discord:InvalidSessionMinDelayMs must not exceed Discord:InvalidSessionMaxDelayMs.");
        }

        if (!Uri.TryCreate(options.ApiBaseUrl, UriKind.Absolute, out _))
        {
            failures.Add("Discord:ApiBaseUrl must be an absolute url.");
        }

        if (options.GatewayUrl is { Length: > 0 } g && (!Uri.TryCreate(g, UriKind.Absolute, out var gu) || gu.Scheme is not ("ws" or "wss")))
        {
            failures.Add("Discord:GatewayUrl must be an absolute ws:// or wss:// url.");
        }

        if (!string.IsNullOrWhiteSpace(options.InteractionsEndpointUrl))
        {
            if (!Uri.TryCreate(options.InteractionsEndpointUrl, UriKind.Absolute, out var iu) || iu.Scheme is not ("http" or "https"))
            {
                failures.Add("Discord:InteractionsEndpointUrl must be an absolute http:// or https:// url (the public address Discord posts to; the route listens on Web:Urls).");
            }

            if (string.IsNullOrWhiteSpace(options.PublicKey))
            {
                failures.Add("Discord:PublicKey is required when Discord:InteractionsEndpointUrl is set (Developer Portal → General Information → Public Key).");
            }
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}

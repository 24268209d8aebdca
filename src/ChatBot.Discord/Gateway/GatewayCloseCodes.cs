namespace ChatBot.Discord.Gateway;

/// <summary>What to do after the gateway closed: resume, identify afresh, or give up with a message for the operator.</summary>
internal readonly record struct SessionEnd(SessionEndKind Kind, int? CloseCode = null, string? Message = null)
{
    public static SessionEnd Resume { get; } = new(SessionEndKind.Resume);
    public static SessionEnd Reidentify { get; } = new(SessionEndKind.Reidentify);
    public static SessionEnd ReidentifyAfterWait { get; } = new(SessionEndKind.ReidentifyAfterWait);
}

internal enum SessionEndKind
{
    Resume,
    Reidentify,
    ReidentifyAfterWait,
    Fatal,
}

/// <summary>opcodes-and-status-codes.mdx#gateway-close-event-codes.</summary>
internal static class GatewayCloseCodes
{
    public static SessionEnd Classify(int? code) => code switch
    {
        4004 => Fatal(4004, $"Discord rejected the bot token (gateway close 4004, authentication failed). Set a valid token in the {Configuration.DiscordBotToken.EnvironmentVariable} environment variable (Developer Portal → Bot → Reset Token)."),
        4010 => Fatal(4010, "Discord refused the shard (gateway close 4010, invalid shard): check Discord:ShardId and Discord:ShardCount."),
        4011 => Fatal(4011, "Discord requires sharding for this bot (gateway close 4011): set Discord:ShardCount to the recommended shard count and run one process per shard."),
        4012 => Fatal(4012, "Discord refused the gateway API version (gateway close 4012): this client speaks v10."),
        4013 => Fatal(4013, "Discord refused the gateway intents (gateway close 4013, invalid intents)."),
        4014 => Fatal(4014, "Discord refused a privileged intent (gateway close 4014, disallowed intents): enable \"Message Content Intent\" under Developer Portal → your application → Bot → Privileged Gateway Intents, then restart."),
        // Invalid sequence or a timed-out session cannot be resumed: start a new session.
        4007 or 4009 => SessionEnd.Reidentify,
        _ => SessionEnd.Resume,
    };

    private static SessionEnd Fatal(int code, string message) => new(SessionEndKind.Fatal, code, message);
}

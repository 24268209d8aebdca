namespace ChatBot.Discord.Gateway;

/// <summary>Discord closed the gateway with a code that reconnecting cannot fix; the message says what to change.</summary>
public sealed class DiscordGatewayFatalException : Exception
{
    public DiscordGatewayFatalException(int closeCode, string message) : base(message) => CloseCode = closeCode;

    public DiscordGatewayFatalException() { }
    public DiscordGatewayFatalException(string message) : base(message) { }
    public DiscordGatewayFatalException(string message, Exception innerException) : base(message, innerException) { }

    public int CloseCode { get; }
}

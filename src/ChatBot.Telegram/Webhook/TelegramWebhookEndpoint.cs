namespace ChatBot.Telegram;

internal static class TelegramWebhookEndpoint
{
    public const string SecretEnvironmentVariable = "TELEGRAM_WEBHOOK_SECRET";
    public const string SecretHeader = "X-Telegram-Bot-Api-Secret-Token";
}

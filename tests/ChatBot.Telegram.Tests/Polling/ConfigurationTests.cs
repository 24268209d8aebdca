using ChatBot.Answers;
using ChatBot.Answers.Operations;
using ChatBot.Telegram.Configuration;
using ChatBot.Telegram.Http;
using ChatBot.Telegram.Tests.Fakes;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace ChatBot.Telegram.Tests.Polling;

public sealed class ConfigurationTests
{
    [Fact]
    public void Without_a_token_telegram_is_not_added()
    {
        using var host = Build([]);

        Assert.Empty(host.Services.GetServices<IHostedService>());
    }

    [Fact]
    public void Disabled_telegram_is_not_added_even_with_a_token()
    {
        using var host = Build(new() { ["TELEGRAM_BOT_TOKEN"] = "123456:abcdefghijklmnop", ["Telegram:Enabled"] = "false" });

        Assert.Empty(host.Services.GetServices<IHostedService>());
    }

    [Fact]
    public async Task Enabled_without_a_token_stops_the_start_naming_the_environment_variable()
    {
        using var host = Build(new() { ["Telegram:Enabled"] = "true" });

        var error = await Assert.ThrowsAsync<OptionsValidationException>(() => host.StartAsync());
        Assert.Contains("TELEGRAM_BOT_TOKEN", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Telegram:PollingTimeoutSeconds", "500", "PollingTimeoutSeconds")]
    [InlineData("Telegram:BaseUrl", "not a url", "BaseUrl")]
    [InlineData("Telegram:Mode", "Webhook", "Webhook:PublicUrl")]
    public async Task Bad_settings_stop_the_start_with_the_key_named(string key, string value, string named)
    {
        using var host = Build(new() { ["TELEGRAM_BOT_TOKEN"] = "123456:abcdefghijklmnop", [key] = value });

        var error = await Assert.ThrowsAsync<OptionsValidationException>(() => host.StartAsync());
        Assert.Contains(named, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_token_is_redacted_from_any_text_and_never_printed()
    {
        var token = new TelegramBotToken("123456:ABCdefGHIjklMNOpqr");
        var redactor = new SecretRedactor(token);

        var text = redactor.Redact("POST http://x/bot123456:ABCdefGHIjklMNOpqr/sendMessage and bot999999%3AZYXwvuTSRqpo_-123");

        Assert.DoesNotContain("ABCdefGHI", text, StringComparison.Ordinal);
        Assert.DoesNotContain("ZYXwvu", text, StringComparison.Ordinal);
        Assert.Equal("***", token.ToString());
    }

    private static IHost Build(Dictionary<string, string?> settings)
    {
        var builder = Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings());
        builder.Configuration.AddInMemoryCollection(settings);
        builder.Services.AddSingleton<IAnswerService>(new FakeAnswerService());
        builder.Services.AddSingleton<IAskerRateLimiter>(new FakeRateLimiter());
        builder.Services.AddSingleton<IPinLog>(new RecordingPinLog());
        builder.AddTelegram();
        return builder.Build();
    }
}

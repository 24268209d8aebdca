using System.Collections.Concurrent;
using System.Text;
using ChatBot.Answers;
using ChatBot.Answers.Model;
using ChatBot.Operations.Hosting;
using ChatBot.Operations.Tests.Fakes;
using ChatBot.Operations.Tests.Hosting;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace ChatBot.Operations.Tests.Health;

/// <summary>Metrics pushed over OTLP/HTTP to a real receiver on 127.0.0.1.</summary>
public sealed class OtlpExporterTests : IDisposable
{
    private readonly TempFolder _folder = new();
    private static CancellationToken Ct => TestTimeout.Token;

    public void Dispose() => _folder.Dispose();

    [Fact]
    public async Task With_the_otlp_exporter_answers_are_pushed_to_the_configured_receiver()
    {
        var received = new ConcurrentQueue<byte[]>();
        var gotAnswers = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        await using var receiver = await StartReceiverAsync(received, gotAnswers);
        using var host = BuildHost(new Dictionary<string, string?>
        {
            ["Metrics:Exporter"] = "Otlp",
            ["Metrics:OtlpEndpoint"] = new Uri(new Uri(receiver.Urls.Single()), "/v1/metrics").ToString(),
            ["Metrics:OtlpProtocol"] = "HttpProtobuf",
            ["Metrics:OtlpIntervalSeconds"] = "1",
        });
        await host.StartAsync(Ct);

        await host.Services.GetRequiredService<IAnswerService>().AnswerAsync(new AnswerRequest("vraag", new Conversation("otlp", "c", "u")), Ct);
        await gotAnswers.Task.WaitAsync(TimeSpan.FromSeconds(20), Ct);
        await host.StopAsync(Ct);

        Assert.Contains(received, body => Contains(body, "chatbot.answer.duration"));
    }

    [Fact]
    public async Task The_otlp_exporter_without_an_endpoint_stops_the_start_naming_the_key()
    {
        using var host = BuildHost(new Dictionary<string, string?> { ["Metrics:Exporter"] = "Otlp" });

        var error = await Assert.ThrowsAsync<OptionsValidationException>(() => host.StartAsync(Ct));

        Assert.Contains("Metrics:OtlpEndpoint", error.Message, StringComparison.Ordinal);
    }

    private IHost BuildHost(Dictionary<string, string?> settings)
    {
        settings["Audit:DataFolder"] = _folder.Path;
        var builder = TestHost.Builder(settings);
        builder.Services.AddSingleton<IAnswerService, FakeAnswerService>();
        builder.AddOperations();
        builder.AddHealthEndpoint();
        return builder.Build();
    }

    private static async Task<WebApplication> StartReceiverAsync(ConcurrentQueue<byte[]> received, TaskCompletionSource gotAnswers)
    {
        var builder = WebApplication.CreateEmptyBuilder(new WebApplicationOptions());
        builder.WebHost.UseKestrelCore().UseUrls("http://127.0.0.1:0");
        builder.Services.AddRoutingCore();
        var app = builder.Build();
        app.MapPost("/v1/metrics", async (HttpContext context) =>
        {
            using var body = new MemoryStream();
            await context.Request.Body.CopyToAsync(body, context.RequestAborted);
            var bytes = body.ToArray();
            received.Enqueue(bytes);
            if (Contains(bytes, "chatbot.answers"))
            {
                gotAnswers.TrySetResult();
            }

            context.Response.ContentType = "application/x-protobuf";
            return Results.Bytes([], "application/x-protobuf");
        });
        await app.StartAsync(Ct);
        return app;
    }

    private static bool Contains(byte[] haystack, string needle) => haystack.AsSpan().IndexOf(Encoding.UTF8.GetBytes(needle)) >= 0;
}

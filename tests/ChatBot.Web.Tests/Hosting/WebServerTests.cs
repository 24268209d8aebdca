using System.Net;
using ChatBot.Web.Hosting;
using ChatBot.Web.Tests.Support;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace ChatBot.Web.Tests.Hosting;

/// <summary>The one web app: features' routes on their addresses, nothing when no feature needs it.</summary>
public sealed class WebServerTests : IDisposable
{
    private readonly HttpClient _http = new() { Timeout = TimeSpan.FromSeconds(10) };

    public void Dispose() => _http.Dispose();

    private static IHost Build(Dictionary<string, string?> settings, bool publicRoutes = true, bool managementRoutes = true)
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true, EnvironmentName = "Test" });
        builder.Configuration.AddInMemoryCollection(settings);
        if (publicRoutes)
        {
            builder.Services.AddWebRoutes("public test", WebScope.Public, (routes, _) => routes.MapGet("/hello", () => Results.Text("hello")));
        }

        if (managementRoutes)
        {
            builder.Services.AddWebRoutes("management test", WebScope.Management, (routes, _) => routes.MapGet("/status", () => Results.Text("ok")));
        }

        builder.Services.AddWebOptions();
        return builder.Build();
    }

    [Fact]
    public async Task Nothing_listens_when_no_feature_maps_routes()
    {
        using var host = Build([], publicRoutes: false, managementRoutes: false);

        await host.StartAsync();

        Assert.Null(host.Services.GetService<WebServer>());
        await host.StopAsync();
    }

    [Fact]
    public async Task Public_and_management_routes_share_one_address_when_no_management_url_is_set()
    {
        using var host = Build(new() { ["Web:Urls"] = "http://127.0.0.1:0" });
        await host.StartAsync();
        var address = Assert.Single(host.Services.GetRequiredService<WebServer>().Addresses);

        Assert.Equal("hello", await _http.GetStringAsync(new Uri(address, "/hello")));
        Assert.Equal("ok", await _http.GetStringAsync(new Uri(address, "/status")));
        await host.StopAsync();
    }

    [Fact]
    public async Task Management_routes_answer_only_on_the_management_port_and_public_routes_only_on_the_public_one()
    {
        var (publicPort, managementPort) = (WebHost.FreePort(), WebHost.FreePort());
        using var host = Build(new() { ["Web:Urls"] = $"http://127.0.0.1:{publicPort}", ["Web:ManagementUrls"] = $"http://127.0.0.1:{managementPort}" });
        await host.StartAsync();
        var publicAddress = new Uri($"http://127.0.0.1:{publicPort}");
        var managementAddress = new Uri($"http://127.0.0.1:{managementPort}");

        using var helloPublic = await _http.GetAsync(new Uri(publicAddress, "/hello"));
        using var statusPublic = await _http.GetAsync(new Uri(publicAddress, "/status"));
        using var helloManagement = await _http.GetAsync(new Uri(managementAddress, "/hello"));
        using var statusManagement = await _http.GetAsync(new Uri(managementAddress, "/status"));

        Assert.Equal(HttpStatusCode.OK, helloPublic.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, statusPublic.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, helloManagement.StatusCode);
        Assert.Equal(HttpStatusCode.OK, statusManagement.StatusCode);
        Assert.Equal(managementAddress, host.Services.GetRequiredService<WebServer>().AddressFor(WebScope.Management));
        await host.StopAsync();
    }

    [Fact]
    public async Task Public_routes_without_Web_Urls_stop_the_start_naming_the_key()
    {
        using var host = Build([], managementRoutes: false);

        var error = await Assert.ThrowsAsync<OptionsValidationException>(() => host.StartAsync());

        Assert.Contains("Web:Urls", error.Message, StringComparison.Ordinal);
        Assert.Contains("public test", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_public_base_url_that_is_not_http_stops_the_start_naming_the_key()
    {
        using var host = Build(new() { ["Web:Urls"] = "http://127.0.0.1:0", ["Web:PublicBaseUrl"] = "javascript:alert(1)" });

        var error = await Assert.ThrowsAsync<OptionsValidationException>(() => host.StartAsync());

        Assert.Contains("Web:PublicBaseUrl", error.Message, StringComparison.Ordinal);
    }
}

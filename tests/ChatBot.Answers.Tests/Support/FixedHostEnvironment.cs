using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Hosting;

namespace ChatBot.Answers.Tests.Support;

/// <summary>Just enough host environment for the corpus provider: a content root.</summary>
internal sealed class FixedHostEnvironment(string contentRoot) : IHostEnvironment
{
    public string EnvironmentName { get; set; } = "Test";
    public string ApplicationName { get; set; } = "ChatBot.Answers.Tests";
    public string ContentRootPath { get; set; } = contentRoot;
    public IFileProvider ContentRootFileProvider { get; set; } = new NullFileProvider();
}

using ChatBot.Answers.Model;
using Microsoft.SemanticKernel;

namespace ChatBot.Llm.Prompts;

/// <summary>
/// Loads the prompt files once at start (a missing file stops the start with its path named) and turns them into
/// Semantic Kernel prompt functions. Templates use the default SK format ({{$variable}}); variable values are
/// HTML-encoded by the engine and decoded by the chat-prompt parser, so text in a question or a document cannot
/// open a new &lt;message role="system"&gt; block.
/// </summary>
public sealed class PromptLibrary
{
    private static readonly Language[] Languages = [Language.Nl, Language.En];
    private readonly KernelPromptTemplateFactory _factory = new();
    private readonly Dictionary<(string Name, Language Language), PromptTemplateConfig> _configs = [];
    private readonly Dictionary<(string Name, Language Language), KernelFunction> _functions = [];

    public PromptLibrary(string folder)
    {
        Folder = folder;
        foreach (var name in PromptNames.All)
        {
            foreach (var language in Languages)
            {
                var path = PathOf(folder, name, language);
                if (!File.Exists(path))
                {
                    throw new FileNotFoundException($"Prompt file missing: {path} (set Llm:PromptsFolder).", path);
                }

                var config = new PromptTemplateConfig(File.ReadAllText(path))
                {
                    Name = $"{name.Replace('-', '_')}_{language.Code()}",
                    TemplateFormat = PromptTemplateConfig.SemanticKernelTemplateFormat,
                };
                _configs[(name, language)] = config;
                _functions[(name, language)] = KernelFunctionFactory.CreateFromPrompt(config, _factory);
            }
        }
    }

    public string Folder { get; }

    /// <summary>Prompt files the folder lacks (empty when complete); checked at start.</summary>
    public static IReadOnlyList<string> MissingFiles(string folder) =>
        [.. PromptNames.All
            .SelectMany(name => Languages.Select(language => PathOf(folder, name, language)))
            .Where(path => !File.Exists(path))];

    public static string PathOf(string folder, string name, Language language) =>
        Path.Combine(folder, $"{name}.{language.Code()}.txt");

    public KernelFunction Function(string name, Language language) => _functions[(name, language)];

    /// <summary>The prompt as the engine renders it (before the chat-prompt parser splits it into messages).</summary>
    public async Task<string> RenderAsync(Kernel kernel, string name, Language language, KernelArguments arguments, CancellationToken cancellationToken) =>
        await _factory.Create(_configs[(name, language)]).RenderAsync(kernel, arguments, cancellationToken).ConfigureAwait(false);
}

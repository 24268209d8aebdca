using System.ComponentModel.DataAnnotations;

namespace ChatBot.Llm;

/// <summary>
/// Section "Llm": the optional language-model mode. Off by default; when on, any OpenAI-compatible chat endpoint
/// (OpenAI, Azure OpenAI's /openai/v1/, Ollama, vLLM, LM Studio). The key comes only from <see cref="ApiKeyVariable"/>.
/// </summary>
public sealed class LlmOptions : IValidatableObject
{
    public const string Section = "Llm";

    /// <summary>Environment variable holding the API key; optional for local servers. Never logged.</summary>
    public const string ApiKeyVariable = "LLM_API_KEY";

    public bool Enabled { get; set; }

    /// <summary>Base URL of the OpenAI-compatible API, e.g. https://api.openai.com/v1/ or http://localhost:11434/v1/.</summary>
    public Uri? Endpoint { get; set; }

    public string? Model { get; set; }

    /// <summary>Whole budget for one LLM answer; past it the extractive answer goes out.</summary>
    [Range(typeof(TimeSpan), "00:00:00.050", "00:05:00")]
    public TimeSpan TimeBudget { get; set; } = TimeSpan.FromSeconds(8);

    [Range(1, 20)] public int MaxPassages { get; set; } = 6;

    /// <summary>Sampling temperature; set it empty to leave it out (reasoning models accept only their default).</summary>
    [Range(0.0, 2.0)] public double? Temperature { get; set; } = 0;

    [Range(64, 8000)] public int MaxOutputTokens { get; set; } = 900;

    /// <summary>Folder of prompt files, relative to the content root unless absolute.</summary>
    [Required] public string PromptsFolder { get; set; } = "prompts";

    /// <summary>Ask the model for a standalone, bilingual retrieval query first (follow-ups, cross-lingual recall).</summary>
    public bool RewriteQueries { get; set; } = true;

    /// <summary>Send response_format json_object; turn off for servers that reject it.</summary>
    public bool JsonResponseFormat { get; set; } = true;

    /// <summary>Embedding model of the same provider for hybrid retrieval (BM25 fused with embeddings); empty = off.</summary>
    public string? EmbeddingModel { get; set; }

    /// <summary>Where passage embeddings are cached, relative to the content root unless absolute.</summary>
    [Required] public string EmbeddingCacheFolder { get; set; } = "data/embeddings";

    /// <summary>How many chats keep their last exchange for follow-up questions.</summary>
    [Range(1, 1_000_000)] public int MaxRememberedChats { get; set; } = 5_000;

    /// <summary>A follow-up refers to the last exchange only if it came within this window.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "1.00:00:00")]
    public TimeSpan FollowUpWindow { get; set; } = TimeSpan.FromMinutes(30);

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (!Enabled)
        {
            yield break;
        }

        if (Endpoint is null || !Endpoint.IsAbsoluteUri || (Endpoint.Scheme != Uri.UriSchemeHttp && Endpoint.Scheme != Uri.UriSchemeHttps))
        {
            yield return new ValidationResult(
                "Llm:Endpoint must be an absolute http(s) URL of an OpenAI-compatible API when Llm:Enabled is true.",
                [nameof(Endpoint)]);
        }

        if (string.IsNullOrWhiteSpace(Model))
        {
            yield return new ValidationResult("Llm:Model is required when Llm:Enabled is true.", [nameof(Model)]);
        }
    }
}

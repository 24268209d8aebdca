namespace ChatBot.Llm.Prompts;

/// <summary>The prompt files under prompts/: one per task, each as {name}.nl.txt and {name}.en.txt.</summary>
public static class PromptNames
{
    public const string Answer = "answer";
    public const string Compare = "compare";
    public const string Check = "check";
    public const string QueryRewrite = "query-rewrite";

    public static IReadOnlyList<string> All { get; } = [Answer, Compare, Check, QueryRewrite];
}

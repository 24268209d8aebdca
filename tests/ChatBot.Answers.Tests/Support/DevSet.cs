using System.Text.Json;

namespace ChatBot.Answers.Tests.Support;

/// <summary>One expected source of a dev case: the document prefix ("003") and words the quote must be near.</summary>
public sealed record DevExpectation(string Doc, IReadOnlyList<string> MustContain);

/// <summary>One line of dev.jsonl. Without the shared file only ids and questions are known.</summary>
public sealed record DevCase(string Id, string Question, string? Lang, string? Kind, string? Verdict, IReadOnlyList<DevExpectation> Expect);

internal static class DevSet
{
    /// <summary>True when the full dev set (with expectations) is beside the repository.</summary>
    public static bool HasExpectations => RepoPaths.DevSet is not null;

    /// <summary>dev, plus dev2 and dev4 (chat and debate phrasing) where the shared eval folder has them.</summary>
    public static IReadOnlyList<DevCase> LoadAll()
    {
        var cases = Load().ToList();
        foreach (var name in new[] { "dev2.jsonl", "dev4.jsonl" })
        {
            var path = Path.GetFullPath(Path.Combine(RepoPaths.Root, "..", "shared", "eval", name));
            if (File.Exists(path)) cases.AddRange(Load(path));
        }

        return cases;
    }

    public static IReadOnlyList<DevCase> Load(string? path = null)
    {
        path ??= RepoPaths.DevSet ?? RepoPaths.DevQuestionsCopy;
        var cases = new List<DevCase>();
        foreach (var line in File.ReadLines(path).Where(l => l.Trim().Length > 0))
        {
            using var json = JsonDocument.Parse(line);
            var root = json.RootElement;
            var expect = new List<DevExpectation>();
            if (root.TryGetProperty("expect", out var e) && e.ValueKind == JsonValueKind.Array)
            {
                foreach (var x in e.EnumerateArray())
                {
                    expect.Add(new DevExpectation(x.GetProperty("doc").GetString()!,
                        [.. x.GetProperty("must_contain").EnumerateArray().Select(m => m.GetString()!)]));
                }
            }

            cases.Add(new DevCase(root.GetProperty("id").GetString()!, root.GetProperty("question").GetString()!,
                Text(root, "lang"), Text(root, "kind"), Text(root, "verdict"), expect));
        }

        return cases;
    }

    public static TheoryData<string> Ids()
    {
        var data = new TheoryData<string>();
        foreach (var c in Load()) data.Add(c.Id);
        return data;
    }

    public static DevCase Case(string id) => Load().Single(c => c.Id == id);

    private static string? Text(JsonElement root, string name) =>
        root.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;
}

/// <summary>A fact that needs the dev set's expectations; skipped (with the reason) in checkouts without ../shared.</summary>
public sealed class DevSetFactAttribute : FactAttribute
{
    public DevSetFactAttribute()
    {
        if (!DevSet.HasExpectations)
        {
            Skip = "../shared/eval/dev.jsonl (with expectations) is not beside the repository.";
        }
    }
}

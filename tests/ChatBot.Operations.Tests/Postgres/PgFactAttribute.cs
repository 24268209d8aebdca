namespace ChatBot.Operations.Tests.Postgres;

/// <summary>
/// A test against a real PostgreSQL server named by CHATBOT_TEST_POSTGRES. Locally, without it, the test is skipped
/// with the reason; in CI (CI=true) it runs anyway and fails, so a missing server is never a silent pass.
/// </summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class PgFactAttribute : FactAttribute
{
    public const string Variable = "CHATBOT_TEST_POSTGRES";

    public PgFactAttribute()
    {
        if (ConnectionString is null && !IsCi)
        {
            Skip = $"PostgreSQL test: set {Variable} (eval \"$(bash .ci/postgres.sh)\" installs and starts a server on 127.0.0.1)";
        }
    }

    public static string? ConnectionString => Environment.GetEnvironmentVariable(Variable) is { Length: > 0 } value ? value : null;

    public static bool IsCi => string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase);
}

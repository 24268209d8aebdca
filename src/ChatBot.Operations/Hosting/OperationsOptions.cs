using System.ComponentModel.DataAnnotations;
using Npgsql;

namespace ChatBot.Operations.Hosting;

/// <summary>
/// Section "Operations". Set the PostgreSQL connection string through the environment (CHATBOT_POSTGRES or
/// Operations__PostgresConnectionString): it holds a password, so never in appsettings.json.
/// </summary>
public sealed class OperationsOptions : IValidatableObject
{
    public const string Section = "Operations";
    public const string PostgresEnvironmentVariable = "CHATBOT_POSTGRES";

    /// <summary>When set, audit trail, pins, rate limits and the update ledger live in PostgreSQL, shared by all processes.</summary>
    public string? PostgresConnectionString { get; set; }

    public bool UsesPostgres => !string.IsNullOrWhiteSpace(PostgresConnectionString);

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (!UsesPostgres)
        {
            yield break;
        }

        string? problem = null;
        try
        {
            var builder = new NpgsqlConnectionStringBuilder(PostgresConnectionString);
            if (string.IsNullOrWhiteSpace(builder.Host))
            {
                problem = "it names no Host";
            }
        }
        catch (ArgumentException)
        {
            problem = "it is not a valid Npgsql connection string (Host=...;Username=...;Password=...;Database=...)";
        }

        // The value itself is never repeated: it holds a password.
        if (problem is not null)
        {
            yield return new ValidationResult(
                $"Operations:PostgresConnectionString ({PostgresEnvironmentVariable}) is unusable: {problem}", [nameof(PostgresConnectionString)]);
        }
    }
}

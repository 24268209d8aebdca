using System.Text.RegularExpressions;
using ChatBot.Answers.Corpus;
using Microsoft.Extensions.Options;

namespace ChatBot.Host.Cli;

/// <summary>
/// Turns the ways a start can fail on configuration into one line for stderr: the key, what it must be and how to
/// fix it. Anything else is not a configuration problem and gets null (it keeps its stack trace).
/// </summary>
internal static partial class StartFailure
{
    /// <summary>Exit code for "fix the configuration and start again" (systemd: RestartPreventExitStatus=2).</summary>
    public const int ExitCode = 2;

    public static string? Describe(Exception exception)
    {
        for (Exception? e = exception; e is not null; e = e.InnerException)
        {
            switch (e)
            {
                case CorpusLoadException:
                    return e.Message;
                case OptionsValidationException o:
                    return InvalidOptions(o);
                case InvalidOperationException when Conversion().Match(e.Message) is { Success: true } m:
                    return Unconvertible(m.Groups["key"].Value, m.Groups["value"].Success ? m.Groups["value"].Value : null, m.Groups["type"].Value);
                case AggregateException { InnerExceptions.Count: 1 } a:
                    return Describe(a.InnerExceptions[0]);
                default:
                    break;
            }
        }

        return null;
    }

    /// <summary>
    /// Options validation in the README's form: "Answers:MinCoverage must be between 0.05 and 1. Fix it in
    /// appsettings.json or in the environment variable Answers__MinCoverage." rather than the framework's
    /// "DataAnnotation validation failed for 'AnswersOptions' members: …". Several failures share the one line.
    /// </summary>
    internal static string InvalidOptions(OptionsValidationException exception)
    {
        var section = exception.OptionsType.GetField("Section", System.Reflection.BindingFlags.Public | System.Reflection.BindingFlags.Static)?.GetRawConstantValue() as string
                      ?? exception.OptionsType.Name.Replace("Options", "", StringComparison.Ordinal);
        return string.Join(" ", exception.Failures.Select(f => DataAnnotationFailure().Match(f) is { Success: true } m
            ? Rephrase(section, m.Groups["member"].Value.Split(',')[0].Trim(), m.Groups["error"].Value)
            : f.TrimEnd('.') + "."));
    }

    private static string Rephrase(string section, string member, string error)
    {
        var key = $"{section}:{member.Replace('.', ':')}";
        var variable = key.Replace(":", "__", StringComparison.Ordinal);
        // Messages of our own validators already name the key ("Llm:Endpoint must be …"); the attributes' do not.
        var what = error.Contains(key, StringComparison.Ordinal) ? error.TrimEnd('.')
            : FieldPhrase().Replace(error, m => m.Groups["required"].Success ? $"{key} is required" : $"{key} ").TrimEnd('.');
        return $"{what}. Fix it in appsettings.json or in the environment variable {variable}.";
    }

    /// <summary>"Answers:MinCoverage is 'abc' but must be a number …; fix … or the environment variable Answers__MinCoverage."</summary>
    internal static string Unconvertible(string key, string? value, string type)
    {
        var shown = value is null ? " must be" : LooksSecret(key) ? " is set but must be" : $" is '{value}' but must be";
        return $"{key}{shown} {Expected(type)}. Fix it in appsettings.json or in the environment variable {key.Replace(":", "__", StringComparison.Ordinal)}.";
    }

    private static string Expected(string type)
    {
        var name = NullableOf().Match(type) is { Success: true } n ? n.Groups["inner"].Value : type;
        return name switch
        {
            "System.Boolean" => "true or false",
            "System.Double" or "System.Single" or "System.Decimal" => "a number with a dot as decimal separator (for example 0.6)",
            "System.Int32" or "System.Int64" or "System.Int16" or "System.UInt32" or "System.UInt64" or "System.Byte" => "a whole number (for example 30)",
            "System.TimeSpan" => "a duration such as 00:00:08 (hh:mm:ss)",
            "System.Uri" => "an absolute URL",
            _ when EnumNames(name) is { } names => "one of " + names,
            _ => "a value of type " + name,
        };
    }

    /// <summary>The names of an enum type known only by its full name, e.g. "Polling, Webhook".</summary>
    private static string? EnumNames(string fullName)
    {
        var type = AppDomain.CurrentDomain.GetAssemblies()
            .Select(a => a.GetType(fullName, throwOnError: false))
            .FirstOrDefault(t => t is { IsEnum: true });
        return type is null ? null : string.Join(", ", Enum.GetNames(type));
    }

    private static bool LooksSecret(string key) =>
        SecretKey().IsMatch(key);

    // ConfigurationBinder: "Failed to convert configuration value 'abc' at 'Answers:MinCoverage' to type 'System.Double'."
    // GetValue<T>: "Failed to convert configuration value at 'Discord:Enabled' to type 'System.Boolean'."
    [GeneratedRegex(@"Failed to convert configuration value (?:'(?<value>.*)' )?at '(?<key>[^']+)' to type '(?<type>[^']+)'", RegexOptions.Singleline)]
    private static partial Regex Conversion();

    // OptionsBuilder.ValidateDataAnnotations: "DataAnnotation validation failed for 'AnswersOptions' members: 'MinCoverage' with the error: 'The field MinCoverage must be between 0.05 and 1.'."
    [GeneratedRegex(@"^DataAnnotation validation failed for '[^']+' members: '(?<member>[^']*)' with the error: '(?<error>.*)'\.?$", RegexOptions.Singleline)]
    private static partial Regex DataAnnotationFailure();

    // The attributes' wording: "The field X must be …", "The X field is required.".
    [GeneratedRegex(@"^The field \S+ |^The \S+ field is (?<required>required)")]
    private static partial Regex FieldPhrase();

    [GeneratedRegex(@"^System\.Nullable`1\[\[?(?<inner>[^,\]]+)")]
    private static partial Regex NullableOf();

    [GeneratedRegex("token|secret|password|key$|connection", RegexOptions.IgnoreCase)]
    private static partial Regex SecretKey();
}

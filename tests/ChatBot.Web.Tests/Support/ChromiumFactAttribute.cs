namespace ChatBot.Web.Tests.Support;

/// <summary>
/// A test in headless Chromium (Debian package "chromium"). Locally, without it, the test is skipped with the reason;
/// in CI (CI=true) it runs anyway and fails, so a missing browser is never a silent pass. .ci/run installs it.
/// </summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class ChromiumFactAttribute : FactAttribute
{
    public ChromiumFactAttribute()
    {
        if (Chromium.ExecutablePath is null && !IsCi)
        {
            Skip = "Browser test: needs Chromium (apt-get install -y chromium, or set CHROMIUM_PATH); CI runs it";
        }
    }

    public static bool IsCi => string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase);
}

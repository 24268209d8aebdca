namespace ChatBot.Web.Tests.Support;

internal static class TestTimeout
{
    /// <summary>A token that ends a hung test after two minutes instead of hanging the run.</summary>
    public static CancellationToken Token => new CancellationTokenSource(TimeSpan.FromMinutes(2)).Token;
}

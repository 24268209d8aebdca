namespace ChatBot.Operations.Tests.Fakes;

/// <summary>Every wait in these tests is bounded: a hang becomes a failure, not a stuck run.</summary>
internal static class TestTimeout
{
    public static readonly TimeSpan Limit = TimeSpan.FromSeconds(30);

    public static CancellationToken Token => new CancellationTokenSource(Limit).Token;
}

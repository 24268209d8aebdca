using Microsoft.Extensions.Logging;

namespace ChatBot.Answers.Tests.Support;

/// <summary>Keeps the event ids and messages logged, so a test can tell which way the code went.</summary>
internal sealed class EventLogger : ILogger
{
    private readonly List<(int Id, string Message)> _events = [];

    public IReadOnlyList<int> Ids
    {
        get
        {
            lock (_events) return [.. _events.Select(e => e.Id)];
        }
    }

    public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

    public bool IsEnabled(LogLevel logLevel) => true;

    public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
    {
        lock (_events) _events.Add((eventId.Id, formatter(state, exception)));
    }

    public void Clear()
    {
        lock (_events) _events.Clear();
    }
}

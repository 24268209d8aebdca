namespace ChatBot.Llm.Conversations;

/// <summary>The last question in a chat (made standalone when the model rewrote it) and the answer's lead line.</summary>
public sealed record Exchange(string Question, string AnswerSummary, DateTimeOffset At);

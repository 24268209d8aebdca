namespace ChatBot.Answers.Corpus;

/// <summary>The corpus cannot be used as it is; the message names the file and the fix.</summary>
public sealed class CorpusLoadException(string message) : Exception(message);

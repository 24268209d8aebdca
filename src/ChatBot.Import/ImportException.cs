namespace ChatBot.Import;

/// <summary>An input the importer cannot turn into a document, or a corpus it cannot add to; the message says why and what to do.</summary>
public sealed class ImportException(string message) : Exception(message);

namespace ChatBot.Operations.Storage;

/// <summary>One schema step; applied once, in order, recorded in table schema_version.</summary>
internal sealed record Migration(int Version, string Description, string Sql);

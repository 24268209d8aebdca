using ChatBot.Answers.Operations;

namespace ChatBot.Operations.Audit;

/// <summary>What travels through the audit queue: an answer or a pin.</summary>
public abstract record AuditEntry;

public sealed record AnswerAuditEntry(AuditRecord Record) : AuditEntry;

public sealed record PinAuditEntry(PinRecord Pin) : AuditEntry;

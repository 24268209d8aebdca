namespace ChatBot.Answers.Operations;

/// <summary>
/// "Answer each update once": adapters claim an update before answering it. In one process the default remembers
/// recent keys; with a shared database (AddOperations) the claim holds across processes.
/// </summary>
public interface IUpdateClaims
{
    /// <summary>True when this process should answer (platform, updateKey); false for a duplicate or one another process took.</summary>
    Task<bool> TryClaimAsync(string platform, string updateKey, CancellationToken cancellationToken);
}

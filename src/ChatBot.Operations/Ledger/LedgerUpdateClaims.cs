using System.Data.Common;
using ChatBot.Answers.Operations;
using Microsoft.Extensions.Logging;

namespace ChatBot.Operations.Ledger;

/// <summary>
/// Claims in the shared update ledger, so of several processes on one database exactly one answers an update.
/// When the database cannot be reached the update is answered anyway (a rare duplicate beats silence) and a
/// warning says why.
/// </summary>
internal sealed partial class LedgerUpdateClaims(IUpdateLedger ledger, ILogger<LedgerUpdateClaims> logger) : IUpdateClaims
{
    public async Task<bool> TryClaimAsync(string platform, string updateKey, CancellationToken cancellationToken)
    {
        try
        {
            return await ledger.TryClaimAsync(platform, updateKey, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is DbException or TimeoutException or InvalidOperationException && !cancellationToken.IsCancellationRequested)
        {
            LogClaimFailed(platform, ex.GetType().Name, ex.Message);
            return true;
        }
    }

    [LoggerMessage(6201, LogLevel.Warning, "Update ledger unreachable; answering the {Platform} update without a claim ({ErrorType}: {Error})")]
    private partial void LogClaimFailed(string platform, string errorType, string error);
}

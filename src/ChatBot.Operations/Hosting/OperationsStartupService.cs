using ChatBot.Operations.Health;
using ChatBot.Operations.Storage;
using ChatBot.Operations.Storage.Postgres;
using ChatBot.Operations.Storage.Sqlite;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace ChatBot.Operations.Hosting;

/// <summary>Creates or migrates the schema at start, so a broken or unreachable database stops the start with a clear error.</summary>
internal sealed class OperationsStartupService(ISqlDatabase database, ILogger<OperationsStartupService> logger) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        switch (database)
        {
            case PostgresDatabase pg:
                HealthLog.PostgresStore(logger, pg.Database, pg.Host);
                break;
            case SqliteDatabase sqlite:
                HealthLog.SqliteStore(logger, sqlite.FilePath);
                break;
        }

        var version = await database.MigrateAsync(cancellationToken).ConfigureAwait(false);
        HealthLog.SchemaReady(logger, version);
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}

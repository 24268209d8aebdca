using ChatBot.Operations.Storage.Postgres;
using Npgsql;

namespace ChatBot.Operations.Tests.Postgres;

/// <summary>
/// A throw-away schema on the test server, so tests run side by side without seeing each other's rows. Every
/// <see cref="NewDatabase"/> is a separate pool, as a separate bot process would have.
/// </summary>
internal sealed class PostgresTestSchema : IAsyncDisposable
{
    private readonly string _admin;
    private readonly List<PostgresDatabase> _databases = [];

    private PostgresTestSchema(string admin, string name)
    {
        _admin = admin;
        Name = name;
        ConnectionString = new NpgsqlConnectionStringBuilder(admin) { SearchPath = name, ApplicationName = "chatbot-tests" }.ConnectionString;
    }

    public string Name { get; }

    public string ConnectionString { get; }

    public static async Task<PostgresTestSchema> CreateAsync(CancellationToken cancellationToken)
    {
        var admin = PgFactAttribute.ConnectionString
            ?? throw new InvalidOperationException($"CI=true but {PgFactAttribute.Variable} is not set: .ci/run must run `eval \"$(bash .ci/postgres.sh)\"` before the tests.");
        var schema = new PostgresTestSchema(admin, "t_" + Guid.NewGuid().ToString("N"));
        await schema.ExecuteAsync($"CREATE SCHEMA {schema.Name}", cancellationToken);
        return schema;
    }

    public PostgresDatabase NewDatabase()
    {
        var database = new PostgresDatabase(ConnectionString);
        _databases.Add(database);
        return database;
    }

    public async Task<long> ScalarAsync(string sql, CancellationToken cancellationToken)
    {
        await using var connection = new NpgsqlConnection(ConnectionString);
        await connection.OpenAsync(cancellationToken);
        await using var command = new NpgsqlCommand(sql, connection);
        return Convert.ToInt64(await command.ExecuteScalarAsync(cancellationToken), System.Globalization.CultureInfo.InvariantCulture);
    }

    private async Task ExecuteAsync(string sql, CancellationToken cancellationToken)
    {
        await using var connection = new NpgsqlConnection(_admin);
        await connection.OpenAsync(cancellationToken);
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var database in _databases)
        {
            await database.DisposeAsync();
        }

        using var cts = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        await ExecuteAsync($"DROP SCHEMA IF EXISTS {Name} CASCADE", cts.Token);
    }
}

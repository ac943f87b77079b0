using Npgsql;

namespace InclusionStandards.Server.Tests;

/// <summary>
/// A database of the test's own: a SQLite file in a fresh folder, or a fresh database on the PostgreSQL server named
/// by <c>INCLUSION_TEST_POSTGRES</c> (a connection string; .ci/run starts Debian's postgresql and sets it). Removed
/// on dispose.
/// </summary>
public sealed class ServerDatabase : IDisposable
{
    public const string PostgresVariable = "INCLUSION_TEST_POSTGRES";

    private readonly string? _directory;
    private readonly string? _postgresName;

    private ServerDatabase(string provider, string connectionString, string? directory, string? postgresName)
    {
        Provider = provider;
        ConnectionString = connectionString;
        _directory = directory;
        _postgresName = postgresName;
    }

    public string Provider { get; }

    public string ConnectionString { get; }

    public static string? PostgresServer => Environment.GetEnvironmentVariable(PostgresVariable) is { Length: > 0 } s ? s : null;

    public IEnumerable<string> Arguments => [$"--Server:Database={Provider}", $"--ConnectionStrings:Assessments={ConnectionString}"];

    public static ServerDatabase Sqlite()
    {
        var dir = Directory.CreateTempSubdirectory("inclusion-server-test-").FullName;
        return new ServerDatabase("Sqlite", $"Data Source={Path.Combine(dir, "assessments.db")}", dir, null);
    }

    public static ServerDatabase Postgres()
    {
        var server = PostgresServer ?? throw new InvalidOperationException($"{PostgresVariable} is not set.");
        var name = "inclusion_test_" + Guid.NewGuid().ToString("N")[..12];
        var builder = new NpgsqlConnectionStringBuilder(server) { Database = name };
        return new ServerDatabase("PostgreSQL", builder.ConnectionString, null, name);
    }

    public static ServerDatabase Create(string provider) => provider == "PostgreSQL" ? Postgres() : Sqlite();

    public void Dispose()
    {
        if (_directory is not null)
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            try
            {
                Directory.Delete(_directory, recursive: true);
            }
            catch (IOException)
            {
                // a killed server's file handles may linger briefly; the temp folder is the system's to clean
            }
        }

        if (_postgresName is not null)
        {
            NpgsqlConnection.ClearAllPools();
            using var connection = new NpgsqlConnection(PostgresServer);
            connection.Open();
            using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{_postgresName}\" WITH (FORCE)", connection);
            drop.ExecuteNonQuery();
        }
    }
}

/// <summary>A test that needs the PostgreSQL server of <c>INCLUSION_TEST_POSTGRES</c>: reported skipped, with how to run it, when unset.</summary>
public sealed class PostgresFactAttribute : FactAttribute
{
    public PostgresFactAttribute()
    {
        if (ServerDatabase.PostgresServer is null)
        {
            Skip = $"no PostgreSQL server: set {ServerDatabase.PostgresVariable} to a connection string (e.g. Host=127.0.0.1;Username=postgres;Password=...) — .ci/run does";
        }
    }
}

using System.Diagnostics;
using System.Net.Http.Headers;
using System.Reflection;
using System.Text;
using System.Text.RegularExpressions;

namespace InclusionStandards.Server.Tests;

/// <summary>
/// The service as a real process on 127.0.0.1 (a free port), with a database of the test's own and two API keys:
/// an assessor for every organisation and a viewer scoped to another ODS code (plus an admin). Killed on dispose.
/// </summary>
public sealed partial class ServerProcess : IDisposable
{
    public const string AssessorKey = "assessor-key-3f9c1e7a2b";
    public const string ViewerKey = "viewer-key-8d2a6b4c1e90";
    public const string AdminKey = "admin-key-5e1f9a3c7d20b";
    public const string ScopedAssessorKey = "scoped-assessor-key-77aa31";
    public const string ViewerOrganisation = "ZZZ99";

    private readonly Process _process;
    private readonly StringBuilder _output = new();
    private readonly TaskCompletionSource<Uri> _listening = new(TaskCreationOptions.RunContinuationsAsynchronously);

    private ServerProcess(IEnumerable<string> arguments)
    {
        var dll = ServerDll;
        var info = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = Path.GetDirectoryName(dll)!,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        info.ArgumentList.Add(dll);
        foreach (var a in arguments)
        {
            info.ArgumentList.Add(a);
        }

        info.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        info.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        _process = new Process { StartInfo = info, EnableRaisingEvents = true };
        _process.OutputDataReceived += (_, e) => OnLine(e.Data);
        _process.ErrorDataReceived += (_, e) => OnLine(e.Data);
        _process.Exited += (_, _) => _listening.TrySetException(new InvalidOperationException("The server exited before listening:\n" + Output));
    }

    public Uri Address { get; private set; } = null!;

    public string Output
    {
        get
        {
            lock (_output)
            {
                return _output.ToString();
            }
        }
    }

    /// <summary>The server's build output, beside this test assembly's configuration.</summary>
    public static string ServerDll
    {
        get
        {
            var configuration = typeof(ServerProcess).Assembly.GetCustomAttribute<AssemblyConfigurationAttribute>()?.Configuration ?? "Debug";
            var root = AppContext.BaseDirectory;
            while (root is not null && !File.Exists(Path.Combine(root, "InclusionStandards.sln")))
            {
                root = Path.GetDirectoryName(root.TrimEnd(Path.DirectorySeparatorChar));
            }

            return Path.Combine(root ?? throw new InvalidOperationException("The repository root was not found."),
                "src", "InclusionStandards.Server", "bin", configuration, "net10.0", "InclusionStandards.Server.dll");
        }
    }

    /// <summary>The standard arguments: the database, the keys, and any extra settings (<c>--Key=value</c>).</summary>
    internal static List<string> Arguments(ServerDatabase database, params string[] extra)
    {
        var args = new List<string> { "--urls", "http://127.0.0.1:0" };
        args.AddRange(database.Arguments);
        args.AddRange(
        [
            "--Server:ApiKeys:0:Name=assessor-system", $"--Server:ApiKeys:0:Key={AssessorKey}", "--Server:ApiKeys:0:Role=assessor",
            "--Server:ApiKeys:1:Name=viewer-elsewhere", $"--Server:ApiKeys:1:Key={ViewerKey}", "--Server:ApiKeys:1:Role=viewer", $"--Server:ApiKeys:1:Organisations:0={ViewerOrganisation}",
            "--Server:ApiKeys:2:Name=admin-system", $"--Server:ApiKeys:2:Key={AdminKey}", "--Server:ApiKeys:2:Role=admin",
            "--Server:ApiKeys:3:Name=scoped-assessor", $"--Server:ApiKeys:3:Key={ScopedAssessorKey}", "--Server:ApiKeys:3:Role=assessor", $"--Server:ApiKeys:3:Organisations:0={ViewerOrganisation}",
            "--Logging:LogLevel:Default=Warning", "--Logging:LogLevel:Microsoft.Hosting.Lifetime=Information",
        ]);
        args.AddRange(extra);
        return args;
    }

    internal static async Task<ServerProcess> StartAsync(IEnumerable<string> arguments)
    {
        var server = new ServerProcess(arguments);
        server._process.Start();
        server._process.BeginOutputReadLine();
        server._process.BeginErrorReadLine();
        try
        {
            server.Address = await server._listening.Task.WaitAsync(TimeSpan.FromSeconds(90));
            return server;
        }
        catch
        {
            server.Dispose();
            throw;
        }
    }

    /// <summary>A client with no credentials and no cookies, or with <c>Authorization: Bearer key</c>.</summary>
    public HttpClient Client(string? key = null)
    {
        var client = new HttpClient(new HttpClientHandler { UseCookies = false, AllowAutoRedirect = false }) { BaseAddress = Address, Timeout = TimeSpan.FromSeconds(100) };
        if (key is not null)
        {
            client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", key);
        }

        return client;
    }

    /// <summary>Ends the process at once, as a crash or power cut would (no graceful shutdown).</summary>
    public void Kill()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            _process.WaitForExit(10_000);
        }
    }

    public void Dispose()
    {
        try
        {
            Kill();
        }
        catch (InvalidOperationException)
        {
            // not started or already gone
        }

        _process.Dispose();
    }

    private void OnLine(string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (_output)
        {
            _output.AppendLine(line);
        }

        if (Listening().Match(line) is { Success: true } m)
        {
            _listening.TrySetResult(new Uri(m.Groups[1].Value + "/"));
        }
    }

    [GeneratedRegex(@"Now listening on: (http://127\.0\.0\.1:\d+)")]
    private static partial Regex Listening();
}

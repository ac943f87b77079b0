using InclusionStandards.Diagnostics;
using InclusionStandards.Loading;

namespace InclusionStandards.Cli;

/// <summary>
/// Reads <c>@file</c> response files like every other input: a regular file only (a FIFO or <c>/dev/zero</c> is
/// refused instead of blocking or growing without bound), at most <see cref="MaxBytes"/>, UTF-8. Each non-empty line
/// that does not start with <c>#</c> gives its whitespace-separated words as arguments.
/// </summary>
internal static class ResponseFiles
{
    /// <summary>The largest response file.</summary>
    public const long MaxBytes = 1024 * 1024;

    /// <summary>The most response files one command line may expand (they may name each other).</summary>
    public const int MaxFiles = 16;

    [ThreadStatic]
    private static HashSet<string>? _expanded;

    /// <summary>Forgets the files expanded so far: called before each command line is parsed.</summary>
    public static void Reset() => _expanded = null;

    public static bool TryRead(string token, out IReadOnlyList<string>? replacement, out string? error)
    {
        // The parser expands @file inside a response file too: a file naming itself, or two naming each other, would
        // never end. Each file is expanded once per command line, and at most MaxFiles of them.
        _expanded ??= new(StringComparer.Ordinal);
        string key;
        try
        {
            key = Path.GetFullPath(token);
        }
        catch (Exception e) when (e is ArgumentException or NotSupportedException or PathTooLongException)
        {
            key = token;
        }

        if (!_expanded.Add(key) || _expanded.Count > MaxFiles)
        {
            replacement = null;
            error = $"error {CliCodes.ResponseFileUnusable}: the response file '@{DiagnosticText.Escape(token)}' is named again inside the response files (or more than {MaxFiles} are nested); give each once.";
            return false;
        }

        var read = TextFile.Read(token, MaxBytes);
        if (!read.Succeeded)
        {
            replacement = null;
            error = $"error {CliCodes.ResponseFileUnusable}: the response file '@{DiagnosticText.Escape(token)}' cannot be used: {read.Message}";
            return false;
        }

        replacement = [.. read.Text!.Split('\n')
            .Select(l => l.Trim())
            .Where(l => l.Length > 0 && !l.StartsWith('#'))
            .SelectMany(l => l.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries))];
        error = null;
        return true;
    }
}

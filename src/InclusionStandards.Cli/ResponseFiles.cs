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

    public static bool TryRead(string token, out IReadOnlyList<string>? replacement, out string? error)
    {
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

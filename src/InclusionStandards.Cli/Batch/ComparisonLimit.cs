using System.Globalization;
using InclusionStandards.Diagnostics;

namespace InclusionStandards.Cli.Batch;

/// <summary>
/// CLI040: one Markdown or HTML comparison page holds every organisation's assessment in memory at once (about a
/// megabyte each), so <c>--format md|html</c> over many inputs is refused above <see cref="Organisations"/>
/// organisations — before anything is evaluated — with the input that goes past it and the way out: <c>--out-dir</c>
/// (one report per organisation, written as they come) or <c>--jsonl</c>.
/// </summary>
internal static class ComparisonLimit
{
    /// <summary>The most organisations one comparison page is made for (documented in docs/diagnostics.md).</summary>
    public const int Organisations = 1000;

    /// <summary>The error when <paramref name="files"/> hold more organisations than a page is made for; null when not.</summary>
    /// <param name="files">The evidence files, in order: a CSV file counts its data lines, any other file one organisation.</param>
    /// <param name="format">The format asked for.</param>
    /// <param name="limit">The limit (tests give a small one).</param>
    public static string? Check(IReadOnlyList<string> files, string format, int limit = Organisations)
    {
        static int Rows(string file) => file.EndsWith(".csv", StringComparison.OrdinalIgnoreCase) ? BatchProgress.Count([file]) ?? 0 : 1;
        var seen = 0;
        for (var i = 0; i < files.Count; i++)
        {
            var rows = Rows(files[i]);
            if (seen + rows > limit)
            {
                // The first organisation past the limit: a CSV data row (line 1 is the header), or the file itself.
                var line = files[i].EndsWith(".csv", StringComparison.OrdinalIgnoreCase) ? limit - seen + 2 : 1;
                var total = seen + rows + files.Skip(i + 1).Sum(Rows);
                return Diagnostic.Error("CLI040", string.Create(CultureInfo.InvariantCulture,
                    $"--format {format} makes one comparison page of every organisation, held in memory at once, and is limited to {limit:N0} organisations; the evidence holds about {total:N0} (this is organisation {limit + 1:N0}). Nothing was evaluated. Use --out-dir DIR for one {format} report per organisation with an index page, or --jsonl for results, written as they come."),
                    new SourceLocation(files[i], line, 1)).ToString();
            }

            seen += rows;
        }

        return null;
    }
}

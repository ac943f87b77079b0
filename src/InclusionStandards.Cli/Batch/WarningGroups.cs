using InclusionStandards.Diagnostics;

namespace InclusionStandards.Cli.Batch;

/// <summary>
/// Prints a batch's diagnostics on stderr without burying the summary: errors in full, but only the first
/// <see cref="ShownPerCode"/> warnings of each code (a survey export repeats the same warning on hundreds of rows);
/// <see cref="Finish"/> then says how many more there were. Nothing is lost: every warning is in the results
/// (<c>warnings</c>) and in the <c>--out-dir</c> index.
/// </summary>
internal sealed class WarningGroups(TextWriter error)
{
    /// <summary>How many warnings of one code are printed.</summary>
    public const int ShownPerCode = 3;

    private readonly Dictionary<string, int> _counts = new(StringComparer.Ordinal);
    private readonly List<string> _order = [];

    /// <summary>Prints <paramref name="d"/>, or counts it when enough of its code were printed.</summary>
    public void Write(Diagnostic d)
    {
        if (d.Severity != DiagnosticSeverity.Warning)
        {
            error.WriteLine(d);
            return;
        }

        if (!_counts.TryGetValue(d.Code, out var seen))
        {
            _order.Add(d.Code);
        }

        _counts[d.Code] = seen + 1;
        if (seen < ShownPerCode)
        {
            error.WriteLine(d);
        }
    }

    /// <summary>One line per code of which warnings were left unprinted.</summary>
    public void Finish(bool outDir)
    {
        foreach (var code in _order)
        {
            var more = _counts[code] - ShownPerCode;
            if (more > 0)
            {
                error.WriteLine($"warning {code}: ... and {more} more {(more == 1 ? "like it" : "like these")} (the same kind of warning, not printed); every warning is in the results (\"warnings\" of each organisation){(outDir ? " and in index.html" : "")}.");
            }
        }
    }
}

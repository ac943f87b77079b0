using System.Collections.Immutable;

namespace InclusionStandards.Diagnostics;

/// <summary>
/// At most a given number of diagnostics, errors first, and how many more there were: what a response or a report
/// lists, so that hostile input (400,000 unknown keys) cannot make the answer larger than the question. Immutable.
/// </summary>
/// <param name="Listed">The diagnostics to show (errors before warnings, each in its sorted order).</param>
/// <param name="NotListed">How many more there were.</param>
public sealed record CappedDiagnostics(ImmutableArray<Diagnostic> Listed, int NotListed)
{
    /// <summary>The default number listed.</summary>
    public const int DefaultMax = 100;

    /// <summary>Takes at most <paramref name="max"/> diagnostics, errors first.</summary>
    /// <param name="diagnostics">All the diagnostics.</param>
    /// <param name="max">The most to list (at least 1).</param>
    public static CappedDiagnostics From(IEnumerable<Diagnostic> diagnostics, int max = DefaultMax)
    {
        ArgumentNullException.ThrowIfNull(diagnostics);
        ArgumentOutOfRangeException.ThrowIfLessThan(max, 1);
        var all = diagnostics as IReadOnlyCollection<Diagnostic> ?? [.. diagnostics];
        var listed = all.Where(d => d.IsError).Concat(all.Where(d => !d.IsError)).Take(max).ToImmutableArray();
        return new CappedDiagnostics(listed, all.Count - listed.Length);
    }

    /// <summary>A sentence for the end of a listing ("… and 399,900 more problems, not listed."), or empty when all are listed.</summary>
    public string MoreSentence => NotListed == 0
        ? string.Empty
        : string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{NotListed:N0} more not listed; fix these and submit again.");
}

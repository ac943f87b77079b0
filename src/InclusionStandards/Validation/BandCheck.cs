using InclusionStandards.Diagnostics;

namespace InclusionStandards.Validation;

/// <summary>Checks that half-open bands [from, to) are non-empty and tile their range without gaps or overlaps.</summary>
internal static class BandCheck
{
    public static void Run(ValidationContext context, string what, IReadOnlyList<(string Label, double From, double To, SourceLocation Location)> bands)
    {
        // The last band includes its 'to', so it may be a single point (e.g. EDS 2022: 33 is "excelling").
        var top = bands.Count == 0 ? default : bands.MaxBy(b => (b.From, b.To));
        bool Valid((string Label, double From, double To, SourceLocation Location) b) =>
            b.From < b.To || (b.From == b.To && b == top && bands.Count(x => x.From == b.From) == 1);
        foreach (var b in bands.Where(b => !Valid(b)))
        {
            context.Error(DiagnosticCodes.EmptyBand, $"The {what} band '{b.Label}' runs from {b.From} to {b.To}; 'from' must be below 'to' (only the last band may be a single point).", b.Location);
        }

        var sorted = bands.Where(Valid).OrderBy(b => b.From).ThenBy(b => b.To).ToList();
        for (var i = 1; i < sorted.Count; i++)
        {
            var (prev, cur) = (sorted[i - 1], sorted[i]);
            if (cur.From > prev.To)
            {
                context.Error(DiagnosticCodes.BandGap, $"The {what} leave a gap between {prev.To} ('{prev.Label}' ends) and {cur.From} ('{cur.Label}' starts).", cur.Location);
            }
            else if (cur.From < prev.To)
            {
                context.Error(DiagnosticCodes.BandOverlap, $"The {what} '{prev.Label}' [{prev.From}, {prev.To}) and '{cur.Label}' [{cur.From}, {cur.To}) overlap.", cur.Location);
            }
        }
    }
}

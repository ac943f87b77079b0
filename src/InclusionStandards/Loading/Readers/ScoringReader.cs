using InclusionStandards.Diagnostics;
using System.Collections.Immutable;
using InclusionStandards.Model;

namespace InclusionStandards.Loading.Readers;

/// <summary>Reads <c>kind: scoring</c> (format §7).</summary>
internal static class ScoringReader
{
    public static readonly string[] Keys = Header.With("method", "outcomeValues", "levels", "aggregate", "ratings", "criterionScores", "limiters");

    public static ScoringScheme Read(MapReader r, Header h) => new()
    {
        Id = h.Id, Version = h.Version, Title = h.Title, Status = h.Status, Summary = h.Summary, Sources = h.Sources,
        File = h.File, Location = h.Location, ContentHash = h.Hash,
        Method = r.Enum<ScoringMethod>("method", true) ?? ScoringMethod.Levels,
        OutcomeValues = OutcomeValues(r),
        Levels = [.. r.Items("levels")
            .Select(n => new MapReader(r.Ctx, n, "a level", "score", "label", "from", "to"))
            .Where(l => l.IsValid)
            .Select(l => new ScoreLevel
            {
                Score = l.Int("score", true) ?? 0, Label = l.RequiredString("label"),
                From = l.Double("from", true) ?? 0, To = l.Double("to", true) ?? 0, Location = l.Location,
            })],
        Aggregate = r.Enum<ScoringAggregate>("aggregate"),
        Ratings = [.. r.Items("ratings")
            .Select(n => new MapReader(r.Ctx, n, "a rating", "label", "from", "to", "meaning"))
            .Where(l => l.IsValid)
            .Select(l => new RatingBand
            {
                Label = l.RequiredString("label"), From = l.Double("from", true) ?? 0, To = l.Double("to", true) ?? 0,
                Meaning = l.String("meaning"), Location = l.Location,
            })],
        CriterionScores = CriterionScores(r),
        Limiters = [.. r.Items("limiters")
            .Select(n => new MapReader(r.Ctx, n, "a limiter", "when", "capAt", "description"))
            .Where(l => l.IsValid)
            .Select(l => new ScoringLimiter
            {
                When = l.Condition("when", true) ?? new Condition { Text = string.Empty, Location = l.Location },
                CapAt = l.RequiredString("capAt"), Description = l.String("description"), Location = l.Location,
                CapAtLocation = l.LocationOf("capAt"),
            })],
    };

    private static CriterionScoreRange? CriterionScores(MapReader r)
    {
        if (r.Node("criterionScores") is not { } node || new MapReader(r.Ctx, node, "criterionScores", "min", "max") is not { IsValid: true } m)
        {
            return null;
        }

        var (min, max) = (m.Double("min", true) ?? 0, m.Double("max", true) ?? 0);
        if (min >= max)
        {
            r.Ctx.Error(DiagnosticCodes.EmptyBand, $"'criterionScores' needs min below max (min {min}, max {max}).", r.LocationOf("criterionScores"));
            return null;
        }

        return new CriterionScoreRange(min, max);
    }

    private static ImmutableDictionary<Outcome, double> OutcomeValues(MapReader r)
    {
        var result = ImmutableDictionary.CreateBuilder<Outcome, double>();
        var names = new[] { "met", "partially-met", "not-met" };
        foreach (var (key, _) in r.Entries("outcomeValues"))
        {
            if (key.Value is "insufficient-evidence" or "not-applicable")
            {
                r.Ctx.Error(DiagnosticCodes.InvalidValue,
                    $"'{key.Value}' is never scored; outcomeValues takes met, partially-met and not-met.", key.Start);
            }
        }

        var values = r.Node("outcomeValues") is { } node ? new MapReader(r.Ctx, node, "outcomeValues", [.. names, "insufficient-evidence", "not-applicable"]) : null;
        foreach (var name in names)
        {
            if (values?.IsValid == true && values.Double(name) is { } v && KebabCase.TryParse<Outcome>(name, out var o))
            {
                result[o] = v;
            }
        }

        var missing = names.Where(n => KebabCase.TryParse<Outcome>(n, out var o) && !result.ContainsKey(o)).ToList();
        if (values?.IsValid == true && missing.Count > 0)
        {
            r.Ctx.Error(DiagnosticCodes.MissingKey,
                $"'outcomeValues' needs a value for met, partially-met and not-met; without one for {string.Join(", ", missing)}, such outcomes would silently not count.",
                r.LocationOf("outcomeValues"));
        }

        return result.ToImmutable();
    }
}

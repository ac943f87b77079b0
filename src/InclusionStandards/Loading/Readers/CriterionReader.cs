using InclusionStandards.Diagnostics;
using System.Collections.Immutable;
using InclusionStandards.Loading.Yaml;
using InclusionStandards.Model;

namespace InclusionStandards.Loading.Readers;

/// <summary>Reads <c>criteria</c> lists (format §3).</summary>
internal static class CriterionReader
{
    private static readonly string[] Keys =
        ["id", "title", "statement", "for", "applies", "met", "partiallyMet", "category", "weight", "status", "whenEmpty", "action", "owner", "score", "sources"];

    public static ImmutableArray<Criterion> ReadAll(MapReader owner, string key = "criteria") =>
        [.. owner.Items(key).Select(n => Read(owner.Ctx, n)).OfType<Criterion>()];

    private static Criterion? Read(FileContext ctx, YNode node)
    {
        var r = new MapReader(ctx, node, "a criterion", Keys);
        if (!r.IsValid)
        {
            return null;
        }

        ForEach? forEach = null;
        if (r.Node("for") is { } f)
        {
            var fr = new MapReader(ctx, f, "'for'", "each", "as");
            if (fr.IsValid)
            {
                forEach = new ForEach { Each = fr.RequiredString("each"), As = fr.RequiredString("as"), Location = fr.LocationOf("each") };
            }
        }

        return new Criterion
        {
            Id = r.Id(),
            Title = r.RequiredString("title"),
            Statement = r.RequiredString("statement"),
            ForEach = forEach,
            Applies = r.Condition("applies"),
            Met = r.Condition("met", true) ?? new Condition { Text = string.Empty, Location = r.Location },
            PartiallyMet = r.Condition("partiallyMet"),
            Category = r.String("category"),
            CategoryLocation = r.Node("category") is not null ? r.LocationOf("category") : null,
            Weight = Weight(r),
            Status = r.Enum<StandardStatus>("status"),
            WhenEmpty = r.Enum<Outcome>("whenEmpty"),
            Action = r.String("action"),
            Owner = r.String("owner"),
            OwnerLocation = r.Node("owner") is not null ? r.LocationOf("owner") : null,
            Score = r.String("score"),
            ScoreLocation = r.Node("score") is not null ? r.LocationOf("score") : null,
            Sources = r.Citations("A criterion"),
            Location = r.LocationOf("id"),
        };
    }

    /// <summary>The largest weight a criterion may have: enough to make one criterion outweigh a thousand others.</summary>
    private const double MaxWeight = 1000;

    private static double Weight(MapReader r)
    {
        if (r.Double("weight") is not { } weight)
        {
            return 1;
        }

        if (weight > 0 && weight <= MaxWeight)
        {
            return weight;
        }

        r.Ctx.Error(DiagnosticCodes.InvalidValue,
            $"'weight' must be above 0 and at most {MaxWeight:0}, not {r.String("weight")}.",
            r.LocationOf("weight"));
        return 1;
    }
}

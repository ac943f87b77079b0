using InclusionStandards.Diagnostics;
using System.Collections.Immutable;
using InclusionStandards.Loading.Yaml;
using InclusionStandards.Model;

namespace InclusionStandards.Loading.Readers;

/// <summary>Reads <c>kind: rules</c> (format §7).</summary>
internal static class RulesReader
{
    public static readonly string[] Keys = Header.With("rules");

    public static RulesStandard Read(MapReader r, Header h) => new()
    {
        Id = h.Id, Version = h.Version, Title = h.Title, Status = h.Status, Summary = h.Summary, Sources = h.Sources,
        File = h.File, Location = h.Location, ContentHash = h.Hash,
        Rules = [.. r.Items("rules", true)
            .Select(n => new MapReader(r.Ctx, n, "a rule", "id", "salience", "when", "then", "description"))
            .Where(x => x.IsValid)
            .Select(ReadRule)],
    };

    private static RuleDefinition ReadRule(MapReader x)
    {
        var then = x.Node("then", true) is { } t ? new MapReader(x.Ctx, t, "'then'", "derive") : null;
        var derive = then?.IsValid == true && then.Node("derive", true) is { } d ? new MapReader(x.Ctx, d, "'derive'", "type", "criterion", "outcome", "reason", "element") : null;
        var id = x.Id();
        var when = x.Items("when", true);
        if (when.Count == 0 && x.Has("when") && x.Node("when") is YSequence)
        {
            x.Ctx.Error(DiagnosticCodes.MissingKey, $"Rule '{id}' needs at least one pattern under 'when'.", x.LocationOf("when"));
        }

        return new RuleDefinition
        {
            Id = id, Description = x.String("description"), Salience = x.Int("salience") ?? 0,
            When = [.. when.Select(p => ReadPattern(x.Ctx, p)).OfType<RulePattern>()],
            Derive = derive is { IsValid: true } ? ReadDerive(derive) : null, Location = x.LocationOf("id"),
        };
    }

    private static RuleDerivation ReadDerive(MapReader d) => new()
    {
        Type = d.RequiredString("type"), Criterion = d.RequiredString("criterion"), Outcome = DerivedOutcome(d),
        Reason = NonEmpty(d, "reason") ?? string.Empty, Element = d.Has("element") ? NonEmpty(d, "element") : null, Location = d.Location,
        TypeLocation = d.LocationOf("type"), CriterionLocation = d.LocationOf("criterion"), OutcomeLocation = d.LocationOf("outcome"), ElementLocation = d.LocationOf("element"),
    };

    /// <summary>A value that must be written and not blank (an empty <c>reason</c> or <c>element</c> would change results silently).</summary>
    private static string? NonEmpty(MapReader d, string key)
    {
        var value = d.RequiredString(key);
        if (value.Length > 0 && string.IsNullOrWhiteSpace(value))
        {
            d.Ctx.Error(DiagnosticCodes.MissingKey, $"Key '{key}' needs a value.", d.LocationOf(key));
        }
        else if (value.Length == 0 && d.Scalar(key) is { IsNull: false } written)
        {
            d.Ctx.Error(DiagnosticCodes.MissingKey, $"Key '{key}' needs a value.", written.Start);
        }

        return string.IsNullOrWhiteSpace(value) ? null : value;
    }

    /// <summary>The derived outcome: a rule can only lower an outcome, so only not-met and partially-met are offered.</summary>
    private static Outcome? DerivedOutcome(MapReader d)
    {
        if (d.Scalar("outcome", true) is not { IsNull: false } s)
        {
            return null;
        }

        if (KebabCase.TryParse<Outcome>(s.Value, out var outcome))
        {
            return outcome; // met and the others are refused with a reason when the catalog is checked
        }

        string[] names = ["not-met", "partially-met"];
        d.Ctx.Error(DiagnosticCodes.InvalidValue, $"'{s.Value}' is not an outcome a rule can derive; use not-met or partially-met.{Levenshtein.DidYouMean(s.Value, names)}", s.Start);
        return null;
    }

    private static RulePattern? ReadPattern(FileContext ctx, YNode node, bool negated = false)
    {
        if (!negated && node is YMapping m && m["not"] is not null)
        {
            // { not: { each, as, where } }: nothing beside 'not', and no 'not' inside it.
            var outer = new MapReader(ctx, node, "a 'not' pattern (only 'not' is written beside it)", "not");
            return outer.Node("not", true) is { } inner ? ReadPattern(ctx, inner, true) : null;
        }

        if (negated && node is YMapping nested && nested["not"] is not null)
        {
            var key = nested.Entries.First(e => e.Key.Value == "not").Key;
            ctx.Error(DiagnosticCodes.UnknownKey, "A 'not' cannot hold another 'not'; write the pattern it should not match, or drop both.", key.Start);
            return null;
        }

        var p = negated
            ? new MapReader(ctx, node, "the pattern of 'not'", "each", "as", "where")
            : new MapReader(ctx, node, "a pattern", "each", "as", "where", "not");
        if (!p.IsValid)
        {
            return null;
        }

        if (p.Has("where") && p.Scalar("where") is { IsNull: true })
        {
            ctx.Error(DiagnosticCodes.MissingKey, "Key 'where' needs a condition; leave it out to match every element.", p.LocationOf("where"));
        }

        return new RulePattern
        {
            Each = p.RequiredString("each"), As = p.RequiredString("as"), Where = p.Condition("where") is { } w && !string.IsNullOrWhiteSpace(w.Text) ? w : null, Negated = negated,
            EachLocation = p.LocationOf("each"), AsLocation = p.LocationOf("as"), Location = p.Location,
        };
    }
}

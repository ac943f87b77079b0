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
        return new RuleDefinition
        {
            Id = x.Id(), Description = x.String("description"), Salience = x.Int("salience") ?? 0,
            When = [.. x.Items("when", true).Select(p => ReadPattern(x.Ctx, p, false)).OfType<RulePattern>()],
            Derive = derive is { IsValid: true } ? ReadDerive(derive) : null, Location = x.LocationOf("id"),
        };
    }

    private static RuleDerivation ReadDerive(MapReader d) => new()
    {
        Type = d.RequiredString("type"), Criterion = d.RequiredString("criterion"), Outcome = d.Enum<Outcome>("outcome", true),
        Reason = d.RequiredString("reason"), Element = d.String("element"), Location = d.Location,
        TypeLocation = d.LocationOf("type"), CriterionLocation = d.LocationOf("criterion"), OutcomeLocation = d.LocationOf("outcome"), ElementLocation = d.LocationOf("element"),
    };

    private static RulePattern? ReadPattern(FileContext ctx, YNode node, bool negated)
    {
        var p = new MapReader(ctx, node, "a pattern", "each", "as", "where", "not");
        if (!p.IsValid)
        {
            return null;
        }

        if (p.Node("not") is { } inner)
        {
            return ReadPattern(ctx, inner, true);
        }

        return new RulePattern
        {
            Each = p.RequiredString("each"), As = p.RequiredString("as"), Where = p.Condition("where"), Negated = negated,
            EachLocation = p.LocationOf("each"), AsLocation = p.LocationOf("as"), Location = p.Location,
        };
    }
}

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
        var derive = then?.IsValid == true && then.Node("derive", true) is { } d ? d : null;
        var fields = ImmutableDictionary.CreateBuilder<string, string>();
        string type = string.Empty;
        if (derive is YMapping dm)
        {
            foreach (var (key, value) in dm.Entries)
            {
                if (value is YScalar s)
                {
                    if (key.Value == "type")
                    {
                        type = s.Value;
                    }
                    else
                    {
                        fields[key.Value] = s.Value;
                    }
                }
            }
        }
        else if (derive is not null)
        {
            _ = new MapReader(x.Ctx, derive, "'derive'");
        }

        return new RuleDefinition
        {
            Id = x.Id(), Salience = x.Int("salience") ?? 0, When = [.. x.Items("when", true).Select(p => ReadPattern(x.Ctx, p, false)).OfType<RulePattern>()],
            DeriveType = type, DeriveFields = fields.ToImmutable(), Location = x.LocationOf("id"),
        };
    }

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
            Each = p.RequiredString("each"), As = p.RequiredString("as"), Where = p.Condition("where"), Negated = negated, Location = p.Location,
        };
    }
}

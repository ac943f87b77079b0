using InclusionStandards.Evaluation;
using InclusionStandards.Model;

namespace InclusionStandards.Cli.Commands;

/// <summary>Renders the explanation of one criterion result as plain text.</summary>
internal static class Explanation
{
    public static void Write(TextWriter output, CriterionResult result, CompiledStandards standards)
    {
        var subject = result.Subject is null ? string.Empty : $" [{result.Subject}]";
        output.WriteLine($"{result.CriterionId}{subject}: {Name(result.Outcome)}");
        output.WriteLine($"  {result.Title} ({result.StandardId}, {result.ScopeId})");
        output.WriteLine("Why:");
        foreach (var reason in result.Reasons)
        {
            output.WriteLine($"  {reason}");
        }

        if (result.Error is { } e)
        {
            output.WriteLine($"Error: {e}");
        }

        output.WriteLine("Values seen:");
        foreach (var v in result.EvidenceUsed)
        {
            var value = v.Sensitive ? "(sensitive, not shown)" : v.Value ?? "(missing)";
            output.WriteLine($"  {v.Path} = {value}{(v.Unit is null ? string.Empty : " " + v.Unit)}");
        }

        var dependencies = standards.DependenciesOf(result.CriterionId);
        if (!dependencies.IsEmpty)
        {
            output.WriteLine("Facts matched (derived by other rules):");
            foreach (var dep in dependencies)
            {
                output.WriteLine($"  {dep}");
            }
        }

        var rules = standards.RulesOn(result.CriterionId).Where(r => result.Subject is null || r.Derive?.Element is not null).ToList();
        if (rules.Count > 0)
        {
            output.WriteLine("Rules that can lower it (kind: rules):");
            foreach (var rule in rules)
            {
                output.WriteLine($"  rule:{rule.Id} ({rule.Location.File}:{rule.Location.Line}), reads {Lists(rule)}");
            }
        }

        output.WriteLine("Rules fired:");
        foreach (var rule in result.RulesFired)
        {
            output.WriteLine($"  {rule}");
        }

        if (!result.Elements.IsEmpty)
        {
            output.WriteLine("Elements:");
            foreach (var element in result.Elements)
            {
                output.WriteLine($"  {element.Subject}: {Name(element.Outcome)}");
            }
        }

        output.WriteLine("What would change it:");
        var changed = false;
        if (!result.MissingEvidence.IsEmpty)
        {
            output.WriteLine($"  give the missing evidence: {string.Join(", ", result.MissingEvidence)}");
            changed = true;
        }
        else if (!result.EvidenceUsed.IsEmpty)
        {
            output.WriteLine($"  different values of: {string.Join(", ", result.EvidenceUsed.Select(v => v.Path))}");
            changed = true;
        }

        var against = result.Elements.Where(e => e.Outcome != Outcome.Met && e.Outcome != Outcome.NotApplicable).Select(e => e.Subject).ToList();
        if (against.Count > 0)
        {
            output.WriteLine($"  the outcome of the elements that are not met: {string.Join(", ", against)} (explain one with --criterion '{result.CriterionId}[{against[0]}]')");
            changed = true;
        }

        if (!dependencies.IsEmpty)
        {
            output.WriteLine($"  the outcomes it reads: {string.Join(", ", dependencies)} (explain each with --criterion)");
            changed = true;
        }

        foreach (var rule in rules)
        {
            output.WriteLine($"  what rule '{rule.Id}' matches in {Lists(rule)}");
            changed = true;
        }

        if (!changed)
        {
            output.WriteLine("  nothing in the evidence: the condition reads no evidence and no other result");
        }
    }

    private static string Lists(InclusionStandards.Model.RuleDefinition rule) => string.Join(", ", rule.When.Select(p => p.Each).Distinct());

    private static string Name(Outcome outcome) => KebabCase.Of(outcome);
}

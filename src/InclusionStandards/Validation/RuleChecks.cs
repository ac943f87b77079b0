using InclusionStandards.Diagnostics;
using InclusionStandards.Loading;
using InclusionStandards.Model;

namespace InclusionStandards.Validation;

/// <summary>
/// Checks <c>kind: rules</c> files against the rest of the catalog: every pattern iterates a root list of records,
/// variables are distinct and hide no root field, and <c>derive</c> names a Finding on an existing criterion with an
/// outcome that lowers it (not-met or partially-met), about an element of that criterion's list when <c>element</c> is given.
/// </summary>
internal static class RuleChecks
{
    /// <summary>The one derived type this version evaluates.</summary>
    public const string FindingType = "Finding";

    public static void Run(ValidationContext context)
    {
        var catalog = context.Catalog;
        var criteria = new Dictionary<string, Criterion>(StringComparer.Ordinal);
        foreach (var entry in catalog.EnumerateCriteria())
        {
            criteria.TryAdd(entry.Criterion.Id, entry.Criterion); // a repeated id is reported as STD200
        }

        var rootNames = (catalog.EvidenceSchema?.Root.Select(f => f.Name) ?? []).Concat(ImplicitRootNames).ToHashSet(StringComparer.Ordinal);
        var indicators = catalog.EnumerateIndicators().Select(i => i.Indicator.Id).ToHashSet(StringComparer.Ordinal);
        foreach (var entry in catalog.EnumerateCriteria().Where(e => e.Criterion.ForEach is { } fe && !IsIdentifier(fe.As)))
        {
            var fe = entry.Criterion.ForEach!;
            context.Error(DiagnosticCodes.RuleVariable, $"Criterion '{entry.Criterion.Id}': 'for.as' is '{fe.As}', which is not a name a condition can use (a letter or '_', then letters, digits or '_').", fe.Location);
        }

        foreach (var rule in catalog.OfKind<RulesStandard>().SelectMany(r => r.Rules))
        {
            CheckVariables(context, rule, rootNames);
            if (rule.Derive is { } derive)
            {
                CheckDerive(context, rule, derive, criteria, indicators);
            }
        }
    }

    /// <summary>Root names every evidence record has besides the schema's root fields.</summary>
    private static readonly string[] ImplicitRootNames = ["organisation", "period", "assessmentDate"];

    private static readonly HashSet<string> Reserved = new(StringComparer.Ordinal)
    {
        "true", "false", "null", "in", "as", "break", "const", "continue", "else", "for", "function", "if", "import", "let", "loop", "package",
        "namespace", "return", "var", "void", "while",
    };

    /// <summary>True when <paramref name="name"/> can be a CEL variable: an identifier that is not a reserved word.</summary>
    public static bool IsIdentifier(string name) =>
        name.Length > 0 && (char.IsAsciiLetter(name[0]) || name[0] == '_') && name.All(c => char.IsAsciiLetterOrDigit(c) || c == '_') && !Reserved.Contains(name);

    private static void CheckVariables(ValidationContext context, RuleDefinition rule, HashSet<string> rootNames)
    {
        // Positive patterns bind their names for the rest of the rule; a 'not' binds nothing, so two may share a name,
        // but none may reuse a positive pattern's (inside it, that name would mean its own element).
        var positive = rule.When.Where(p => !p.Negated).Select(p => p.As).ToHashSet(StringComparer.Ordinal);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var p in rule.When)
        {
            if (!IsIdentifier(p.As))
            {
                context.Error(DiagnosticCodes.RuleVariable, $"Rule '{rule.Id}': 'as' is '{p.As}', which is not a name a condition can use (a letter or '_', then letters, digits or '_', not a reserved word).", p.AsLocation);
            }
            else if (p.Negated ? positive.Contains(p.As) : !seen.Add(p.As))
            {
                context.Error(DiagnosticCodes.RuleVariable, $"Rule '{rule.Id}' binds '{p.As}' twice; give each pattern its own variable.", p.AsLocation);
            }
            else if (rootNames.Contains(p.As))
            {
                context.Error(DiagnosticCodes.RuleVariable, $"Rule '{rule.Id}': the variable '{p.As}' hides the evidence field of that name; choose another name.", p.AsLocation);
            }
        }
    }

    private static void CheckDerive(ValidationContext context, RuleDefinition rule, RuleDerivation derive, Dictionary<string, Criterion> criteria, HashSet<string> indicators)
    {
        if (derive.Type.Length > 0 && derive.Type != FindingType)
        {
            context.Error(DiagnosticCodes.InvalidValue, $"Rule '{rule.Id}' derives '{derive.Type}'; the one type a rule can derive is '{FindingType}'.", derive.TypeLocation);
        }

        if (derive.Outcome is { } outcome && outcome is not (Outcome.NotMet or Outcome.PartiallyMet))
        {
            context.Error(DiagnosticCodes.InvalidValue,
                $"Rule '{rule.Id}' derives '{KebabCase.Of(outcome)}'; a rule can only lower a criterion's outcome, so it derives not-met or partially-met.", derive.OutcomeLocation);
        }

        if (derive.Criterion.Length == 0)
        {
            return;
        }

        if (!criteria.TryGetValue(derive.Criterion, out var target) && indicators.Contains(derive.Criterion))
        {
            context.Error(DiagnosticCodes.UnknownReference,
                $"Rule '{rule.Id}' derives a finding on '{derive.Criterion}', an indicator; rules derive findings on criteria (an indicator's band is judged from its value alone).", derive.CriterionLocation);
            return;
        }

        if (target is null)
        {
            context.Error(DiagnosticCodes.UnknownReference,
                $"Rule '{rule.Id}' derives a finding on '{derive.Criterion}', which is not a criterion of the catalog.{Levenshtein.DidYouMean(derive.Criterion, criteria.Keys)}", derive.CriterionLocation);
            return;
        }

        if (derive.Element is not { } element)
        {
            return;
        }

        var pattern = rule.When.FirstOrDefault(p => !p.Negated && p.As == element);
        if (target.ForEach is not { } each)
        {
            context.Error(DiagnosticCodes.RuleVariable,
                $"Rule '{rule.Id}': 'element' needs a criterion assessed per element ('for'); '{target.Id}' is assessed as a whole. Remove 'element' to derive a finding on the whole criterion.", derive.ElementLocation);
        }
        else if (pattern is null)
        {
            var bound = rule.When.Where(p => !p.Negated).Select(p => p.As);
            context.Error(DiagnosticCodes.RuleVariable,
                $"Rule '{rule.Id}': 'element' is '{element}', which no pattern binds (a 'not' pattern binds nothing).{Levenshtein.DidYouMean(element, bound)}", derive.ElementLocation);
        }
        else if (pattern.Each != each.Each)
        {
            context.Error(DiagnosticCodes.RuleVariable,
                $"Rule '{rule.Id}': 'element' is '{element}', an element of '{pattern.Each}', but '{target.Id}' is assessed for each of '{each.Each}'.", derive.ElementLocation);
        }
    }
}

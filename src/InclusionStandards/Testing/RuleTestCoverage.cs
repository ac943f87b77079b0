using InclusionStandards.Evaluation;
using System.Collections.Immutable;
using InclusionStandards.Compilation;
using InclusionStandards.Model;

namespace InclusionStandards.Testing;

/// <summary>
/// Which outcomes of the catalog's criteria the rule tests expect (<c>inclusion test --coverage</c>). A criterion can
/// give <c>met</c> and <c>not-met</c>; <c>partially-met</c> when it declares <c>partiallyMet</c>;
/// <c>insufficient-evidence</c> when its conditions read evidence, an indicator or another criterion's outcome (any
/// of which can be missing); <c>not-applicable</c> when it declares <c>applies</c> or is not applicable over an empty
/// list (<c>whenEmpty</c>). An outcome counts as covered when some test expects it of the criterion, for the whole
/// criterion or for one of its elements. Immutable.
/// </summary>
public sealed record RuleTestCoverage
{
    /// <summary>How many (criterion, outcome) pairs the criteria can give.</summary>
    public required int Possible { get; init; }

    /// <summary>The pairs no test expects, in catalog order.</summary>
    public required ImmutableArray<UncoveredOutcome> Uncovered { get; init; }

    /// <summary>How many pairs some test expects.</summary>
    public int Covered => Possible - Uncovered.Length;

    /// <summary>Measures the coverage of <paramref name="files"/> over the criteria of <paramref name="standards"/>.</summary>
    /// <param name="standards">The compiled standards under test.</param>
    /// <param name="files">The rule-test files.</param>
    public static RuleTestCoverage Of(CompiledStandards standards, IEnumerable<RuleTestFile> files)
    {
        ArgumentNullException.ThrowIfNull(standards);
        ArgumentNullException.ThrowIfNull(files);
        var expected = new HashSet<(string, Outcome)>();
        foreach (var e in files.SelectMany(f => f.Tests).SelectMany(t => t.Expect).Where(e => e.Aspect == "outcome"))
        {
            if (KebabCase.TryParse<Outcome>(e.Expected.Trim(), out var outcome))
            {
                expected.Add((e.Id, outcome));
            }
        }

        var possible = 0;
        var uncovered = ImmutableArray.CreateBuilder<UncoveredOutcome>();
        foreach (var c in standards.Criteria)
        {
            foreach (var (outcome, why) in Outcomes(c))
            {
                possible++;
                if (!expected.Contains((c.Id, outcome)))
                {
                    uncovered.Add(new UncoveredOutcome(c.Id, outcome, why, c.Info.Criterion.Location));
                }
            }
        }

        return new RuleTestCoverage { Possible = possible, Uncovered = uncovered.ToImmutable() };
    }

    private static IEnumerable<(Outcome, string)> Outcomes(CompiledCriterion c)
    {
        yield return (Outcome.Met, "every criterion");
        yield return (Outcome.NotMet, "every criterion");
        if (c.PartiallyMet is not null)
        {
            yield return (Outcome.PartiallyMet, "it declares partiallyMet");
        }

        if (c.ForEach is not null || !c.OutcomeDependencies.IsEmpty || !c.IndicatorDependencies.IsEmpty
            || new[] { c.Applies, c.Met, c.PartiallyMet }.Any(x => x is { EvidencePaths.IsEmpty: false }))
        {
            yield return (Outcome.InsufficientEvidence, "it reads evidence that can be missing");
        }

        if (c.Applies is not null)
        {
            yield return (Outcome.NotApplicable, "it declares applies");
        }
        else if (c.Info.Criterion.WhenEmpty == Model.Outcome.NotApplicable)
        {
            yield return (Outcome.NotApplicable, "whenEmpty: not-applicable");
        }
    }
}

using InclusionStandards.Diagnostics;
using InclusionStandards.Evaluation;
using InclusionStandards.Scoring;
using System.Collections.Immutable;
using System.Globalization;
using InclusionStandards.Assessments;
using InclusionStandards.Evidence;
using InclusionStandards.Model;

namespace InclusionStandards.Testing;

/// <summary>
/// Runs YAML rule tests (<c>kind: rule-tests</c>, format §8): builds each test's evidence (a base file deep-merged
/// with a patch, or a given document), evaluates it and checks every expectation (outcomes, element outcomes,
/// ratings, scores, indicator values). Thread-safe.
/// </summary>
public sealed class RuleTestRunner
{
    private readonly CompiledStandards _standards;
    private readonly Evaluator _evaluator;

    /// <summary>Creates a runner over compiled standards.</summary>
    public RuleTestRunner(CompiledStandards standards)
    {
        _standards = standards ?? throw new ArgumentNullException(nameof(standards));
        _evaluator = new Evaluator(standards);
    }

    /// <summary>Runs every test of a file; one outcome per expectation, in file order.</summary>
    public ImmutableArray<RuleTestOutcome> Run(RuleTestFile file)
    {
        ArgumentNullException.ThrowIfNull(file);
        var results = ImmutableArray.CreateBuilder<RuleTestOutcome>();
        foreach (var test in file.Tests)
        {
            var (assessment, problem) = Evaluate(file, test);
            foreach (var e in test.Expect)
            {
                var actual = assessment is null ? $"no evaluation ({problem})" : Actual(assessment, e);
                var code = assessment is null ? DiagnosticCodes.RuleTestCannotRun : Known(assessment, e) ? null : DiagnosticCodes.RuleTestUnknownTarget;
                results.Add(new RuleTestOutcome(test.Name, e.Target, e.Expected, actual, code is null && Agrees(e, actual), e.Location) { Code = code });
            }
        }

        return results.ToImmutable();
    }

    private (Assessment?, string?) Evaluate(RuleTestFile file, RuleTest test)
    {
        DataNode? tree = test.Given;
        if (test.Base is { } basePath)
        {
            string path;
            try
            {
                path = Path.GetFullPath(Path.Combine(Path.GetDirectoryName(file.File) ?? ".", basePath));
            }
            catch (Exception e) when (e is ArgumentException or NotSupportedException or PathTooLongException)
            {
                return (null, $"the base file '{Diagnostics.DiagnosticText.Escape(basePath)}' is not a usable path");
            }

            if (!File.Exists(path))
            {
                return (null, $"the base file '{Diagnostics.DiagnosticText.Escape(basePath)}' does not exist");
            }

            var text = Loading.TextFile.Read(path, _standards.Evidence.Limits.MaxFileBytes);
            if (!text.Succeeded)
            {
                return (null, $"the base file '{Diagnostics.DiagnosticText.Escape(basePath)}' cannot be read: {text.Message}");
            }

            var (node, error) = new YamlToData(path, _standards.Evidence.Limits).Parse(text.Text!);
            if (node is null)
            {
                return (null, error?.ToString());
            }

            tree = test.Patch is null ? node : DataMerge.Merge(node, test.Patch);
        }

        if (tree is null)
        {
            return (null, "the test has neither 'base' nor 'given'");
        }

        var read = _standards.Evidence.FromData(tree, file.File);
        if (!read.Succeeded)
        {
            return (null, string.Join("; ", read.Diagnostics.Where(d => d.IsError)));
        }

        var doc = read.Document!;
        return (_evaluator.Evaluate(doc, doc.AssessmentDate ?? doc.Period.End), null);
    }

    /// <summary>True when the standards have what the expectation names (the element of a criterion may be missing: that is a result).</summary>
    private static bool Known(Assessment a, RuleExpectation e) => e.Aspect switch
    {
        "rating" or "score" => a.Scopes.Any(s => s.ScopeId == e.Id),
        "value" => a.Indicators.Any(i => i.IndicatorId == e.Id),
        _ => a.Criteria.Any(c => c.CriterionId == e.Id),
    };

    private static string Actual(Assessment a, RuleExpectation e) => e.Aspect switch
    {
        "rating" => Scope(a, e)?.Rating ?? "not rated",
        "score" => Scope(a, e)?.Score is { } s ? s.ToString("0.######", CultureInfo.InvariantCulture) : "no score",
        "value" => a.Indicators.FirstOrDefault(i => i.IndicatorId == e.Id)?.Value is { } v ? v.ToString("R", CultureInfo.InvariantCulture) : "no value",
        _ => Criterion(a, e) is { } c ? KebabCase.Of(c.Outcome) : Absent(a, e),
    };

    private static string Absent(Assessment a, RuleExpectation e) =>
        a.Criteria.FirstOrDefault(c => c.CriterionId == e.Id) is { } whole
            ? $"no element '{e.ElementKey}' (elements: {(whole.Elements.IsEmpty ? "none" : string.Join(", ", whole.Elements.Select(x => x.Subject)))})"
            : a.Indicators.Any(i => i.IndicatorId == e.Id)
                ? $"'{e.Id}' is an indicator (expect 'value:{e.Id}' for its value)"
                : "no such criterion";

    private static CriterionResult? Criterion(Assessment a, RuleExpectation e)
    {
        var c = a.Criteria.FirstOrDefault(c => c.CriterionId == e.Id);
        return e.ElementKey is null ? c : c?.Elements.FirstOrDefault(x => x.Subject == e.ElementKey);
    }

    private static ScopeResult? Scope(Assessment a, RuleExpectation e) =>
        a.Scopes.Where(s => s.ScopeId == e.Id && s.Subject == e.ElementKey)
            .OrderBy(s => s.Kind is "statement" or "domain" or "board" or "portfolio" ? 0 : 1).FirstOrDefault();

    private static bool Agrees(RuleExpectation e, string actual)
    {
        if (e.Aspect is "score" or "value"
            && double.TryParse(e.Expected, NumberStyles.Float, CultureInfo.InvariantCulture, out var x)
            && double.TryParse(actual, NumberStyles.Float, CultureInfo.InvariantCulture, out var y))
        {
            return Math.Abs(x - y) <= (e.Aspect == "value" ? 1e-9 : 1e-6);
        }

        return string.Equals(e.Expected.Trim(), actual, StringComparison.Ordinal);
    }
}

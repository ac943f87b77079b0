using InclusionStandards.Diagnostics;
using InclusionStandards.Evaluation;

namespace InclusionStandards.NRules;

/// <summary>
/// The NRules engine (NRules.Runtime 1.0, rules built at run time with the rule model's builders; no Roslyn): each
/// indicator, criterion and <c>kind: rules</c> rule becomes an NRules rule whose action computes its finding with the
/// same evaluators as the built-in engine and inserts it as a linked fact, so the assessments are the same (a
/// differential test holds both engines to it); only the count of rule firings differs. Choose it with
/// <see cref="Instance"/> in <see cref="CompiledStandards.Compile(Model.StandardsCatalog, StandardsEngine, out System.Collections.Immutable.ImmutableArray{Diagnostic})"/>,
/// with <see cref="Microsoft.Extensions.DependencyInjection.NRulesServiceCollectionExtensions.UseNRules"/>, or with the
/// command line's <c>--engine nrules</c>. Live evaluation is supported. Immutable and thread-safe.
/// </summary>
public sealed class NRulesEngine : StandardsEngine
{
    private NRulesEngine()
    {
    }

    /// <summary>The NRules engine.</summary>
    public static NRulesEngine Instance { get; } = new();

    /// <inheritdoc />
    public override string Name => "nrules";

    /// <inheritdoc />
    public override bool SupportsLiveEvaluation => true;

    internal override IEngineRunner? Prepare(EnginePlan plan, List<Diagnostic> diagnostics) => NRulesRunner.Create(plan, diagnostics, Name);
}

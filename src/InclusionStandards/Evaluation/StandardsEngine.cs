using InclusionStandards.Assessments;
using InclusionStandards.Diagnostics;

namespace InclusionStandards.Evaluation;

/// <summary>
/// The engine that derives a compiled catalog's findings for each organisation. It is chosen when the catalog is
/// compiled (<see cref="CompiledStandards.Compile(Model.StandardsCatalog, StandardsEngine, out System.Collections.Immutable.ImmutableArray{Diagnostic})"/>,
/// <see cref="Hosting.InclusionStandardsOptions.Engine"/>, the command line's <c>--engine</c>), never by a fallback: an
/// engine that cannot take a catalog reports <c>EVL110</c> at compile time and the catalog does not compile. Every
/// engine gives the same assessment of the same evidence; only the count of rule firings may differ.
/// This package provides <see cref="Own"/> (the default) and <see cref="Direct"/>; the InclusionStandards.NRules
/// package provides NRules. Engines are implemented only by these packages. Immutable and thread-safe.
/// </summary>
public abstract class StandardsEngine
{
    internal StandardsEngine()
    {
    }

    /// <summary>
    /// Our Rete engine (InclusionStandards.Rules): forward chaining with truth maintenance, live evaluation supported.
    /// The default.
    /// </summary>
    public static StandardsEngine Own { get; } = new OwnEngine();

    /// <summary>
    /// The reference evaluator: criteria and indicators evaluated in dependency order, without a rules engine. It
    /// keeps no session, so <see cref="LiveEvaluation.Start"/> returns <see langword="null"/> with it.
    /// </summary>
    public static StandardsEngine Direct { get; } = new DirectEngine();

    /// <summary>The engine's name as the command line's <c>--engine</c> takes it: <c>own</c>, <c>direct</c>, <c>nrules</c>.</summary>
    public abstract string Name { get; }

    /// <summary>Whether <see cref="LiveEvaluation"/> can keep an organisation in a session of this engine.</summary>
    public abstract bool SupportsLiveEvaluation { get; }

    /// <inheritdoc />
    public override string ToString() => Name;

    /// <summary>
    /// Prepares the engine's rules for a compiled catalog; <see langword="null"/>, with an <c>EVL110</c> error added to
    /// <paramref name="diagnostics"/>, when the engine cannot take it.
    /// </summary>
    internal abstract IEngineRunner? Prepare(EnginePlan plan, List<Diagnostic> diagnostics);

    /// <summary>The error of an engine that cannot take a catalog.</summary>
    internal static Diagnostic Refused(string engine, string reason) =>
        Diagnostic.Error("EVL110", $"The engine '{engine}' cannot take this catalog: {reason}. Choose another engine (the default is 'own').", null);

    private sealed class OwnEngine : StandardsEngine
    {
        public override string Name => "own";

        public override bool SupportsLiveEvaluation => true;

        internal override IEngineRunner? Prepare(EnginePlan plan, List<Diagnostic> diagnostics) => EngineRunner.Create(plan, diagnostics);
    }

    private sealed class DirectEngine : StandardsEngine
    {
        public override string Name => "direct";

        public override bool SupportsLiveEvaluation => false;

        internal override IEngineRunner? Prepare(EnginePlan plan, List<Diagnostic> diagnostics) => new DirectRunner(plan);
    }
}

using InclusionStandards.Assessments;
using System.Collections.Immutable;
using InclusionStandards.Compilation;
using InclusionStandards.Diagnostics;
using InclusionStandards.Evidence;
using InclusionStandards.Model;

namespace InclusionStandards.Evaluation;

/// <summary>
/// A catalog of standards prepared for evaluation: criteria and indicators compiled to expression trees and to
/// engine rules, evidence record types built, dependencies ordered. Compiling is the expensive step; do it once
/// and share the result. Immutable and thread-safe: any number of <see cref="Evaluator"/>s and threads may use it.
/// </summary>
public sealed class CompiledStandards
{
    private CompiledStandards(StandardsCatalog catalog, EvidenceSchemaInfo schema, ConditionEnvironment env, ImmutableArray<CompiledCriterion> criteria, ImmutableArray<CompiledIndicator> indicators, ImmutableArray<CompiledDerivationRule> rules, StandardsEngine engine, IEngineRunner runner)
    {
        Catalog = catalog;
        Schema = schema;
        Environment = env;
        Criteria = criteria;
        Indicators = indicators;
        Rules = rules;
        Evidence = new EvidenceReader(schema);
        Engine = engine;
        Runner = runner;
    }

    /// <summary>The catalog that was compiled.</summary>
    public StandardsCatalog Catalog { get; }

    /// <summary>Reads evidence files against this catalog's evidence schema.</summary>
    public EvidenceReader Evidence { get; }

    /// <summary>The engine that derives the findings (chosen when compiling; <see cref="StandardsEngine.Own"/> by default).</summary>
    public StandardsEngine Engine { get; }

    /// <summary>
    /// The derived facts a criterion or indicator reads, as written: <c>outcome('id')</c> and <c>indicator('id')</c>;
    /// empty when it reads evidence only (or is unknown).
    /// </summary>
    public ImmutableArray<string> DependenciesOf(string id)
    {
        var c = Criteria.FirstOrDefault(x => x.Id == id);
        var i = Indicators.FirstOrDefault(x => x.Id == id);
        var outcomes = c?.OutcomeDependencies ?? i?.OutcomeDependencies ?? [];
        var indicators = c?.IndicatorDependencies ?? i?.IndicatorDependencies ?? [];
        return [.. outcomes.Select(o => $"outcome('{o}')"), .. indicators.Select(x => $"indicator('{x}')")];
    }

    /// <summary>
    /// The rules of <c>kind: rules</c> files that derive findings on criterion <paramref name="criterionId"/>, in catalog
    /// order (empty when none does).
    /// </summary>
    /// <param name="criterionId">A criterion id.</param>
    public ImmutableArray<RuleDefinition> RulesOn(string criterionId) => [.. Rules.Where(r => r.Criterion == criterionId).Select(r => r.Definition)];

    internal EvidenceSchemaInfo Schema { get; }

    internal ConditionEnvironment Environment { get; }

    internal ImmutableArray<CompiledCriterion> Criteria { get; }

    internal ImmutableArray<CompiledIndicator> Indicators { get; }

    /// <summary>The rules of the catalog's <c>kind: rules</c> files, compiled.</summary>
    internal ImmutableArray<CompiledDerivationRule> Rules { get; }

    /// <summary>The catalog's rules as <see cref="Engine"/> prepared them.</summary>
    internal IEngineRunner Runner { get; }

    /// <summary>
    /// Compiles a catalog for our own engine (<see cref="StandardsEngine.Own"/>): lowers what its validation bound (see <see cref="Validation.StandardsLoader"/>;
    /// a catalog made otherwise is validated here, once) to expression trees and engine rules. Never throws for bad
    /// standards: a catalog whose validation has errors is not compiled: returns <see langword="null"/> with those errors
    /// (STD codes, sorted) in <paramref name="diagnostics"/>; an engine that cannot take it says so there too.
    /// </summary>
    public static CompiledStandards? Compile(StandardsCatalog catalog, out ImmutableArray<Diagnostic> diagnostics) =>
        Compile(catalog, StandardsEngine.Own, out diagnostics);

    /// <summary>
    /// Compiles a catalog for <paramref name="engine"/>. Never throws for bad standards: returns <see langword="null"/>
    /// with the errors in <paramref name="diagnostics"/> (sorted; CEL1xx for conditions, EVL1xx for dependencies,
    /// EVL110 when the engine cannot take the catalog — there is no fallback to another engine).
    /// </summary>
    public static CompiledStandards? Compile(StandardsCatalog catalog, StandardsEngine engine, out ImmutableArray<Diagnostic> diagnostics)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        ArgumentNullException.ThrowIfNull(engine);
        var validated = Validation.ValidationPipeline.Of(catalog);
        if (validated.Diagnostics.Any(d => d.IsError) || validated.Bound is not { } bound || catalog.EvidenceSchema is not { } schemaModel)
        {
            diagnostics = [.. validated.Diagnostics.Where(d => d.IsError).Distinct().Order()];
            return null;
        }

        var list = new List<Diagnostic>();
        var types = bound.Environment.Types;
        var vocabularies = catalog.OfKind<Taxonomy>().SelectMany(t => t.Vocabularies)
            .GroupBy(v => v.Id, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.First().Terms.Select(t => t.Id).ToImmutableArray(), StringComparer.Ordinal);
        var schema = new EvidenceSchemaInfo(schemaModel, types, vocabularies);
        var env = new ConditionEnvironment(types);
        var compiler = new StandardsCompiler(catalog, bound);
        var (criteria, indicators) = compiler.Levels(compiler.CompileCriteria(), compiler.CompileIndicators());
        var rules = compiler.CompileRules(criteria);
        var inspector = new EvidenceInspector(schema);
        // Every root list of records has a revision fact, so a live evaluation can replace an element of any of them.
        var rootLists = env.Types.Root.Fields.Where(f => f.Type.ElementType?.RecordType is not null).Select(f => f.Name);
        var plan = new EnginePlan([.. criteria], [.. indicators], [.. rules], new CriterionEvaluator(inspector), new DerivationEvaluator(inspector, schema), rootLists);
        var runner = engine.Prepare(plan, list);
        list.Sort();
        diagnostics = [.. list];
        if (runner is null || list.Any(d => d.IsError))
        {
            return null;
        }

        return new CompiledStandards(catalog, schema, env, [.. criteria], [.. indicators], [.. rules], engine, runner);
    }
}

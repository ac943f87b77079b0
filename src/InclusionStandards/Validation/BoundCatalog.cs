using System.Collections.Immutable;
using InclusionStandards.Conditions;
using InclusionStandards.Conditions.Compilation;
using InclusionStandards.Diagnostics;
using InclusionStandards.Model;
using InclusionStandards.Rules.Facts;

namespace InclusionStandards.Validation;

/// <summary>
/// Every condition of a catalog bound once (<see cref="BoundCondition"/>): criteria (bool, with the <c>for.as</c>
/// variable), indicator values (a number) and rule patterns (bool, with the variables bound so far), plus the
/// diagnostics of the passes over them. Validation reports the diagnostics; compilation lowers the bound conditions.
/// Immutable and thread-safe.
/// </summary>
internal sealed class BoundCatalog
{
    private BoundCatalog(BindingEnvironment environment)
    {
        Environment = environment;
    }

    /// <summary>The environment every condition was checked in.</summary>
    public BindingEnvironment Environment { get; }

    /// <summary>The bound criteria, by criterion (reference identity).</summary>
    public Dictionary<Criterion, BoundCriterion> Criteria { get; } = new(ReferenceEqualityComparer.Instance);

    /// <summary>The bound indicator values, by indicator (reference identity).</summary>
    public Dictionary<Indicator, BoundCondition> Indicators { get; } = new(ReferenceEqualityComparer.Instance);

    /// <summary>The bound rule patterns, by pattern (reference identity).</summary>
    public Dictionary<RulePattern, BoundPattern> Patterns { get; } = new(ReferenceEqualityComparer.Instance);

    /// <summary>What the passes found (STD2xx, STD4xx), located in the files.</summary>
    public ImmutableArray<Diagnostic> Diagnostics { get; private set; } = [];

    /// <summary>Every bound condition with what owns it (criterion, indicator or rule id).</summary>
    public IEnumerable<(string Owner, BoundCondition Condition)> All =>
        Criteria.Values.SelectMany(c => c.Conditions.Select(x => (c.Criterion.Id, x)))
            .Concat(Indicators.Select(i => (i.Key.Id, i.Value)))
            .Concat(Patterns.Values.Where(p => p.Where is not null).Select(p => (p.RuleId, p.Where!)));

    /// <summary>Binds every condition of <paramref name="catalog"/> and runs the passes over them.</summary>
    public static BoundCatalog Bind(StandardsCatalog catalog, EvidenceSchema schema)
    {
        var bound = new BoundCatalog(new BindingEnvironment(catalog, schema, schema.BuildRecordTypes()));
        var types = bound.Environment.Types;
        var root = bound.Environment.Root;
        foreach (var entry in catalog.EnumerateCriteria())
        {
            var c = entry.Criterion;
            var env = root;
            BoundForEach? each = null;
            if (c.ForEach is { } fe && RuleChecks.IsIdentifier(fe.As) && types.Root.TryGetField(fe.Each, out var list) && list.Type.ElementType?.RecordType is { } element)
            {
                each = new BoundForEach(fe.Each, fe.As, element);
                env = env.WithVariable(fe.As, element);
            }

            BoundCondition? Bind(Condition? condition) => condition is { Text.Length: > 0 } ? BindOne(env, condition, CelType.Bool) : null;
            bound.Criteria.TryAdd(c, new BoundCriterion(entry, each, Bind(c.Applies), Bind(c.Met), Bind(c.PartiallyMet)));
        }

        foreach (var (indicator, _) in catalog.EnumerateIndicators().Where(i => i.Indicator.Value.Text.Length > 0))
        {
            bound.Indicators.TryAdd(indicator, BindOne(root, indicator.Value, null));
        }

        foreach (var rule in catalog.OfKind<RulesStandard>().SelectMany(r => r.Rules))
        {
            var env = root;
            foreach (var p in rule.When)
            {
                var scope = env;
                RecordType? element = null;
                if (RuleChecks.IsIdentifier(p.As) && types.Root.TryGetField(p.Each, out var f) && f.Type.ElementType?.RecordType is { } e)
                {
                    element = e;
                    scope = env.WithVariable(p.As, e);
                    if (!p.Negated)
                    {
                        env = scope;
                    }
                }

                var where = p.Where is { Text.Length: > 0 } w ? BindOne(scope, w, CelType.Bool) : null;
                bound.Patterns.TryAdd(p, new BoundPattern(rule.Id, element, where));
            }
        }

        bound.Diagnostics = [.. ConditionPasses.Run(catalog, bound)];
        return bound;
    }

    private static BoundCondition BindOne(CelEnvironment env, Condition condition, CelType? required)
    {
        var (checkedExpr, errors) = ConditionCompiler.Check(env, condition.Text, required, null);
        var located = errors.Select(d =>
        {
            var code = d.Code == DiagnosticCodes.CelWrongResultType ? DiagnosticCodes.ConditionResultType : DiagnosticCodes.ConditionError;
            var at = d.Location is { } l ? condition.LocationAt(l.Line, l.Column) : condition.Location;
            return d with { Code = code, Message = $"{d.Message} ({d.Code})", Location = at };
        });
        if (checkedExpr is not null && required is null
            && checkedExpr.ResultType.Kind is not (CelTypeKind.Double or CelTypeKind.Int or CelTypeKind.Uint or CelTypeKind.Dyn))
        {
            located = located.Append(Diagnostic.Error(DiagnosticCodes.ConditionResultType, $"An indicator value must be a number; this expression is {checkedExpr.ResultType}.", condition.Location));
            checkedExpr = null;
        }

        return new BoundCondition(condition, env, checkedExpr, [.. located]);
    }
}

/// <summary>How a per-element criterion binds its elements: the root list, the variable, the element type.</summary>
internal sealed record BoundForEach(string List, string As, RecordType ElementType);

/// <summary>A criterion with its conditions bound.</summary>
internal sealed record BoundCriterion(CatalogCriterion Info, BoundForEach? ForEach, BoundCondition? Applies, BoundCondition? Met, BoundCondition? PartiallyMet)
{
    public Criterion Criterion => Info.Criterion;

    public IEnumerable<BoundCondition> Conditions => new[] { Applies, Met, PartiallyMet }.OfType<BoundCondition>();
}

/// <summary>A rule pattern with its <c>where</c> bound; <see cref="ElementType"/> is null when <c>each</c> names no root list of records.</summary>
internal sealed record BoundPattern(string RuleId, RecordType? ElementType, BoundCondition? Where);

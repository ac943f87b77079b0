using System.Collections.Immutable;
using InclusionStandards.Conditions;
using InclusionStandards.Model;
using InclusionStandards.Rules.Facts;

namespace InclusionStandards.Validation;

/// <summary>
/// The one environment a catalog's conditions are checked and lowered in: every root field of the evidence schema (with
/// <c>organisation</c>, <c>period</c>, <c>assessmentDate</c>) as a variable, the standards functions, and strings whose
/// values the schema closes (an <c>allowed</c> list or a vocabulary) typed as closed strings, so that the checker's own
/// rules carry those values through <c>==</c>, <c>in</c>, ternaries, indexing and macros. Immutable and thread-safe.
/// </summary>
internal sealed class BindingEnvironment
{
    /// <summary>The outcomes <c>outcome()</c> can give as a string (insufficient evidence is unknown, not a string).</summary>
    internal static readonly ImmutableArray<string> OutcomeValues = ["met", "partially-met", "not-met", "not-applicable"];

    /// <summary><c>outcome(id)</c>, lowered to <see cref="DerivedFactReader.Outcome"/>.</summary>
    internal static readonly CelFunction OutcomeFunction = CelFunction.FromMethod(
        "outcome", [CelType.String], CelType.ClosedString(new("outcome()", "the outcomes it can give", OutcomeValues)), typeof(DerivedFactReader).GetMethod(nameof(DerivedFactReader.Outcome))!);

    /// <summary><c>indicator(id)</c>, lowered to <see cref="DerivedFactReader.Indicator"/>.</summary>
    internal static readonly CelFunction IndicatorFunction = CelFunction.FromMethod(
        "indicator", [CelType.String], CelType.Double, typeof(DerivedFactReader).GetMethod(nameof(DerivedFactReader.Indicator))!);

    private readonly EvidenceSchema _schema;
    private readonly Dictionary<string, ImmutableArray<string>> _vocabularies;

    public BindingEnvironment(StandardsCatalog catalog, EvidenceSchema schema, EvidenceRecordTypes types)
    {
        _schema = schema;
        _vocabularies = new(StringComparer.Ordinal);
        foreach (var v in catalog.OfKind<Taxonomy>().SelectMany(t => t.Vocabularies))
        {
            _vocabularies.TryAdd(v.Id, [.. v.Terms.Select(t => t.Id)]);
        }

        Types = types;
        var env = CelEnvironment.Default
            .WithFunction(OutcomeFunction).WithFunction(IndicatorFunction)
            .WithFunction(StandardsFunctions.MonthsBetweenFunction).WithFunction(StandardsFunctions.WithinMonthsFunction)
            .WithFieldTypes(FieldType);
        foreach (var field in types.Root.Fields)
        {
            env = env.WithVariable(field.Name, Closed(schema.FindRootField(field.Name), field.Type) ?? CelType.Of(field.Type));
        }

        Root = env;
    }

    /// <summary>The record types of the evidence schema.</summary>
    public EvidenceRecordTypes Types { get; }

    /// <summary>The environment of organisation-level conditions.</summary>
    public CelEnvironment Root { get; }

    private CelType? FieldType(RecordType record, RecordField field) => Closed(_schema.FindType(record.Name)?.FindField(field.Name), field.Type);

    /// <summary>The closed type of a string (or list of strings) field with allowed values or a vocabulary; null otherwise.</summary>
    private CelType? Closed(EvidenceFieldDefinition? definition, FieldType type)
    {
        if (definition is null)
        {
            return null;
        }

        var values = !definition.Allowed.IsDefaultOrEmpty ? definition.Allowed
            : definition.Vocabulary is { } v && _vocabularies.TryGetValue(v, out var terms) ? terms : [];
        if (values.IsDefaultOrEmpty)
        {
            return null;
        }

        var closed = CelType.ClosedString(new($"'{definition.Name}'", definition.Vocabulary is { } voc ? $"the vocabulary '{voc}'" : "its allowed values", values));
        return type.Kind switch
        {
            FieldKind.String => closed,
            FieldKind.List when type.ElementType?.Kind == FieldKind.String => CelType.ListOf(closed),
            _ => null,
        };
    }
}

using System.Collections.Immutable;
using InclusionStandards.Conditions;
using InclusionStandards.Conditions.Compilation;
using InclusionStandards.Conditions.Syntax;
using InclusionStandards.Loading;
using InclusionStandards.Model;

namespace InclusionStandards.Validation;

/// <summary>
/// Finds string literals compared with a field whose values are closed — an <c>allowed</c> list or a vocabulary — that
/// are not among those values (<c>member.role == 'chief-exec'</c>, <c>'bme' in p.targetGroups</c>) and reports them at
/// load (STD405, with a suggestion). Evidence can only hold allowed values, so such a comparison is decided the same way
/// for every organisation: the criterion would silently never (or always) be met.
/// </summary>
internal sealed class VocabularyLiterals
{
    private readonly ValidationContext _context;
    private readonly EvidenceSchema _schema;
    private readonly Dictionary<string, ImmutableArray<string>> _vocabularies;

    private readonly HashSet<string> _bandedIndicators;

    public VocabularyLiterals(ValidationContext context, EvidenceSchema schema)
    {
        _context = context;
        _schema = schema;
        _bandedIndicators = context.Catalog.EnumerateIndicators().Where(i => i.Indicator.Band is not null).Select(i => i.Indicator.Id).ToHashSet(StringComparer.Ordinal);
        _vocabularies = new(StringComparer.Ordinal);
        foreach (var v in context.Catalog.OfKind<Taxonomy>().SelectMany(t => t.Vocabularies))
        {
            _vocabularies.TryAdd(v.Id, [.. v.Terms.Select(t => t.Id)]);
        }
    }

    /// <param name="syntax">The condition.</param>
    /// <param name="variables">Variables besides the evidence root's fields: a name and the type of record it holds.</param>
    public void Check(ConditionSyntax syntax, IEnumerable<KeyValuePair<string, string>> variables)
    {
        var condition = syntax.Condition;
        if ((!condition.Text.Contains('\'', StringComparison.Ordinal) && !condition.Text.Contains('"', StringComparison.Ordinal)) || syntax.Root is not { } root)
        {
            return; // no string literal: nothing to compare
        }

        var types = ImmutableDictionary.CreateRange(StringComparer.Ordinal,
            _schema.Root.Select(f => new KeyValuePair<string, TypeReference>(f.Name, f.Type)));
        foreach (var (name, type) in variables)
        {
            types = types.SetItem(name, TypeReference.Named(type));
        }

        Walk(condition, root, new Scope(types, ImmutableDictionary<string, EvidenceFieldDefinition>.Empty.WithComparers(StringComparer.Ordinal)));
    }

    private void Walk(Condition condition, Expr e, Scope scope)
    {
        switch (e)
        {
            case CallExpr c:
                Inspect(condition, c, scope);
                if (c.Target is { } t)
                {
                    Walk(condition, t, scope);
                }

                foreach (var a in c.Args)
                {
                    Walk(condition, a, scope);
                }

                break;
            case SelectExpr s:
                Walk(condition, s.Operand, scope);
                break;
            case ListExpr l:
                foreach (var x in l.Elements)
                {
                    Walk(condition, x, scope);
                }

                break;
            case MapExpr m:
                foreach (var (k, v) in m.Entries)
                {
                    Walk(condition, k, scope);
                    Walk(condition, v, scope);
                }

                break;
            case ComprehensionExpr x:
                Walk(condition, x.Range, scope);
                var inner = Resolve(x.Range, scope) is { Type: { Kind: TypeReferenceKind.List, Element: { } element } } range
                    ? new Scope(scope.Types.SetItem(x.Variable, element), range.Field is { } f0 ? scope.ElementFields.SetItem(x.Variable, f0) : scope.ElementFields.Remove(x.Variable))
                    : new Scope(scope.Types.Remove(x.Variable), scope.ElementFields.Remove(x.Variable));
                Walk(condition, x.Body, inner);
                if (x.Filter is { } f)
                {
                    Walk(condition, f, inner);
                }

                break;
        }
    }

    private void Inspect(Condition condition, CallExpr c, Scope scope)
    {
        switch (c.Function)
        {
            case Operators.Equal or Operators.NotEquals when c.Args.Length == 2:
                Compare(condition, c.Args[0], c.Args[1], scope);
                Compare(condition, c.Args[1], c.Args[0], scope);
                break;
            case Operators.In when c.Args.Length == 2:
                if (Resolve(c.Args[1], scope) is { Type.Kind: TypeReferenceKind.List } list && c.Args[0] is LiteralExpr { Value: string } literal)
                {
                    Report(condition, literal, list.Field); // 'x' in member.groups
                }
                else if (c.Args[1] is ListExpr values)
                {
                    foreach (var value in values.Elements)
                    {
                        Compare(condition, c.Args[0], value, scope); // member.role in ['a', 'b']
                    }
                }

                break;
        }
    }

    private void Compare(Condition condition, Expr field, Expr value, Scope scope)
    {
        if (field is CallExpr { Function: Operators.Conditional, Args: [_, var thenField, var elseField] })
        {
            Compare(condition, thenField, value, scope); // (c ? m.role : 'x') == 'chiar'
            Compare(condition, elseField, value, scope);
            return;
        }

        switch (value)
        {
            case CallExpr { Function: Operators.Conditional, Args: [_, var whenTrue, var whenFalse] }:
                Compare(condition, field, whenTrue, scope); // m.role == (c ? 'chair' : 'chiar')
                Compare(condition, field, whenFalse, scope);
                return;
            case ListExpr list when Resolve(field, scope) is { Type.Kind: TypeReferenceKind.List } listField:
                foreach (var element in list.Elements.OfType<LiteralExpr>().Where(l => l.Value is string))
                {
                    Report(condition, element, listField.Field); // p.objectives == ['lio-1', 'lio-99']
                }

                return;
        }

        if (value is not LiteralExpr { Value: string } literal)
        {
            return;
        }

        if (field is CallExpr { Function: "outcome", Target: null } call)
        {
            var banded = call.Args is [LiteralExpr { Value: string id }] && _bandedIndicators.Contains(id);
            if ((string)literal.Value! == "insufficient-evidence")
            {
                var d = ConditionCompiler.ToDiagnostic(condition.Text, null, DiagnosticCodes.ValueOutsideVocabulary,
                    "outcome() is never 'insufficient-evidence': it is unknown while the criterion lacks evidence, which makes this condition insufficient-evidence too. Test the outcomes it can give (met, partially-met, not-met, not-applicable).",
                    literal.Offset);
                _context.Diagnostics.Add(d with { Location = condition.LocationAt(d.Location!.Line, d.Location.Column) });
            }
            else
            {
                Report(condition, literal, "outcome()", banded ? "the outcomes of a banded indicator" : "the outcomes it can give", banded ? BandOutcomes : OutcomeNames);
            }
        }
        else if (Resolve(field, scope) is { Type.Kind: TypeReferenceKind.String } resolved)
        {
            Report(condition, literal, resolved.Field);
        }
    }

    private static readonly ImmutableArray<string> OutcomeNames = ["met", "partially-met", "not-met", "not-applicable"];

    private static readonly ImmutableArray<string> BandOutcomes = ["met", "not-met"];

    private void Report(Condition condition, LiteralExpr literal, EvidenceFieldDefinition? field)
    {
        if (field is not null)
        {
            Report(condition, literal, $"'{field.Name}'", field.Vocabulary is { } v ? $"the vocabulary '{v}'" : "its allowed values", Allowed(field));
        }
    }

    private void Report(Condition condition, LiteralExpr literal, string what, string from, ImmutableArray<string> values)
    {
        var text = (string)literal.Value!;
        if (values.IsDefaultOrEmpty || values.Contains(text))
        {
            return;
        }

        var d = ConditionCompiler.ToDiagnostic(condition.Text, null, DiagnosticCodes.ValueOutsideVocabulary,
            $"'{text}' is not a value of {what} ({from}: {string.Join(", ", values.Take(12))}{(values.Length > 12 ? ", …" : string.Empty)}), so this comparison is decided the same way for every organisation.{Levenshtein.DidYouMean(text, values)}",
            literal.Offset);
        _context.Diagnostics.Add(d with { Location = condition.LocationAt(d.Location!.Line, d.Location.Column) });
    }

    private ImmutableArray<string> Allowed(EvidenceFieldDefinition? field) =>
        field is null ? [] : !field.Allowed.IsDefaultOrEmpty ? field.Allowed
            : field.Vocabulary is { } v && _vocabularies.TryGetValue(v, out var terms) ? terms : [];

    /// <summary>The declared type of a name or field path, with the field that declares it (null for a variable).</summary>
    private (TypeReference Type, EvidenceFieldDefinition? Field)? Resolve(Expr e, Scope scope)
    {
        switch (e)
        {
            case IdentExpr { Name: var name } when scope.Types.TryGetValue(name, out var type):
                return (type, scope.ElementFields.TryGetValue(name, out var listField) ? listField : _schema.FindRootField(name));
            case SelectExpr { TestOnly: false } s when Resolve(s.Operand, scope) is { Type: { Kind: TypeReferenceKind.Named, Name: { } typeName } }
                && _schema.FindType(typeName)?.FindField(s.Field) is { } field:
                return (field.Type, field);
            case CallExpr { Function: Operators.Index, Args: [var list, _] } when Resolve(list, scope) is { Type: { Kind: TypeReferenceKind.List or TypeReferenceKind.Map, Element: { } element } } indexed:
                return (element, indexed.Field); // p.objectives[0] takes the values of p.objectives' elements
            case ComprehensionExpr { Kind: MacroKind.Map } m when Resolve(m.Range, scope) is { Type: { Kind: TypeReferenceKind.List, Element: { } element } } range:
                // boardMembers.map(m, m.role): a list whose elements take the values of the mapped field
                var inner = new Scope(scope.Types.SetItem(m.Variable, element), range.Field is { } f ? scope.ElementFields.SetItem(m.Variable, f) : scope.ElementFields.Remove(m.Variable));
                return Resolve(m.Body, inner) is { Type.Kind: TypeReferenceKind.String } mapped ? (TypeReference.ListOf(mapped.Type), mapped.Field) : null;
            default:
                return null;
        }
    }

    /// <summary>
    /// The names in scope with their declared types; a comprehension variable over a list field also keeps that field,
    /// whose allowed values its elements take (<c>p.targetGroups.exists(g, g == 'bme')</c>).
    /// </summary>
    private sealed record Scope(ImmutableDictionary<string, TypeReference> Types, ImmutableDictionary<string, EvidenceFieldDefinition> ElementFields);
}

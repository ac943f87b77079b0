using System.Collections.Immutable;
using InclusionStandards.Conditions.Checking;
using InclusionStandards.Conditions.Compilation;
using InclusionStandards.Diagnostics;
using InclusionStandards.Rules.Facts;

namespace InclusionStandards.Conditions;

/// <summary>
/// The declarations a condition is compiled against: variables (in order; they become the parameters of the
/// compiled lambda), functions and limits. Immutable and thread-safe: the <c>With…</c> methods return a new
/// environment. Start from <see cref="Default"/>, which has the standard CEL functions and the domain functions.
/// </summary>
/// <example>
/// <code>
/// var env = CelEnvironment.Default.WithVariable("board", boardType).WithVariable("wres", typeof(WresFigures));
/// var result = env.Compile("board.chair.appraisal.completed &amp;&amp; wres.indicator2 &lt;= 1.25", CelType.Bool);
/// if (result.Condition is { } condition) { ConditionResult r = condition.Evaluate(boardRecord, wresFigures); }
/// else { foreach (var d in result.Diagnostics) Console.WriteLine(d); }
/// </code>
/// </example>
public sealed class CelEnvironment
{
    private readonly ImmutableDictionary<string, ImmutableList<CelFunction>> _functions;

    private readonly Func<RecordType, RecordField, CelType?>? _fieldTypes;

    private CelEnvironment(ImmutableArray<CelVariable> variables, ImmutableDictionary<string, ImmutableList<CelFunction>> functions, CelLimits limits, Func<RecordType, RecordField, CelType?>? fieldTypes = null)
    {
        _fieldTypes = fieldTypes;
        Variables = variables;
        _functions = functions;
        Limits = limits;
    }

    /// <summary>An environment with no variables, the standard functions, the domain functions and default limits.</summary>
    public static CelEnvironment Default { get; } =
        new CelEnvironment([], ImmutableDictionary<string, ImmutableList<CelFunction>>.Empty.WithComparers(StringComparer.Ordinal), CelLimits.Default)
            .WithFunctions(Builtins.All)
            .WithFunctions(DomainFunctions.All);

    /// <summary>The declared variables, in declaration order.</summary>
    public ImmutableArray<CelVariable> Variables { get; }

    /// <summary>All function overloads, built-in and registered.</summary>
    public IEnumerable<CelFunction> Functions => _functions.Values.SelectMany(f => f);

    /// <summary>The limits.</summary>
    public CelLimits Limits { get; }

    /// <summary>Adds a variable. A later declaration of the same name replaces the earlier one's type in place.</summary>
    public CelEnvironment WithVariable(string name, CelType type)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        ArgumentNullException.ThrowIfNull(type);
        var index = IndexOfVariable(name);
        var v = new CelVariable(name, type);
        return new(index >= 0 ? Variables.SetItem(index, v) : Variables.Add(v), _functions, Limits, _fieldTypes);
    }

    /// <summary>Adds a variable of a schema-defined record type.</summary>
    public CelEnvironment WithVariable(string name, RecordType type) => WithVariable(name, CelType.Of(type));

    /// <summary>Adds a variable of a CLR type (see <see cref="CelType.Of(Type)"/>).</summary>
    public CelEnvironment WithVariable(string name, Type clrType) => WithVariable(name, CelType.Of(clrType));

    /// <summary>Registers a function overload (in addition to those already registered under the name).</summary>
    public CelEnvironment WithFunction(CelFunction function)
    {
        ArgumentNullException.ThrowIfNull(function);
        return WithFunctions([function]);
    }

    /// <summary>Registers several function overloads.</summary>
    public CelEnvironment WithFunctions(IEnumerable<CelFunction> functions)
    {
        ArgumentNullException.ThrowIfNull(functions);
        var map = _functions;
        foreach (var f in functions)
        {
            map = map.SetItem(f.Name, (map.GetValueOrDefault(f.Name) ?? []).Add(f));
        }

        return new(Variables, map, Limits, _fieldTypes);
    }

    /// <summary>Replaces the limits.</summary>
    public CelEnvironment WithLimits(CelLimits limits)
    {
        ArgumentNullException.ThrowIfNull(limits);
        return new(Variables, _functions, limits, _fieldTypes);
    }

    /// <summary>
    /// Parses, type-checks and compiles <paramref name="expression"/>. Never throws for bad input: problems are
    /// returned as diagnostics with a stable code (<see cref="DiagnosticCodes"/>, <c>CEL1xx</c>), a 1-based line and column inside
    /// the expression (or in the file, when <paramref name="origin"/> gives where the expression starts) and a
    /// <see cref="Diagnostic.Detail"/> showing the expression line with a caret under the column.
    /// </summary>
    /// <param name="expression">The condition text.</param>
    /// <param name="requiredType">When given, the expression's type must be this (or dyn), else CEL105.</param>
    /// <param name="origin">Where the expression starts in its file (e.g. a YAML scalar), to map positions.</param>
    public CompileResult Compile(string expression, CelType? requiredType = null, SourceLocation? origin = null)
    {
        ArgumentNullException.ThrowIfNull(expression);
        return ConditionCompiler.Compile(this, expression, requiredType, origin);
    }

    /// <summary>
    /// Gives record fields a more precise type than their <see cref="FieldType"/> (e.g. a string with closed values);
    /// <paramref name="fieldTypes"/> returns null to keep the default.
    /// </summary>
    internal CelEnvironment WithFieldTypes(Func<RecordType, RecordField, CelType?> fieldTypes) => new(Variables, _functions, Limits, fieldTypes);

    /// <summary>The type of a record field in this environment.</summary>
    internal CelType FieldType(RecordType record, RecordField field) => _fieldTypes?.Invoke(record, field) ?? CelType.Of(field.Type);

    internal int IndexOfVariable(string name)
    {
        for (var i = 0; i < Variables.Length; i++)
        {
            if (Variables[i].Name == name)
            {
                return i;
            }
        }

        return -1;
    }

    internal IReadOnlyList<CelFunction> FunctionsNamed(string name) =>
        _functions.TryGetValue(name, out var list) ? list : [];
}

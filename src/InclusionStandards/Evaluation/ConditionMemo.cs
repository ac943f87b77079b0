using System.Collections.Concurrent;
using System.Globalization;
using System.Text;
using InclusionStandards.Conditions;
using InclusionStandards.Rules.Facts;

namespace InclusionStandards.Evaluation;

/// <summary>
/// Remembers the results of a condition that could not be decided (unknown: evidence missing; or an error), keyed by
/// everything the condition can read: the value, or where the path breaks off, at each path whose value it uses (not
/// only selects a field from), and the derived outcomes and
/// indicators it calls. A condition is pure, so the same key gives the same result; the saving is that deciding
/// "unknown" raises and catches internal exceptions (several per condition), which dominated batches of partial
/// evidence such as a staff-survey file (one organisation after another missing the same fields).
/// </summary>
/// <remarks>
/// Only used when no such path holds what a key cannot: a present list or map, or a record used whole (passed to a
/// function, compared). Only consulted when some path is absent or some derived value it calls is undecided
/// (otherwise nothing is raised for missing evidence). At most <see cref="Capacity"/> results are kept per condition, so memory stays flat however
/// many organisations are evaluated. Thread-safe.
/// </remarks>
internal sealed class ConditionMemo
{
    /// <summary>How many undecided results are kept per condition.</summary>
    public const int Capacity = 256;

    private const char Separator = '\u001f';
    private readonly CompiledCondition _condition;
    private readonly Step[] _steps;
    private readonly string[] _outcomes;
    private readonly string[] _indicators;
    private readonly ConcurrentDictionary<string, ConditionResult> _results = new(StringComparer.Ordinal);

    private ConditionMemo(CompiledCondition condition, Step[] steps, string[] outcomes, string[] indicators)
    {
        _condition = condition;
        _steps = steps;
        _outcomes = outcomes;
        _indicators = indicators;
    }

    /// <summary>A memo for <paramref name="condition"/>, or null when its inputs cannot be told from its evidence paths.</summary>
    public static ConditionMemo? For(CompiledCondition condition)
    {
        // The derived values it reads come from the bound condition it was lowered from (every condition of a compiled
        // catalog is); a condition compiled otherwise has no outcome()/indicator() of the catalog to read.
        var references = Validation.BoundCondition.Of(condition)?.References ?? [];
        if (references.Any(r => r.Id is null))
        {
            return null; // a call whose id is not constant: what it reads is not known
        }

        var outcomes = references.Where(r => r.Kind == Validation.ReferenceKind.Outcome).Select(r => r.Id!).Distinct(StringComparer.Ordinal).ToArray();
        var indicators = references.Where(r => r.Kind == Validation.ReferenceKind.Indicator).Select(r => r.Id!).Distinct(StringComparer.Ordinal).ToArray();
        if (condition.WholePaths.IsDefault)
        {
            return null; // compiled without the paths that decide it
        }

        var steps = new List<Step>();
        foreach (var path in condition.WholePaths)
        {
            var cut = path.IndexOf("[]", StringComparison.Ordinal);
            var head = cut >= 0 ? path[..cut] : path;
            var variable = -1;
            for (var i = 0; i < condition.Variables.Length; i++)
            {
                var name = condition.Variables[i].Name;
                if ((head == name || head.StartsWith(name + ".", StringComparison.Ordinal))
                    && (variable < 0 || name.Length > condition.Variables[variable].Name.Length))
                {
                    variable = i;
                }
            }

            if (variable < 0)
            {
                return null;
            }

            var rest = head.Length == condition.Variables[variable].Name.Length ? [] : head[(condition.Variables[variable].Name.Length + 1)..].Split('.');
            steps.Add(new Step(variable, rest, ThroughList: cut >= 0));
        }

        return new ConditionMemo(condition, [.. steps], outcomes, indicators);
    }

    /// <summary>
    /// Evaluates the condition (with <see cref="DerivedValues"/> already in use), or returns the result remembered for
    /// the same inputs.
    /// </summary>
    public ConditionResult Evaluate(object?[] arguments)
    {
        var key = Key(arguments);
        if (key is null)
        {
            return _condition.Evaluate(arguments);
        }

        if (_results.TryGetValue(key, out var known))
        {
            return known;
        }

        var result = _condition.Evaluate(arguments);
        if (result.Kind is ConditionResultKind.Unknown or ConditionResultKind.Error && _results.Count < Capacity)
        {
            _results.TryAdd(key, result);
        }

        return result;
    }

    /// <summary>How many results are remembered (for tests).</summary>
    internal int Count() => _results.Count;

    private string? Key(object?[] arguments)
    {
        if (arguments.Length != _condition.Variables.Length)
        {
            return null;
        }

        // First decide, without allocating, whether anything is missing: most evaluations (complete evidence) stop here.
        var absent = false;
        foreach (var step in _steps)
        {
            switch (Value(step, arguments, out _))
            {
                case null:
                    absent = true;
                    break;
                case bool or long or double or string or DateTimeOffset or TimeSpan when !step.ThroughList:
                    break;
                default:
                    return null; // a present record, list or map used whole: not part of a key
            }
        }

        foreach (var id in _outcomes)
        {
            absent |= Validation.DerivedFactReader.Outcome(id).Kind is ConditionResultKind.Unknown or ConditionResultKind.Error;
        }

        foreach (var id in _indicators)
        {
            absent |= Validation.DerivedFactReader.Indicator(id).Kind is ConditionResultKind.Unknown or ConditionResultKind.Error;
        }

        if (!absent)
        {
            return null; // nothing missing: nothing raised for missing evidence, nothing to save
        }

        var key = new StringBuilder();
        foreach (var step in _steps)
        {
            var value = Value(step, arguments, out var depth);
            if (value is null)
            {
                // Absent, and where the chain broke: the missing path reported depends on it.
                key.Append('-').Append(depth);
            }
            else
            {
                key.Append('=').Append(value is DateTimeOffset t ? t.ToString("O", CultureInfo.InvariantCulture) : Convert.ToString(value, CultureInfo.InvariantCulture)).Append(':').Append(value.GetType().Name);
            }

            key.Append(Separator);
        }

        foreach (var id in _outcomes)
        {
            Append(key, Validation.DerivedFactReader.Outcome(id));
        }

        foreach (var id in _indicators)
        {
            Append(key, Validation.DerivedFactReader.Indicator(id));
        }

        return key.ToString();
    }

    /// <summary>The value at the end of a step's path (null when absent), and how many fields were selected before it broke off.</summary>
    private static object? Value(Step step, object?[] arguments, out int depth)
    {
        var value = arguments[step.Variable];
        depth = 0;
        for (; depth < step.Fields.Length && value is not null; depth++)
        {
            value = value is Record r && r.Type.TryGetField(step.Fields[depth], out var f) ? r.GetValue(f.Index) : Unusable.Instance;
        }

        return value;
    }

    /// <summary>Appends a derived value to the key.</summary>
    private static void Append(StringBuilder key, ConditionResult r)
    {
        key.Append((int)r.Kind).Append(':');
        if (r.Value is { } v)
        {
            key.Append(v is double d ? d.ToString("R", CultureInfo.InvariantCulture) : Convert.ToString(v, CultureInfo.InvariantCulture));
        }

        key.Append(':').AppendJoin(',', r.MissingPaths).Append(':').Append(r.ErrorMessage).Append(Separator);
    }

    /// <param name="Variable">The condition's variable the path starts from.</param>
    /// <param name="Fields">The fields selected from it.</param>
    /// <param name="ThroughList">The path continues inside a list (only its absence can be keyed).</param>
    private sealed record Step(int Variable, string[] Fields, bool ThroughList);

    private sealed class Unusable
    {
        public static readonly Unusable Instance = new();
    }
}

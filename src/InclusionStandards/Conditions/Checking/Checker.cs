using System.Collections.Immutable;
using System.Reflection;
using InclusionStandards.Conditions.Runtime;
using InclusionStandards.Conditions.Syntax;
using InclusionStandards.Diagnostics;

namespace InclusionStandards.Conditions.Checking;

/// <summary>Type-checks a parsed condition against the declared variables and functions of an environment.</summary>
internal sealed class Checker
{
    private readonly CelEnvironment _env;
    private readonly Dictionary<Expr, CelType> _types = new(ReferenceEqualityComparer.Instance);
    private readonly Dictionary<Expr, Resolution> _resolutions = new(ReferenceEqualityComparer.Instance);
    private readonly Dictionary<Expr, List<CelFunction>> _overloads = new(ReferenceEqualityComparer.Instance);
    private readonly List<(string Name, CelType Type, string? Path)> _scopes = new();
    private readonly SortedSet<string> _paths = new(StringComparer.Ordinal);
    private readonly SortedSet<string> _wholePaths = new(StringComparer.Ordinal);
    private readonly HashSet<Expr> _selectOperands = new(ReferenceEqualityComparer.Instance);

    private Checker(CelEnvironment env) => _env = env;

    public List<(string Code, string Message, int Offset)> Errors { get; } = new();

    public static (CheckedExpression? Result, List<(string Code, string Message, int Offset)> Errors) Check(CelEnvironment env, Expr root)
    {
        var checker = new Checker(env);
        checker.Visit(root);
        if (checker.Errors.Count > 0)
        {
            return (null, checker.Errors);
        }

        var paths = checker._paths.Where(p => !checker._paths.Any(q => q.Length > p.Length && (q.StartsWith(p + ".", StringComparison.Ordinal) || q.StartsWith(p + "[", StringComparison.Ordinal))));
        return (new CheckedExpression(root, checker._types, checker._resolutions, checker._overloads, [.. paths]) { WholePaths = [.. checker._wholePaths] }, checker.Errors);
    }

    /// <summary>Records an evidence path read by <paramref name="e"/>; also as a whole path unless it is only selected from.</summary>
    private void AddPath(Expr e, string path)
    {
        _paths.Add(path);
        if (!_selectOperands.Contains(e))
        {
            _wholePaths.Add(path);
        }
    }

    private CelType Visit(Expr e)
    {
        var t = e switch
        {
            LiteralExpr l => l.Type,
            IdentExpr i => VisitIdent(i),
            SelectExpr s => VisitSelect(s),
            CallExpr c => VisitCall(c),
            ListExpr l => CelType.ListOf(JoinAll(l.Elements.Select(Visit).ToList())),
            MapExpr m => VisitMap(m),
            ComprehensionExpr c => VisitComprehension(c),
            _ => throw new InvalidOperationException(e.GetType().Name),
        };
        _types[e] = t;
        return t;
    }

    private CelType Fail(string code, string message, int offset)
    {
        Errors.Add((code, message, offset));
        return CelType.Dyn;
    }

    private CelType VisitIdent(IdentExpr i)
    {
        for (var s = _scopes.Count - 1; s >= 0; s--)
        {
            if (_scopes[s].Name == i.Name)
            {
                _resolutions[i] = new IterationResolution(i.Name);
                return _scopes[s].Type;
            }
        }

        var index = _env.IndexOfVariable(i.Name);
        if (index >= 0)
        {
            _resolutions[i] = new VariableResolution(index);
            AddPath(i, i.Name);
            return _env.Variables[index].Type;
        }

        if (CelTypeValue.ByName.TryGetValue(i.Name, out var tv))
        {
            _resolutions[i] = new TypeNameResolution(tv);
            return CelType.TypeType;
        }

        return Fail(DiagnosticCodes.CelUndeclared, $"undeclared reference to '{i.Name}'", i.Offset);
    }

    private CelType VisitSelect(SelectExpr s)
    {
        var qualified = QualifiedName(s);
        if (qualified is not null && !s.TestOnly)
        {
            var index = _env.IndexOfVariable(qualified);
            if (index >= 0 && !_scopes.Exists(x => qualified.StartsWith(x.Name + ".", StringComparison.Ordinal)))
            {
                _resolutions[s] = new VariableResolution(index);
                AddPath(s, qualified);
                return _env.Variables[index].Type;
            }

            if (CelTypeValue.ByName.TryGetValue(qualified, out var tv))
            {
                _resolutions[s] = new TypeNameResolution(tv);
                return CelType.TypeType;
            }
        }

        _selectOperands.Add(s.Operand);
        var operand = Visit(s.Operand);
        var path = PathOf(s);
        if (path is not null)
        {
            AddPath(s, path);
        }

        var fieldType = SelectField(s, operand);
        return s.TestOnly ? CelType.Bool : fieldType;
    }

    private CelType SelectField(SelectExpr s, CelType operand)
    {
        switch (operand.Kind)
        {
            case CelTypeKind.Record:
                if (operand.RecordType!.TryGetField(s.Field, out var field))
                {
                    _resolutions[s] = new RecordFieldResolution(field);
                    return _env.FieldType(operand.RecordType, field);
                }

                var names = string.Join(", ", operand.RecordType.Fields.Select(f => f.Name));
                return Fail(DiagnosticCodes.CelNoSuchField, $"'{operand}' has no field '{s.Field}' (fields: {names})", s.Offset + 1);
            case CelTypeKind.Clr:
                var prop = operand.ClrType!.GetProperty(s.Field, BindingFlags.Public | BindingFlags.Instance)
                    ?? operand.ClrType.GetProperty(s.Field, BindingFlags.Public | BindingFlags.Instance | BindingFlags.IgnoreCase);
                if (prop is not null && prop.GetIndexParameters().Length == 0)
                {
                    _resolutions[s] = new PropertyResolution(prop);
                    return CelType.Of(prop.PropertyType);
                }

                return Fail(DiagnosticCodes.CelNoSuchField, $"'{operand}' has no field '{s.Field}'", s.Offset + 1);
            case CelTypeKind.Map when operand.Arguments[0].Kind is CelTypeKind.String or CelTypeKind.Dyn:
                _resolutions[s] = new DynamicFieldResolution();
                return operand.Arguments[1];
            case CelTypeKind.Dyn:
                _resolutions[s] = new DynamicFieldResolution();
                return CelType.Dyn;
            default:
                return Fail(DiagnosticCodes.CelTypeMismatch, $"type '{operand}' does not support field selection", s.Offset + 1);
        }
    }

    private static string? QualifiedName(Expr e) => e switch
    {
        IdentExpr i => i.Name,
        SelectExpr { TestOnly: false } s when QualifiedName(s.Operand) is { } q => q + "." + s.Field,
        _ => null,
    };

    private string? PathOf(Expr e)
    {
        switch (e)
        {
            case IdentExpr i:
                var scope = _scopes.FindLast(x => x.Name == i.Name);
                return scope.Name is not null ? scope.Path : _env.IndexOfVariable(i.Name) >= 0 ? i.Name : null;
            case SelectExpr s when _resolutions.TryGetValue(s, out var r) && r is VariableResolution:
                return QualifiedName(s);
            case SelectExpr s:
                var p = PathOf(s.Operand);
                return p is null ? null : p + "." + s.Field;
            default:
                return null;
        }
    }

    private CelType VisitMap(MapExpr m)
    {
        var keys = new List<CelType>();
        var values = new List<CelType>();
        foreach (var (k, v) in m.Entries)
        {
            var kt = Visit(k);
            if (kt.Kind is not (CelTypeKind.Int or CelTypeKind.Uint or CelTypeKind.Bool or CelTypeKind.String or CelTypeKind.Dyn))
            {
                Fail(DiagnosticCodes.CelTypeMismatch, $"unsupported map key type '{kt}'", Spans.Start(k));
            }

            keys.Add(kt);
            values.Add(Visit(v));
        }

        return CelType.MapOf(JoinAll(keys), JoinAll(values));
    }

    private static CelType JoinAll(List<CelType> types) =>
        types.Count == 0 ? CelType.Dyn : types.Aggregate(TypeUnifier.Join);

    private CelType VisitComprehension(ComprehensionExpr c)
    {
        var range = Visit(c.Range);
        var element = range.Kind switch
        {
            CelTypeKind.List => range.Arguments[0],
            CelTypeKind.Map => range.Arguments[0],
            CelTypeKind.Dyn => CelType.Dyn,
            _ => Fail(DiagnosticCodes.CelTypeMismatch, $"cannot iterate over '{range}' (a list or map is needed)", Spans.Start(c.Range)),
        };
        var rangePath = PathOf(c.Range);
        _scopes.Add((c.Variable, element, rangePath is null ? null : rangePath + "[]"));
        try
        {
            if (c.Filter is not null)
            {
                RequireBool(Visit(c.Filter), c.Filter, "the filter of map()");
            }

            var body = Visit(c.Body);
            if (c.Kind != MacroKind.Map)
            {
                RequireBool(body, c.Body, "the predicate");
            }

            return c.Kind switch
            {
                MacroKind.Map => CelType.ListOf(body),
                MacroKind.Filter => CelType.ListOf(element),
                _ => CelType.Bool,
            };
        }
        finally
        {
            _scopes.RemoveAt(_scopes.Count - 1);
        }
    }

    private void RequireBool(CelType t, Expr e, string what)
    {
        if (t.Kind is not (CelTypeKind.Bool or CelTypeKind.Dyn))
        {
            Fail(DiagnosticCodes.CelTypeMismatch, $"{what} must be bool, not {t}", Spans.Start(e));
        }
    }

    private CelType VisitCall(CallExpr c)
    {
        switch (c.Function)
        {
            case Operators.LogicalAnd or Operators.LogicalOr:
                foreach (var a in c.Args)
                {
                    var t = Visit(a);
                    if (t.Kind is not (CelTypeKind.Bool or CelTypeKind.Dyn))
                    {
                        Fail(DiagnosticCodes.CelTypeMismatch, $"'{Operators.Display(c.Function)}' needs bool operands, not {t}", Spans.Start(a));
                    }
                }

                return CelType.Bool;
            case Operators.Conditional:
                RequireBool(Visit(c.Args[0]), c.Args[0], "the condition of '?:'");
                var a1 = Visit(c.Args[1]);
                var a2 = Visit(c.Args[2]);
                if (!a1.Equals(a2) && a1.Kind != CelTypeKind.Dyn && a2.Kind != CelTypeKind.Dyn && a1.Kind != CelTypeKind.Null && a2.Kind != CelTypeKind.Null
                    && !(a1.Kind == a2.Kind && a1.Kind is CelTypeKind.List or CelTypeKind.Map))
                {
                    return Fail(DiagnosticCodes.CelTypeMismatch, $"the branches of '?:' have different types: {a1} and {a2}", c.Offset);
                }

                return TypeUnifier.Join(a1, a2);
        }

        var args = new List<CelType>();
        if (c.Target is not null)
        {
            args.Add(Visit(c.Target));
        }

        args.AddRange(c.Args.Select(Visit));
        return Resolve(c, args);
    }

    private CelType Resolve(CallExpr c, List<CelType> args)
    {
        var isMember = c.Target is not null;
        var named = _env.FunctionsNamed(c.Function);
        var candidates = named.Where(f => f.IsMember == isMember && f.Parameters.Length == args.Count).ToList();
        if (named.Count == 0)
        {
            return Fail(DiagnosticCodes.CelUndeclared, $"undeclared function '{c.Function}'", c.Offset);
        }

        var matches = new List<CelFunction>();
        CelType? result = null;
        foreach (var f in candidates)
        {
            var bindings = new Dictionary<string, CelType>(StringComparer.Ordinal);
            if (f.Parameters.Zip(args).All(p => TypeUnifier.Unify(p.First, p.Second, bindings)))
            {
                matches.Add(f);
                var r = TypeUnifier.Substitute(f.Result, bindings);
                result = result is null ? r : result.Equals(r) ? r : CelType.Dyn;
            }
        }

        if (matches.Count == 0)
        {
            return Fail(DiagnosticCodes.CelTypeMismatch, Messages.NoOverload(c.Function, args, isMember), c.Offset);
        }

        _overloads[c] = matches;
        return result!;
    }
}

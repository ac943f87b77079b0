using System.Collections.Immutable;
using System.Linq.Expressions;
using System.Text.RegularExpressions;
using InclusionStandards.Conditions.Runtime;
using static System.Linq.Expressions.Expression;

namespace InclusionStandards.Conditions.Checking;

/// <summary>The standard CEL overloads of the subset, with their expression-tree implementations.</summary>
internal static class Builtins
{
    private static readonly string[] TimeParts =
        ["getFullYear", "getMonth", "getDate", "getDayOfMonth", "getDayOfWeek", "getDayOfYear", "getHours", "getMinutes", "getSeconds", "getMilliseconds"];

    public static ImmutableArray<CelFunction> All { get; } = Build();

    private static ImmutableArray<CelFunction> Build()
    {
        var b = new List<CelFunction>();
        void Add(string name, string sig, Func<Expression[], Expression> emit, bool member = false)
        {
            var (ps, result) = TypeSignature.Parse(sig);
            b.Add(CelFunction.Builtin(name, member, ps, result, emit));
        }

        Arithmetic(Add);
        Comparisons(Add);
        Add(Syntax.Operators.LogicalNot, "bool -> bool", a => Not(a[0]));
        Add(Syntax.Operators.Index, "list(A), int -> A", a => Lib("Index", a));
        Add(Syntax.Operators.Index, "list(A), uint -> A", a => Lib("Index", a));
        Add(Syntax.Operators.Index, "list(A), double -> A", a => Lib("Index", a));
        Add(Syntax.Operators.Index, "map(K, V), K -> V", a => Lib("Index", a));
        Add(Syntax.Operators.In, "A, list(A) -> bool", a => Lib("In", a));
        Add(Syntax.Operators.In, "K, map(K, V) -> bool", a => Lib("In", a));
        foreach (var t in new[] { "string", "bytes", "list(A)", "map(K, V)" })
        {
            Add("size", $"{t} -> int", a => Lib("Size", a));
            Add("size", $"{t} -> int", a => Lib("Size", a), member: true);
        }

        Add("contains", "string, string -> bool", a => Lib("Contains", a), member: true);
        Add("startsWith", "string, string -> bool", a => Lib("StartsWith", a), member: true);
        Add("endsWith", "string, string -> bool", a => Lib("EndsWith", a), member: true);
        Add("matches", "string, string -> bool", Matches, member: true);
        Add("matches", "string, string -> bool", Matches);
        Conversions(Add);
        foreach (var part in TimeParts)
        {
            Add(part, "timestamp -> int", a => Lib("TimePart", a[0], Constant(part), Constant(null, typeof(string))), member: true);
            Add(part, "timestamp, string -> int", a => Lib("TimePart", a[0], Constant(part), a[1]), member: true);
        }

        foreach (var part in new[] { "getHours", "getMinutes", "getSeconds", "getMilliseconds" })
        {
            Add(part, "duration -> int", a => Lib("DurationPart", a[0], Constant(part)), member: true);
        }

        return [.. b];
    }

    private static void Arithmetic(Action<string, string, Func<Expression[], Expression>, bool> add)
    {
        foreach (var (op, name, dbl) in new (string, string, Func<Expression, Expression, Expression>)[]
                 {
                     (Syntax.Operators.Add, "Add", Expression.Add), (Syntax.Operators.Subtract, "Sub", Subtract),
                     (Syntax.Operators.Multiply, "Mul", Multiply), (Syntax.Operators.Divide, "Div", Divide),
                 })
        {
            add(op, "int, int -> int", a => Num(name, a), false);
            add(op, "uint, uint -> uint", a => Num(name, a), false);
            add(op, "double, double -> double", a => dbl(a[0], a[1]), false);
        }

        add(Syntax.Operators.Modulo, "int, int -> int", a => Num("Mod", a), false);
        add(Syntax.Operators.Modulo, "uint, uint -> uint", a => Num("Mod", a), false);
        add(Syntax.Operators.Negate, "int -> int", a => Num("Neg", a), false);
        add(Syntax.Operators.Negate, "double -> double", a => Negate(a[0]), false);
        add(Syntax.Operators.Add, "string, string -> string", a => Lib("Concat", a), false);
        add(Syntax.Operators.Add, "bytes, bytes -> bytes", a => Lib("Concat", a), false);
        add(Syntax.Operators.Add, "list(A), list(A) -> list(A)", a => Lib("Concat", a), false);
        add(Syntax.Operators.Add, "timestamp, duration -> timestamp", a => Time("Add", a[0], a[1]), false);
        add(Syntax.Operators.Add, "duration, timestamp -> timestamp", a => Time("Add", a[1], a[0]), false);
        add(Syntax.Operators.Add, "duration, duration -> duration", a => Time("Add", a[0], a[1]), false);
        add(Syntax.Operators.Subtract, "timestamp, timestamp -> duration", a => Time("Subtract", a[0], a[1]), false);
        add(Syntax.Operators.Subtract, "timestamp, duration -> timestamp", a => Time("Subtract", a[0], a[1]), false);
        add(Syntax.Operators.Subtract, "duration, duration -> duration", a => Time("Subtract", a[0], a[1]), false);
    }

    private static void Comparisons(Action<string, string, Func<Expression[], Expression>, bool> add)
    {
        var ops = new (string Op, Func<Expression, Expression, Expression> Direct)[]
        {
            (Syntax.Operators.Less, LessThan), (Syntax.Operators.LessEquals, LessThanOrEqual),
            (Syntax.Operators.Greater, GreaterThan), (Syntax.Operators.GreaterEquals, GreaterThanOrEqual),
        };
        foreach (var (op, direct) in ops)
        {
            foreach (var t in new[] { "int", "uint", "double", "timestamp", "duration" })
            {
                add(op, $"{t}, {t} -> bool", a => direct(a[0], a[1]), false);
            }

            add(op, "string, string -> bool", a => direct(Lib("CompareStrings", a), Constant(0)), false);
            add(op, "bytes, bytes -> bool", a => direct(Lib("CompareBytes", a), Constant(0)), false);
            add(op, "bool, bool -> bool", a => direct(Call(a[0], typeof(bool).GetMethod("CompareTo", [typeof(bool)])!, a[1]), Constant(0)), false);
            foreach (var (x, y) in new[] { ("int", "uint"), ("int", "double"), ("uint", "int"), ("uint", "double"), ("double", "int"), ("double", "uint") })
            {
                add(op, $"{x}, {y} -> bool", a => CrossCompare(op, a[0], a[1]), false);
            }
        }

        foreach (var op in new[] { Syntax.Operators.Equal, Syntax.Operators.NotEquals })
        {
            add(op, "A, A -> bool", _ => throw new InvalidOperationException("equality is emitted by the compiler"), false);
            foreach (var (x, y) in new[] { ("int", "uint"), ("int", "double"), ("uint", "int"), ("uint", "double"), ("double", "int"), ("double", "uint") })
            {
                add(op, $"{x}, {y} -> bool", _ => throw new InvalidOperationException("equality is emitted by the compiler"), false);
            }
        }
    }

    private static void Conversions(Action<string, string, Func<Expression[], Expression>, bool> add)
    {
        add("int", "int -> int", a => a[0], false);
        foreach (var t in new[] { "uint", "double", "string", "timestamp" })
        {
            add("int", $"{t} -> int", a => Lib("ToInt", a), false);
        }

        add("uint", "uint -> uint", a => a[0], false);
        foreach (var t in new[] { "int", "double", "string" })
        {
            add("uint", $"{t} -> uint", a => Lib("ToUint", a), false);
        }

        add("double", "double -> double", a => a[0], false);
        add("double", "int -> double", a => Convert(a[0], typeof(double)), false);
        add("double", "uint -> double", a => Convert(a[0], typeof(double)), false);
        add("double", "string -> double", a => Lib("ToDouble", a), false);
        add("string", "string -> string", a => a[0], false);
        add("string", "bytes -> string", a => Lib("ToStringValue", a), false);
        foreach (var t in new[] { "int", "uint", "double", "bool", "timestamp", "duration" })
        {
            add("string", $"{t} -> string", a => Lib("ToStringValue", Convert(a[0], typeof(object))), false);
        }

        add("bytes", "bytes -> bytes", a => a[0], false);
        add("bytes", "string -> bytes", a => Lib("ToBytes", a), false);
        add("bool", "bool -> bool", a => a[0], false);
        add("bool", "string -> bool", a => Lib("ToBool", a), false);
        add("timestamp", "timestamp -> timestamp", a => a[0], false);
        add("timestamp", "string -> timestamp", a => Time("ParseTimestamp", a[0]), false);
        add("timestamp", "int -> timestamp", a => Time("FromUnixSeconds", a[0]), false);
        add("duration", "duration -> duration", a => a[0], false);
        add("duration", "string -> duration", a => Time("ParseDuration", a[0]), false);
        add("type", "A -> type", a => Lib("TypeOf", a), false);
        add("dyn", "A -> dyn", a => a[0], false);
    }

    private static Expression Matches(Expression[] a)
    {
        if (a[1] is ConstantExpression { Value: string pattern } && Runtime.RegexSubset.Problem(pattern) is null)
        {
            var regex = new Regex(pattern, RegexOptions.NonBacktracking | RegexOptions.CultureInvariant);
            return Call(Constant(regex), typeof(Regex).GetMethod(nameof(Regex.IsMatch), [typeof(string)])!, a[0]);
        }

        // A pattern that cannot be used is reported when evaluated, as an error value (and at load, STD403).

        return Lib("Matches", a);
    }

    private static Expression CrossCompare(string op, Expression a, Expression b)
    {
        var c = Call(typeof(Numbers).GetMethod(nameof(Numbers.Compare))!, Convert(a, typeof(object)), Convert(b, typeof(object)));
        var v = Variable(typeof(int), "c");
        Expression test = op switch
        {
            Syntax.Operators.Less => AndAlso(LessThan(v, Constant(0)), NotEqual(v, Constant(int.MinValue))),
            Syntax.Operators.LessEquals => AndAlso(LessThanOrEqual(v, Constant(0)), NotEqual(v, Constant(int.MinValue))),
            Syntax.Operators.Greater => GreaterThan(v, Constant(0)),
            _ => GreaterThanOrEqual(v, Constant(0)),
        };
        return Block([v], Assign(v, c), test);
    }

    internal static Expression Lib(string method, params Expression[] args) => CallStatic(typeof(Library), method, args);

    private static Expression Num(string method, Expression[] args) => CallStatic(typeof(Numbers), method, args);

    private static Expression Time(string method, params Expression[] args) => CallStatic(typeof(Times), method, args);

    private static Expression CallStatic(Type type, string method, Expression[] args)
    {
        var m = type.GetMethod(method, args.Select(a => a.Type).ToArray())
            ?? throw new InvalidOperationException($"{type.Name}.{method}({string.Join(", ", args.Select(a => a.Type.Name))}) not found");
        return Call(m, args);
    }
}

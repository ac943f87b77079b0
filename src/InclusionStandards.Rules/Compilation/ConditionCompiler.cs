using System.Linq.Expressions;
using System.Reflection;
using InclusionStandards.Rules.Model;
using InclusionStandards.Rules.Runtime;

namespace InclusionStandards.Rules.Compilation;

/// <summary>
/// Binds condition parameters to declarations, checks types, splits conjunctions and compiles each part to a typed
/// delegate: alpha tests (own fact only), a hash-join key pair (<c>own.X == earlier.Y</c>) and beta tests.
/// </summary>
internal static class ConditionCompiler
{
    private static readonly MethodInfo TokenGet = typeof(Token).GetMethod(nameof(Token.Get))!;
    [ThreadStatic]
    private static bool t_interpret;

    /// <summary>
    /// When true (on this thread), delegates are interpreted rather than compiled: much cheaper to build, slower to
    /// run. Used for compiling very many small throw-away rule sets (property tests).
    /// </summary>
    public static bool Interpret
    {
        get => t_interpret;
        set => t_interpret = value;
    }

    private static readonly MethodInfo StringEquality = typeof(string).GetMethod("op_Equality", [typeof(string), typeof(string)])!;

    /// <summary>
    /// Adds the compiled parts of <paramref name="conditions"/> to <paramref name="target"/>; with
    /// <paramref name="alpha"/> false, own-fact-only parts become beta tests (aggregate results).
    /// </summary>
    public static void Compile(string rule, IEnumerable<LambdaExpression> conditions, Declaration own, Scope scope, bool alpha, ConditionSet target)
    {
        foreach (var condition in conditions)
        {
            foreach (var part in Split(rule, condition, own, scope, out var binding))
            {
                var used = ParameterCollector.Of(part);
                var ownOnly = used.All(p => binding[p] < 0);
                if (alpha && ownOnly)
                {
                    var f = Expression.Parameter(typeof(object), "f");
                    var body = Bind(part, binding, f, null);
                    var key = own.Type + "|" + ExpressionKey.Of(body, new([f]));
                    target.Alpha.Add((key, CompileLambda<Func<object, bool>>(rule, body, f), Equality(rule, own, body, f)));
                    continue;
                }

                if (alpha && target.RightKey is null && TryJoinKey(rule, part, binding, target, out var recheck) && !recheck)
                {
                    continue;
                }

                target.Beta.Add(CompileBeta(rule, part, binding));
            }
        }
    }

    private static readonly HashSet<Type> HashableTypes =
    [
        typeof(string), typeof(int), typeof(long), typeof(short), typeof(byte), typeof(sbyte), typeof(uint), typeof(ulong),
        typeof(ushort), typeof(char), typeof(bool),
    ];

    /// <summary>Recognises <c>f.X == constant</c> (or <c>constant == f.X</c>) with a non-null constant of a type whose
    /// <c>==</c> is <c>Equals</c> (ordinal strings, integers, chars, booleans); null otherwise.</summary>
    private static AlphaEquality? Equality(string rule, Declaration own, Expression body, ParameterExpression f)
    {
        if (body is not BinaryExpression { NodeType: ExpressionType.Equal, IsLifted: false } eq)
        {
            return null;
        }

        var (selector, constant) = eq.Right is ConstantExpression c ? (eq.Left, c) : eq.Left is ConstantExpression c2 ? (eq.Right, c2) : (null, null);
        if (selector is null || constant!.Value is null || selector.Type != constant.Type || !HashableTypes.Contains(selector.Type)
            || (eq.Method is not null && eq.Method != typeof(string).GetMethod("op_Equality", [typeof(string), typeof(string)]))
            || ParameterCollector.Of(selector).Count == 0)
        {
            return null;
        }

        var key = own.Type + "|" + ExpressionKey.Of(selector, new([f]));
        return new AlphaEquality(key, CompileLambda<Func<object, object?>>(rule, Expression.Convert(selector, typeof(object)), f), constant.Value);
    }

    /// <summary>Compiles the conjunction of <paramref name="conditions"/> into one beta test.</summary>
    public static Tiered<Func<Token, object, bool>> CompileConjunction(string rule, IEnumerable<LambdaExpression> conditions, Declaration own, Scope scope)
    {
        Expression? all = null;
        var binding = new Dictionary<ParameterExpression, int>();
        foreach (var condition in conditions)
        {
            foreach (var part in Split(rule, condition, own, scope, out var b))
            {
                foreach (var kv in b)
                {
                    binding[kv.Key] = kv.Value;
                }

                all = all is null ? part : Expression.AndAlso(all, part);
            }
        }

        return CompileBeta(rule, all ?? Expression.Constant(true), binding);
    }

    /// <summary>
    /// Compiles a sum or average selector over the source fact to <c>double</c>, without boxing (call after
    /// <see cref="CompileSelector"/> has validated the selector).
    /// </summary>
    public static Tiered<Func<object, double>> CompileNumericSelector(string rule, LambdaExpression selector)
    {
        var f = Expression.Parameter(typeof(object), "f");
        var body = ClosureInliner.Instance.Visit(selector.Body);
        body = ParameterReplacer.Replace(body, new() { [selector.Parameters[0]] = Expression.Convert(f, selector.Parameters[0].Type) });
        return CompileLambda<Func<object, double>>(rule, Expression.Convert(body, typeof(double)), f);
    }

    /// <summary>Compiles a one-parameter selector over the source fact to <c>object</c> (boxed).</summary>
    public static Tiered<Func<object, object?>> CompileSelector(string rule, LambdaExpression selector, Declaration source, Type? resultType = null)
    {
        if (selector.Parameters.Count != 1 || !selector.Parameters[0].Type.IsAssignableFrom(source.Type.ClrType))
        {
            throw new RuleDefinitionException(rule, $"the selector {selector} must take one parameter of type {source.Type.ClrType.Name} ('{source.Name}').");
        }

        var f = Expression.Parameter(typeof(object), "f");
        var body = ClosureInliner.Instance.Visit(selector.Body);
        body = ParameterReplacer.Replace(body, new() { [selector.Parameters[0]] = Expression.Convert(f, selector.Parameters[0].Type) });
        try
        {
            body = Expression.Convert(resultType is null ? body : Expression.Convert(body, resultType), typeof(object));
        }
        catch (InvalidOperationException ex)
        {
            throw new RuleDefinitionException(rule, $"the selector {selector} returns {selector.ReturnType.Name}, which is not a number.", ex);
        }

        return CompileLambda<Func<object, object?>>(rule, body, f);
    }

    private static List<Expression> Split(string rule, LambdaExpression condition, Declaration own, Scope scope, out Dictionary<ParameterExpression, int> binding)
    {
        ArgumentNullException.ThrowIfNull(condition);
        if (condition.ReturnType != typeof(bool))
        {
            throw new RuleDefinitionException(rule, $"the condition {condition} on '{own.Name}' returns {condition.ReturnType.Name}, not Boolean.");
        }

        binding = new Dictionary<ParameterExpression, int>();
        for (var i = 0; i < condition.Parameters.Count; i++)
        {
            var p = condition.Parameters[i];
            Declaration declaration;
            int depth;
            if (p.Name == own.Name || (i == 0 && !scope.Contains(p.Name ?? string.Empty)))
            {
                declaration = own;
                depth = -1;
            }
            else if (!scope.TryGet(p.Name ?? string.Empty, out declaration, out depth))
            {
                var visible = string.Join(", ", scope.Names.Prepend(own.Name).Select(n => $"'{n}'"));
                throw new RuleDefinitionException(rule, $"the condition {condition} refers to '{p.Name}', which is not bound by an earlier element (visible: {visible}).");
            }

            if (!p.Type.IsAssignableFrom(declaration.Type.ClrType))
            {
                throw new RuleDefinitionException(rule, $"in the condition {condition}, parameter '{p.Name}' has type {p.Type.Name} but '{declaration.Name}' is bound to {declaration.Type.Name} ({declaration.Type.ClrType.Name}).");
            }

            binding[p] = depth;
        }

        var parts = new List<Expression>();
        SplitAnd(ClosureInliner.Instance.Visit(condition.Body), parts);
        return parts;
    }

    private static void SplitAnd(Expression e, List<Expression> parts)
    {
        if (e is BinaryExpression { NodeType: ExpressionType.AndAlso, Method: null } b)
        {
            SplitAnd(b.Left, parts);
            SplitAnd(b.Right, parts);
        }
        else
        {
            parts.Add(e);
        }
    }

    private static bool TryJoinKey(string rule, Expression part, Dictionary<ParameterExpression, int> binding, ConditionSet target, out bool recheck)
    {
        recheck = false;
        if (part is not BinaryExpression { NodeType: ExpressionType.Equal } eq || !Hashable(eq.Left.Type, out recheck) ||
            (eq.Method is not null && eq.Method != StringEquality))
        {
            return false;
        }

        var l = ParameterCollector.Of(eq.Left);
        var r = ParameterCollector.Of(eq.Right);
        bool OwnOnly(HashSet<ParameterExpression> s) => s.Count > 0 && s.All(p => binding[p] < 0);
        bool EarlierOnly(HashSet<ParameterExpression> s) => s.Count > 0 && s.All(p => binding[p] >= 0);
        Expression ownSide, earlierSide;
        if (OwnOnly(l) && EarlierOnly(r))
        {
            (ownSide, earlierSide) = (eq.Left, eq.Right);
        }
        else if (OwnOnly(r) && EarlierOnly(l))
        {
            (ownSide, earlierSide) = (eq.Right, eq.Left);
        }
        else
        {
            return false;
        }

        var f = Expression.Parameter(typeof(object), "f");
        var t = Expression.Parameter(typeof(Token), "t");
        var rightBody = KeyBoxes.Box(Bind(ownSide, binding, f, null));
        target.RightKeyId = ExpressionKey.Of(rightBody, new([f]));
        target.RightKey = CompileLambda<Func<object, object?>>(rule, rightBody, f);
        target.LeftKey = CompileLambda<Func<Token, object?>>(rule, KeyBoxes.Box(Bind(earlierSide, binding, null, t)), t);
        return true;
    }

    private static bool Hashable(Type type, out bool recheck)
    {
        var t = Nullable.GetUnderlyingType(type) ?? type;
        recheck = t == typeof(double) || t == typeof(float);
        return t.IsPrimitive || t.IsEnum || t == typeof(string) || t == typeof(decimal) || t == typeof(DateTime) ||
               t == typeof(DateTimeOffset) || t == typeof(TimeSpan) || t == typeof(Guid);
    }

    private static Tiered<Func<Token, object, bool>> CompileBeta(string rule, Expression part, Dictionary<ParameterExpression, int> binding)
    {
        var f = Expression.Parameter(typeof(object), "f");
        var t = Expression.Parameter(typeof(Token), "t");
        return CompileLambda<Func<Token, object, bool>>(rule, Bind(part, binding, f, t), t, f);
    }

    private static Expression Bind(Expression part, Dictionary<ParameterExpression, int> binding, ParameterExpression? fact, ParameterExpression? token)
    {
        var map = new Dictionary<ParameterExpression, Expression>();
        foreach (var (p, depth) in binding)
        {
            if ((depth < 0 ? fact : (Expression?)token) is null)
            {
                continue;
            }

            map[p] = depth < 0
                ? Expression.Convert(fact!, p.Type)
                : Expression.Convert(Expression.Call(token!, TokenGet, Expression.Constant(depth)), p.Type);
        }

        return ParameterReplacer.Replace(part, map);
    }

    private static Tiered<TDelegate> CompileLambda<TDelegate>(string rule, Expression body, params ParameterExpression[] parameters)
        where TDelegate : Delegate
    {
        try
        {
            var lambda = Expression.Lambda<TDelegate>(body, parameters);
            if (t_interpret)
            {
                return Tiered<TDelegate>.Interpreted(lambda);
            }

            return (object)lambda switch
            {
                Expression<Func<object, bool>> l => (Tiered<TDelegate>)(object)Tiered<Func<object, bool>>.Counting(l, (t, i) => f => { t.Tick(); return i(f); }),
                Expression<Func<Token, object, bool>> l => (Tiered<TDelegate>)(object)Tiered<Func<Token, object, bool>>.Counting(l, (t, i) => (k, f) => { t.Tick(); return i(k, f); }),
                Expression<Func<object, object?>> l => (Tiered<TDelegate>)(object)Tiered<Func<object, object?>>.Counting(l, (t, i) => f => { t.Tick(); return i(f); }),
                Expression<Func<Token, object?>> l => (Tiered<TDelegate>)(object)Tiered<Func<Token, object?>>.Counting(l, (t, i) => k => { t.Tick(); return i(k); }),
                Expression<Func<object, double>> l => (Tiered<TDelegate>)(object)Tiered<Func<object, double>>.Counting(l, (t, i) => f => { t.Tick(); return i(f); }),
                _ => Tiered<TDelegate>.Compiled(lambda),
            };
        }
        catch (Exception ex) when (ex is InvalidOperationException or ArgumentException)
        {
            throw new RuleDefinitionException(rule, $"the condition {body} cannot be compiled: {ex.Message}", ex);
        }
    }
}

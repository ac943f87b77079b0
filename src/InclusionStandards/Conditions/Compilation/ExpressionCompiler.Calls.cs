using System.Linq.Expressions;
using InclusionStandards.Conditions.Runtime;
using InclusionStandards.Conditions.Syntax;
using static System.Linq.Expressions.Expression;

namespace InclusionStandards.Conditions.Compilation;

/// <summary>Calls: operators, built-in and host functions, with static or run-time overload selection.</summary>
internal sealed partial class ExpressionCompiler
{
    private static readonly Type[] Primitives = [typeof(bool), typeof(long), typeof(ulong), typeof(double), typeof(string), typeof(CelTimestamp), typeof(CelDuration)];

    private Expression EmitCall(CallExpr c)
    {
        switch (c.Function)
        {
            case Operators.LogicalAnd:
                return EmitLogical(c, isAnd: true);
            case Operators.LogicalOr:
                return EmitLogical(c, isAnd: false);
            case Operators.Conditional:
                var type = ClrTypes.Runtime(TypeOf(c));
                return Condition(ToBool(Emit(c.Args[0])), Coerce(Emit(c.Args[1]), type, "?:"), Coerce(Emit(c.Args[2]), type, "?:"));
            case Operators.Equal:
            case Operators.NotEquals:
                var (sides, before) = Operands([Emit(c.Args[0]), Emit(c.Args[1])]);
                var equal = EmitEquality(sides[0], sides[1]);
                return Prepend(before, c.Function == Operators.Equal ? equal : Not(equal));
        }

        var emitted = new List<Expression>();
        if (c.Target is not null)
        {
            emitted.Add(Emit(c.Target));
        }

        emitted.AddRange(c.Args.Select(Emit));
        var (operands, prologue) = Operands(emitted);
        return Prepend(prologue, EmitCall(c, operands));
    }

    /// <summary>
    /// In the full form (see <see cref="Compile"/>), evaluates every operand that can fail before the call, so that an
    /// unknown result names all the missing evidence it depends on, not just the first operand's (unknowns are merged,
    /// and win over errors). The strict form leaves operands as they are. Returns the operands to use and the
    /// statements that must run first (with their variables), or null.
    /// </summary>
    private (List<Expression> Operands, (ParameterExpression[] Variables, Expression[] Statements)? Prologue) Operands(List<Expression> args)
    {
        if (_strict || args.Count(a => a is not ConstantExpression) < 2)
        {
            return (args, null);
        }

        var failure = Variable(typeof(Exception), "failure");
        var temps = args.Select((a, i) => Variable(a.Type, "operand" + i)).ToArray();
        var statements = new List<Expression> { Assign(failure, Constant(null, typeof(Exception))) };
        var combine = typeof(CelRuntime).GetMethod(nameof(CelRuntime.Combine))!;
        for (var i = 0; i < args.Count; i++)
        {
            var ex = Variable(typeof(Exception), "ex");
            statements.Add(TryCatch(
                Block(typeof(void), Assign(temps[i], args[i])),
                Catch(ex, Block(typeof(void), Assign(failure, Call(combine, failure, ex))))));
        }

        statements.Add(IfThen(NotEqual(failure, Constant(null, typeof(Exception))), Throw(failure)));
        return ([.. temps], ([failure, .. temps], [.. statements]));
    }

    private static Expression Prepend((ParameterExpression[] Variables, Expression[] Statements)? prologue, Expression body) =>
        prologue is { } p ? Block(body.Type, p.Variables, [.. p.Statements, body]) : body;

    private Expression EmitCall(CallExpr c, List<Expression> args)
    {
        var candidates = _checked.Overloads[c];
        var name = Operators.Display(c.Function);
        var exact = candidates.Where(f => f.Parameters.Zip(args).All(p => ClrTypes.Runtime(p.First) == p.Second.Type || ClrTypes.Runtime(p.First) == typeof(object))).ToList();
        if (candidates.Count == 1 || (exact.Count == 1 && args.TrueForAll(a => a.Type != typeof(object))))
        {
            var f = exact.Count == 1 ? exact[0] : candidates[0];
            var converted = f.Parameters.Zip(args, (p, a) => Coerce(a, ClrTypes.Runtime(p), name)).ToArray();
            return f.Emit(converted);
        }

        return Dispatch(name, candidates, args);
    }

    /// <summary>Chooses an overload by the run-time types of the arguments.</summary>
    private static Expression Dispatch(string name, List<CelFunction> candidates, List<Expression> args)
    {
        var temps = args.Select((a, i) => Variable(typeof(object), "a" + i)).ToArray();
        Expression chain = Throw(Call(typeof(CelRuntime).GetMethod(nameof(CelRuntime.NoSuchOverload))!, Constant(name)), typeof(object));
        for (var k = candidates.Count - 1; k >= 0; k--)
        {
            var f = candidates[k];
            Expression test = Constant(true);
            for (var i = 0; i < temps.Length; i++)
            {
                var t = ClrTypes.Runtime(f.Parameters[i]);
                if (t != typeof(object))
                {
                    test = AndAlso(test, TypeIs(temps[i], t));
                }
            }

            var unboxed = f.Parameters.Select((p, i) => Coerce(temps[i], ClrTypes.Runtime(p), name)).ToArray();
            chain = Condition(test, Box(f.Emit(unboxed)), chain);
        }

        return Block(typeof(object), temps, temps.Select((t, i) => (Expression)Assign(t, Box(args[i]))).Append(chain));
    }

    private static Expression EmitEquality(Expression a, Expression b)
    {
        if (a.Type == b.Type && Array.IndexOf(Primitives, a.Type) >= 0)
        {
            return Equal(a, b);
        }

        var isNumber = (Type t) => t == typeof(long) || t == typeof(ulong) || t == typeof(double);
        if (isNumber(a.Type) && isNumber(b.Type))
        {
            return Equal(Call(typeof(Numbers).GetMethod(nameof(Numbers.Compare))!, Box(a), Box(b)), Constant(0));
        }

        return Call(typeof(CelValues).GetMethod(nameof(CelValues.Equal))!, Box(a), Box(b));
    }

    private static Expression ToBool(Expression e) => Coerce(e, typeof(bool), "a logical operator");

    /// <summary>
    /// CEL's commutative <c>&amp;&amp;</c>/<c>||</c>: a deciding operand (false for and, true for or) wins even if the other
    /// failed; otherwise unknowns (merged) win over errors.
    /// </summary>
    private Expression EmitLogical(CallExpr c, bool isAnd)
    {
        if (_strict)
        {
            var left = ToBool(Emit(c.Args[0]));
            var right = ToBool(Emit(c.Args[1]));
            return isAnd ? AndAlso(left, right) : OrElse(left, right);
        }

        var ea = Variable(typeof(Exception), "ea");
        var eb = Variable(typeof(Exception), "eb");
        var va = Variable(typeof(bool), "va");
        var vb = Variable(typeof(bool), "vb");
        var neutral = Constant(isAnd);
        var decided = Constant(!isAnd);
        Expression Decides(ParameterExpression e, ParameterExpression v) =>
            AndAlso(Equal(e, Constant(null, typeof(Exception))), isAnd ? Not(v) : v);

        var a = Guard(ToBool(Emit(c.Args[0])), ea, neutral);
        var b = Guard(ToBool(Emit(c.Args[1])), eb, neutral);
        var combine = Call(typeof(CelRuntime).GetMethod(nameof(CelRuntime.Combine))!, ea, eb);
        return Block(
            typeof(bool),
            [ea, eb, va, vb],
            Assign(ea, Constant(null, typeof(Exception))),
            Assign(eb, Constant(null, typeof(Exception))),
            Assign(va, a),
            Condition(
                Decides(ea, va),
                decided,
                Block(
                    Assign(vb, b),
                    Condition(
                        Decides(eb, vb),
                        decided,
                        Condition(
                            AndAlso(Equal(ea, Constant(null, typeof(Exception))), Equal(eb, Constant(null, typeof(Exception)))),
                            neutral,
                            Throw(combine, typeof(bool)))))));
    }

    /// <summary><c>try { body } catch (Exception e) { store = e; fallback }</c>.</summary>
    private static Expression Guard(Expression body, ParameterExpression store, Expression fallback)
    {
        var ex = Variable(typeof(Exception), "ex");
        return TryCatch(body, Catch(ex, Block(Assign(store, ex), fallback)));
    }
}

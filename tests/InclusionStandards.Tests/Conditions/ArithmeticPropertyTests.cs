using FsCheck.Xunit;
using InclusionStandards.Conditions;

namespace InclusionStandards.Tests.Conditions;

/// <summary>Properties: integer arithmetic matches checked C# arithmetic, and overflow is an error value, never an exception.</summary>
public class ArithmeticPropertyTests
{
    private static readonly CelEnvironment Env = CelEnvironment.Default.WithVariable("a", CelType.Int).WithVariable("b", CelType.Int);
    private static readonly Func<long, long, ConditionResult> Add = Compile("a + b");
    private static readonly Func<long, long, ConditionResult> Multiply = Compile("a * b");
    private static readonly Func<long, long, ConditionResult> Divide = Compile("a / b");
    private static readonly Func<long, long, ConditionResult> Less = Compile("a < b || a / b > 0");

    [Property]
    public bool Add_AnyInts_IsCheckedSumOrOverflowError(long a, long b) => Matches(Add(a, b), () => checked(a + b));

    [Property]
    public bool Multiply_AnyInts_IsCheckedProductOrOverflowError(long a, long b) => Matches(Multiply(a, b), () => checked(a * b));

    [Property]
    public bool Divide_AnyInts_IsQuotientOrError(long a, long b) => Matches(Divide(a, b), () => b == -1 && a == long.MinValue ? throw new OverflowException() : a / b);

    [Property]
    public bool Or_WithDivision_IsDecidedByTheLeftOrErrorsOnlyWhenUndecided(long a, long b)
    {
        var r = Less(a, b);
        return a < b ? r.IsTrue : b == 0 || (a == long.MinValue && b == -1) ? r.IsError : r.IsTrue == (a / b > 0);
    }

    private static bool Matches(ConditionResult r, Func<long> expected)
    {
        long value;
        try
        {
            value = expected();
        }
        catch (Exception e) when (e is OverflowException or DivideByZeroException)
        {
            return r.IsError;
        }

        return r.Kind == ConditionResultKind.Value && (long)r.Value! == value;
    }

    private static Func<long, long, ConditionResult> Compile(string text) =>
        Env.Compile(text).Condition!.GetDelegate<Func<long, long, ConditionResult>>();
}

using System.Text;
using InclusionStandards.Conditions.Syntax;
using InclusionStandards.Diagnostics;

namespace InclusionStandards.Validation;

/// <summary>
/// Finds operations on constants that can never give a value — <c>1 / 0</c>, <c>9223372036854775807 + 1</c> (integer
/// overflow), <c>string(b'\xff')</c> (bytes that are not UTF-8) — and map literals that repeat a constant key, and
/// reports them at load (STD403, at the operator). CEL only fails such operations when they run, which would leave
/// the criterion without an outcome for every organisation.
/// </summary>
internal static class ConstantOperations
{
    private static readonly object NotConstant = new();

    public static IEnumerable<Diagnostic> Check(BoundCondition condition)
    {
        var diagnostics = new List<Diagnostic>();
        if (condition.Checked?.Root is not { } root)
        {
            return diagnostics;
        }

        // The tree's height is bounded by the parser (a few hundred), so this walk's recursion is too.
        Fold(root);
        return diagnostics;

        object Fold(Expr e)
        {
            switch (e)
            {
                case LiteralExpr l:
                    return l.Value ?? NotConstant;
                case CallExpr c:
                    if (c.Target is { } t)
                    {
                        Fold(t);
                    }

                    var args = c.Args.Select(Fold).ToArray();
                    return Evaluate(c, args);
                case SelectExpr s:
                    Fold(s.Operand);
                    return NotConstant;
                case ListExpr l:
                    foreach (var x in l.Elements)
                    {
                        Fold(x);
                    }

                    return NotConstant;
                case MapExpr m:
                    var keys = new List<object>();
                    foreach (var (k, v) in m.Entries)
                    {
                        var key = Fold(k);
                        Fold(v);
                        if (key != NotConstant && keys.Any(seen => SameKey(seen, key)))
                        {
                            Report(k.Offset, $"the map literal gives the key {Show(key)} twice, so building it fails for every organisation");
                        }

                        keys.Add(key);
                    }

                    return NotConstant;
                case ComprehensionExpr x:
                    Fold(x.Range);
                    Fold(x.Body);
                    if (x.Filter is { } f)
                    {
                        Fold(f);
                    }

                    return NotConstant;
                default:
                    return NotConstant;
            }
        }

        object Evaluate(CallExpr c, object[] a)
        {
            if (a.Any(x => x == NotConstant))
            {
                return NotConstant;
            }

            try
            {
                switch (c.Function, a)
                {
                    case ("string", [byte[] bytes]) when c.Target is null:
                        return new UTF8Encoding(false, throwOnInvalidBytes: true).GetString(bytes);
                    case (Operators.Negate, [long x]):
                        return checked(-x);
                    case (Operators.Add, [long x, long y]):
                        return checked(x + y);
                    case (Operators.Subtract, [long x, long y]):
                        return checked(x - y);
                    case (Operators.Multiply, [long x, long y]):
                        return checked(x * y);
                    case (Operators.Divide, [long x, long y]):
                        return y == 0 ? Fail(c, "division by zero") : x == long.MinValue && y == -1 ? Fail(c, "integer overflow") : x / y;
                    case (Operators.Modulo, [long x, long y]):
                        return y == 0 ? Fail(c, "modulus by zero") : x == long.MinValue && y == -1 ? 0L : x % y;
                    case (Operators.Add, [ulong x, ulong y]):
                        return checked(x + y);
                    case (Operators.Subtract, [ulong x, ulong y]):
                        return checked(x - y);
                    case (Operators.Multiply, [ulong x, ulong y]):
                        return checked(x * y);
                    case (Operators.Divide, [ulong x, ulong y]):
                        return y == 0 ? Fail(c, "division by zero") : x / y;
                    case (Operators.Modulo, [ulong x, ulong y]):
                        return y == 0 ? Fail(c, "modulus by zero") : x % y;
                    case ("int", [string text]) when c.Target is null:
                        return long.TryParse(text, System.Globalization.NumberStyles.AllowLeadingSign, System.Globalization.CultureInfo.InvariantCulture, out var i) ? i : Fail(c, "int() of a text that is no 64-bit integer");
                    case ("uint", [string text]) when c.Target is null:
                        return ulong.TryParse(text, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var u) ? u : Fail(c, "uint() of a text that is no unsigned 64-bit integer");
                    case ("int", [double d]) when c.Target is null:
                        return double.IsFinite(d) && d >= -9.2233720368547758E18 && d < 9.2233720368547758E18 ? (long)d : Fail(c, "int() of a number outside the 64-bit range");
                    case ("uint", [double d]) when c.Target is null:
                        return double.IsFinite(d) && d >= 0 && d < 1.8446744073709552E19 ? (ulong)d : Fail(c, "uint() of a number outside the unsigned 64-bit range");
                    case ("uint", [long x]) when c.Target is null:
                        return x >= 0 ? (ulong)x : Fail(c, "uint() of a negative number");
                    case ("int", [ulong x]) when c.Target is null:
                        return x <= long.MaxValue ? (long)x : Fail(c, "int() of a number above the 64-bit range");
                    case ("double", [string text]) when c.Target is null:
                        return double.TryParse(text, System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out var f) && double.IsFinite(f) ? f : Fail(c, "double() of a text that is no finite number");
                    default:
                        return NotConstant;
                }
            }
            catch (OverflowException)
            {
                return Fail(c, "integer overflow: the result is outside the 64-bit range");
            }
            catch (DecoderFallbackException)
            {
                return Fail(c, "the bytes are not valid UTF-8, so they are no string");
            }
        }

        object Fail(CallExpr c, string what)
        {
            Report(c.Offset, $"{what} in an operation on constants, so the condition would fail for every organisation");
            return NotConstant;
        }

        void Report(int offset, string message) => diagnostics.Add(condition.ErrorAt(DiagnosticCodes.ConstantArgument, message, offset));
    }

    private static bool SameKey(object a, object b) => (a, b) switch
    {
        (long x, long y) => x == y,
        (ulong x, ulong y) => x == y,
        (long x, ulong y) => x >= 0 && (ulong)x == y,
        (ulong x, long y) => y >= 0 && x == (ulong)y,
        (string x, string y) => string.Equals(x, y, StringComparison.Ordinal),
        (bool x, bool y) => x == y,
        _ => false,
    };

    private static string Show(object key) => key switch
    {
        string s => $"'{s}'",
        bool b => b ? "true" : "false",
        _ => Convert.ToString(key, System.Globalization.CultureInfo.InvariantCulture) ?? "?",
    };
}

using System.Globalization;
using System.Text.RegularExpressions;

namespace InclusionStandards.Conditions.Runtime;

/// <summary>
/// The regular expressions conditions may use: those .NET's non-backtracking engine runs in time linear in the input
/// (no back-references, look-around, atomic groups, conditionals or <c>\G</c>), with repetition counts that keep the
/// pattern small once unrolled (at most <see cref="MaxUnrolled"/> elements, and no count above <see cref="MaxCount"/>).
/// Checked when the standards load (STD403 at the pattern) and again before a pattern built at run time is compiled.
/// </summary>
internal static class RegexSubset
{
    /// <summary>The largest repetition count (<c>{n}</c>, <c>{n,m}</c>).</summary>
    public const int MaxCount = 1000;

    /// <summary>The largest size a pattern may have once its counted repetitions are unrolled.</summary>
    public const long MaxUnrolled = 10_000;

    /// <summary>The longest pattern.</summary>
    public const int MaxLength = 1000;

    /// <summary>Why <paramref name="pattern"/> cannot be used, or null when it can.</summary>
    public static string? Problem(string pattern)
    {
        if (pattern.Length > MaxLength)
        {
            return $"the pattern is {pattern.Length} characters long; the limit is {MaxLength}";
        }

        if (Size(pattern) is { } size && size > MaxUnrolled)
        {
            return $"its repetitions unroll to about {size:N0} elements; the limit is {MaxUnrolled:N0} (nested counts multiply)";
        }

        if (CountProblem(pattern) is { } count)
        {
            return count;
        }

        try
        {
            _ = new Regex(pattern, RegexOptions.NonBacktracking | RegexOptions.CultureInvariant);
            return null;
        }
        catch (NotSupportedException e)
        {
            return $"it uses a construct the linear-time matcher does not support (back-references, look-around, atomic groups, conditionals, \\G): {e.Message}";
        }
        catch (ArgumentException e)
        {
            return e.Message;
        }
        catch (OutOfMemoryException)
        {
            return "it is too large to compile";
        }
    }

    private static string? CountProblem(string pattern)
    {
        for (var i = 0; i < pattern.Length; i++)
        {
            if (pattern[i] == '\\')
            {
                i++;
                continue;
            }

            if (pattern[i] == '{' && ReadCount(pattern, i, out var low, out var high, out _) && Math.Max(low, high) > MaxCount)
            {
                return $"the repetition count {Math.Max(low, high):N0} is above the limit of {MaxCount:N0}";
            }
        }

        return null;
    }

    /// <summary>
    /// The pattern's size with every counted repetition unrolled (an upper estimate: each atom counts one, a group the sum
    /// of its parts, a quantified atom or group its size times its largest count); null when the estimate overflows.
    /// </summary>
    private static long? Size(string pattern)
    {
        var stack = new Stack<long>();
        long current = 0;
        long last = 0; // the size of the last atom or group, which a quantifier multiplies
        var inClass = false;
        for (var i = 0; i < pattern.Length; i++)
        {
            var c = pattern[i];
            if (c == '\\')
            {
                i++;
                last = 1;
                current = checked(current + 1);
                continue;
            }

            if (inClass)
            {
                inClass = c != ']';
                continue;
            }

            switch (c)
            {
                case '[':
                    inClass = true;
                    last = 1;
                    current = checked(current + 1);
                    break;
                case '(':
                    stack.Push(current);
                    current = 0;
                    break;
                case ')':
                    last = Math.Max(1, current);
                    current = checked((stack.Count > 0 ? stack.Pop() : 0) + last);
                    break;
                case '{' when ReadCount(pattern, i, out var low, out var high, out var end):
                    var times = Math.Max(1, Math.Min(Math.Max(low, high), 1_000_000_000L));
                    try
                    {
                        current = checked(current - last + (last * times));
                        last = checked(last * times);
                    }
                    catch (OverflowException)
                    {
                        return long.MaxValue;
                    }

                    i = end;
                    break;
                case '*' or '+' or '?' or '|':
                    break;
                default:
                    last = 1;
                    current = checked(current + 1);
                    break;
            }
        }

        while (stack.Count > 0)
        {
            current = checked(current + stack.Pop());
        }

        return current;
    }

    /// <summary>Reads <c>{n}</c>, <c>{n,}</c> or <c>{n,m}</c> at <paramref name="at"/> (ASCII digits; huge counts saturate).</summary>
    private static bool ReadCount(string pattern, int at, out long low, out long high, out int end)
    {
        low = high = 0;
        end = pattern.IndexOf('}', at);
        if (end < 0)
        {
            return false;
        }

        var body = pattern.AsSpan(at + 1, end - at - 1);
        var comma = body.IndexOf(',');
        var first = comma < 0 ? body : body[..comma];
        var second = comma < 0 ? body : body[(comma + 1)..];
        if (first.Length == 0 || !IsDigits(first) || (second.Length > 0 && !IsDigits(second)))
        {
            return false;
        }

        low = Saturate(first);
        high = second.Length == 0 ? low : Saturate(second);
        return true;
    }

    private static bool IsDigits(ReadOnlySpan<char> s)
    {
        foreach (var c in s)
        {
            if (c is < '0' or > '9')
            {
                return false;
            }
        }

        return true;
    }

    private static long Saturate(ReadOnlySpan<char> digits) =>
        digits.Length > 12 ? 1_000_000_000_000 : long.Parse(digits, NumberStyles.None, CultureInfo.InvariantCulture);
}

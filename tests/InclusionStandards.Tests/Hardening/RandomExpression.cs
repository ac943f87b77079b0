using System.Globalization;
using System.Text;

namespace InclusionStandards.Tests.Hardening;

/// <summary>
/// Random well-typed condition expressions (a bool at the top) over <c>n: int</c>, <c>s: string</c>,
/// <c>xs: list(int)</c> and <c>m: map(string, dyn)</c>, from a seed; depth at most 6.
/// </summary>
internal static class RandomExpression
{
    private static readonly string[] IntLiterals = ["0", "1", "-1", "2", "7", "100", "9223372036854775807", "-9223372036854775807"];
    private static readonly string[] StringLiterals = ["''", "'a'", "'abc'", "'é'", "'\\n'", "\"x\""];
    private static readonly string[] Patterns = ["'^a+$'", "'(a+)+$'", "'[0-9]{2,}'", "'^$'", "'é|b'"];

    public static string Build(int seed)
    {
        var sb = new StringBuilder();
        Bool(new Random(seed), sb, 0);
        return sb.ToString();
    }

    private static void Bool(Random r, StringBuilder sb, int d)
    {
        switch (d > 5 ? r.Next(2) : r.Next(13))
        {
            case 0: sb.Append(r.Next(2) == 0 ? "true" : "false"); break;
            case 1: sb.Append("has(m.k)"); break;
            case 2: Binary(r, sb, d, Int, r.Next(2) == 0 ? " < " : " >= ", Int); break;
            case 3: Binary(r, sb, d, Int, " == ", Int); break;
            case 4: Binary(r, sb, d, Str, " != ", Str); break;
            case 5: Binary(r, sb, d, Bool, " && ", Bool); break;
            case 6: Binary(r, sb, d, Bool, " || ", Bool); break;
            case 7: sb.Append("!("); Bool(r, sb, d + 1); sb.Append(')'); break;
            case 8: Str(r, sb, d + 1); sb.Append(r.Next(2) == 0 ? ".startsWith(" : ".contains("); Str(r, sb, d + 1); sb.Append(')'); break;
            case 9: Str(r, sb, d + 1); sb.Append(".matches(").Append(Patterns[r.Next(Patterns.Length)]).Append(')'); break;
            case 10: List(r, sb, d + 1); sb.Append(r.Next(2) == 0 ? ".exists(x, x > " : ".all(x, x != "); Int(r, sb, d + 1); sb.Append(')'); break;
            case 11: Binary(r, sb, d, Int, " in ", List); break;
            default: sb.Append('('); Bool(r, sb, d + 1); sb.Append(" ? "); Bool(r, sb, d + 1); sb.Append(" : "); Bool(r, sb, d + 1); sb.Append(')'); break;
        }
    }

    private static void Int(Random r, StringBuilder sb, int d)
    {
        switch (d > 5 ? r.Next(2) : r.Next(9))
        {
            case 0: sb.Append(IntLiterals[r.Next(IntLiterals.Length)]); break;
            case 1: sb.Append('n'); break;
            case 2: Binary(r, sb, d, Int, " + ", Int); break;
            case 3: Binary(r, sb, d, Int, " * ", Int); break;
            case 4: Binary(r, sb, d, Int, r.Next(2) == 0 ? " / " : " % ", Int); break;
            case 5: sb.Append("size("); Str(r, sb, d + 1); sb.Append(')'); break;
            case 6: List(r, sb, d + 1); sb.Append(".size()"); break;
            case 7: List(r, sb, d + 1); sb.Append('['); Int(r, sb, d + 1); sb.Append(']'); break;
            default: sb.Append("-(").Append(r.Next(1000).ToString(CultureInfo.InvariantCulture)).Append(')'); break;
        }
    }

    private static void Str(Random r, StringBuilder sb, int d)
    {
        switch (d > 5 ? r.Next(2) : r.Next(4))
        {
            case 0: sb.Append(StringLiterals[r.Next(StringLiterals.Length)]); break;
            case 1: sb.Append('s'); break;
            case 2: Binary(r, sb, d, Str, " + ", Str); break;
            default: sb.Append("string("); Int(r, sb, d + 1); sb.Append(')'); break;
        }
    }

    private static void List(Random r, StringBuilder sb, int d)
    {
        switch (d > 5 ? 0 : r.Next(5))
        {
            case 0: sb.Append("xs"); break;
            case 1: sb.Append('['); Int(r, sb, d + 1); sb.Append(", "); Int(r, sb, d + 1); sb.Append(']'); break;
            case 2: List(r, sb, d + 1); sb.Append(".map(x, x * 2)"); break;
            case 3: List(r, sb, d + 1); sb.Append(".filter(x, x > "); Int(r, sb, d + 1); sb.Append(')'); break;
            default: Binary(r, sb, d, List, " + ", List); break;
        }
    }

    private static void Binary(Random r, StringBuilder sb, int d, Action<Random, StringBuilder, int> left, string op, Action<Random, StringBuilder, int> right)
    {
        sb.Append('(');
        left(r, sb, d + 1);
        sb.Append(op);
        right(r, sb, d + 1);
        sb.Append(')');
    }
}

using FsCheck;
using FsCheck.Fluent;

namespace InclusionStandards.Tests.Hardening;

/// <summary>FsCheck generators of edits to YAML texts: delete, duplicate or swap lines, change scalars, insert garbage, truncate.</summary>
internal static class TextMutator
{
    /// <summary>Fragments that stress a YAML reader and the readers behind it.</summary>
    public static readonly string[] Garbage =
    [
        "&a", "*a", "*undefined", "!!binary", "!!python/object", "{", "}", "[", "]", "- ", "? ", "'", "\"", "\t", "\0",
        "\uFFFF", "\uD800", "%YAML 1.1", "---", "...", "<<: *a", "99999999999999999999999", "-1", "1e400", "-0.0", ".nan",
        ".inf", "null", "~", "true", "2024-02-30", "0001-01-01", "9999-12-31", "é", "\u202E", "a: b: c", "|", ">", "#",
        "@", "`", "${x}", "x: &a [*a]", "[[[[[[[[[[[[", "{a: {b: {c: {d:", "''", "\"\\u0000\"", "\r", "\r\n", ": ",
        new string('x', 5000), "0x7fffffffffffffff", "1_000", "+12", "0o17", "yes", "NO", "=", "!", "&", "*",
    ];

    private static readonly Gen<Mutation> One =
        from kind in Gen.Elements(Enum.GetValues<MutationKind>())
        from a in Gen.Choose(0, 1_000_000)
        from b in Gen.Choose(0, 1_000_000)
        from garbage in Gen.Elements(Garbage)
        select new Mutation(kind, a, b, garbage);

    /// <summary>One to four edits.</summary>
    public static readonly Gen<Mutation[]> Edits =
        from first in One
        from more in One.ListOf()
        select more.Take(3).Prepend(first).ToArray();

    /// <summary>A source text (name, text) with edits applied; the edits are kept so a failure shows them.</summary>
    public static Gen<(string Name, string Text, Mutation[] Edits)> Mutated(IReadOnlyList<(string Name, string Text)> sources) =>
        from source in Gen.Elements(sources.ToArray())
        from edits in Edits
        select (source.Name, Apply(source.Text, edits), edits);

    public static string Apply(string text, IEnumerable<Mutation> edits) => edits.Aggregate(text, Apply);

    public static string Apply(string text, Mutation m)
    {
        var lines = text.Split('\n').ToList();
        var i = m.A % lines.Count;
        var j = m.B % lines.Count;
        switch (m.Kind)
        {
            case MutationKind.DeleteLine:
                lines.RemoveAt(i);
                break;
            case MutationKind.DuplicateLine:
                lines.Insert(i, lines[i]);
                break;
            case MutationKind.SwapLines:
                (lines[i], lines[j]) = (lines[j], lines[i]);
                break;
            case MutationKind.ChangeScalar:
                var colon = lines[i].IndexOf(": ", StringComparison.Ordinal);
                lines[i] = colon >= 0 ? lines[i][..(colon + 2)] + m.Garbage : lines[i] + m.Garbage;
                break;
            case MutationKind.InsertGarbage:
                return text.Insert(m.A % (text.Length + 1), m.Garbage);
            case MutationKind.Truncate:
                return text[..(m.A % (text.Length + 1))];
            case MutationKind.Indent:
                lines[i] = "  " + lines[i];
                break;
            case MutationKind.Dedent:
                lines[i] = lines[i].StartsWith("  ", StringComparison.Ordinal) ? lines[i][2..] : lines[i].TrimStart();
                break;
            case MutationKind.ReplaceCharacter:
                if (text.Length == 0)
                {
                    return m.Garbage;
                }

                var at = m.A % text.Length;
                return text[..at] + m.Garbage[..Math.Min(1, m.Garbage.Length)] + text[(at + 1)..];
        }

        return string.Join('\n', lines);
    }
}

using System.Text;
using System.Text.RegularExpressions;

namespace InclusionStandards.Tests.Hardening;

/// <summary>Random YAML documents made of the keys, kinds and scalars of the shipped standards, plus garbage.</summary>
internal static partial class RandomYaml
{
    private static readonly Lazy<(string[] Keys, string[] Kinds, string[] Scalars)> Vocabulary = new(() =>
    {
        var texts = HardeningData.StandardsFiles.Select(f => f.Text).ToArray();
        var keys = texts.SelectMany(t => KeyPattern().Matches(t).Select(m => m.Groups[1].Value)).Distinct().Order(StringComparer.Ordinal).ToArray();
        var kinds = texts.SelectMany(t => KindPattern().Matches(t).Select(m => m.Groups[1].Value)).Distinct().Order(StringComparer.Ordinal).ToArray();
        var scalars = texts.SelectMany(t => ScalarPattern().Matches(t).Select(m => m.Groups[1].Value.Trim()))
            .Where(s => s.Length is > 0 and < 200).Distinct().Order(StringComparer.Ordinal).Concat(TextMutator.Garbage).ToArray();
        return (keys, kinds, scalars);
    });

    /// <summary>A document with a known <c>kind</c> and random content, from a seed.</summary>
    public static string Build(int seed)
    {
        var random = new Random(seed);
        var (keys, kinds, _) = Vocabulary.Value;
        var sb = new StringBuilder();
        sb.Append("kind: ").Append(kinds[random.Next(kinds.Length)]).Append('\n');
        var entries = random.Next(1, 8);
        for (var i = 0; i < entries; i++)
        {
            sb.Append(keys[random.Next(keys.Length)]).Append(": ");
            Value(random, sb, 0);
            sb.Append('\n');
        }

        return sb.ToString();
    }

    private static void Value(Random random, StringBuilder sb, int depth)
    {
        var (keys, _, scalars) = Vocabulary.Value;
        var choice = depth > 4 ? 0 : random.Next(4);
        if (choice == 1)
        {
            sb.Append('[');
            for (var i = random.Next(4); i > 0; i--)
            {
                Value(random, sb, depth + 1);
                sb.Append(i > 1 ? ", " : string.Empty);
            }

            sb.Append(']');
        }
        else if (choice == 2)
        {
            sb.Append('{');
            for (var i = random.Next(4); i > 0; i--)
            {
                sb.Append(keys[random.Next(keys.Length)]).Append(": ");
                Value(random, sb, depth + 1);
                sb.Append(i > 1 ? ", " : string.Empty);
            }

            sb.Append('}');
        }
        else
        {
            var scalar = scalars[random.Next(scalars.Length)];
            sb.Append(random.Next(3) == 0 ? scalar : "'" + scalar.Replace("'", "''", StringComparison.Ordinal) + "'");
        }
    }

    [GeneratedRegex(@"^\s*(?:-\s+)?([A-Za-z][\w-]*):", RegexOptions.Multiline)]
    private static partial Regex KeyPattern();

    [GeneratedRegex(@"^kind:\s*(\S+)", RegexOptions.Multiline)]
    private static partial Regex KindPattern();

    [GeneratedRegex(@":[ ]+([^\n#{}\[\]&*]+)$", RegexOptions.Multiline)]
    private static partial Regex ScalarPattern();
}

using System.Text;

namespace InclusionStandards.Tests.Hardening;

/// <summary>
/// Shuffles the items of every block sequence in a YAML text (items stay whole; nested sequences are shuffled too;
/// items that define an anchor stay ahead of the others, as aliases must follow their anchor).
/// </summary>
internal static class YamlListShuffler
{
    public static string Shuffle(string text, Random random)
    {
        var lines = text.Split('\n');
        var sb = new StringBuilder();
        foreach (var line in ShuffleRange(lines, 0, lines.Length, random))
        {
            sb.Append(line).Append('\n');
        }

        return sb.ToString(0, sb.Length - 1);
    }

    private static List<string> ShuffleRange(string[] lines, int start, int end, Random random)
    {
        var result = new List<string>();
        var i = start;
        while (i < end)
        {
            if (!IsItem(lines[i], out var indent))
            {
                result.Add(lines[i++]);
                continue;
            }

            var items = new List<List<string>>();
            while (i < end && IsItem(lines[i], out var itemIndent) && itemIndent == indent)
            {
                var itemEnd = i + 1;
                while (itemEnd < end && Indent(lines[itemEnd]) > indent && lines[itemEnd].Trim().Length > 0)
                {
                    itemEnd++;
                }

                var item = new List<string> { lines[i] };
                item.AddRange(ShuffleRange(lines, i + 1, itemEnd, random));
                items.Add(item);
                i = itemEnd;
            }

            random.Shuffle(System.Runtime.InteropServices.CollectionsMarshal.AsSpan(items));

            // YAML needs an anchor (&x) before its aliases (*x): items that define one go first, the rest stay shuffled.
            result.AddRange(items.OrderBy(x => x.Any(l => l.Contains(" &", StringComparison.Ordinal)) ? 0 : 1).SelectMany(x => x));
        }

        return result;
    }

    private static bool IsItem(string line, out int indent)
    {
        indent = Indent(line);
        return line.AsSpan(indent).StartsWith("- ", StringComparison.Ordinal);
    }

    private static int Indent(string line) => line.Length - line.TrimStart(' ').Length;
}

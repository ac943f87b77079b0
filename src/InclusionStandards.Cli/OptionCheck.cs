using System.CommandLine;

namespace InclusionStandards.Cli;

/// <summary>
/// Refuses unknown options before anything runs: a token that looks like an option (<c>-x</c>, <c>--name</c>,
/// <c>--name=value</c>) and is none of the command's is an error with the closest option as a suggestion, instead
/// of being taken for a file name. Tokens after <c>--</c> and the values of options are not checked.
/// </summary>
internal static class OptionCheck
{
    /// <summary>The error line (CLI030) for the first unknown option, or null when every option is known.</summary>
    public static string? Find(RootCommand root, IReadOnlyList<string> args)
    {
        Command command = root;
        var known = Names(root);
        for (var i = 0; i < args.Count; i++)
        {
            var token = args[i];
            if (token == "--")
            {
                return null;
            }

            if (command == root && root.Subcommands.FirstOrDefault(c => c.Name == token) is { } sub)
            {
                command = sub;
                known = Names(sub);
                continue;
            }

            if (token.Length < 2 || token[0] != '-' || double.TryParse(token, System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out _))
            {
                continue;
            }

            var name = token.Split('=', 2)[0];
            if (known.TryGetValue(name, out var option))
            {
                if (!token.Contains('=', StringComparison.Ordinal) && option is not null && TakesValue(option))
                {
                    i++; // its value, whatever it looks like
                }

                continue;
            }

            var where = command == root ? "inclusion" : $"inclusion {command.Name}";
            var suggestion = Suggest(name, known.Keys);
            return $"error {CliCodes.UnknownOption}: unknown option '{name}' for '{where}'{(suggestion is null ? "" : $"; did you mean '{suggestion}'?")} "
                + $"(its options: {string.Join(", ", known.Keys.Where(k => k.StartsWith("--", StringComparison.Ordinal)).Order(StringComparer.Ordinal))}). Nothing was run.";
        }

        return null;
    }

    private static bool TakesValue(Option option) => option.ValueType != typeof(bool) && option.Arity.MaximumNumberOfValues > 0;

    private static Dictionary<string, Option?> Names(Command command)
    {
        var names = new Dictionary<string, Option?>(StringComparer.Ordinal) { ["--help"] = null, ["-h"] = null, ["-?"] = null, ["/?"] = null, ["/h"] = null };
        if (command is RootCommand)
        {
            names["--version"] = null;
        }

        foreach (var o in command.Options)
        {
            names[o.Name] = o;
            foreach (var a in o.Aliases)
            {
                names[a] = o;
            }
        }

        return names;
    }

    private static string? Suggest(string name, IEnumerable<string> candidates)
    {
        var best = candidates.Where(c => c.StartsWith("--", StringComparison.Ordinal) == name.StartsWith("--", StringComparison.Ordinal) || name.Length > 3)
            .Select(c => (c, d: Distance(name.TrimStart('-'), c.TrimStart('-'))))
            .OrderBy(x => x.d).ThenBy(x => x.c, StringComparer.Ordinal).FirstOrDefault();
        if (best.c is not null && best.d <= Math.Max(2, name.TrimStart('-').Length / 3))
        {
            return best.c;
        }

        // --output for --out, --dir for --out-dir: a known option that the word starts with, or that starts with it.
        var bare = name.TrimStart('-');
        return candidates.Where(c => c.StartsWith("--", StringComparison.Ordinal) && c.Length > 3)
            .Where(c => bare.StartsWith(c[2..], StringComparison.OrdinalIgnoreCase) || c[2..].EndsWith(bare, StringComparison.OrdinalIgnoreCase))
            .OrderByDescending(c => c.Length).FirstOrDefault();
    }

    /// <summary>Edit distance counting a swap of two neighbouring letters as one edit (fromat → format is 1).</summary>
    private static int Distance(string a, string b)
    {
        var d = new int[a.Length + 1, b.Length + 1];
        for (var i = 0; i <= a.Length; i++)
        {
            d[i, 0] = i;
        }

        for (var j = 0; j <= b.Length; j++)
        {
            d[0, j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = char.ToLowerInvariant(a[i - 1]) == char.ToLowerInvariant(b[j - 1]) ? 0 : 1;
                d[i, j] = Math.Min(Math.Min(d[i - 1, j] + 1, d[i, j - 1] + 1), d[i - 1, j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                {
                    d[i, j] = Math.Min(d[i, j], d[i - 2, j - 2] + 1);
                }
            }
        }

        return d[a.Length, b.Length];
    }
}

using System.Globalization;

namespace InclusionStandards.Cli.Output;

/// <summary>SemVer 2.0 precedence (§11): major, minor, patch numerically; a pre-release is below its release; build metadata is ignored.</summary>
internal static class SemVer
{
    /// <summary>Negative when <paramref name="a"/> precedes <paramref name="b"/>; 0 when equal or either is not a version.</summary>
    public static int Compare(string a, string b)
    {
        if (Parse(a) is not { } x || Parse(b) is not { } y)
        {
            return 0;
        }

        for (var i = 0; i < 3; i++)
        {
            if (x.Core[i] != y.Core[i])
            {
                return x.Core[i].CompareTo(y.Core[i]);
            }
        }

        return (x.Pre, y.Pre) switch
        {
            (null, null) => 0,
            (null, _) => 1,
            (_, null) => -1,
            _ => ComparePre(x.Pre.Split('.'), y.Pre.Split('.')),
        };
    }

    private static int ComparePre(string[] a, string[] b)
    {
        for (var i = 0; i < Math.Min(a.Length, b.Length); i++)
        {
            var (na, nb) = (long.TryParse(a[i], NumberStyles.None, CultureInfo.InvariantCulture, out var ia), long.TryParse(b[i], NumberStyles.None, CultureInfo.InvariantCulture, out var ib));
            var c = (na, nb) switch
            {
                (true, true) => ia.CompareTo(ib),
                (true, false) => -1,
                (false, true) => 1,
                _ => string.CompareOrdinal(a[i], b[i]),
            };
            if (c != 0)
            {
                return c;
            }
        }

        return a.Length.CompareTo(b.Length);
    }

    private static (long[] Core, string? Pre)? Parse(string version)
    {
        var text = version.Split('+')[0];
        var dash = text.IndexOf('-', StringComparison.Ordinal);
        var core = (dash >= 0 ? text[..dash] : text).Split('.');
        if (core.Length != 3)
        {
            return null;
        }

        var numbers = new long[3];
        for (var i = 0; i < 3; i++)
        {
            if (!long.TryParse(core[i], NumberStyles.None, CultureInfo.InvariantCulture, out numbers[i]))
            {
                return null;
            }
        }

        return (numbers, dash >= 0 ? text[(dash + 1)..] : null);
    }
}

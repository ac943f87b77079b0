using System.Globalization;
using System.Reflection;
using System.Text.RegularExpressions;

namespace InclusionStandards.Benchmarks.Scale;

/// <summary>
/// Writes synthetic organisations for the scale run: each file is one of the shipped example organisations
/// (strong, struggling, partial evidence; embedded in this assembly) with its survey percentages and rates jittered
/// by up to ±20 % (capped at 100) and its own ODS code and name. Deterministic for a given seed and count.
/// </summary>
internal static partial class OrganisationGenerator
{
    private static readonly string[] Templates = ["strong-acute-trust", "struggling-trust", "icb-partial-evidence"];

    /// <summary>Writes <paramref name="count"/> evidence files named <c>org-000001.yaml</c>… into <paramref name="directory"/>.</summary>
    public static void Write(int count, string directory, int seed)
    {
        Directory.CreateDirectory(directory);
        var templates = Templates.Select(Example).ToArray();
        var rnd = new Random(seed);
        for (var i = 1; i <= count; i++)
        {
            var text = Organisation(templates[rnd.Next(templates.Length)], i, rnd);
            File.WriteAllText(Path.Combine(directory, string.Create(CultureInfo.InvariantCulture, $"org-{i:D6}.yaml")), text);
        }
    }

    /// <summary>The text of one synthetic organisation made from <paramref name="template"/>.</summary>
    internal static string Organisation(string template, int number, Random rnd)
    {
        var ods = string.Create(CultureInfo.InvariantCulture, $"SYN{number:D6}");
        var text = OdsCode().Replace(template, $"odsCode: {ods}, name: Synthetic organisation {ods},", 1);
        return Percentage().Replace(text, m =>
        {
            var value = double.Parse(m.Value, CultureInfo.InvariantCulture) * (0.8 + (0.4 * rnd.NextDouble()));
            return Math.Min(100, Math.Round(value, 1)).ToString("0.0", CultureInfo.InvariantCulture);
        });
    }

    /// <summary>A shipped example organisation, embedded from <c>standards/examples</c>.</summary>
    internal static string Example(string name)
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream($"examples/{name}.yaml")
            ?? throw new InvalidOperationException($"The example '{name}' is not embedded.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }

    [GeneratedRegex(@"odsCode: [^,]+, name: [^,]+,")]
    private static partial Regex OdsCode();

    [GeneratedRegex(@"(?<![\w.'-])\d+\.\d+(?![\w.'-])")]
    private static partial Regex Percentage();
}

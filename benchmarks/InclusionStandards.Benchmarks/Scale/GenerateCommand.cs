using System.Globalization;

namespace InclusionStandards.Benchmarks.Scale;

/// <summary>
/// The <c>generate</c> mode of the benchmarks program: <c>generate --count N --out DIR [--seed S]</c> writes N
/// synthetic organisations (see <see cref="OrganisationGenerator"/>) for <c>inclusion evaluate DIR --jsonl</c>.
/// </summary>
internal static class GenerateCommand
{
    /// <summary>True when <paramref name="args"/> ask for the generate mode.</summary>
    public static bool Matches(string[] args) => args.Length > 0 && args[0] == "generate";

    /// <summary>Runs the mode; returns the process exit code.</summary>
    public static int Run(string[] args)
    {
        int? count = null;
        string? output = null;
        var seed = 42;
        for (var i = 1; i + 1 < args.Length; i += 2)
        {
            switch (args[i])
            {
                case "--count": count = int.Parse(args[i + 1], CultureInfo.InvariantCulture); break;
                case "--out": output = args[i + 1]; break;
                case "--seed": seed = int.Parse(args[i + 1], CultureInfo.InvariantCulture); break;
                default: return Usage($"unknown option '{args[i]}'");
            }
        }

        if (count is not > 0 || output is null)
        {
            return Usage("--count N (N > 0) and --out DIR are required");
        }

        OrganisationGenerator.Write(count.Value, output, seed);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Wrote {count} organisations to {output} (seed {seed})."));
        return 0;
    }

    private static int Usage(string problem)
    {
        Console.Error.WriteLine($"error: {problem}. Usage: generate --count N --out DIR [--seed S]");
        return 2;
    }
}

using InclusionStandards.CelConformance;

// Usage: InclusionStandards.CelConformance <directory-of-json-files> [subset.json] [--verbose]
var positional = args.Where(a => !a.StartsWith("--", StringComparison.Ordinal)).ToArray();
if (positional.Length is < 1 or > 2 || !Directory.Exists(positional[0]))
{
    Console.Error.WriteLine("usage: InclusionStandards.CelConformance <directory> [subset.json] [--verbose]");
    return 2;
}

var totals = ConformanceRunner.Run(positional[0], positional.ElementAtOrDefault(1), Console.Out, args.Contains("--verbose"));
return totals.Failed == 0 ? 0 : 1;

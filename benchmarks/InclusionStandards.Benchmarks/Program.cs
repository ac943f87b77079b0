using BenchmarkDotNet.Running;
using InclusionStandards.Benchmarks.Scale;

if (GenerateCommand.Matches(args))
{
    return GenerateCommand.Run(args);
}

BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
return 0;

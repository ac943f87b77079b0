using BenchmarkDotNet.Running;
using InclusionStandards.Benchmarks.Batch;
using InclusionStandards.Benchmarks.Scale;

if (GenerateCommand.Matches(args))
{
    return GenerateCommand.Run(args);
}

if (BatchProfileCommand.Matches(args))
{
    return BatchProfileCommand.Run(args);
}

BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
return 0;

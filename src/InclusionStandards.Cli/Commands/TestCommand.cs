using InclusionStandards.Validation;
using System.CommandLine;
using InclusionStandards.Testing;
using InclusionStandards.Loading;

namespace InclusionStandards.Cli.Commands;

/// <summary>
/// <c>inclusion test [PATH…] [--standards DIR] [--coverage] [--engine own|nrules|direct]</c>: runs the YAML rule tests (default: <c>standards/tests</c>
/// when it exists) against the standards they belong to (see <see cref="RuleTestFiles.StandardsDirectoryAmong"/>); prints
/// one line per failing expectation and ends with <c>N passed, N failed</c>; exit 0 all pass, 1 any fail. With
/// <c>--coverage</c> it also lists each outcome a criterion can give that no test expects (see
/// <see cref="RuleTestCoverage"/>) and exits 1 when there is one.
/// </summary>
internal static class TestCommand
{
    public static Command Create()
    {
        var paths = new Argument<string[]>("paths") { Description = "Rule test files or directories (default: standards/tests).", Arity = ArgumentArity.ZeroOrMore };
        var standards = new Option<string?>("--standards") { Description = "A standards directory (default: the standards folder the tests belong to, e.g. standards for standards/tests; else the embedded standards)." };
        var coverage = new Option<bool>("--coverage") { Description = "Also list each outcome a criterion can give (met, not-met, partially-met, insufficient-evidence, not-applicable) that no rule test expects; exit 1 when any is uncovered." };
        var engine = EvaluationSetup.EngineOption();
        var command = new Command("test", "Run the YAML rule tests of the standards.") { paths, standards, coverage, engine };
        command.SetAction(parse =>
        {
            var output = parse.InvocationConfiguration.Output;
            var error = parse.InvocationConfiguration.Error;
            string[] given = parse.GetValue(paths) is { Length: > 0 } p ? p : [Path.Combine("standards", "tests")];
            var (compiled, _) = EvaluationSetup.Compile(parse.GetValue(standards) ?? RuleTestFiles.StandardsDirectoryAmong(given), error, EvaluationSetup.Engine(parse.GetValue(engine)));
            if (compiled is null)
            {
                return ExitCodes.BadInput;
            }

            var files = RuleTestFiles.Find(given);
            var load = StandardsLoader.LoadPaths(files, new LoaderOptions { SkipFolders = [] });
            foreach (var d in load.Diagnostics.Where(d => d.IsError))
            {
                error.WriteLine(d);
            }

            if (load.RuleTests.IsEmpty && !load.HasErrors)
            {
                // Reporting "0 passed, 0 failed" as a success would let a misnamed folder pass CI.
                error.WriteLine($"error CLI023: no rule tests in {string.Join(", ", given.Select(p => $"'{Diagnostics.DiagnosticText.Escape(p)}'"))} (files of kind: rule-tests with at least one test); nothing was tested.");
                return ExitCodes.BadInput;
            }

            var runner = new RuleTestRunner(compiled);
            int passed = 0, failed = 0;
            foreach (var file in load.RuleTests.OrderBy(f => f.File, StringComparer.Ordinal))
            {
                foreach (var outcome in runner.Run(file))
                {
                    if (outcome.Passed)
                    {
                        passed++;
                    }
                    else
                    {
                        failed++;
                        output.WriteLine(outcome);
                    }
                }
            }

            var uncovered = 0;
            if (parse.GetValue(coverage))
            {
                var measured = RuleTestCoverage.Of(compiled, load.RuleTests);
                foreach (var gap in measured.Uncovered)
                {
                    output.WriteLine(gap);
                }

                uncovered = measured.Uncovered.Length;
                output.WriteLine($"coverage: {measured.Covered} of {measured.Possible} criterion outcomes expected by a test, {uncovered} uncovered");
            }

            output.WriteLine($"{passed} passed, {failed} failed");
            return failed > 0 || uncovered > 0 || load.HasErrors ? ExitCodes.Errors : ExitCodes.Ok;
        });
        return command;
    }
}

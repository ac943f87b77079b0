using InclusionStandards.Assessments.Json;
using InclusionStandards.Assessments;
using InclusionStandards.Evaluation;
using InclusionStandards.Hosting;
using InclusionStandards.Loading;
using InclusionStandards.Tests.Evaluation;
using InclusionStandards.Validation;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using InclusionStandards.TestSupport;

namespace InclusionStandards.Tests.Hosting;

public sealed class AddInclusionStandardsTests
{
    private static readonly string Evidence = File.ReadAllText(TestCatalog.Example("strong-acute-trust.yaml"));

    [Fact]
    public void Resolve_Defaults_CompilesEmbeddedStandardsOnce_AndAssessesLikeTheEvaluator()
    {
        using var provider = new ServiceCollection().AddInclusionStandards().BuildServiceProvider();

        var assessor = provider.GetRequiredService<IAssessmentService>();
        var result = assessor.Assess(Evidence, "evidence.yaml");

        Assert.Same(provider.GetRequiredService<CompiledStandards>(), assessor.Standards);
        Assert.Same(assessor, provider.GetRequiredService<IAssessmentService>());
        Assert.Equal(StandardsLoader.LoadEmbedded().Catalog.ContentHash, assessor.Standards.Catalog.ContentHash);
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        var document = assessor.Standards.Evidence.Parse(Evidence, "evidence.yaml").Document!;
        var direct = provider.GetRequiredService<Evaluator>().Evaluate(document, document.AssessmentDate!.Value);
        Assert.Equal(AssessmentJson.Serialize(direct), AssessmentJson.Serialize(result.Assessment));
    }

    [Fact]
    public void Assess_DateBeforeThePeriodStarts_IsRefusedLikeTheCli()
    {
        using var provider = new ServiceCollection().AddInclusionStandards().BuildServiceProvider();
        var assessor = provider.GetRequiredService<IAssessmentService>();
        var document = assessor.Standards.Evidence.Parse(Evidence, "evidence.yaml").Document!;
        var early = document.Period.Start.AddDays(-1);

        var result = assessor.Assess(Evidence, "evidence.yaml", early);

        Assert.False(result.Succeeded);
        Assert.Null(result.Assessment);
        Assert.Contains(result.Diagnostics, d => d.IsError && d.Code == InclusionStandards.Evidence.EvidenceCodes.BadPeriod && d.Location!.File == "evidence.yaml");
        Assert.Throws<ArgumentOutOfRangeException>(() => provider.GetRequiredService<Evaluator>().Evaluate(document, early));
        Assert.Throws<ArgumentOutOfRangeException>(() => assessor.Assess(document, default));
        Assert.Throws<ArgumentOutOfRangeException>(() => LiveEvaluation.Start(assessor.Standards, document, early));
        Assert.True(assessor.Assess(Evidence, "evidence.yaml", document.Period.Start).Succeeded);
    }

    [Fact]
    public void StartupValidation_CompilesTheStandards_BeforeAnyRequest()
    {
        var logs = new CapturingLoggerFactory();
        using var provider = new ServiceCollection().AddSingleton<ILoggerFactory>(logs).AddInclusionStandards().BuildServiceProvider();

        provider.GetRequiredService<IStartupValidator>().Validate();

        var compiled = Assert.Single(logs.Entries, e => e.Id.Id == 1000);
        Assert.Contains(StandardsLoader.LoadEmbedded().Catalog.ContentHash, compiled.Message);
        _ = provider.GetRequiredService<IAssessmentService>().Assess(Evidence, "evidence.yaml");
        Assert.Single(logs.Entries, e => e.Id.Id == 1000);
        Assert.Single(logs.Entries, e => e.Id.Id == 1010 && e.Message.Contains("RZZ01", StringComparison.Ordinal));
    }

    [Fact]
    public void StartupValidation_BadOptions_ReportsEveryErrorTogether()
    {
        var missing = Path.Combine(Path.GetTempPath(), "no-such-standards-" + Guid.NewGuid().ToString("N"));
        using var provider = new ServiceCollection().AddInclusionStandards(o =>
        {
            o.UseEmbeddedStandards = false;
            o.StandardsDirectories.Add(" ");
            o.StandardsDirectories.Add(missing);
            o.EvidenceLimits = o.EvidenceLimits with { MaxDepth = 0 };
        }).BuildServiceProvider();

        var e = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<IStartupValidator>().Validate());

        var failures = e.Failures.ToList();
        Assert.Equal(3, failures.Count);
        Assert.Contains(failures, f => f.StartsWith("StandardsDirectories[0] is empty", StringComparison.Ordinal));
        Assert.Contains(failures, f => f.Contains(missing, StringComparison.Ordinal) && f.Contains("does not exist", StringComparison.Ordinal));
        Assert.Contains(failures, f => f.StartsWith("EvidenceLimits.MaxDepth must be positive", StringComparison.Ordinal));
    }

    [Fact]
    public void StartupValidation_BrokenStandardsFile_ReportsItsLocatedErrors()
    {
        using var dir = new TempDirectory();
        var file = dir.Write("broken.yaml", "kind: taxonomy\nid: Not_Kebab\nversion: 1\n");
        using var provider = new ServiceCollection().AddInclusionStandards(o => o.StandardsDirectories.Add(dir.Path)).BuildServiceProvider();

        var e = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<IOptions<InclusionStandardsOptions>>().Value);

        Assert.NotEmpty(e.Failures);
        Assert.All(e.Failures, f => Assert.StartsWith("standards: ", f, StringComparison.Ordinal));
        Assert.Contains(e.Failures, f => f.Contains($"{file}:2:", StringComparison.Ordinal) && f.Contains(": error ", StringComparison.Ordinal));
        Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<IAssessmentService>());
    }

    [Fact]
    public void CustomDirectory_StandardWithAnEmbeddedId_ReplacesTheEmbeddedOne()
    {
        var embedded = StandardsLoader.LoadEmbedded().EnsureValid();
        var target = embedded.OfKind<InclusionStandards.Model.Taxonomy>().First();
        var text = ReadResource(target.File);
        var replaced = System.Text.RegularExpressions.Regex.Replace(text, "(?m)^version: .*$", "version: 99.0.0");
        Assert.NotEqual(text, replaced);
        using var dir = new TempDirectory();
        var file = dir.Write("mine/" + Path.GetFileName(target.File), replaced);
        var logs = new CapturingLoggerFactory();
        using var provider = new ServiceCollection().AddSingleton<ILoggerFactory>(logs)
            .AddInclusionStandards(o => o.StandardsDirectories.Add(dir.Path)).BuildServiceProvider();

        var catalog = provider.GetRequiredService<CompiledStandards>().Catalog;

        Assert.Equal(embedded.Standards.Length, catalog.Standards.Length);
        var mine = catalog.FindStandard(target.Id)!;
        Assert.Equal("99.0.0", mine.Version);
        Assert.Equal(file, mine.File);
        Assert.NotEqual(embedded.ContentHash, catalog.ContentHash);
        Assert.Single(logs.Entries, e => e.Id.Id == 1001 && e.Message.Contains(target.Id, StringComparison.Ordinal) && e.Message.Contains(target.File, StringComparison.Ordinal));
        Assert.True(provider.GetRequiredService<IAssessmentService>().Assess(Evidence, "evidence.yaml").Succeeded);
    }

    [Fact]
    public void Assess_BadEvidence_ReturnsLocatedDiagnostics_AndLogsARejection()
    {
        var logs = new CapturingLoggerFactory();
        using var provider = new ServiceCollection().AddSingleton<ILoggerFactory>(logs).AddInclusionStandards().BuildServiceProvider();

        var result = provider.GetRequiredService<IAssessmentService>().Assess(Evidence.Edit("evidence:\n", "evidence:\n  workfroce: {}\n"), "bad.yaml");

        Assert.False(result.Succeeded);
        var error = Assert.Single(result.Diagnostics, d => d.IsError);
        Assert.Equal("bad.yaml", error.Location!.File);
        Assert.Equal(3, error.Location.Column);
        Assert.Single(logs.Entries, e => e.Id.Id == 1011 && e.Level == LogLevel.Warning);
    }

    private static string ReadResource(string name)
    {
        using var stream = typeof(StandardsLoader).Assembly.GetManifestResourceStream(name)!;
        return new StreamReader(stream).ReadToEnd();
    }
}

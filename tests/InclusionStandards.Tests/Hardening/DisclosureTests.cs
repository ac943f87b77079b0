using System.Collections.Concurrent;
using InclusionStandards.Diagnostics;
using InclusionStandards.Hosting;
using InclusionStandards.Tests.Evaluation;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using InclusionStandards.TestSupport;

namespace InclusionStandards.Tests.Hardening;

/// <summary>
/// Disclosure control outside reports (those are covered in Reports/): log messages written through the
/// DI-registered <see cref="IAssessmentService"/>, and the evidence reader's diagnostics, never carry a sensitive or
/// protected evidence value (standards/evidence/evidence.yaml: boardMembers[].name is <c>sensitive</c>,
/// freedomToSpeakUpGuardians[].ethnicGroup is <c>protected</c>) nor a small count.
/// </summary>
public sealed class DisclosureTests
{
    private const string Name = "Zebediah Quillfeather-Marsh";
    private const string Group = "zebediahgroup";
    private const string SmallCount = "3 (est.)";

    private static readonly string Example = File.ReadAllText(TestCatalog.Example("strong-acute-trust.yaml")).ReplaceLineEndings("\n");

    /// <summary>Evidence variants: a valid sensitive value, and sensitive or protected values of the wrong type or not allowed.</summary>
    public static TheoryData<string, string, string> Variants => new()
    {
        { "valid name", WithName($"name: {Name}"), Name },
        { "name is a list", WithName($"name: [{Name}]"), Name },
        { "name is a mapping", WithName($"name: {{first: {Name}}}"), Name },
        { "name is a nested list", WithName($"name: [[{Name}], x]"), Name },
        { "name has an unclosed quote", WithName($"name: \"{Name}"), Name },
        { "name has an unclosed flow", WithName($"name: [{Name}, {{"), Name },
        { "ethnic group not allowed", WithGroup(Group), Group },
        { "ethnic group is a list", WithGroup($"[{Group}]"), Group },
        { "ethnic group is a mapping", WithGroup($"{{{Group}: 1}}"), Group },
    };

    [Theory]
    [MemberData(nameof(Variants))]
    public void EvidenceReader_Diagnostics_NeverEchoASensitiveValue(string variant, string evidence, string secret)
    {
        Assert.Contains(secret, evidence);
        var read = TestCatalog.Standards.Evidence.Parse(evidence, "evidence.yaml");

        if (variant != "valid name")
        {
            Assert.False(read.Succeeded, variant);
            Assert.Contains(read.Diagnostics, d => d.IsError);
        }

        AssertAbsent(secret, read.Diagnostics.Select(d => d.ToString()));
        AssertAbsent(secret, read.Diagnostics.Select(d => d.Detail ?? string.Empty));
    }

    [Theory]
    [MemberData(nameof(Variants))]
    public void EvidenceReader_ReadFile_NeverEchoesASensitiveValue(string variant, string evidence, string secret)
    {
        var path = Path.Combine(Path.GetTempPath(), $"inclusion-disclosure-{Guid.NewGuid():N}.yaml");
        File.WriteAllText(path, evidence);
        try
        {
            var read = TestCatalog.Standards.Evidence.ReadFile(path);
            AssertAbsent(secret, read.Diagnostics.Select(d => d.ToString()));
            Assert.True(variant == "valid name" || !read.Succeeded, variant);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Theory]
    [MemberData(nameof(Variants))]
    public void AssessmentService_LogsNeverCarryASensitiveValue(string variant, string evidence, string secret)
    {
        using var capture = new CapturingLoggerProvider();
        using var provider = Services(capture);
        var assessor = provider.GetRequiredService<IAssessmentService>();

        var result = assessor.Assess(evidence, "evidence.yaml");

        Assert.Equal(variant == "valid name", result.Succeeded);
        var assessments = capture.Entries.Where(e => e.Category == "InclusionStandards.Assessments").ToList();
        Assert.NotEmpty(assessments);
        AssertAbsent(secret, capture.Entries.Select(e => e.Message));
        AssertAbsent(secret, capture.Entries.SelectMany(e => e.State).Select(kv => Convert.ToString(kv.Value, System.Globalization.CultureInfo.InvariantCulture) ?? string.Empty));
    }

    [Fact]
    public void AssessmentService_LogsNeverCarryAnEvidenceCount()
    {
        // A small count given with the wrong type: the reader's diagnostic shows it to the submitter, but the
        // operator's log must not.
        var evidence = Example.Edit("senior: {headcount: 200, bme: 46,", $"senior: {{headcount: 200, bme: {SmallCount},");
        Assert.NotEqual(Example, evidence);
        using var capture = new CapturingLoggerProvider();
        using var provider = Services(capture);

        var result = provider.GetRequiredService<IAssessmentService>().Assess(evidence, "evidence.yaml");

        Assert.False(result.Succeeded);
        var rejected = Assert.Single(capture.Entries, e => e.Id.Id == 1011);
        Assert.DoesNotContain(SmallCount, rejected.Message, StringComparison.Ordinal);
        Assert.Contains("EVD", rejected.Message, StringComparison.Ordinal);
        var line = Example[..Example.IndexOf("senior:", StringComparison.Ordinal)].Count(c => c == '\n') + 1;
        Assert.Contains($"evidence.yaml:{line}:", rejected.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AssessmentService_Logs_OnlyCountsThatAreNotEvidence()
    {
        // Every structured value logged for an assessment is the organisation, the source, the elapsed time, or a
        // number of criteria or errors: never an evidence value (so no small count can reach a log).
        string[] allowed = ["{OriginalFormat}", "Organisation", "Source", "ElapsedMs", "Met", "NotMet", "Insufficient", "ErrorCount", "FirstError"];
        using var capture = new CapturingLoggerProvider();
        using var provider = Services(capture);
        var assessor = provider.GetRequiredService<IAssessmentService>();

        _ = assessor.Assess(Example, "evidence.yaml");
        _ = assessor.Assess(WithGroup(Group), "evidence.yaml");

        var entries = capture.Entries.Where(e => e.Category == "InclusionStandards.Assessments").ToList();
        Assert.Equal(2, entries.Count);
        Assert.All(entries.SelectMany(e => e.State), kv => Assert.Contains(kv.Key, allowed));
    }

    private static ServiceProvider Services(CapturingLoggerProvider capture) =>
        new ServiceCollection()
            .AddSingleton<ILoggerFactory>(new ProviderLoggerFactory(capture))
            .AddInclusionStandards()
            .BuildServiceProvider();

    private static string WithName(string line)
    {
        var text = Example.Edit("  - id: bm-01\n    role: chief-executive\n", $"  - id: bm-01\n    {line}\n    role: chief-executive\n");
        Assert.NotEqual(Example, text);
        return text;
    }

    private static string WithGroup(string value)
    {
        var text = Example.Edit("{id: g-01, ethnicGroup: bme,", $"{{id: g-01, ethnicGroup: {value},");
        Assert.NotEqual(Example, text);
        return text;
    }

    private static void AssertAbsent(string secret, IEnumerable<string> texts)
    {
        foreach (var text in texts)
        {
            Assert.DoesNotContain(secret, text, StringComparison.OrdinalIgnoreCase);
            // A part of the value (e.g. the surname alone) is also a disclosure.
            foreach (var part in secret.Split(' ', '-'))
            {
                Assert.DoesNotContain(part, text, StringComparison.OrdinalIgnoreCase);
            }
        }
    }

    /// <summary>A logger provider that keeps every message with its structured state.</summary>
    private sealed class CapturingLoggerProvider : ILoggerProvider
    {
        public ConcurrentQueue<(string Category, EventId Id, string Message, KeyValuePair<string, object?>[] State)> Entries { get; } = new();

        public ILogger CreateLogger(string categoryName) => new Logger(this, categoryName);

        public void Dispose()
        {
        }

        private sealed class Logger(CapturingLoggerProvider owner, string category) : ILogger
        {
            public IDisposable? BeginScope<TState>(TState state)
                where TState : notnull => null;

            public bool IsEnabled(LogLevel logLevel) => true;

            public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
            {
                var values = state as IEnumerable<KeyValuePair<string, object?>> ?? [];
                var message = formatter(state, exception) + (exception is null ? string.Empty : "\n" + exception);
                owner.Entries.Enqueue((category, eventId, message, values.ToArray()));
            }
        }
    }

    /// <summary>The smallest <see cref="ILoggerFactory"/> over one provider (the tests reference only the logging abstractions).</summary>
    private sealed class ProviderLoggerFactory(ILoggerProvider provider) : ILoggerFactory
    {
        public ILogger CreateLogger(string categoryName) => provider.CreateLogger(categoryName);

        public void AddProvider(ILoggerProvider other)
        {
        }

        public void Dispose()
        {
        }
    }
}

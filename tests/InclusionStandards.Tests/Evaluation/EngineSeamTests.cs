using InclusionStandards.Diagnostics;
using InclusionStandards.Evaluation;

namespace InclusionStandards.Tests.Evaluation;

/// <summary>
/// The engine seam: an engine is chosen explicitly, an engine that cannot take a catalog is a compile-time diagnostic
/// (EVL110), and nothing falls back to another engine.
/// </summary>
public sealed class EngineSeamTests
{
    /// <summary>An engine that refuses every catalog, as one that cannot express it would.</summary>
    private sealed class RefusingEngine : StandardsEngine
    {
        public int Calls { get; private set; }

        public override string Name => "refusing";

        public override bool SupportsLiveEvaluation => false;

        internal override IEngineRunner? Prepare(EnginePlan plan, List<Diagnostic> diagnostics)
        {
            Calls++;
            Assert.NotEmpty(plan.Criteria);
            diagnostics.Add(Refused(Name, "it takes no catalog"));
            return null;
        }
    }

    [Fact]
    public void Compile_EngineThatCannotTakeTheCatalog_IsEVL110AndNoFallback()
    {
        var engine = new RefusingEngine();
        var compiled = CompiledStandards.Compile(TestCatalog.Catalog, engine, out var diagnostics);
        Assert.Null(compiled);
        Assert.Equal(1, engine.Calls);
        var error = Assert.Single(diagnostics, d => d.IsError);
        Assert.Equal("EVL110", error.Code);
        Assert.Contains("'refusing' cannot take this catalog: it takes no catalog", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Compile_WithoutAnEngine_UsesOurs_AndTheChosenEngineIsKept()
    {
        Assert.Same(StandardsEngine.Own, CompiledStandards.Compile(TestCatalog.Catalog, out _)!.Engine);
        Assert.Same(StandardsEngine.Direct, TestCatalog.For(StandardsEngine.Direct).Engine);
        Assert.Equal(["own", "direct"], new[] { StandardsEngine.Own.Name, StandardsEngine.Direct.Name });
    }

    [Fact]
    public void Options_NullEngine_FailsValidation()
    {
        var services = new Microsoft.Extensions.DependencyInjection.ServiceCollection();
        Microsoft.Extensions.DependencyInjection.InclusionStandardsServiceCollectionExtensions.AddInclusionStandards(services, o => o.Engine = null!);
        using var provider = Microsoft.Extensions.DependencyInjection.ServiceCollectionContainerBuilderExtensions.BuildServiceProvider(services);
        var e = Assert.Throws<Microsoft.Extensions.Options.OptionsValidationException>(() =>
            Microsoft.Extensions.DependencyInjection.ServiceProviderServiceExtensions.GetRequiredService<Microsoft.Extensions.Options.IOptions<InclusionStandards.Hosting.InclusionStandardsOptions>>(provider).Value);
        Assert.Contains(e.Failures, f => f.StartsWith("Engine is null", StringComparison.Ordinal));
    }
}

using ArchUnitNET.Domain;
using ArchUnitNET.Fluent;
using ArchUnitNET.Loader;
using ArchUnitNET.xUnit;
using InclusionStandards.Diagnostics;
using static ArchUnitNET.Fluent.ArchRuleDefinition;

namespace InclusionStandards.Tests.Architecture;

/// <summary>
/// The namespaces of the standards package depend one way along the data flow (docs/architecture.md, "Layers"):
/// each layer may use only the layers before it in <see cref="Order"/>. Conditions (the condition language) comes
/// right after Diagnostics, so it can use nothing but diagnostics and the engine's facts.
/// </summary>
public sealed class LayerTests
{
    /// <summary>The layers in flow order, earliest first.</summary>
    public static readonly string[] Order =
    [
        "Diagnostics", "Conditions", "Model", "Loading", "Validation", "Evidence", "Compilation", "Evaluation",
        "Scoring", "Assessments", "Testing", "Reports", "Schemas", "Hosting",
    ];

    private static readonly ArchUnitNET.Domain.Architecture Package = new ArchLoader().LoadAssemblies(typeof(Diagnostic).Assembly).Build();

    private static readonly ArchUnitNET.Domain.Architecture Fixtures = new ArchLoader().LoadAssemblies(typeof(LayerTests).Assembly).Build();

    public static TheoryData<string> Layers => [.. Order];

    /// <summary>One rule per layer: its types depend on no type of a later layer.</summary>
    internal static IArchRule RuleFor(string root, string layer)
    {
        var later = Order.SkipWhile(l => l != layer).Skip(1).ToArray();
        return Types().That().ResideInNamespaceMatching($@"^{root}\.{layer}(\..*)?$")
            .Should().NotDependOnAny(Types().That().ResideInNamespaceMatching($@"^{root}\.({string.Join('|', later)})(\..*)?$"))
            .WithoutRequiringPositiveResults();
    }

    [Theory]
    [MemberData(nameof(Layers))]
    public void Namespace_DependsOnlyOnEarlierLayers(string layer) => RuleFor("InclusionStandards", layer).Check(Package);

    [Fact]
    public void EveryNamespaceOfThePackage_IsALayer()
    {
        var namespaces = Package.Types.Select(t => t.Namespace.FullName).Where(n => n.StartsWith("InclusionStandards.", StringComparison.Ordinal))
            .Select(n => n.Split('.')[1]).Distinct().Order().ToArray();
        Assert.Empty(namespaces.Except(Order));
    }

    [Fact]
    public void Rules_RejectADependencyOnALaterLayer()
    {
        // Fixtures below: a Model type that uses a Reports type, and a Reports type that uses a Model type.
        const string root = "InclusionStandards.Tests.Architecture.LayerFixtures";
        Assert.False(RuleFor(root, "Model").HasNoViolations(Fixtures));
        Assert.True(RuleFor(root, "Reports").HasNoViolations(Fixtures));
        Assert.Throws<FailedArchRuleException>(() => RuleFor(root, "Model").Check(Fixtures));
    }
}

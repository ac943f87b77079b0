using ArchUnitNET.Domain;
using ArchUnitNET.Loader;
using ArchUnitNET.xUnit;
using InclusionStandards.Loading;
using static ArchUnitNET.Fluent.ArchRuleDefinition;

namespace InclusionStandards.Tests.Architecture;

/// <summary>
/// The namespaces of the standards package depend one way along the data flow: Diagnostics ← Model ← Loading ←
/// Validation ← Compilation ← Evaluation ← Scoring ← Assessments ← Reports, with Conditions (the condition language)
/// depending only on Diagnostics and the engine. These tests hold the parts of that order the code already keeps;
/// the remaining cycles (Loading → Validation through the loader's validation run and DiagnosticCodes, Evaluation ↔
/// Scoring, Model → Rules.Facts) are listed in the issue and not asserted here yet.
/// </summary>
public sealed class LayerTests
{
    private static readonly ArchUnitNET.Domain.Architecture Package = new ArchLoader().LoadAssemblies(typeof(StandardsLoader).Assembly).Build();

    public static TheoryData<string, string> ForbiddenDependencies => new()
    {
        { "Diagnostics", "Conditions|Model|Loading|Validation|Compilation|Evaluation|Scoring|Assessments|Reports|Evidence|Hosting|Schemas" },
        { "Conditions", "Model|Loading|Validation|Compilation|Evaluation|Scoring|Assessments|Reports|Evidence|Hosting|Schemas" },
        { "Model", "Loading|Validation|Compilation|Evaluation|Scoring|Assessments|Reports|Evidence|Hosting" },
        { "Validation", "Compilation|Evaluation|Scoring|Assessments|Reports|Evidence|Hosting" },
        { "Compilation", "Evaluation|Scoring|Assessments|Reports|Evidence|Hosting" },
        { "Evidence", "Assessments|Scoring|Reports|Hosting" },
    };

    [Theory]
    [MemberData(nameof(ForbiddenDependencies))]
    public void Namespace_DependsOnlyOnEarlierLayers(string layer, string later)
    {
        Types().That().ResideInNamespaceMatching($@"^InclusionStandards\.{layer}(\..*)?$")
            .Should().NotDependOnAny(Types().That().ResideInNamespaceMatching($@"^InclusionStandards\.({later})(\..*)?$"))
            .Check(Package);
    }
}

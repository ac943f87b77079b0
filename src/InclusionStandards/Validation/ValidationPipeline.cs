using InclusionStandards.Diagnostics;
using InclusionStandards.Loading;
using InclusionStandards.Model;

namespace InclusionStandards.Validation;

/// <summary>
/// The validation stages after parsing, in order: <c>resolve</c> (references across files), <c>check</c> (rules on
/// values: bands, keys, the evidence schema's shape) and <c>conditions</c> (type-check every condition).
/// </summary>
internal static class ValidationPipeline
{
    public static IReadOnlyList<IValidationStage> Stages(LoaderOptions options) =>
        options.CheckConditions
            ? [new ResolveStage(), new CheckStage(), new ConditionStage(ConditionCheckers.Default)]
            : [new ResolveStage(), new CheckStage()];

    public static void Run(StandardsCatalog catalog, LoaderOptions options, List<Diagnostic> diagnostics)
    {
        var context = new ValidationContext(catalog, diagnostics);
        foreach (var stage in Stages(options))
        {
            stage.Run(context);
        }
    }
}

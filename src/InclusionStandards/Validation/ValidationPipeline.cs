using System.Collections.Immutable;
using System.Runtime.CompilerServices;
using InclusionStandards.Diagnostics;
using InclusionStandards.Loading;
using InclusionStandards.Model;

namespace InclusionStandards.Validation;

/// <summary>
/// The validation stages after parsing, in order: <c>resolve</c> (references across files), <c>check</c> (rules on
/// values: bands, keys, the evidence schema's shape) and <c>conditions</c> (bind every condition once and check it).
/// A full validation is kept with its catalog (<see cref="Of"/>), so that compilation lowers exactly what validation
/// bound and refuses exactly what it refused.
/// </summary>
internal static class ValidationPipeline
{
    private static readonly ConditionalWeakTable<StandardsCatalog, ValidatedCatalog> Validated = new();

    public static IReadOnlyList<IValidationStage> Stages(LoaderOptions options) =>
        options.CheckConditions
            ? [new ResolveStage(), new CheckStage(), new ConditionStage()]
            : [new ResolveStage(), new CheckStage()];

    public static void Run(StandardsCatalog catalog, LoaderOptions options, List<Diagnostic> diagnostics)
    {
        if (options.CheckConditions)
        {
            diagnostics.AddRange(Of(catalog).Diagnostics);
            return;
        }

        var context = new ValidationContext(catalog, diagnostics);
        foreach (var stage in Stages(options))
        {
            stage.Run(context);
        }
    }

    /// <summary>The full validation of <paramref name="catalog"/> (every stage), made once per catalog instance.</summary>
    public static ValidatedCatalog Of(StandardsCatalog catalog) => Validated.GetValue(catalog, static c =>
    {
        var context = new ValidationContext(c, []);
        foreach (var stage in Stages(LoaderOptions.Default))
        {
            stage.Run(context);
        }

        return new ValidatedCatalog([.. context.Diagnostics], context.Bound);
    });
}

/// <summary>A catalog's full validation: its diagnostics and its bound conditions (null when they could not be bound).</summary>
internal sealed record ValidatedCatalog(ImmutableArray<Diagnostic> Diagnostics, BoundCatalog? Bound);

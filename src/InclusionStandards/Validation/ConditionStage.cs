using InclusionStandards.Model;

namespace InclusionStandards.Validation;

/// <summary>
/// Binds every condition of the catalog once (<see cref="BoundCatalog"/>) and reports what the passes over the checked
/// trees found. Skipped when the evidence schema is missing or has errors that stop record types from being built.
/// </summary>
internal sealed class ConditionStage : IValidationStage
{
    public string Name => "conditions";

    public void Run(ValidationContext context)
    {
        var schema = context.Catalog.EvidenceSchema;
        if (schema is null || context.Diagnostics.Any(d => d.IsError && d.Location?.File == schema.File))
        {
            return;
        }

        context.Bound = BoundCatalog.Bind(context.Catalog, schema);
        context.Diagnostics.AddRange(context.Bound.Diagnostics);
    }
}

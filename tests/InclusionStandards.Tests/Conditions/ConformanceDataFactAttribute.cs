namespace InclusionStandards.Tests.Conditions;

/// <summary>A fact that is skipped, with a visible reason, when the shared CEL conformance data is absent.</summary>
public sealed class ConformanceDataFactAttribute : FactAttribute
{
    public ConformanceDataFactAttribute()
    {
        if (ConformanceData.Directory is null)
        {
            Skip = "CEL conformance data not found: set INCLUSION_CEL_CONFORMANCE or place it at ../shared/cel-conformance beside the repository.";
        }
    }
}

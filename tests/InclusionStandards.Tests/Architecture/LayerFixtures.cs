// Types that break the layer order on purpose, so LayerTests can show its rules reject a dependency on a later layer.
#pragma warning disable SA1403, SA1649, SA1402

namespace InclusionStandards.Tests.Architecture.LayerFixtures.Model
{
    /// <summary>A model type that wrongly reads a report (Model comes before Reports).</summary>
    internal sealed class ModelReadingAReport
    {
        public LayerFixtures.Reports.ReportOfAModel? Report { get; init; }
    }
}

namespace InclusionStandards.Tests.Architecture.LayerFixtures.Reports
{
    /// <summary>A report type that reads the model (allowed: Reports comes after Model).</summary>
    internal sealed class ReportOfAModel
    {
        public LayerFixtures.Model.ModelReadingAReport? Model { get; init; }
    }
}

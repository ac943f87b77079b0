using System.Globalization;
using FsCheck;
using FsCheck.Xunit;
using InclusionStandards.Assessments;
using InclusionStandards.Assessments.Json;

namespace InclusionStandards.Tests.Reports;

public class AssessmentJsonPropertyTests
{
    private const int Cases = 200;

    [Property(MaxTest = Cases, Arbitrary = [typeof(Arbitraries)])]
    public bool LoadRenderLoad_RandomAssessments_RoundTripsDeeply(Assessment original)
    {
        var json = AssessmentJson.Serialize(original);
        var loaded = AssessmentJson.Deserialize(json);
        var rendered = AssessmentJson.Serialize(loaded);
        return AssessmentEquality.Equal(original, loaded) && rendered == json && AssessmentEquality.Equal(loaded, AssessmentJson.Deserialize(rendered));
    }

    [Property(MaxTest = Cases, Arbitrary = [typeof(Arbitraries)])]
    public bool Serialize_RandomAssessments_SameBytesInDeDeAsInvariant(Assessment assessment) =>
        AssessmentJsonTests.WithCulture(CultureInfo.InvariantCulture, () => AssessmentJson.Serialize(assessment))
        == AssessmentJsonTests.WithCulture(new CultureInfo("de-DE"), () => AssessmentJson.Serialize(assessment));

    [Property(MaxTest = Cases, Arbitrary = [typeof(Arbitraries)])]
    public bool CompactAndIndented_RandomAssessments_ReadBackEqual(Assessment assessment)
    {
        var compact = AssessmentJson.SerializeCompact(assessment);
        return !compact.Contains('\n') && AssessmentEquality.Equal(AssessmentJson.Deserialize(compact), assessment);
    }

    /// <summary>Random assessments (<see cref="AssessmentGenerators"/>) for the properties of the reports' tests.</summary>
    public static class Arbitraries
    {
        public static Arbitrary<Assessment> Assessments() => AssessmentGenerators.Assessments;
    }
}

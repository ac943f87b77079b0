using System.Globalization;
using FsCheck;
using FsCheck.Fluent;
using InclusionStandards.Assessments.Json;

namespace InclusionStandards.Tests.Reports;

public class AssessmentJsonPropertyTests
{
    private static readonly Config Config = Config.QuickThrowOnFailure.WithMaxTest(200);

    [Fact]
    public void LoadRenderLoad_RandomAssessments_RoundTripsDeeply() =>
        Check.One(Config, Prop.ForAll(AssessmentGenerators.Assessments, original =>
        {
            var json = AssessmentJson.Serialize(original);
            var loaded = AssessmentJson.Deserialize(json);
            var rendered = AssessmentJson.Serialize(loaded);
            return AssessmentEquality.Equal(original, loaded) && rendered == json && AssessmentEquality.Equal(loaded, AssessmentJson.Deserialize(rendered));
        }));

    [Fact]
    public void Serialize_RandomAssessments_SameBytesInDeDeAsInvariant() =>
        Check.One(Config, Prop.ForAll(AssessmentGenerators.Assessments, assessment =>
            AssessmentJsonTests.WithCulture(CultureInfo.InvariantCulture, () => AssessmentJson.Serialize(assessment))
            == AssessmentJsonTests.WithCulture(new CultureInfo("de-DE"), () => AssessmentJson.Serialize(assessment))));

    [Fact]
    public void CompactAndIndented_RandomAssessments_ReadBackEqual() =>
        Check.One(Config, Prop.ForAll(AssessmentGenerators.Assessments, assessment =>
        {
            var compact = AssessmentJson.SerializeCompact(assessment);
            return !compact.Contains('\n') && AssessmentEquality.Equal(AssessmentJson.Deserialize(compact), assessment);
        }));
}

using InclusionStandards.Assessments;
using InclusionStandards.Conditions;
using InclusionStandards.Loading;
using InclusionStandards.Reports;
using InclusionStandards.Tests.Evaluation;
using InclusionStandards.Validation;

namespace InclusionStandards.Tests.Hardening;

/// <summary>Misuse of the public API fails at once with an exception that names what is wrong, never a NullReferenceException.</summary>
public sealed class ApiMisuseTests
{
    [Fact]
    public void NullArguments_AreNamed()
    {
        Assert.Equal("root", Assert.Throws<ArgumentNullException>(() => TestCatalog.Standards.Evidence.FromData(null!, "x")).ParamName);
        Assert.Equal("text", Assert.Throws<ArgumentNullException>(() => StandardsLoader.LoadText("x.yaml", null!)).ParamName);
        Assert.Equal("options", Assert.Throws<ArgumentException>(() => StandardsLoader.LoadEmbedded(new LoaderOptions { Limits = null! })).ParamName);
    }

    [Fact]
    public void NullEntries_InABatchOrAComparison_AreRefused()
    {
        var batch = new BatchEvaluator(TestCatalog.Standards);
        var ex = Assert.Throws<ArgumentException>(() => batch.Evaluate([null!], null).ToList());
        Assert.Contains("Input 1 is null", ex.Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentException>(() => HtmlReport.RenderComparison([null!]));
    }

    [Fact]
    public void FunctionWhoseImplementationCannotTakeItsDeclaredTypes_IsRefusedWhenDeclared()
    {
        var ex = Assert.Throws<ArgumentException>(() => CelFunction.FromDelegate("f", [CelType.String], CelType.Bool, (Func<long, bool>)(x => x > 0)));
        Assert.Contains("Function 'f': parameter 1 is declared string", ex.Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentException>(() => CelFunction.FromDelegate("g", [CelType.Int], CelType.String, (Func<long, bool>)(x => x > 0)));

        var fine = CelFunction.FromDelegate("h", [CelType.Int], CelType.Bool, (Func<long, bool>)(x => x > 0));
        Assert.True(CelEnvironment.Default.WithFunction(fine).Compile("h(2)").Condition!.Evaluate([]).IsTrue);
    }
}

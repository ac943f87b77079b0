using InclusionStandards.Tests.Evaluation;
using InclusionStandards.Validation;

namespace InclusionStandards.Tests.Hardening;

/// <summary>
/// Regression (found by the fuzz tests): the YAML parser throws InvalidOperationException on some malformed input;
/// the loader and the evidence reader must turn it into a diagnostic like any other syntax error.
/// </summary>
public sealed class YamlParserFailureTests
{
    private const string Document = "kind: scoring\nid: x\nlevels:\n- {id: a, min: 1}\n- b: [1, 2]\n";

    public static TheoryData<string> Fragments => new(TextMutator.Garbage.Where(g => g.Length < 100));

    [Theory]
    [MemberData(nameof(Fragments))]
    public void LoadText_FragmentInsertedAnywhere_IsADiagnosticNotAnException(string fragment)
    {
        for (var at = 0; at <= Document.Length; at++)
        {
            var text = Document.Insert(at, fragment);
            var result = StandardsLoader.LoadText("f.yaml", text);
            Assert.NotNull(result.Catalog);
        }
    }

    [Theory]
    [MemberData(nameof(Fragments))]
    public void EvidenceParse_FragmentInsertedAnywhere_IsADiagnosticNotAnException(string fragment)
    {
        for (var at = 0; at <= Document.Length; at++)
        {
            var read = TestCatalog.Standards.Evidence.Parse(Document.Insert(at, fragment), "e.yaml");
            Assert.False(read.Succeeded);
            Assert.Contains(read.Diagnostics, d => d.Code.StartsWith("EVD", StringComparison.Ordinal));
        }
    }
}

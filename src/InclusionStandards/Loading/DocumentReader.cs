using InclusionStandards.Diagnostics;
using InclusionStandards.Loading.Readers;
using InclusionStandards.Loading.Yaml;

namespace InclusionStandards.Loading;

/// <summary>The parse stage for one document: dispatches on <c>kind</c> to the kind's reader.</summary>
internal static class DocumentReader
{
    private static readonly string[] Kinds =
        ["taxonomy", "evidence-schema", "scoring", "framework", "objectives", "domain", "indicators", "actions", "rules", "rule-tests", "csv-mapping"];

    /// <summary>Returns a <see cref="Model.Standard"/>, <see cref="Model.RuleTestFile"/>, <see cref="Model.CsvMapping"/>, or null.</summary>
    public static object? Read(FileContext ctx, YNode root, string hash)
    {
        if (root is not YMapping map)
        {
            ctx.Error(DiagnosticCodes.WrongType, $"A standards file is a mapping of keys (kind, id, version…), not {root.Describe}.", root.Start);
            return null;
        }

        var kindNode = map["kind"];
        if (kindNode is not YScalar kind || !Kinds.Contains(kind.Value))
        {
            var found = kindNode is YScalar s ? $"'{s.Value}'" : "nothing";
            var hint = kindNode is YScalar k ? Levenshtein.DidYouMean(k.Value, Kinds) : string.Empty;
            ctx.Error(DiagnosticCodes.UnknownKind, $"'kind' must be one of {string.Join(", ", Kinds)}; found {found}.{hint}", kindNode?.Start ?? root.Start);
            return null;
        }

        return kind.Value switch
        {
            "rule-tests" => RuleTestsReader.Read(new MapReader(ctx, map, "a rule-tests file", RuleTestsReader.Keys)),
            "csv-mapping" => CsvMappingReader.Read(new MapReader(ctx, map, "a csv-mapping file", CsvMappingReader.Keys)),
            _ => ReadStandard(ctx, map, kind.Value, hash),
        };
    }

    private static Model.Standard ReadStandard(FileContext ctx, YMapping map, string kind, string hash)
    {
        var keys = kind switch
        {
            "taxonomy" => TaxonomyReader.Keys,
            "evidence-schema" => EvidenceSchemaReader.Keys,
            "scoring" => ScoringReader.Keys,
            "framework" => FrameworkReader.Keys,
            "objectives" => ObjectivesReader.Keys,
            "domain" => DomainReader.Keys,
            "indicators" => IndicatorsReader.Keys,
            "actions" => ActionsReader.Keys,
            _ => RulesReader.Keys,
        };
        var r = new MapReader(ctx, map, $"a {kind} file", keys);
        var h = Header.Read(r, hash);
        return kind switch
        {
            "taxonomy" => TaxonomyReader.Read(r, h),
            "evidence-schema" => EvidenceSchemaReader.Read(r, h),
            "scoring" => ScoringReader.Read(r, h),
            "framework" => FrameworkReader.Read(r, h),
            "objectives" => ObjectivesReader.Read(r, h),
            "domain" => DomainReader.Read(r, h),
            "indicators" => IndicatorsReader.Read(r, h),
            "actions" => ActionsReader.Read(r, h),
            _ => RulesReader.Read(r, h),
        };
    }
}

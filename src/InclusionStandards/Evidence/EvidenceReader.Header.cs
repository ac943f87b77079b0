using InclusionStandards.Diagnostics;
using InclusionStandards.Model;
using InclusionStandards.Rules.Facts;

namespace InclusionStandards.Evidence;

/// <content>The organisation and period at the top of an evidence file.</content>
public sealed partial class EvidenceReader
{
    private static readonly string[] OrganisationFields = ["odsCode", "name", "type"];

    private OrganisationInfo? ReadOrganisation(
        Dictionary<string, DataNode> keys, EvidenceNodeConverter converter, RecordBuilder builder, DataMapping root, string source, List<Diagnostic> diagnostics)
    {
        if (!keys.TryGetValue("organisation", out var node) || EvidenceNodeConverter.IsNull(node))
        {
            diagnostics.Add(Diagnostic.Error(DiagnosticCodes.EvidenceMissing, "The evidence has no 'organisation' (odsCode, name, type).", At(root, source)));
            return null;
        }

        var before = diagnostics.Count;
        if (!_schema.Types.TryGet(EvidenceSchema.OrganisationTypeName, out var type)
            || converter.ConvertRecord(node, type, "organisation") is not { } record)
        {
            return null;
        }

        if (diagnostics.Count > before)
        {
            return null; // a field was reported already; a "missing" diagnostic would only repeat it
        }

        var missing = OrganisationFields.Where(f => TextChecks.IsBlank(record.GetValue(f) as string)).ToList();
        if (missing.Count > 0)
        {
            diagnostics.Add(Diagnostic.Error(DiagnosticCodes.EvidenceMissing, $"The organisation has no {string.Join(", ", missing)}: an ODS code, a name and a type are required.", At(node, source)));
            return null;
        }

        builder.Set("organisation", record);
        return new OrganisationInfo((string)record.GetValue("odsCode")!, (string)record.GetValue("name")!, (string)record.GetValue("type")!)
        {
            Region = record.GetValue("region") as string,
            Ics = record.GetValue("ics") as string,
        };
    }

    private AssessmentPeriod? ReadPeriod(
        Dictionary<string, DataNode> keys, EvidenceNodeConverter converter, RecordBuilder builder, DataMapping root, string source, List<Diagnostic> diagnostics)
    {
        if (!keys.TryGetValue("period", out var node) || EvidenceNodeConverter.IsNull(node))
        {
            diagnostics.Add(Diagnostic.Error(DiagnosticCodes.EvidenceMissing, "The evidence has no 'period' (start and end dates).", At(root, source)));
            return null;
        }

        var before = diagnostics.Count;
        if (converter.ConvertRecord(node, _schema.Types.Period, "period") is not { } record || diagnostics.Count > before)
        {
            return null;
        }

        if (record.GetValue("start") is not DateTimeOffset start || record.GetValue("end") is not DateTimeOffset end)
        {
            diagnostics.Add(Diagnostic.Error(DiagnosticCodes.EvidenceMissing, "The period needs both 'start' and 'end' dates.", At(node, source)));
            return null;
        }

        if (end < start)
        {
            diagnostics.Add(Diagnostic.Error(DiagnosticCodes.EvidenceBadPeriod, "The period ends before it starts.", At(node, source)));
            return null;
        }

        builder.Set("period", record);
        return new AssessmentPeriod(DateOnly.FromDateTime(start.UtcDateTime), DateOnly.FromDateTime(end.UtcDateTime));
    }

    private static SourceLocation At(DataNode node, string source) => node.Location;
}

using System.Text;
using InclusionStandards.Assessments;
using InclusionStandards.Reports.Disclosure;

namespace InclusionStandards.Reports.Markdown;

/// <summary>The heading of the single-organisation Markdown report (the board-pack sections are <see cref="MarkdownBoardPack"/>).</summary>
internal sealed class MarkdownSections(Assessment assessment, StringBuilder sb)
{
    public void Heading(string title)
    {
        var org = assessment.Organisation;
        sb.Append("# ").Append(Md.Escape(title)).Append("\n\n");
        sb.Append("- **Organisation:** ").Append(Md.Escape(org.Name)).Append(" (").Append(Md.Escape(org.OdsCode)).Append("), ").Append(Md.Escape(org.Type)).Append('\n');
        if (org.Region is { } region)
        {
            sb.Append("- **Region:** ").Append(Md.Escape(region)).Append('\n');
        }

        if (org.Ics is { } ics)
        {
            sb.Append("- **ICS:** ").Append(Md.Escape(ics)).Append('\n');
        }

        sb.Append("- **Period:** ").Append(ReportFormat.Period(assessment.Period)).Append('\n');
        sb.Append("- **Assessment date:** ").Append(ReportFormat.Date(assessment.AssessmentDate)).Append("\n\n");
    }
}

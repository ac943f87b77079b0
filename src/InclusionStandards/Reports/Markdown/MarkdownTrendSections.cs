using System.Text;
using InclusionStandards.Assessments;

namespace InclusionStandards.Reports.Markdown;

/// <summary>The Markdown report's trend and peer sections (see <see cref="Html.Sections.TrendSection"/>).</summary>
internal static class MarkdownTrendSections
{
    public static void Write(Assessment a, StringBuilder sb)
    {
        if (a.Trend is { } t)
        {
            sb.Append("## Since the previous period\n\n").Append(Md.Escape(TrendText.Summary(t))).Append("\n\n");
            if (!t.Ratings.IsEmpty)
            {
                sb.Append("| Scope | Change |\n|---|---|\n");
                foreach (var r in t.Ratings)
                {
                    sb.Append("| ").Append(Md.Code(r.ScopeId)).Append(" | ").Append(Md.Escape(TrendText.Rating(r))).Append(" |\n");
                }

                sb.Append('\n');
            }

            var values = t.Indicators.Concat(t.Measures).ToList();
            if (values.Count > 0)
            {
                sb.Append("| Indicator or measure | Now | Change |\n|---|---:|---|\n");
                foreach (var v in values)
                {
                    sb.Append("| ").Append(Md.Code(v.Id)).Append(" | ").Append(v.Current is { } now ? ReportFormat.Number(now) : "—").Append(" | ").Append(Md.Escape(TrendText.Change(v))).Append(" |\n");
                }

                sb.Append('\n');
            }

            foreach (var x in t.Criteria.Where(x => x.Direction != "unchanged"))
            {
                sb.Append("- ").Append(Md.Code(x.CriterionId)).Append(": ").Append(ReportFormat.Label(x.Previous)).Append(" → ").Append(ReportFormat.Label(x.Current))
                  .Append(" (").Append(TrendText.Arrow(x.Direction)).Append(")\n");
            }

            sb.Append('\n');
        }

        if (a.Peers is { } p)
        {
            sb.Append("## Among peers\n\nPeer group: ").Append(Md.Escape(TrendText.Group(p))).Append(".\n\n");
            if (!p.Positions.IsEmpty)
            {
                sb.Append("| Indicator or measure | Value | Lower quartile | Median | Upper quartile | Position |\n|---|---:|---:|---:|---:|---|\n");
                foreach (var x in p.Positions)
                {
                    sb.Append("| ").Append(Md.Code(x.Id)).Append(" | ").Append(ReportFormat.Number(x.Value)).Append(" | ").Append(ReportFormat.Number(x.LowerQuartile))
                      .Append(" | ").Append(ReportFormat.Number(x.Median)).Append(" | ").Append(ReportFormat.Number(x.UpperQuartile)).Append(" | ")
                      .Append(Md.Escape(TrendText.Position(x, p.Group))).Append(" |\n");
                }

                sb.Append('\n');
            }
        }
    }
}

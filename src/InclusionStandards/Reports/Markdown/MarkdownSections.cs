using System.Text;
using InclusionStandards.Assessments;
using InclusionStandards.Reports.Disclosure;

namespace InclusionStandards.Reports.Markdown;

/// <summary>The sections of the single-organisation Markdown report. Every input string goes through <see cref="Md"/> and disclosure control.</summary>
internal sealed class MarkdownSections(Assessment assessment, DisclosureControl disclosure, StringBuilder sb)
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

    public void Summary()
    {
        sb.Append("## Summary\n\n");
        foreach (var scope in assessment.Scopes.Where(s => s.Subject is null && s.Kind != "statement"))
        {
            sb.Append("- **").Append(Md.Escape(scope.Title)).Append(":** ").Append(Md.Escape(ReportFormat.Rating(scope.Rating)))
              .Append(" (").Append(ReportFormat.Score(scope.Score, scope.MaxScore)).Append(")\n");
        }

        var counts = ReportFormat.OutcomeCounts(assessment);
        sb.Append('\n').Append(Md.Header(["Outcome", "Criteria"], 1));
        foreach (var outcome in ReportFormat.Outcomes)
        {
            sb.Append(Md.Row(ReportFormat.Symbol(outcome) + " " + ReportFormat.Label(outcome), ReportFormat.Number(counts[(int)outcome])));
        }

        sb.Append('\n');
    }

    public void Scopes()
    {
        sb.Append("## Scores and ratings\n\n");
        sb.Append(Md.Header(["Scope", "Kind", "Scheme", "Score", "Rating", "Limited by"], 3));
        foreach (var s in assessment.Scopes)
        {
            sb.Append(Md.Row(
                Md.Escape(ReportFormat.ScopeName(s)), Md.Escape(s.Kind), Md.Escape(s.Scheme), ReportFormat.Score(s.Score, s.MaxScore),
                Md.Escape(ReportFormat.Rating(s.Rating)), Md.Escape(s.LimitedBy is null ? "" : disclosure.Redact(s.LimitedBy))));
        }

        foreach (var s in assessment.Scopes.Where(s => !s.Notes.IsEmpty))
        {
            sb.Append("\n**").Append(Md.Escape(ReportFormat.ScopeName(s))).Append(":** ")
              .Append(string.Join("; ", s.Notes.Select(n => Md.Escape(disclosure.Redact(n))))).Append('\n');
        }

        sb.Append('\n');
    }

    public void Criteria()
    {
        sb.Append("## Criteria\n\n");
        sb.Append(Md.Header(["Criterion", "Scope", "Outcome", "Score", "Why"], 3));
        foreach (var c in assessment.Criteria)
        {
            Row(c, Md.Escape(c.Title) + " " + Md.Code(c.CriterionId));
            foreach (var e in c.Elements)
            {
                Row(e, "↳ " + Md.Escape(e.Subject));
            }
        }

        sb.Append('\n');
        var evidence = assessment.Criteria.SelectMany(c => c.Elements.Prepend(c)).Where(c => !c.EvidenceUsed.IsEmpty).ToList();
        if (evidence.Count > 0)
        {
            sb.Append("### Evidence used\n\n").Append(Md.Header(["Criterion", "Evidence", "Value"]));
            foreach (var c in evidence)
            {
                var who = Md.Code(c.CriterionId) + (c.Subject is null ? "" : " " + Md.Escape(c.Subject));
                foreach (var e in c.EvidenceUsed)
                {
                    sb.Append(Md.Row(who, Md.Code(e.Path), Md.Escape(disclosure.Show(e))));
                }
            }

            sb.Append('\n');
        }
    }

    private void Row(CriterionResult c, string name)
    {
        var why = c.Reasons.Select(disclosure.Redact).ToList();
        if (c.Error is { } error)
        {
            why.Add("Error: " + disclosure.Redact(error));
        }

        sb.Append(Md.Row(
            name, Md.Escape(c.ScopeId), ReportFormat.Symbol(c.Outcome) + " " + ReportFormat.Label(c.Outcome),
            c.Score is { } score ? ReportFormat.Number(score) : "", Md.Escape(string.Join("; ", why))));
    }
}

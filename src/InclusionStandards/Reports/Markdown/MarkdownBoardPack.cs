using InclusionStandards.Model;
using System.Text;
using InclusionStandards.Assessments;
using InclusionStandards.Reports.Disclosure;

namespace InclusionStandards.Reports.Markdown;

/// <summary>
/// The board-pack sections of the Markdown report, matching the HTML one: the summary, the draft action plan, the
/// ratings with what they mean, and each criterion with its statement, plain-English reason, evidence, action and
/// citation (the rule itself in a collapsed <c>&lt;details&gt;</c>). Every input string is escaped.
/// </summary>
internal static class MarkdownBoardPack
{
    public static string Summary(Assessment a)
    {
        var sb = new StringBuilder("## Summary for the board\n\n").Append(Md.Escape(BoardPack.Counts(a))).Append("\n\n");
        var headlines = BoardPack.Headlines(a);
        if (headlines.Count > 0)
        {
            sb.Append(Md.Header(["Standard", "Rating", "What the rating means", "Standing"]));
            foreach (var h in headlines)
            {
                var s = h.Scope;
                sb.Append(Md.Row(Md.Escape(s.Title), $"**{Md.Escape(ReportFormat.Rating(s.Rating))}** ({Md.Escape(BoardPack.Score(s))})",
                    Md.Escape(s.RatingMeaning ?? "Not rated."), Md.Escape(BoardPack.Status(s))));
            }

            sb.Append('\n');
        }

        sb.Append("### The gaps that matter most\n\n");
        var top = BoardPack.TopActions(a);
        var n = 0;
        foreach (var item in top)
        {
            sb.Append(++n).Append(". ").Append(ReportFormat.Symbol(item.Outcome)).Append(' ').Append(ReportFormat.Label(item.Outcome)).Append(": ")
              .Append(Md.Escape(string.Join("; ", item.CriterionTitles))).Append(". **Action:** ").Append(Md.Escape(item.Action))
              .Append(" _").Append(Md.Escape($"{item.Owner}, by {BoardPack.Due(item)}")).Append("_\n");
        }

        if (top.Count == 0)
        {
            sb.Append("No criterion with an authored action is unmet.\n");
        }

        var undecided = a.Criteria.Count(c => c.Outcome == Outcome.InsufficientEvidence);
        sb.Append("\n### Missing evidence\n\n").Append(a.MissingEvidence.IsEmpty
            ? "No evidence was missing.\n\n"
            : Md.Escape($"{a.MissingEvidence.Length} pieces of evidence are missing, leaving {undecided} criteria undecided (see Missing evidence).") + "\n\n");
        return sb.ToString();
    }

    public static string ActionPlan(Assessment a)
    {
        var sb = new StringBuilder("## Draft action plan\n\n");
        if (a.ActionPlan.IsEmpty)
        {
            return sb.Append("There are no open actions.\n\n").ToString();
        }

        sb.Append("One action for each criterion that is not met or only partly met, not-met first; actions and owner roles are written in the standards, ")
          .Append("due dates come from the national commitment or are six months after the assessment date.\n\n")
          .Append(Md.Header(["Action", "Owner", "Due", "Closes", "Measure of success", "Source"]));
        foreach (var item in a.ActionPlan)
        {
            sb.Append(Md.Row(
                ReportFormat.Symbol(item.Outcome) + " " + Md.Escape(item.Action), Md.Escape(item.Owner), Md.Escape(BoardPack.Due(item)),
                Md.Escape(string.Join("; ", item.CriterionTitles)), Md.Escape(string.Join(" ", item.Measures)),
                Md.Escape(string.Join("; ", item.Citations.Select(c => c.ToString())))));
        }

        return sb.Append('\n').ToString();
    }

    public static string Ratings(Assessment a)
    {
        var sb = new StringBuilder("## Ratings and scores\n\n");
        foreach (var h in BoardPack.Headlines(a))
        {
            var s = h.Scope;
            sb.Append("### ").Append(Md.Escape(s.Title)).Append("\n\n**").Append(Md.Escape(ReportFormat.Rating(s.Rating))).Append("** (")
              .Append(Md.Escape(BoardPack.Score(s))).Append("). ").Append(Md.Escape(s.RatingMeaning ?? "")).Append("\n\n_")
              .Append(Md.Escape(BoardPack.Status(s))).Append("_\n\n");
            if (!s.Bands.IsEmpty)
            {
                sb.Append("Rating scale: ").Append(Md.Escape(string.Join("; ", s.Bands.Select(b => $"{b.Label} from {ReportFormat.Number(b.From)}")))).Append(".\n\n");
            }

            if (h.Parts.Count > 0)
            {
                sb.Append(Md.Header(["Part", "Score", "Rating"]));
                foreach (var p in h.Parts)
                {
                    sb.Append(Md.Row(Md.Escape(p.Subject ?? p.Title), Md.Escape(BoardPack.Score(p)), Md.Escape(p.Rating ?? "")));
                }

                sb.Append('\n');
            }
        }

        return sb.ToString();
    }

    public static string Criteria(Assessment a, DisclosureControl disclosure)
    {
        var sb = new StringBuilder("## Criteria in detail\n\n");
        var titles = a.Standards.ToDictionary(s => s.Id, s => s.Title ?? s.Id, StringComparer.Ordinal);
        foreach (var group in a.Criteria.Where(c => c.Subject is null).GroupBy(c => c.StandardId, StringComparer.Ordinal))
        {
            sb.Append("### ").Append(Md.Escape(titles.GetValueOrDefault(group.Key, group.Key))).Append("\n\n");
            foreach (var r in group)
            {
                sb.Append("#### ").Append(Md.Escape(r.Title)).Append("\n\n").Append(ReportFormat.Symbol(r.Outcome)).Append(" **").Append(ReportFormat.Label(r.Outcome)).Append("**")
                  .Append(r.Provisional ? " (draft or proposed criterion)" : "").Append("\n\n");
                if (r.Statement is not null)
                {
                    sb.Append("- **What it needs:** ").Append(Md.Escape(r.Statement)).Append('\n');
                }

                sb.Append("- **What was found:** ").Append(Md.Escape(PlainWords.Reason(r, a, disclosure))).Append('\n');
                var used = r.EvidenceUsed.Select(e => $"{PlainWords.Path(e.Path)}: {PlainWords.Value(e, disclosure)}").ToList();
                if (used.Count > 0)
                {
                    sb.Append("- **Evidence used:** ").Append(Md.Escape(string.Join("; ", used))).Append('\n');
                }

                if (r.Action is not null && r.Outcome is Outcome.NotMet or Outcome.PartiallyMet)
                {
                    sb.Append("- **Action:** ").Append(Md.Escape(r.Action)).Append(r.Owner is null ? "" : $" (owner: {Md.Escape(r.Owner)})").Append('\n');
                }

                if (!r.Citations.IsEmpty)
                {
                    sb.Append("- **Source:** ").Append(Md.Escape(string.Join("; ", r.Citations.Select(c => c.ToString())))).Append('\n');
                }

                sb.Append("\n<details><summary>The rule behind this finding</summary>\n\n```text\n")
                  .Append(string.Join("\n", new[] { $"criterion: {r.CriterionId}" }.Concat(r.Conditions.Select((x, i) => (i == 0 ? "met when: " : "partly met when: ") + x.Replace("```", "'''", StringComparison.Ordinal)))))
                  .Append("\n```\n\n</details>\n\n");
            }
        }

        return sb.ToString();
    }
}

using System.Text;

namespace InclusionStandards.Reports.Html.Sections;

/// <summary>
/// The draft action plan: one row per action (authored in the standards) with its owner role, due date, the criteria
/// it closes (linked), the measure of success and the sources. Rows stack into cards on narrow screens.
/// </summary>
internal static class ActionPlanSection
{
    public static string Render(HtmlContext c)
    {
        var plan = c.Assessment.ActionPlan;
        var sb = new StringBuilder("<section class=\"page\" id=\"action-plan\" aria-labelledby=\"action-plan-heading\">\n<h2 id=\"action-plan-heading\">Draft action plan</h2>\n");
        sb.Append("<p>One action for each criterion that is not met or only partly met, not-met first. The actions and owner roles are written in the standards; ")
          .Append("due dates come from the national commitment the criterion belongs to, or are six months after the assessment date. ")
          .Append("The board should agree, adapt and own this draft.</p>\n");
        if (plan.IsEmpty)
        {
            return sb.Append("<p>There are no open actions.</p>\n</section>\n").ToString();
        }

        sb.Append("<table class=\"stack\">\n<caption>Actions</caption>\n<thead><tr><th scope=\"col\">Action</th><th scope=\"col\">Owner</th><th scope=\"col\">Due</th>")
          .Append("<th scope=\"col\">Closes</th><th scope=\"col\">Measure of success</th><th scope=\"col\">Source</th></tr></thead>\n<tbody>\n");
        foreach (var item in plan)
        {
            sb.Append("<tr><td data-label=\"Action\">").Append(HtmlText.Outcome(item.Outcome)).Append(' ').Append(HtmlText.Encode(item.Action)).Append("</td>")
              .Append("<td data-label=\"Owner\">").Append(HtmlText.Encode(item.Owner)).Append("</td>")
              .Append("<td data-label=\"Due\">").Append(HtmlText.Encode(BoardPack.Due(item))).Append("</td>")
              .Append("<td data-label=\"Closes\">").Append(string.Join("; ", item.CriterionIds.Zip(item.CriterionTitles, (id, t) => $"<a href=\"#c-{HtmlText.Encode(id)}\">{HtmlText.Encode(t)}</a>"))).Append("</td>")
              .Append("<td data-label=\"Measure of success\">").Append(HtmlText.Encode(string.Join(" ", item.Measures))).Append("</td>")
              .Append("<td data-label=\"Source\">").Append(HtmlText.Encode(string.Join("; ", item.Citations.Select(x => x.ToString())))).Append("</td></tr>\n");
        }

        return sb.Append("</tbody>\n</table>\n</section>\n").ToString();
    }
}

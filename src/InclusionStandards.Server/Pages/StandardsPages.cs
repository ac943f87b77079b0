using System.Text;
using InclusionStandards.Hosting;
using InclusionStandards.Model;
using static InclusionStandards.Server.Pages.Layout;

namespace InclusionStandards.Server.Pages;

/// <summary>
/// The standards browser: every standard the service assesses against (the compiled catalog), and for each its
/// sources and criteria — what each assesses, when it is met, and what it cites. Public: the standards are published.
/// </summary>
internal static class StandardsPages
{
    public static void Map(IEndpointRouteBuilder app)
    {
        app.MapGet("/standards", Index);
        app.MapGet("/standards/{id}", Show);
    }

    private static IResult Index(HttpContext context, IAssessmentService assessor)
    {
        var catalog = assessor.Standards.Catalog;
        var main = new StringBuilder("<h1>Standards</h1><p>The standards every assessment here is made against. Catalog <code>")
            .Append(H(catalog.ContentHash)).Append("</code>.</p>");
        main.Append("<table><caption>Standards in the catalog</caption><thead><tr><th scope=\"col\">Standard</th><th scope=\"col\">Kind</th><th scope=\"col\">Version</th><th scope=\"col\">Status</th></tr></thead><tbody>");
        foreach (var s in catalog.Standards.OrderBy(s => s.Kind).ThenBy(s => s.Title, StringComparer.Ordinal))
        {
            main.Append("<tr><th scope=\"row\"><a href=\"/standards/").Append(H(s.Id)).Append("\">").Append(H(s.Title)).Append("</a></th><td>")
                .Append(H(KebabCase.Of(s.Kind))).Append("</td><td>").Append(H(s.Version)).Append("</td><td>").Append(H(KebabCase.Of(s.Status))).Append("</td></tr>");
        }

        main.Append("</tbody></table>");
        return Page(context, "Standards", main.ToString());
    }

    private static IResult Show(string id, HttpContext context, IAssessmentService assessor)
    {
        var catalog = assessor.Standards.Catalog;
        if (catalog.FindStandard(id) is not { } standard)
        {
            return NotFound(context, $"standard '{id}'");
        }

        var main = new StringBuilder("<h1>").Append(H(standard.Title)).Append("</h1>");
        if (standard.Summary is { Length: > 0 } summary)
        {
            main.Append("<p>").Append(H(summary)).Append("</p>");
        }

        main.Append("<dl class=\"facts\"><dt>Id</dt><dd><code>").Append(H(standard.Id)).Append("</code></dd><dt>Kind</dt><dd>").Append(H(KebabCase.Of(standard.Kind)))
            .Append("</dd><dt>Version</dt><dd>").Append(H(standard.Version)).Append("</dd><dt>Status</dt><dd>").Append(H(KebabCase.Of(standard.Status)))
            .Append("</dd><dt>Content hash</dt><dd><code>").Append(H(standard.ContentHash)).Append("</code></dd></dl>");

        if (standard.Sources.Length > 0)
        {
            main.Append("<h2>Sources</h2><ul>");
            foreach (var source in standard.Sources)
            {
                main.Append("<li id=\"source-").Append(H(source.Id)).Append("\">").Append(H(source.Document)).Append(", ").Append(H(source.Publisher)).Append(", ").Append(source.Year);
                if (source.Section is { Length: > 0 } section)
                {
                    main.Append(", ").Append(H(section));
                }

                main.Append("</li>");
            }

            main.Append("</ul>");
        }

        var criteria = catalog.EnumerateCriteria().Where(c => c.Standard.Id == standard.Id).ToList();
        if (criteria.Count > 0)
        {
            main.Append("<h2>Criteria</h2>");
            foreach (var scope in criteria.GroupBy(c => c.ScopeTitle))
            {
                main.Append("<h3>").Append(H(scope.Key)).Append("</h3>");
                foreach (var c in scope)
                {
                    var criterion = c.Criterion;
                    main.Append("<section aria-labelledby=\"c-").Append(H(criterion.Id)).Append("\"><h4 id=\"c-").Append(H(criterion.Id)).Append("\">").Append(H(criterion.Title))
                        .Append(" <span class=\"hint\">").Append(H(criterion.Id)).Append("</span></h4><p>").Append(H(criterion.Statement)).Append("</p>")
                        .Append("<p>Met when <code>").Append(H(criterion.Met.Text)).Append("</code></p>");
                    if (criterion.PartiallyMet is { } partly)
                    {
                        main.Append("<p>Partly met when <code>").Append(H(partly.Text)).Append("</code></p>");
                    }

                    if (criterion.Sources.Length > 0)
                    {
                        main.Append("<p class=\"hint\">Cites ").Append(string.Join("; ", criterion.Sources.Select(s =>
                            $"<a href=\"#source-{H(s.Ref)}\">{H(standard.FindSource(s.Ref)?.Document ?? s.Ref)}</a>{(s.Section is { Length: > 0 } sec ? ", " + H(sec) : "")}"))).Append("</p>");
                    }

                    main.Append("</section>");
                }
            }
        }

        main.Append("<p><a href=\"/standards\">All standards</a></p>");
        return Page(context, standard.Title, main.ToString());
    }

}

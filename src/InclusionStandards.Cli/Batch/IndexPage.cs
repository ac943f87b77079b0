using System.Globalization;
using System.Net;
using System.Text;
using InclusionStandards.Assessments;

namespace InclusionStandards.Cli.Batch;

/// <summary>
/// <c>index.html</c> of <c>evaluate --out-dir</c>: one row per organisation and period, each linked to its report,
/// sortable by any column and filterable by type, region, ICS and rating (a few lines of inline script; without
/// script the full table still reads), and the rejected inputs with their diagnostics. Self-contained.
/// </summary>
internal static class IndexPage
{
    private const string Policy = "default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'";

    public static string Render(BatchPipeline batch, IReadOnlyDictionary<BatchEntry, string> reports, IReadOnlyList<string> headlines)
    {
        var sb = new StringBuilder(4096 + (batch.Entries.Count * 600));
        var periods = batch.Entries.Select(e => e.Digest.Period.End).Distinct().Order().Select(Date).ToList();
        sb.Append("<!DOCTYPE html>\n<html lang=\"en-GB\">\n<head>\n<meta charset=\"utf-8\">\n<meta http-equiv=\"Content-Security-Policy\" content=\"").Append(Policy).Append("\">\n")
          .Append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>Assessments: index</title>\n<style>\n").Append(Css).Append("</style>\n</head>\n<body>\n<header>\n<h1>Assessments</h1>\n<p>")
          .Append(batch.Entries.Count.ToString(CultureInfo.InvariantCulture)).Append(" assessments of ").Append(batch.Entries.Select(e => e.Digest.Organisation.OdsCode).Distinct(StringComparer.OrdinalIgnoreCase).Count().ToString(CultureInfo.InvariantCulture))
          .Append(" organisations; periods ending ").Append(E(string.Join(", ", periods))).Append("; ").Append(batch.Rejected.Count.ToString(CultureInfo.InvariantCulture)).Append(" inputs rejected")
          .Append(batch.Rejected.Count > 0 ? " (<a href=\"#rejected\">listed below</a>)" : "")
          .Append("; ").Append(batch.Warnings.Count.ToString(CultureInfo.InvariantCulture)).Append(batch.Warnings.Count == 1 ? " warning" : " warnings")
          .Append(batch.Warnings.Count > 0 ? " (<a href=\"#warnings\">listed below</a>)" : "").Append(". Flat data: <a href=\"summary.csv\">summary.csv</a>.</p>\n</header>\n<main>\n");

        sb.Append("<form id=\"filters\" aria-label=\"Filter the assessments\">\n");
        Filter(sb, "type", "Type", batch.Entries.Select(e => e.Digest.Organisation.Type));
        Filter(sb, "region", "Region", batch.Entries.Select(e => e.Digest.Region ?? "none given"));
        Filter(sb, "ics", "ICS", batch.Entries.Select(e => e.Digest.Ics ?? "none given"));
        Filter(sb, "rating", "Rating", batch.Entries.SelectMany(e => e.Digest.Ratings.Select(r => r.Rating ?? "not rated")));
        Filter(sb, "period", "Period end", batch.Entries.Select(e => Date(e.Digest.Period.End)));
        sb.Append("<label>Name or ODS code <input type=\"search\" name=\"text\"></label>\n<output id=\"shown\" aria-live=\"polite\"></output>\n</form>\n");

        sb.Append("<table id=\"assessments\" class=\"sortable\">\n<caption>Assessments (select a column heading to sort)</caption>\n<thead><tr>");
        foreach (var h in new[] { "Organisation", "ODS code", "Type", "Region", "ICS", "Period end" }.Concat(headlines).Concat(["Met", "Partially met", "Not met", "Insufficient evidence", "Since previous period"]))
        {
            sb.Append("<th scope=\"col\"><button type=\"button\">").Append(E(h)).Append("</button></th>");
        }

        sb.Append("</tr></thead>\n<tbody>\n");
        foreach (var e in batch.Entries)
        {
            var d = e.Digest;
            var ratings = d.Ratings.ToDictionary(r => r.Id, StringComparer.Ordinal);
            sb.Append("<tr data-type=\"").Append(E(d.Organisation.Type)).Append("\" data-region=\"").Append(E(d.Region ?? "none given")).Append("\" data-ics=\"").Append(E(d.Ics ?? "none given"))
              .Append("\" data-period=\"").Append(Date(d.Period.End)).Append("\" data-rating=\"").Append(E(string.Join("|", d.Ratings.Select(r => r.Rating ?? "not rated")))).Append("\">")
              .Append("<th scope=\"row\"><a href=\"").Append(E(Uri.EscapeDataString(reports[e]))).Append("\">").Append(E(d.Organisation.Name)).Append("</a></th>")
              .Append("<td>").Append(E(d.Organisation.OdsCode)).Append("</td><td>").Append(E(d.Organisation.Type)).Append("</td><td>").Append(E(d.Region ?? "")).Append("</td><td>").Append(E(d.Ics ?? ""))
              .Append("</td><td>").Append(Date(d.Period.End)).Append("</td>");
            foreach (var h in headlines)
            {
                var cell = ratings.TryGetValue(h, out var r) ? (r.Rating ?? "not rated") + (r.Score is { } s ? $" ({s.ToString("0.##", CultureInfo.InvariantCulture)})" : "") : "";
                sb.Append("<td>").Append(E(cell)).Append("</td>");
            }

            foreach (var i in new[] { 0, 1, 2, 3 })
            {
                sb.Append("<td class=\"num\">").Append(d.OutcomeCounts[i].ToString(CultureInfo.InvariantCulture)).Append("</td>");
            }

            sb.Append("<td>").Append(E(TrendCell(batch.TrendOf(e)))).Append("</td></tr>\n");
        }

        sb.Append("</tbody>\n</table>\n");
        sb.Append("<section aria-labelledby=\"rejected\">\n<h2 id=\"rejected\">Rejected inputs</h2>\n");
        if (batch.Rejected.Count == 0)
        {
            sb.Append("<p>None: every input was evaluated.</p>\n");
        }
        else
        {
            sb.Append("<table>\n<caption>Inputs not evaluated, with why</caption>\n<thead><tr><th scope=\"col\">Input</th><th scope=\"col\">Diagnostics</th></tr></thead>\n<tbody>\n");
            foreach (var r in batch.Rejected)
            {
                sb.Append("<tr><th scope=\"row\">").Append(E(r.Source)).Append("</th><td><ul>");
                foreach (var d in r.Diagnostics)
                {
                    sb.Append("<li><code>").Append(E(d.ToString())).Append("</code></li>");
                }

                sb.Append("</ul></td></tr>\n");
            }

            sb.Append("</tbody>\n</table>\n");
        }

        sb.Append("</section>\n<section aria-labelledby=\"warnings\">\n<h2 id=\"warnings\">Warnings</h2>\n");
        if (batch.Warnings.Count == 0)
        {
            sb.Append("<p>None: no input was warned of.</p>\n");
        }
        else
        {
            sb.Append("<table>\n<caption>Inputs evaluated with a warning (").Append(batch.Warnings.Count.ToString(CultureInfo.InvariantCulture))
              .Append(")</caption>\n<thead><tr><th scope=\"col\">Input</th><th scope=\"col\">Code</th><th scope=\"col\">Warning</th></tr></thead>\n<tbody>\n");
            foreach (var (source, w) in batch.Warnings)
            {
                sb.Append("<tr><th scope=\"row\">").Append(E(source)).Append("</th><td><code>").Append(E(w.Code)).Append("</code></td><td>").Append(E(w.Message)).Append("</td></tr>\n");
            }

            sb.Append("</tbody>\n</table>\n");
        }

        return sb.Append("</section>\n</main>\n<script>\n").Append(Script).Append("</script>\n</body>\n</html>\n").ToString();
    }

    /// <summary>The index's trend cell: "▲ 3 ▼ 1 since 2021-12-31", or nothing without a previous period.</summary>
    public static string TrendCell(AssessmentTrend? t) => t is null
        ? "no earlier period"
        : $"▲ {t.Criteria.Count(c => c.Direction == "improved")} ▼ {t.Criteria.Count(c => c.Direction == "declined")} ◆ {t.Criteria.Count(c => c.Direction == "changed")} since {Date(t.PreviousPeriod.End)}"
          + string.Concat(t.Ratings.Where(r => r.Direction is "up" or "down").Select(r => $"; {r.ScopeId} {(r.Direction == "up" ? "▲" : "▼")} {r.Previous ?? "not rated"} → {r.Current ?? "not rated"}"));

    private static void Filter(StringBuilder sb, string name, string label, IEnumerable<string> values)
    {
        sb.Append("<label>").Append(label).Append(" <select name=\"").Append(name).Append("\"><option value=\"\">all</option>");
        foreach (var v in values.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal))
        {
            sb.Append("<option>").Append(E(v)).Append("</option>");
        }

        sb.Append("</select></label>\n");
    }

    private static string Date(DateOnly d) => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static string E(string text) => WebUtility.HtmlEncode(text);

    private const string Css = """
        body { font-family: system-ui, sans-serif; margin: 1rem; color: #1b1b1b; line-height: 1.4; }
        form { display: flex; flex-wrap: wrap; gap: .5rem 1rem; margin: 1rem 0; }
        table { border-collapse: collapse; width: 100%; font-size: .9rem; }
        caption { text-align: left; font-weight: bold; padding: .25rem 0; }
        th, td { border-bottom: 1px solid #ccc; padding: .3rem .4rem; text-align: left; vertical-align: top; }
        thead th button { font: inherit; font-weight: bold; background: none; border: 0; padding: 0; cursor: pointer; text-align: left; }
        td.num { text-align: right; font-variant-numeric: tabular-nums; }
        a { color: #005eb8; }
        tr[hidden] { display: none; }
        @media (max-width: 700px) { table { display: block; overflow-x: auto; } }
        @media print { @page { size: A4 landscape; margin: 1cm; } body { margin: 0; } form { display: none; } table { font-size: 7.5pt; } }

        """;

    private const string Script = """
        (function () {
          "use strict";
          var table = document.getElementById("assessments"), form = document.getElementById("filters");
          function key(cell) { var v = cell.textContent.trim(), n = parseFloat(v); return v !== "" && /^-?[0-9.]+$/.test(v) ? n : v.toLowerCase(); }
          Array.prototype.forEach.call(table.tHead.rows[0].cells, function (header, column) {
            header.querySelector("button").addEventListener("click", function () {
              var ascending = header.getAttribute("aria-sort") !== "ascending";
              Array.prototype.forEach.call(table.tHead.rows[0].cells, function (h) { h.removeAttribute("aria-sort"); });
              header.setAttribute("aria-sort", ascending ? "ascending" : "descending");
              var rows = Array.prototype.slice.call(table.tBodies[0].rows);
              rows.sort(function (a, b) {
                var x = key(a.cells[column]), y = key(b.cells[column]);
                var r = typeof x === "number" && typeof y === "number" ? x - y : String(x) < String(y) ? -1 : String(x) > String(y) ? 1 : 0;
                return ascending ? r : -r;
              });
              rows.forEach(function (r) { table.tBodies[0].appendChild(r); });
            });
          });
          function apply() {
            var shown = 0, text = form.elements.text.value.trim().toLowerCase();
            Array.prototype.forEach.call(table.tBodies[0].rows, function (row) {
              var ok = ["type", "region", "ics", "period"].every(function (f) { var v = form.elements[f].value; return v === "" || row.getAttribute("data-" + f) === v; });
              var rating = form.elements.rating.value;
              ok = ok && (rating === "" || row.getAttribute("data-rating").split("|").indexOf(rating) >= 0);
              ok = ok && (text === "" || row.cells[0].textContent.toLowerCase().indexOf(text) >= 0 || row.cells[1].textContent.toLowerCase().indexOf(text) >= 0);
              row.hidden = !ok;
              if (ok) { shown++; }
            });
            document.getElementById("shown").textContent = shown + " of " + table.tBodies[0].rows.length + " shown";
          }
          form.addEventListener("input", apply);
          form.addEventListener("submit", function (e) { e.preventDefault(); });
          apply();
        })();

        """;
}

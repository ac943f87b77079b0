namespace InclusionStandards.Reports.Html;

/// <summary>The only script in a report: sorts tables with class <c>sortable</c> by a clicked header (keyboard accessible; sets <c>aria-sort</c>).</summary>
internal static class HtmlSortScript
{
    public const string Js = """
        (function () {
          "use strict";
          function key(cell) {
            var v = cell.getAttribute("data-sort");
            if (v === null) { v = cell.textContent.trim(); }
            var n = Number(v);
            return v !== "" && isFinite(n) ? n : v.toLowerCase();
          }
          function sort(table, column, header) {
            var ascending = header.getAttribute("aria-sort") !== "ascending";
            Array.prototype.forEach.call(table.tHead.rows[0].cells, function (h) { h.removeAttribute("aria-sort"); });
            header.setAttribute("aria-sort", ascending ? "ascending" : "descending");
            var body = table.tBodies[0];
            var rows = Array.prototype.slice.call(body.rows);
            rows.sort(function (a, b) {
              var x = key(a.cells[column]), y = key(b.cells[column]);
              var r = typeof x === "number" && typeof y === "number" ? x - y : String(x) < String(y) ? -1 : String(x) > String(y) ? 1 : 0;
              return ascending ? r : -r;
            });
            rows.forEach(function (r) { body.appendChild(r); });
          }
          Array.prototype.forEach.call(document.querySelectorAll("table.sortable"), function (table) {
            Array.prototype.forEach.call(table.tHead.rows[0].cells, function (header, column) {
              var button = header.querySelector("button");
              if (button) { button.addEventListener("click", function () { sort(table, column, header); }); }
            });
          });
        })();
        """;
}

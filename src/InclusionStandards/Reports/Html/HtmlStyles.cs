namespace InclusionStandards.Reports.Html;

/// <summary>
/// The report's inline style sheet: system fonts only; text colours with at least 4.5:1 contrast and graphics with
/// at least 3:1; a layout that reflows down to 320 px without sideways scrolling; a print sheet for A4 board packs
/// (the summary on page 1, sections starting on new pages, navigation and buttons hidden).
/// </summary>
internal static class HtmlStyles
{
    public const string Css = """
        :root { --ink: #212b32; --muted: #4c6272; --line: #d8dde0; --blue: #005eb8; --band: #d6e6f5;
          --met: #007f3b; --partly: #a35200; --notmet: #c5221f; --undecided: #4c6272; --na: #768692; }
        * { box-sizing: border-box; }
        html { -webkit-text-size-adjust: 100%; }
        body { margin: 0; font-family: system-ui, -apple-system, "Segoe UI", Arial, sans-serif; color: var(--ink); background: #fff; line-height: 1.5; overflow-wrap: break-word; }
        header, main, footer, nav.contents { max-width: 72rem; margin: 0 auto; padding: 0.75rem 1.25rem; }
        header { border-bottom: 4px solid var(--blue); }
        h1 { font-size: 1.7rem; margin: 0.3rem 0; line-height: 1.25; }
        h2 { font-size: 1.35rem; margin: 1.8rem 0 0.6rem; border-bottom: 1px solid var(--line); }
        h3 { font-size: 1.1rem; margin: 1.2rem 0 0.4rem; }
        h4 { font-size: 1rem; margin: 0 0 0.3rem; }
        p { margin: 0.3rem 0 0.6rem; }
        a { color: var(--blue); }
        a:focus-visible, button:focus-visible, summary:focus-visible { outline: 3px solid #ffb81c; outline-offset: 2px; }
        dl.facts { display: grid; grid-template-columns: max-content 1fr; gap: 0.1rem 1rem; margin: 0; }
        dl.facts dt { font-weight: 600; }
        dl.facts dd { margin: 0; }
        nav.contents ol { display: flex; flex-wrap: wrap; gap: 0.2rem 1.2rem; margin: 0; padding: 0; list-style: none; }
        nav.contents h2 { font-size: 1rem; border: 0; margin: 0 0 0.2rem; }
        .summary h2 { margin-top: 0.8rem; }
        .status { color: var(--muted); font-size: 0.9rem; }
        .meaning { margin: 0.1rem 0 0; }
        table { border-collapse: collapse; width: 100%; margin: 0.5rem 0 1rem; font-size: 0.95rem; }
        caption { text-align: left; font-weight: 600; padding: 0.3rem 0; }
        th, td { border: 1px solid var(--line); padding: 0.35rem 0.5rem; text-align: left; vertical-align: top; }
        thead th { background: #f0f4f5; }
        td.num, th.num { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
        th button { font: inherit; font-weight: 600; color: var(--ink); background: none; border: 0; padding: 0; cursor: pointer; text-align: inherit; }
        th button::after { content: " ↕"; color: var(--muted); }
        th[aria-sort="ascending"] button::after { content: " ↑"; }
        th[aria-sort="descending"] button::after { content: " ↓"; }
        .badge { display: inline-block; padding: 0 0.4rem; border-radius: 0.25rem; border: 2px solid; font-weight: 600; white-space: nowrap; }
        .badge.met { color: var(--met); border-color: var(--met); }
        .badge.partially-met { color: var(--partly); border-color: var(--partly); }
        .badge.not-met { color: var(--notmet); border-color: var(--notmet); }
        .badge.insufficient-evidence { color: var(--undecided); border-color: var(--undecided); border-style: dashed; }
        .badge.not-applicable { color: var(--muted); border-color: var(--na); }
        .rating { font-weight: 700; }
        .rating.good { color: var(--met); } .rating.mid { color: var(--partly); } .rating.low { color: var(--notmet); } .rating.none { color: var(--muted); }
        ol.gaps { margin: 0.2rem 0 0.5rem; padding-left: 1.4rem; }
        ol.gaps li { margin: 0 0 0.35rem; }
        .who { color: var(--muted); }
        figure.chart { margin: 0.6rem 0 1.4rem; }
        figure.chart figcaption { font-weight: 600; margin: 0 0 0.2rem; }
        .chart-note { color: var(--muted); font-size: 0.9rem; margin: 0 0 0.4rem; }
        ul.legend { display: flex; flex-wrap: wrap; gap: 0.2rem 1rem; list-style: none; margin: 0.3rem 0; padding: 0; font-size: 0.9rem; }
        .swatch { display: inline-block; width: 0.9rem; height: 0.9rem; border-radius: 2px; vertical-align: -0.1rem; margin-right: 0.3rem; border: 1px solid var(--ink); }
        .swatch.met, .fill.met { background: var(--met); fill: var(--met); }
        .swatch.partially-met, .fill.partially-met { background: var(--partly); fill: var(--partly); }
        .swatch.not-met, .fill.not-met { background: var(--notmet); fill: var(--notmet); }
        .swatch.insufficient-evidence, .fill.insufficient-evidence { background: var(--undecided); fill: var(--undecided); }
        .swatch.not-applicable, .fill.not-applicable { background: var(--na); fill: var(--na); }
        .fill.neutral { fill: var(--blue); }
        .swatch.band { background: var(--band); border-style: dashed; }
        ul.bars { list-style: none; margin: 0; padding: 0; }
        ul.bars li { display: grid; grid-template-columns: minmax(8rem, 22rem) minmax(6rem, 1fr) minmax(7rem, max-content); gap: 0.1rem 0.75rem; align-items: center; padding: 0.2rem 0; border-bottom: 1px solid #eef0f1; }
        .bar-label { line-height: 1.3; }
        .bar-value { font-variant-numeric: tabular-nums; }
        .track { position: relative; }
        .track svg { display: block; width: 100%; height: 1.1rem; }
        svg .bg { fill: #f0f4f5; stroke: var(--line); stroke-width: 0.5; }
        svg .bandzone { fill: var(--band); stroke: var(--blue); stroke-width: 0.6; stroke-dasharray: 2 1; }
        svg .tick { stroke: #aeb7bd; stroke-width: 0.4; }
        svg .mark { stroke: var(--ink); stroke-width: 1.2; }
        .axis { position: relative; height: 1.3rem; font-size: 0.8rem; color: var(--muted); margin: 0; }
        .axis span { position: absolute; top: 0; transform: translateX(-50%); white-space: nowrap; }
        .axis span:first-child { transform: none; }
        .axis span:last-child { left: auto !important; right: 0; transform: none; }
        .axis-row { display: grid; grid-template-columns: minmax(8rem, 22rem) minmax(6rem, 1fr) minmax(7rem, max-content); gap: 0 0.75rem; }
        .scale { margin: 0.3rem 0 0.2rem; max-width: 40rem; }
        .scale .track svg { height: 1.6rem; }
        .scale-labels { display: flex; font-size: 0.8rem; color: var(--muted); }
        .scale-labels span { flex: 1 1 0; min-width: 0; padding: 0 0.15rem; border-left: 1px solid var(--line); line-height: 1.2; }
        .headline { border: 1px solid var(--line); border-left: 6px solid var(--blue); padding: 0.6rem 0.9rem; margin: 0 0 1rem; }
        .headline.good { border-left-color: var(--met); } .headline.mid { border-left-color: var(--partly); } .headline.low { border-left-color: var(--notmet); }
        details.group { border: 1px solid var(--line); margin: 0.5rem 0; padding: 0.2rem 0.8rem; }
        details.group > summary { cursor: pointer; font-weight: 600; padding: 0.4rem 0; }
        details.group > summary h3 { display: inline; font-size: 1.05rem; }
        article.criterion { border-top: 1px solid var(--line); padding: 0.6rem 0; }
        article.criterion dl { display: grid; grid-template-columns: 9rem 1fr; gap: 0.15rem 0.8rem; margin: 0.3rem 0; }
        article.criterion dt { font-weight: 600; color: var(--muted); }
        article.criterion dd { margin: 0; }
        details.rule summary { cursor: pointer; color: var(--blue); font-size: 0.9rem; }
        details.rule code { display: block; white-space: pre-wrap; overflow-wrap: anywhere; font-family: ui-monospace, "Cascadia Mono", Consolas, monospace; font-size: 0.85rem; background: #f0f4f5; padding: 0.3rem 0.5rem; margin: 0.2rem 0; }
        .note { color: var(--muted); font-size: 0.9rem; }
        code { font-family: ui-monospace, "Cascadia Mono", Consolas, monospace; font-size: 0.9em; overflow-wrap: anywhere; }
        ul.missing li { margin: 0.2rem 0; }
        footer { color: var(--muted); font-size: 0.9rem; border-top: 1px solid var(--line); margin-top: 2rem; }
        @media (max-width: 40rem) {
          header, main, footer, nav.contents { padding: 0.6rem 0.75rem; }
          h1 { font-size: 1.35rem; }
          dl.facts, article.criterion dl { grid-template-columns: 1fr; }
          dl.facts dd, article.criterion dd { margin-bottom: 0.3rem; }
          ul.bars li, .axis-row { grid-template-columns: 1fr max-content; }
          .bar-label { grid-column: 1 / -1; }
          .axis-row > :first-child { display: none; }
          table.stack thead { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); }
          table.stack, table.stack tbody, table.stack tr, table.stack td, table.stack th { display: block; width: 100%; }
          table.stack tr { border: 1px solid var(--line); margin: 0 0 0.6rem; }
          table.stack td, table.stack th { border: 0; border-bottom: 1px solid #eef0f1; }
          table.stack td[data-label]::before { content: attr(data-label) ": "; font-weight: 600; }
          table.stack td.num { text-align: left; }
        }
        @media print {
          @page { size: A4; margin: 12mm; }
          html { font-size: 9.5pt; }
          body { line-height: 1.35; }
          header, main, footer { max-width: none; padding: 0; }
          nav.contents, th button::after, details.rule { display: none; }
          h2 { break-after: avoid; margin-top: 0.8rem; }
          section.summary { break-after: page; }
          section.page { break-before: page; }
          article.criterion, figure.chart, .headline, tr, ul.bars li { break-inside: avoid; }
          a { color: inherit; text-decoration: none; }
          .fill, .swatch, svg { print-color-adjust: exact; -webkit-print-color-adjust: exact; }
        }
        """;
}

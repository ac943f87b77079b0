namespace InclusionStandards.Reports.Html;

/// <summary>The report's inline style sheet: system fonts only, colours with at least 4.5:1 contrast for text.</summary>
internal static class HtmlStyles
{
    public const string Css = """
        :root { --ink: #212b32; --muted: #4c6272; --line: #d8dde0; --blue: #005eb8; --band: #cfe3f5; }
        * { box-sizing: border-box; }
        body { margin: 0; font-family: system-ui, -apple-system, "Segoe UI", Arial, sans-serif; color: var(--ink); background: #fff; line-height: 1.5; }
        header, main, footer { max-width: 72rem; margin: 0 auto; padding: 1rem 1.5rem; }
        header { border-bottom: 4px solid var(--blue); }
        h1 { font-size: 1.8rem; margin: 0.5rem 0; }
        h2 { font-size: 1.4rem; margin-top: 2rem; border-bottom: 1px solid var(--line); }
        h3 { font-size: 1.1rem; }
        dl.facts { display: grid; grid-template-columns: max-content 1fr; gap: 0.2rem 1rem; margin: 0; }
        dl.facts dt { font-weight: 600; }
        dl.facts dd { margin: 0; }
        table { border-collapse: collapse; width: 100%; margin: 0.5rem 0 1rem; font-size: 0.95rem; }
        caption { text-align: left; font-weight: 600; padding: 0.3rem 0; }
        th, td { border: 1px solid var(--line); padding: 0.35rem 0.5rem; text-align: left; vertical-align: top; }
        thead th { background: #f0f4f5; }
        td.num, th.num { text-align: right; font-variant-numeric: tabular-nums; }
        th button { font: inherit; font-weight: 600; color: var(--ink); background: none; border: 0; padding: 0; cursor: pointer; text-align: inherit; }
        th button::after { content: " ↕"; color: var(--muted); }
        th[aria-sort="ascending"] button::after { content: " ↑"; }
        th[aria-sort="descending"] button::after { content: " ↓"; }
        th button:focus-visible, a:focus-visible { outline: 3px solid #ffb81c; outline-offset: 2px; }
        tr.element th, tr.element td { background: #fafbfb; }
        tr.element th { padding-left: 1.5rem; font-weight: 400; }
        .badge { display: inline-block; padding: 0 0.4rem; border-radius: 0.25rem; border: 1px solid; white-space: nowrap; font-weight: 600; }
        .badge.met { color: #00643a; border-color: #00643a; }
        .badge.partially-met { color: #6b4f00; border-color: #6b4f00; }
        .badge.not-met { color: #aa1f14; border-color: #aa1f14; }
        .badge.insufficient-evidence { color: #4c6272; border-color: #4c6272; border-style: dashed; }
        .badge.not-applicable { color: #4c6272; border-color: #aeb7bd; }
        .charts { display: flex; flex-wrap: wrap; gap: 1rem; }
        figure { margin: 0.5rem 0; }
        figcaption { font-size: 0.9rem; color: var(--muted); }
        svg { max-width: 100%; height: auto; font-family: inherit; }
        svg text { fill: var(--ink); font-size: 12px; }
        svg .muted { fill: var(--muted); }
        svg .bar { fill: var(--blue); }
        svg .track { fill: #f0f4f5; stroke: var(--line); }
        svg .band { fill: var(--band); stroke: var(--blue); stroke-dasharray: 4 2; }
        svg .axis { stroke: var(--muted); stroke-width: 1; }
        svg .marker { fill: var(--ink); stroke: #fff; stroke-width: 1.5; }
        svg .met { fill: #00643a; } svg .partially-met { fill: #8a6a00; } svg .not-met { fill: #aa1f14; }
        svg .insufficient-evidence { fill: #4c6272; } svg .not-applicable { fill: #768692; }
        .note { color: var(--muted); font-size: 0.9rem; }
        code { font-family: ui-monospace, "Cascadia Mono", Consolas, monospace; font-size: 0.9em; overflow-wrap: anywhere; }
        ul.missing li { margin: 0.2rem 0; }
        footer { color: var(--muted); font-size: 0.9rem; border-top: 1px solid var(--line); margin-top: 2rem; }
        @media print { th button::after { content: ""; } }
        """;
}

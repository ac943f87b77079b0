using System.Globalization;
using System.Text;
using InclusionStandards.Model;

namespace InclusionStandards.Cli.Output;

/// <summary>
/// Renders one standard as a Markdown page: header, sources, items and criteria with their conditions. Text from the
/// standards keeps its Markdown emphasis but can never become raw HTML or a link (see <see cref="Text"/>): the pages
/// are published, and a title or statement is not trusted to be markup.
/// </summary>
internal static class StandardMarkdown
{
    public static string Render(Standard s)
    {
        var md = new StringBuilder();
        md.Append("# ").AppendLine(Text(s.Title)).AppendLine();
        md.AppendLine(CultureInfo.InvariantCulture, $"`{s.Id}` · {KebabCase.Of(s.Kind)} · version **{s.Version}** · {KebabCase.Of(s.Status)} · `{s.ContentHash[..19]}…`").AppendLine();
        if (s.Summary is not null)
        {
            md.AppendLine(Text(s.Summary.Trim())).AppendLine();
        }

        switch (s)
        {
            case DomainStandard d:
                foreach (var st in d.Statements)
                {
                    Item(md, "##", st.Id, st.Title, st.Statement, st.Sources, st.Status);
                    Criteria(md, st.Criteria);
                }

                break;
            case Framework f:
                foreach (var dom in f.Domains)
                {
                    Item(md, "##", dom.Id, $"{dom.Number}. {dom.Title}", dom.Description, dom.Sources, dom.Status);
                }

                Framework(md, f);

                Section(md, "Criteria");
                Criteria(md, f.Criteria);
                break;
            case ObjectivesStandard o:
                Section(md, "Objectives");
                foreach (var ob in o.Objectives)
                {
                    Item(md, "###", ob.Id, $"{ob.Number}. {ob.Title}", ob.Statement, ob.Sources, ob.Status);
                }

                foreach (var w in o.Ways)
                {
                    Item(md, "##", w.Id, $"Way {w.Number}: {w.Title}", w.Statement, w.Sources, w.Status);
                    Criteria(md, w.Criteria);
                }

                Section(md, "Criteria");
                Criteria(md, o.Criteria);
                break;
            case IndicatorsStandard ind:
                foreach (var i in ind.Indicators)
                {
                    Item(md, "##", i.Id, $"{i.Number} {i.Title}", i.Description, i.Sources, i.Status);
                    md.AppendLine(CultureInfo.InvariantCulture, $"- Value ({KebabCase.Of(i.Unit)}): {Code(i.Value.Text.ReplaceLineEndings(" ").Trim())}");
                    if (i.Band is { } b)
                    {
                        md.AppendLine(CultureInfo.InvariantCulture, $"- Met when {b.From} ≤ value ≤ {b.To}{(i.Adverse is { } a ? $"; adverse {KebabCase.Of(a)}" : string.Empty)}");
                    }

                    if (i.Action is not null)
                    {
                        md.AppendLine(CultureInfo.InvariantCulture, $"- Action when not met: {Text(i.Action)} (owner: {Text(i.Owner ?? "")})");
                    }

                    md.AppendLine();
                }

                break;
            case ActionsStandard act:
                foreach (var a in act.Actions)
                {
                    Item(md, "##", a.Id, a.Title + (a.Due is { } due ? $" (due {due:yyyy-MM-dd})" : string.Empty), a.Statement, a.Sources, a.Status);
                    Criteria(md, a.Criteria);
                }

                break;
            case ScoringScheme sc:
                Scoring(md, sc);
                break;
            case RulesStandard rules:
                Rules(md, rules);
                break;
            case Taxonomy t:
                foreach (var v in t.Vocabularies)
                {
                    Item(md, "##", v.Id, v.Title, v.Description, v.Sources, null);
                    foreach (var term in v.Terms)
                    {
                        md.AppendLine(CultureInfo.InvariantCulture, $"- `{term.Id}`: {Text(term.Label)}{(term.Description is { } d ? " — " + Text(d.Trim()) : string.Empty)}");
                    }

                    md.AppendLine();
                }

                break;
            case EvidenceSchema e:
                Section(md, "Evidence root");
                Fields(md, e.Root);
                foreach (var type in e.Types)
                {
                    md.AppendLine(CultureInfo.InvariantCulture, $"## {Text(type.Name)} <a id=\"type-{type.Name}\"></a>").AppendLine();
                    if (type.Description is { } d)
                    {
                        md.AppendLine(Text(d.Trim())).AppendLine();
                    }

                    if (type.Key is { } key)
                    {
                        md.AppendLine(CultureInfo.InvariantCulture, $"Elements are identified by `{key}`.").AppendLine();
                    }

                    Fields(md, type.Fields);
                }

                break;
        }

        Section(md, "Sources");
        foreach (var src in s.Sources)
        {
            md.AppendLine(CultureInfo.InvariantCulture, $"- <a id=\"{src.Id}\"></a>**{src.Id}**: *{Text(src.Document)}*, {Text(src.Publisher)}, {src.Year}{(src.Section is null ? string.Empty : ", " + Text(src.Section))}{Link(src.Url)}");
        }

        return md.ToString();
    }

    private static void Section(StringBuilder md, string title) => md.Append("## ").AppendLine(title).AppendLine();

    private static void Rules(StringBuilder md, RulesStandard rules)
    {
        foreach (var r in rules.Rules)
        {
            Item(md, "##", r.Id, r.Id, r.Description, [], null);
            foreach (var p in r.When)
            {
                var where = p.Where is { Text.Length: > 0 } w ? $" where {Code(w.Text.ReplaceLineEndings(" ").Trim())}" : string.Empty;
                var pattern = p.Negated ? $"- No `{p.As}` in `{p.Each}`{where}" : $"- For each `{p.As}` in `{p.Each}`{where}";
                md.AppendLine(pattern);
            }

            if (r.Derive is { } d)
            {
                var on = d.Element is { } e ? $"the element `{e}` of `{d.Criterion}`" : $"`{d.Criterion}`";
                md.AppendLine(CultureInfo.InvariantCulture, $"- Then {on} is at most **{(d.Outcome is { } o ? KebabCase.Of(o) : "?")}**: {Text(d.Reason.Trim())}");
            }

            if (r.Salience != 0)
            {
                md.AppendLine(CultureInfo.InvariantCulture, $"- Salience: {r.Salience.ToString(CultureInfo.InvariantCulture)}");
            }

            md.AppendLine();
        }
    }

    private static void Scoring(StringBuilder md, ScoringScheme sc)
    {
        md.AppendLine(CultureInfo.InvariantCulture, $"Method: **{KebabCase.Of(sc.Method)}**{(sc.Aggregate is { } a ? $", aggregated as **{KebabCase.Of(a)}**" : string.Empty)}.").AppendLine();
        if (!sc.OutcomeValues.IsEmpty)
        {
            md.AppendLine("Outcome values: " + string.Join(", ", sc.OutcomeValues.OrderBy(v => v.Key).Select(v => string.Create(CultureInfo.InvariantCulture, $"{KebabCase.Of(v.Key)} = {v.Value}"))) + ".").AppendLine();
        }

        if (!sc.Levels.IsEmpty)
        {
            Section(md, "Levels");
            md.AppendLine("| score | label | mean outcome value |").AppendLine("|---:|---|---|");
            foreach (var l in sc.Levels.OrderByDescending(l => l.Score))
            {
                md.AppendLine(CultureInfo.InvariantCulture, $"| {l.Score} | {Text(l.Label)} | {Band(l.From, l.To, l.To == sc.Levels.Max(x => x.To))} |");
            }

            md.AppendLine();
        }

        Section(md, "Ratings");
        md.AppendLine("| rating | score | meaning |").AppendLine("|---|---|---|");
        foreach (var r in sc.Ratings.OrderByDescending(r => r.From))
        {
            md.AppendLine(CultureInfo.InvariantCulture, $"| {Text(r.Label)} | {Band(r.From, r.To, r.To == sc.Ratings.Max(x => x.To))} | {Text(r.Meaning ?? "")} |");
        }

        md.AppendLine();
        if (!sc.Limiters.IsEmpty)
        {
            Section(md, "Limiters");
            foreach (var l in sc.Limiters)
            {
                md.AppendLine(CultureInfo.InvariantCulture, $"- When {Code(l.When.Text.Trim())}, the rating is at most **{Text(l.CapAt)}**{(l.Description is { } d ? ": " + Text(d.Trim()) : string.Empty)}");
            }

            md.AppendLine();
        }
    }

    private static string Band(double from, double to, bool last) =>
        string.Create(CultureInfo.InvariantCulture, $"{from} to {(last ? to : $"below {to}")}");

    private static void Framework(StringBuilder md, Framework f)
    {
        if (f.RatingScale is { } scale)
        {
            Section(md, "Rating scale");
            foreach (var level in scale.Levels)
            {
                md.AppendLine(CultureInfo.InvariantCulture, $"- `{level.Id}`: {Text(level.Label)}{(level.Value is { } v ? string.Create(CultureInfo.InvariantCulture, $" (value {v})") : " (not scored)")}");
            }

            md.AppendLine();
        }

        if (!f.Roles.IsDefaultOrEmpty)
        {
            Section(md, "Roles");
            foreach (var role in f.Roles)
            {
                md.AppendLine(CultureInfo.InvariantCulture, $"- `{role.Role}`: {string.Join(", ", role.Domains.Select(d => $"[{d}](#{d})"))}");
            }

            md.AppendLine();
        }
    }

    private static void Fields(StringBuilder md, IEnumerable<EvidenceFieldDefinition> fields)
    {
        md.AppendLine("| field | type | unit | values | description |").AppendLine("|---|---|---|---|---|");
        foreach (var f in fields)
        {
            var values = !f.Allowed.IsDefaultOrEmpty ? string.Join(", ", f.Allowed.Select(a => $"`{a}`"))
                : f.Vocabulary is { } v ? $"vocabulary `{v}`"
                : f.Min is not null || f.Max is not null ? string.Create(CultureInfo.InvariantCulture, $"{(f.Min is { } lo ? lo.ToString(CultureInfo.InvariantCulture) : "…")} to {(f.Max is { } hi ? hi.ToString(CultureInfo.InvariantCulture) : "…")}")
                : string.Empty;
            if (f.AtMost is { } bound)
            {
                values += $"{(values.Length > 0 ? ", " : string.Empty)}at most `{bound}`";
            }

            var flags = (f.Sensitive ? " (sensitive)" : string.Empty) + (f.Protected ? " (protected characteristic)" : string.Empty);
            md.AppendLine(CultureInfo.InvariantCulture, $"| `{f.Name}` | {Text(f.Type.ToString())} | {Text(f.Unit ?? string.Empty)} | {values} | {Text((f.Description ?? string.Empty).ReplaceLineEndings(" ").Trim())}{flags} |");
        }

        md.AppendLine();
    }

    private static void Item(StringBuilder md, string level, string id, string title, string? text, IEnumerable<SourceCitation> sources, StandardStatus? status)
    {
        md.AppendLine(CultureInfo.InvariantCulture, $"{level} {Text(title)} <a id=\"{id}\"></a>").AppendLine();
        md.AppendLine(CultureInfo.InvariantCulture, $"`{id}`{(status is { } st ? $" · {KebabCase.Of(st)}" : string.Empty)}").AppendLine();
        if (text is not null)
        {
            md.AppendLine(Text(text.Trim())).AppendLine();
        }

        var cited = string.Join("; ", sources.Select(c => $"[{c.Ref}](#{c.Ref}){(c.Section is null ? string.Empty : ", " + Text(c.Section))}"));
        if (cited.Length > 0)
        {
            md.AppendLine(CultureInfo.InvariantCulture, $"Sources: {cited}").AppendLine();
        }
    }

    private static void Criteria(StringBuilder md, IEnumerable<Criterion> criteria)
    {
        foreach (var c in criteria)
        {
            Item(md, "####", c.Id, c.Title, c.Statement, c.Sources, c.Status);
            if (c.ForEach is { } fe)
            {
                md.AppendLine(CultureInfo.InvariantCulture, $"- For each `{fe.As}` in `{fe.Each}`");
            }

            Line(md, "Applies when", c.Applies);
            Line(md, "Met when", c.Met);
            Line(md, "Partly met when", c.PartiallyMet);
            if (c.WhenEmpty is { } empty)
            {
                md.AppendLine(CultureInfo.InvariantCulture, $"- With no elements: {KebabCase.Of(empty)}");
            }

            if (c.Weight != 1)
            {
                md.AppendLine(CultureInfo.InvariantCulture, $"- Weight: {c.Weight.ToString(CultureInfo.InvariantCulture)}");
            }
            if (c.Category is not null)
            {
                md.AppendLine(CultureInfo.InvariantCulture, $"- Evidence category: {Text(c.Category)}");
            }

            if (c.Score is not null)
            {
                md.AppendLine(CultureInfo.InvariantCulture, $"- Scored by the organisation's own score: {Code(c.Score)}");
            }

            if (c.Action is not null)
            {
                md.AppendLine(CultureInfo.InvariantCulture, $"- Action when not met: {Text(c.Action)} (owner: {Text(c.Owner ?? "")})");
            }

            md.AppendLine();
        }
    }

    private static void Line(StringBuilder md, string label, Condition? condition)
    {
        if (condition is not null)
        {
            md.AppendLine(CultureInfo.InvariantCulture, $"- {label}: {Code(condition.Text.ReplaceLineEndings(" ").Trim())}");
        }
    }

    /// <summary>
    /// A code span that shows <paramref name="text"/> exactly, backticks included: its fence is one backtick longer than
    /// the longest run inside, and padded when the text starts or ends with one (CommonMark §6.1).
    /// </summary>
    public static string Code(string text)
    {
        var longest = 0;
        for (var i = 0; i < text.Length;)
        {
            var run = 0;
            while (i < text.Length && text[i] == '`')
            {
                run++;
                i++;
            }

            longest = Math.Max(longest, run);
            i += run == 0 ? 1 : 0;
        }

        var fence = new string('`', longest + 1);
        var pad = text.StartsWith('`') || text.EndsWith('`') ? " " : string.Empty;
        return fence + pad + text + pad + fence;
    }

    /// <summary>
    /// Text from the standards, for Markdown: <c>&lt;</c>, <c>&gt;</c> and <c>&amp;</c> become entities (no raw HTML),
    /// brackets and the table bar are escaped (no links, no broken tables), and a line never starts a heading, quote,
    /// list or fence; emphasis is left to the author.
    /// </summary>
    public static string Text(string text)
    {
        var sb = new StringBuilder(text.Length + 8);
        var lineStart = true;
        for (var i = 0; i < text.Length; i++)
        {
            var ch = text[i];
            var next = i + 1 < text.Length ? text[i + 1] : '\n';
            if (lineStart && (ch is '#' or '~' or '`' || (ch is '-' or '+' or '*' or '=' && (next is ' ' or '\n' || next == ch))))
            {
                sb.Append('\\'); // a line of text never starts a heading, quote, list, rule or code fence
            }
            else if (lineStart && char.IsAsciiDigit(ch))
            {
                var end = i;
                while (end < text.Length && char.IsAsciiDigit(text[end]))
                {
                    end++;
                }

                if (end < text.Length && text[end] is '.' or ')')
                {
                    sb.Append(text, i, end - i).Append('\\').Append(text[end]); // "1." would start a numbered list
                    i = end;
                    lineStart = false;
                    continue;
                }
            }

            lineStart = ch == '\n' || (lineStart && ch == ' ');
            _ = ch switch
            {
                '<' => sb.Append("&lt;"),
                '>' => sb.Append("&gt;"),
                '&' => sb.Append("&amp;"),
                '[' or ']' or '|' or '\\' => sb.Append('\\').Append(ch),
                _ => sb.Append(ch),
            };
        }

        return sb.ToString();
    }

    /// <summary>A source's address as an autolink when it is http(s); any other scheme is shown as code, never linked.</summary>
    private static string Link(string? url) =>
        url is null ? string.Empty
        : Uri.TryCreate(url, UriKind.Absolute, out var u) && (u.Scheme == Uri.UriSchemeHttps || u.Scheme == Uri.UriSchemeHttp) && !url.Contains('>', StringComparison.Ordinal) ? $" <{url}>"
        : $" `{url.Replace("`", "'", StringComparison.Ordinal)}`";
}

using System.CommandLine;
using System.Net;
using System.Text;
using InclusionStandards.Cli.Output;
using Markdig;

namespace InclusionStandards.Cli.Commands;

/// <summary><c>inclusion docs [PATH…] [--out DIR]</c>: Markdown and HTML pages per standard, plus an index.</summary>
internal static class DocsCommand
{
    public static Command Create()
    {
        var paths = StandardsInput.PathsArgument();
        var outDir = new Option<string>("--out", "-o") { Description = "Directory to write the pages to.", DefaultValueFactory = _ => "docs/standards" };
        var command = new Command("docs", "Render the standards as Markdown and HTML pages (criteria, conditions, sources, version) with an index.") { paths, outDir };
        command.SetAction(parse =>
        {
            var result = StandardsInput.Load(parse.GetValue(paths));
            if (result.HasErrors)
            {
                DiagnosticWriter.WriteText(parse.InvocationConfiguration.Error, result.Diagnostics, result.Files.Length);
                return ExitCodes.Errors;
            }

            StandardsInput.WarnOfWarnings(parse.GetValue(paths), result, parse.InvocationConfiguration.Error);
            var dir = parse.GetValue(outDir)!;
            OutputPaths.PrepareDirectory(dir);
            var builder = new MarkdownPipelineBuilder().UseAdvancedExtensions();
            builder.Extensions.RemoveAll(e => e is Markdig.Extensions.AutoIdentifiers.AutoIdentifierExtension); // items carry their own anchors (their ids)
            var pipeline = builder.Build();
            var index = new StringBuilder($"# Standards\n\nCatalog `{result.Catalog.ContentHash}`\n\n| standard | kind | version | status |\n|---|---|---|---|\n");
            foreach (var s in result.Catalog.Standards)
            {
                var md = StandardMarkdown.Render(s);
                var page = s.Id == "index" ? "index.standard" : s.Id; // ids have no dots: the index page keeps its name
                AtomicFile.WriteText(Path.Combine(dir, page + ".md"), md);
                AtomicFile.WriteText(Path.Combine(dir, page + ".html"), Html(s.Title, Markdown.ToHtml(md, pipeline)));
                index.Append($"| [{StandardMarkdown.Text(s.Title)}]({page}.md) | {s.Kind} | {s.Version} | {s.Status} |\n");
            }

            AtomicFile.WriteText(Path.Combine(dir, "index.md"), index.ToString());
            AtomicFile.WriteText(Path.Combine(dir, "index.html"), Html("Standards", Markdown.ToHtml(index.ToString().Replace(".md)", ".html)", StringComparison.Ordinal), pipeline)));
            parse.InvocationConfiguration.Output.WriteLine($"wrote {result.Catalog.Standards.Length} standard(s) and an index to {dir}");
            return ExitCodes.Ok;
        });
        return command;
    }

    private static string Html(string title, string body) =>
        $"<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>{WebUtility.HtmlEncode(title)}</title>" +
        "<style>body{font-family:system-ui,sans-serif;max-width:60rem;margin:2rem auto;padding:0 1rem;line-height:1.5}code{background:#f3f3f3;padding:0 .2em}table{border-collapse:collapse}td,th{border:1px solid #ccc;padding:.2em .5em}</style>" +
        $"</head><body>\n{body}</body></html>\n";
}

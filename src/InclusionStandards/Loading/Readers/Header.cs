using System.Collections.Immutable;
using InclusionStandards.Diagnostics;
using InclusionStandards.Model;
using InclusionStandards.Validation;

namespace InclusionStandards.Loading.Readers;

/// <summary>The header every standard has, read once and copied into the kind-specific record.</summary>
internal sealed record Header(
    string Id, string Version, string Title, StandardStatus Status, string? Summary,
    ImmutableArray<Source> Sources, string File, SourceLocation Location, string Hash)
{
    public static readonly string[] Keys = ["kind", "id", "version", "title", "status", "summary", "sources"];

    public static string[] With(params string[] more) => [.. Keys, .. more];

    public static Header Read(MapReader r, string hash)
    {
        var id = r.Id();
        var versionNode = r.Scalar("version", true);
        if (versionNode is not null && !Patterns.IsSemVer(versionNode.Value))
        {
            r.Ctx.Error(DiagnosticCodes.InvalidVersion, $"'{versionNode.Value}' is not a SemVer 2.0 version (MAJOR.MINOR.PATCH, e.g. 0.1.0).", versionNode.Start);
        }

        var title = r.RequiredString("title");
        var status = r.Enum<StandardStatus>("status", true) ?? StandardStatus.Draft;
        var sources = r.Items("sources", true);
        if (sources.Count == 0 && r.Node("sources") is not null)
        {
            r.Ctx.Error(DiagnosticCodes.MissingSources, "A standard needs at least one source in 'sources'.", r.LocationOf("sources"));
        }

        var list = sources
            .Select(n => new MapReader(r.Ctx, n, "a source", "id", "document", "publisher", "year", "section", "url"))
            .Where(s => s.IsValid)
            .Select(s => new Source
            {
                Id = s.Id(),
                Document = s.RequiredString("document"),
                Publisher = s.RequiredString("publisher"),
                Year = s.Int("year", true) ?? 0,
                Section = s.String("section"),
                Url = WebAddress(s),
                Location = s.LocationOf("id"),
            })
            .ToImmutableArray();
        return new Header(id, versionNode?.Value ?? string.Empty, title, status, r.String("summary"), list, r.Ctx.File, r.LocationOf("id"), hash);
    }

    /// <summary>A source's <c>url</c>; one that is not an absolute http(s) address is kept, with warning STD111.</summary>
    private static string? WebAddress(MapReader source)
    {
        var url = source.String("url");
        if (url is not null && !(Uri.TryCreate(url, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp)))
        {
            source.Ctx.Warning(DiagnosticCodes.SourceUrlNotWeb, $"The url '{url}' is not an http(s) address; pages show it as text, not as a link.", source.LocationOf("url"));
        }

        return url;
    }
}

using System.Collections.Immutable;
using InclusionStandards.Diagnostics;

namespace InclusionStandards.Model;

/// <summary>
/// The header every standards document has (kind, id, version, title, status, summary, sources), and the base
/// of the kind-specific records. Immutable.
/// </summary>
public abstract record Standard
{
    /// <summary>The kind of document.</summary>
    public abstract StandardKind Kind { get; }

    /// <summary>The kebab-case id, unique across the catalog.</summary>
    public required string Id { get; init; }

    /// <summary>The SemVer 2.0 version, as written (e.g. <c>0.1.0</c>).</summary>
    public required string Version { get; init; }

    /// <summary>The title.</summary>
    public required string Title { get; init; }

    /// <summary>The life-cycle status.</summary>
    public required StandardStatus Status { get; init; }

    /// <summary>An optional one-paragraph summary.</summary>
    public string? Summary { get; init; }

    /// <summary>The documents the standard draws on; items cite them by id.</summary>
    public required ImmutableArray<Source> Sources { get; init; }

    /// <summary>The file (path or resource name) it was loaded from.</summary>
    public required string File { get; init; }

    /// <summary>Where the document starts (the location of its <c>id</c> value).</summary>
    public required SourceLocation Location { get; init; }

    /// <summary>The content hash of the file: <c>sha256:</c> and lowercase hex of its canonical text (LF line endings, no BOM).</summary>
    public required string ContentHash { get; init; }

    /// <summary>Looks up a declared source by id.</summary>
    public Source? FindSource(string id) => Sources.FirstOrDefault(s => s.Id == id);
}

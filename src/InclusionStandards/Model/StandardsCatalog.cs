using System.Collections.Immutable;
using System.Security.Cryptography;
using System.Text;

namespace InclusionStandards.Model;

/// <summary>
/// All standards loaded together: the validated, immutable input to compilation and evaluation. Thread-safe.
/// </summary>
public sealed record StandardsCatalog
{
    private StandardsCatalog(ImmutableArray<Standard> standards, string contentHash)
    {
        Standards = standards;
        ContentHash = contentHash;
    }

    /// <summary>The standards, ordered by id (ordinal).</summary>
    public ImmutableArray<Standard> Standards { get; }

    /// <summary>
    /// The catalog's content hash: <c>sha256:</c> and lowercase hex of the lines <c>id version hash</c> of every
    /// standard in id order. Stable across platforms and line endings.
    /// </summary>
    public string ContentHash { get; }

    /// <summary>The evidence schema; <see langword="null"/> only in an invalid catalog.</summary>
    public EvidenceSchema? EvidenceSchema => Standards.OfType<EvidenceSchema>().FirstOrDefault();

    /// <summary>Creates a catalog from standards (in any order).</summary>
    public static StandardsCatalog Create(IEnumerable<Standard> standards)
    {
        ArgumentNullException.ThrowIfNull(standards);
        var sorted = standards.OrderBy(s => s.Id, StringComparer.Ordinal).ThenBy(s => s.File, StringComparer.Ordinal).ToImmutableArray();
        var text = new StringBuilder();
        foreach (var s in sorted)
        {
            text.Append(s.Id).Append(' ').Append(s.Version).Append(' ').Append(s.ContentHash).Append('\n');
        }

        var hash = "sha256:" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text.ToString())));
        return new StandardsCatalog(sorted, hash);
    }

    /// <summary>The standards of one kind, in id order.</summary>
    public IEnumerable<T> OfKind<T>()
        where T : Standard => Standards.OfType<T>();

    /// <summary>Looks up a standard by id.</summary>
    public Standard? FindStandard(string id) => Standards.FirstOrDefault(s => s.Id == id);

    /// <summary>Looks up a vocabulary (of any taxonomy) by id.</summary>
    public Vocabulary? FindVocabulary(string id) =>
        OfKind<Taxonomy>().SelectMany(t => t.Vocabularies).FirstOrDefault(v => v.Id == id);

    /// <summary>Every indicator of every indicators standard, with its standard.</summary>
    public IEnumerable<(Indicator Indicator, IndicatorsStandard Standard)> EnumerateIndicators() =>
        OfKind<IndicatorsStandard>().SelectMany(s => s.Indicators.Select(i => (i, s)));

    /// <summary>
    /// Every criterion of every standard with its owning scope, in catalog order (standards by id; within a
    /// standard, in file order). Indicators with bands are criteria too but are listed by <see cref="EnumerateIndicators"/>.
    /// </summary>
    public ImmutableArray<CatalogCriterion> EnumerateCriteria() => [.. Standards.SelectMany(CatalogCriteria.Of)];

    /// <summary>Builds the evidence record types from <see cref="EvidenceSchema"/>.</summary>
    /// <exception cref="InvalidOperationException">The catalog has no evidence schema.</exception>
    public EvidenceRecordTypes BuildEvidenceRecordTypes() =>
        (EvidenceSchema ?? throw new InvalidOperationException("The catalog has no evidence-schema document.")).BuildRecordTypes();
}

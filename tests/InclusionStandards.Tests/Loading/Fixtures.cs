using InclusionStandards.Diagnostics;
using InclusionStandards.Loading;
using InclusionStandards.Validation;

namespace InclusionStandards.Tests.Loading;

/// <summary>A small valid catalog as inline YAML; tests replace one file with a broken one.</summary>
internal static class Fixtures
{
    public const string Evidence = """
        kind: evidence-schema
        id: evidence
        version: 0.1.0
        title: Evidence
        status: proposed
        sources:
          - { id: src-a, document: Doc, publisher: Pub, year: 2020 }
        types:
          Organisation:
            description: An organisation.
            fields:
              odsCode: { type: string }
              name: { type: string }
              type: { type: string, vocabulary: organisation-types }
          BoardMember:
            description: A board member.
            key: id
            fields:
              id: { type: string }
              voting: { type: bool }
              objectives: { type: list<string> }
          Programme:
            description: A programme.
            key: id
            fields:
              id: { type: string }
              objectives: { type: list<string> }
        root:
          organisation: { type: Organisation, description: The organisation. }
          boardMembers: { type: list<BoardMember>, description: Board members. }
          programmes: { type: list<Programme>, description: Programmes. }
          headcount: { type: int, description: Staff. }
        """;

    public const string Taxonomy = """
        kind: taxonomy
        id: tax
        version: 1.0.0
        title: Taxonomy
        status: proposed
        sources:
          - { id: src-t, document: Doc, publisher: Pub, year: 2020 }
        vocabularies:
          - id: organisation-types
            title: Organisation types
            sources: [ { ref: src-t, section: Part 2 } ]
            terms:
              - { id: acute-trust, label: Acute trust }
        """;

    public const string Scoring = """
        kind: scoring
        id: cqc-style
        version: 0.1.0
        title: CQC style
        status: proposed
        sources:
          - { id: src-s, document: Doc, publisher: Pub, year: 2020 }
        method: levels
        outcomeValues: { met: 1, partially-met: 0.5, not-met: 0 }
        levels:
          - { score: 2, label: Good, from: 0.5, to: 1 }
          - { score: 1, label: Poor, from: 0, to: 0.5 }
        aggregate: percentage
        ratings:
          - { label: Low, from: 0, to: 50 }
          - { label: High, from: 50, to: 100 }
        """;

    public const string Domain = """
        kind: domain
        id: inclusive-domain
        version: 0.1.0
        title: Inclusive
        status: proposed
        sources:
          - { id: src-d, document: Doc, publisher: Pub, year: 2020 }
        keyQuestion: inclusive
        scoring: cqc-style
        evidenceCategories: [processes, outcomes]
        statements:
          - id: inc-s1
            title: Statement one
            statement: We do things.
            sources: [ { ref: src-d, section: Part 1 } ]
            criteria:
              - id: inc-c1
                title: Members have objectives
                statement: Each voting member has an objective.
                for: { each: boardMembers, as: member }
                applies: "member.voting"
                met: "size(member.objectives) > 0"
                category: processes
                sources: [ { ref: src-d, section: Part 3 } ]
        """;

    public static Dictionary<string, string> Valid() => new()
    {
        ["evidence.yaml"] = Evidence,
        ["taxonomy.yaml"] = Taxonomy,
        ["scoring.yaml"] = Scoring,
        ["domain.yaml"] = Domain,
    };

    /// <summary>Loads the valid catalog with <paramref name="file"/> replaced (or added) by <paramref name="text"/>.</summary>
    public static LoadResult LoadWith(string file, string text, LoaderOptions? options = null)
    {
        var files = Valid();
        files[file] = text;
        return StandardsLoader.LoadTexts(files, options);
    }

    /// <summary>The single diagnostic with <paramref name="code"/>; fails if there is not exactly one.</summary>
    public static Diagnostic Single(LoadResult result, string code)
    {
        var found = result.Diagnostics.Where(d => d.Code == code).ToList();
        Assert.True(found.Count == 1, $"Expected one {code}; got:\n{string.Join("\n", result.Diagnostics)}");
        return found[0];
    }

    public static void AssertAt(Diagnostic d, string file, int line, int column) =>
        Assert.Equal(new SourceLocation(file, line, column), d.Location);

    /// <summary>Asserts that <paramref name="d"/> is at the first occurrence of <paramref name="token"/> in <paramref name="text"/> (shifted by <paramref name="columnShift"/> columns).</summary>
    public static void AssertAt(Diagnostic d, string file, string text, string token, int columnShift = 0)
    {
        var index = text.IndexOf(token, StringComparison.Ordinal);
        Assert.True(index >= 0, $"token '{token}' not in text");
        var line = 1 + text[..index].Count(c => c == '\n');
        var lineStart = index == 0 ? 0 : text.LastIndexOf('\n', index - 1) + 1;
        var column = index - lineStart + 1 + columnShift;
        AssertAt(d, file, line, column);
    }
}

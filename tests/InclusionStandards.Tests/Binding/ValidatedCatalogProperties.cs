using InclusionStandards.Assessments;
using System.Text.RegularExpressions;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using InclusionStandards.Evaluation;
using InclusionStandards.Tests.Evaluation;
using static InclusionStandards.Tests.Binding.ShippedEdits;

namespace InclusionStandards.Tests.Binding;

/// <summary>
/// "Validates clean ⇒ compiles and evaluates", over the shipped standards and generated mutations of their conditions:
/// literal changes, reference edits and type changes. And rewrites that keep a condition's meaning (a string literal
/// split into a folded concatenation, parentheses around a literal or a field) evaluate exactly like the original.
/// </summary>
public sealed partial class ValidatedCatalogProperties
{
    private static readonly string[] Examples = ["strong-acute-trust.yaml", "struggling-trust.yaml", "icb-partial-evidence.yaml"];

    private static readonly Lazy<List<Site>> AllSites = new(() =>
        [.. Shipped.OrderBy(f => f.Key, StringComparer.Ordinal).SelectMany(f => ConditionScalar().Matches(f.Value)
            .Select(m => new Site(f.Key, m.Groups["body"].Index, m.Groups["body"].Value)))]);

    private static readonly Lazy<string[]> Ids = new(() =>
        [.. TestCatalog.Standards.Catalog.EnumerateCriteria().Select(c => c.Criterion.Id), .. TestCatalog.Standards.Catalog.EnumerateIndicators().Select(i => i.Indicator.Id)]);

    private static readonly Lazy<string[]> Strings = new(() =>
        [.. TestCatalog.Standards.Catalog.OfKind<InclusionStandards.Model.Taxonomy>().SelectMany(t => t.Vocabularies).SelectMany(v => v.Terms).Select(t => t.Id).Distinct().Take(40),
            "met", "partially-met", "not-met", "not-applicable", "insufficient-evidence", "", "chair", "acute-trust", "2024-03-31T00:00:00Z"]);

    private static readonly string[] Numbers = ["0", "3", "3.0", "uint(3)", "-1", "1e3", "0.5", "int(2.5)", "double(3)", "1 / 0", "9223372036854775807 + 1"];

    private static readonly string[] Wraps = ["string({0})", "double({0})", "int({0})", "size({0})", "has({0})", "{0} + 1", "[{0}]", "!{0}", "{0}.size()", "type({0}) == string"];

    private static readonly Lazy<IReadOnlyDictionary<string, IReadOnlyList<string>>> Reference = new(() =>
        Examples.ToDictionary(e => e, e => Outcomes(TestCatalog.Standards, e)));

    private static Gen<Mutation> Mutations(bool meaningKept) =>
        from site in Gen.Choose(0, AllSites.Value.Count - 1)
        from kind in meaningKept ? Gen.Elements(MutationKind.Split, MutationKind.Parenthesise) : Gen.Elements(MutationKind.StringLiteral, MutationKind.Number, MutationKind.Reference, MutationKind.Wrap)
        from a in Gen.Choose(0, 1000)
        from b in Gen.Choose(0, 1000)
        select new Mutation(site, kind, a, b);

    [Property(MaxTest = 40)]
    public Property MutatedConditions_ThatValidateClean_CompileAndEvaluate() =>
        Prop.ForAll(Arb.From(Mutations(meaningKept: false)), m =>
        {
            if (Apply(m) is not { } files)
            {
                return;
            }

            var load = Load(files);
            if (load.HasErrors)
            {
                Assert.All(load.Diagnostics.Where(d => d.IsError), d => Assert.True(d.Location is { Line: > 0, Column: > 0 } && d.Location.File.Length > 0, $"{m}: unlocated {d}"));
                return;
            }

            var compiled = CompiledStandards.Compile(load.Catalog, out var diagnostics);
            Assert.True(compiled is not null, $"{Describe(m)} validates clean but does not compile:\n{string.Join("\n", diagnostics)}");
            foreach (var example in Examples)
            {
                var read = compiled!.Evidence.Parse(File.ReadAllText(TestCatalog.Example(example)), example);
                var assessment = new Evaluator(compiled).Evaluate(read.Document!, new DateOnly(2024, 6, 30));
                Assert.DoesNotContain(assessment.Criteria, c => c.Error is { } e && e.Contains("not available", StringComparison.Ordinal));
            }
        });

    [Property(MaxTest = 30)]
    public Property RewritesThatKeepTheMeaning_EvaluateLikeTheOriginal() =>
        Prop.ForAll(Arb.From(Mutations(meaningKept: true)), m =>
        {
            if (Apply(m) is not { } files)
            {
                return;
            }

            var load = Load(files);
            Assert.False(load.HasErrors, $"{Describe(m)}:\n{string.Join("\n", load.Diagnostics.Where(d => d.IsError))}");
            var compiled = CompiledStandards.Compile(load.Catalog, out var diagnostics);
            Assert.True(compiled is not null, string.Join("\n", diagnostics));
            foreach (var example in Examples)
            {
                Assert.Equal(Reference.Value[example], Outcomes(compiled!, example));
            }
        });

    private static string Describe(Mutation m)
    {
        var site = AllSites.Value[m.Site];
        return $"{m.Kind} in {site.File} '{site.Body}' → '{Mutate(site.Body, m)}'";
    }

    /// <summary>The shipped files with the mutation applied; null when the condition has nothing the mutation can change.</summary>
    private static Dictionary<string, string>? Apply(Mutation m)
    {
        var site = AllSites.Value[m.Site];
        if (Mutate(site.Body, m) is not { } body || body == site.Body)
        {
            return null;
        }

        var files = new Dictionary<string, string>(Shipped, StringComparer.Ordinal);
        var text = files[site.File];
        files[site.File] = text[..site.Start] + body + text[(site.Start + site.Body.Length)..];
        return files;
    }

    private static string? Mutate(string body, Mutation m)
    {
        var strings = StringLiteral().Matches(body).ToList();
        bool InString(int at) => strings.Any(s => at > s.Index && at < s.Index + s.Length);
        var numbers = NumberLiteral().Matches(body).Where(x => !InString(x.Index)).ToList();
        var paths = FieldPath().Matches(body).Where(x => !InString(x.Index)).ToList();
        var references = ReferenceCall().Matches(body).ToList();
        Match? Pick(List<Match> list) => list.Count == 0 ? null : list[m.A % list.Count];
        string Replace(Match at, string with) => body[..at.Index] + with + body[(at.Index + at.Length)..];
        switch (m.Kind)
        {
            case MutationKind.StringLiteral when Pick(strings) is { } s:
                return Replace(s, $"'{Strings.Value[m.B % Strings.Value.Length]}'");
            case MutationKind.Number when Pick(numbers) is { } n:
                return Replace(n, Numbers[m.B % Numbers.Length]);
            case MutationKind.Reference when Pick(references) is { } r:
                var id = r.Groups["id"].Value;
                var fn = r.Groups["fn"].Value;
                return Replace(r, (m.B % 6) switch
                {
                    0 => $"{(fn == "outcome" ? "indicator" : "outcome")}('{id}')",
                    1 => $"{fn}('{id}x')",
                    2 => $"{fn}(organisation.name)",
                    3 => $"{fn}('{id[..(id.Length / 2)]}' + '{id[(id.Length / 2)..]}')",
                    _ => $"{fn}('{Ids.Value[m.B % Ids.Value.Length]}')",
                });
            case MutationKind.Wrap when Pick(paths) is { } p:
                return Replace(p, string.Format(System.Globalization.CultureInfo.InvariantCulture, Wraps[m.B % Wraps.Length], p.Value));
            case MutationKind.Split when Pick(strings) is { Length: > 3 } s:
                var value = s.Value[1..^1];
                var cut = 1 + (m.B % (value.Length - 1));
                return Replace(s, $"('{value[..cut]}' + '{value[cut..]}')");
            case MutationKind.Parenthesise when (m.B % 2 == 0 ? Pick(numbers) ?? Pick(paths) : Pick(paths) ?? Pick(numbers)) is { } x:
                return Replace(x, $"({x.Value})");
            default:
                return null;
        }
    }

    [GeneratedRegex("""(?<=\b(?:met|partiallyMet|applies|value|where): ")(?<body>(?:[^"\\\n]|\\.)*)(?=")""")]
    private static partial Regex ConditionScalar();

    [GeneratedRegex("'[^'\\\\]*'")]
    private static partial Regex StringLiteral();

    [GeneratedRegex(@"(?<![\w.'])\d+(?:\.\d+)?(?![\w.(])")]
    private static partial Regex NumberLiteral();

    [GeneratedRegex(@"(?<![\w.'])[a-zA-Z_]\w*(?:\.[a-zA-Z_]\w*)+(?![\w(])")]
    private static partial Regex FieldPath();

    [GeneratedRegex(@"(?<fn>outcome|indicator)\('(?<id>[^']+)'\)")]
    private static partial Regex ReferenceCall();

    private sealed record Site(string File, int Start, string Body);

    /// <summary>One edit: which condition, what kind, and two choices (which token, which replacement).</summary>
    public sealed record Mutation(int Site, MutationKind Kind, int A, int B);

    /// <summary>The kinds of edit.</summary>
    public enum MutationKind
    {
        /// <summary>Another string literal (a vocabulary term, an outcome name, a misspelling).</summary>
        StringLiteral,

        /// <summary>Another number, of another type (int, double, uint) or a constant operation.</summary>
        Number,

        /// <summary>outcome()/indicator() of another id, a misspelt id, a non-constant argument, a folded constant, the other function.</summary>
        Reference,

        /// <summary>A field wrapped in a conversion or operation that changes its type.</summary>
        Wrap,

        /// <summary>A string literal split into a folded concatenation (meaning kept).</summary>
        Split,

        /// <summary>Parentheses around a number or a field (meaning kept).</summary>
        Parenthesise,
    }
}

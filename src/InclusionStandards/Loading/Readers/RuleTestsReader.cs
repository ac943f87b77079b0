using InclusionStandards.Diagnostics;
using System.Collections.Immutable;
using InclusionStandards.Loading.Yaml;
using InclusionStandards.Model;

namespace InclusionStandards.Loading.Readers;

/// <summary>Reads <c>kind: rule-tests</c> (format §8).</summary>
internal static class RuleTestsReader
{
    public static readonly string[] Keys = Header.With("description", "tests");

    /// <summary>The outcomes a criterion can have, as rule tests write them.</summary>
    private static readonly string[] Outcomes = ["met", "partially-met", "not-met", "insufficient-evidence", "not-applicable"];

    public static RuleTestFile Read(MapReader r)
    {
        var tests = r.Items("tests", true)
            .Select(n => new MapReader(r.Ctx, n, "a test", "name", "description", "base", "patch", "given", "expect"))
            .Where(t => t.IsValid)
            .Select(ReadTest)
            .ToImmutableArray();
        var names = new HashSet<string>(StringComparer.Ordinal);
        foreach (var t in tests.Where(t => !string.IsNullOrEmpty(t.Name) && !names.Add(t.Name)))
        {
            // Failures are reported by name: two tests of one name could not be told apart.
            r.Ctx.Error(DiagnosticCodes.InvalidValue, $"The test name '{TextChecks.Escape(t.Name)}' is used twice in this file; give each test its own name.", t.Location);
        }

        return new RuleTestFile { Id = r.Id(), File = r.Ctx.File, Location = r.LocationOf("id"), Tests = tests };
    }

    private static RuleTest ReadTest(MapReader t)
    {
        var expect = ImmutableArray.CreateBuilder<RuleExpectation>();
        foreach (var (key, value) in t.Entries("expect", true))
        {
            if (value is not YScalar s)
            {
                t.Ctx.Error(DiagnosticCodes.WrongType, $"The expectation '{key.Value}' must be a single value, not {value.Describe}.", value.Start);
                continue;
            }

            var expectation = Expectation(key, s.Value);
            if (Problem(expectation) is { } problem)
            {
                t.Ctx.Error(DiagnosticCodes.InvalidValue, problem, key.Start);
                continue;
            }

            expect.Add(expectation);
        }

        if (t.Scalar("base") is { } given && (string.IsNullOrWhiteSpace(given.Value) || given.Value.Any(char.IsControl)))
        {
            t.Ctx.Error(DiagnosticCodes.InvalidValue, $"'base' must name an evidence file, not '{TextChecks.Escape(given.Value)}'.", given.Start);
        }

        if (expect.Count == 0 && t.Node("expect") is { } empty)
        {
            // A test that expects nothing passes whatever the standards do: it would only give false confidence.
            t.Ctx.Error(DiagnosticCodes.MissingKey, "The test's 'expect' is empty: name at least one criterion, indicator or scope and the outcome it must have.", empty.Start);
        }

        if (t.Node("given") is not null && (t.Node("base") is not null || t.Node("patch") is not null))
        {
            t.Ctx.Error(DiagnosticCodes.InvalidValue, "A test gives either 'given' or 'base'/'patch', not both.", t.LocationOf("given"));
        }

        return new RuleTest
        {
            Name = t.RequiredString("name"),
            Base = t.String("base"),
            Patch = t.Node("patch") is { } p ? DataNodes.From(p) : null,
            Given = t.Node("given") is { } g ? DataNodes.From(g) : null,
            Expect = expect.ToImmutable(),
            Location = t.LocationOf("name"),
        };
    }

    /// <summary>Why an expectation cannot be checked as written (a malformed key, an outcome that does not exist); null when it can.</summary>
    private static string? Problem(RuleExpectation e)
    {
        var shown = TextChecks.Escape(e.Target);
        if (e.Id.Length == 0 || e.Id.AsSpan().IndexOfAny('[', ']') >= 0 || e.ElementKey is { Length: 0 } || e.ElementKey?.AsSpan().IndexOfAny('[', ']') >= 0)
        {
            return $"The expectation '{shown}' is not an id, 'id[element]', 'rating:id', 'score:id' or 'value:id'.";
        }

        if (e.Aspect == "outcome" && !Outcomes.Contains(e.Expected.Trim()))
        {
            return $"The expectation '{shown}' expects '{TextChecks.Escape(e.Expected)}', which is not an outcome (met, partially-met, not-met, insufficient-evidence, not-applicable).";
        }

        return null;
    }

    private static RuleExpectation Expectation(YScalar key, string expected)
    {
        var text = key.Value;
        var aspect = "outcome";
        foreach (var prefix in new[] { "rating", "score", "value" })
        {
            if (text.StartsWith(prefix + ":", StringComparison.Ordinal))
            {
                aspect = prefix;
                text = text[(prefix.Length + 1)..];
                break;
            }
        }

        string? element = null;
        var open = text.IndexOf('[', StringComparison.Ordinal);
        if (aspect == "outcome" && open > 0 && text.EndsWith(']'))
        {
            element = text[(open + 1)..^1];
            text = text[..open];
        }

        return new RuleExpectation { Target = key.Value, Aspect = aspect, Id = text, ElementKey = element, Expected = expected, Location = key.Start };
    }
}

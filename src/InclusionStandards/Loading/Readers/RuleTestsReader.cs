using InclusionStandards.Diagnostics;
using System.Collections.Immutable;
using InclusionStandards.Loading.Yaml;
using InclusionStandards.Model;

namespace InclusionStandards.Loading.Readers;

/// <summary>Reads <c>kind: rule-tests</c> (format §8).</summary>
internal static class RuleTestsReader
{
    public static readonly string[] Keys = Header.With("description", "tests");

    public static RuleTestFile Read(MapReader r) => new()
    {
        Id = r.Id(),
        File = r.Ctx.File,
        Location = r.LocationOf("id"),
        Tests = [.. r.Items("tests", true)
            .Select(n => new MapReader(r.Ctx, n, "a test", "name", "description", "base", "patch", "given", "expect"))
            .Where(t => t.IsValid)
            .Select(ReadTest)],
    };

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

            expect.Add(Expectation(key, s.Value));
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

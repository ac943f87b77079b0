using System.Text.Json;
using InclusionStandards.Conditions;

namespace InclusionStandards.CelConformance;

/// <summary>Runs one conformance test: declare, compile, bind, evaluate, compare.</summary>
internal static class ConformanceCase
{
    public static (ConformanceOutcome Outcome, string Detail) Run(JsonElement test)
    {
        var expr = test.GetProperty("expr").GetString()!;
        var disableCheck = test.TryGetProperty("disable_check", out var dc) && dc.GetBoolean();
        var env = CelEnvironment.Default;
        try
        {
            if (test.TryGetProperty("type_env", out var typeEnv))
            {
                foreach (var decl in typeEnv.EnumerateArray())
                {
                    if (decl.TryGetProperty("ident", out var ident))
                    {
                        env = env.WithVariable(decl.GetProperty("name").GetString()!, ConformanceValues.Type(ident.GetProperty("type")));
                    }
                }
            }

            var values = new Dictionary<string, object?>();
            if (test.TryGetProperty("bindings", out var bindings))
            {
                foreach (var b in bindings.EnumerateObject())
                {
                    values[b.Name] = ConformanceValues.Value(b.Value.GetProperty("value"));
                    if (!env.Variables.Any(v => v.Name == b.Name))
                    {
                        env = env.WithVariable(b.Name, CelType.Dyn);
                    }
                }
            }

            var compiled = env.Compile(expr);
            if (compiled.Condition is not { } condition)
            {
                var message = string.Join("; ", compiled.Diagnostics.Select(d => d.Code + " " + d.Message));
                return (disableCheck ? ConformanceOutcome.Rejected : ConformanceOutcome.Failed, "did not compile: " + message);
            }

            var result = condition.Evaluate(env.Variables.Select(v => values.GetValueOrDefault(v.Name)).ToArray());
            return Compare(test, result);
        }
        catch (Exception e) when (e is NotSupportedException or FormatException)
        {
            return (ConformanceOutcome.Failed, "unsupported test data: " + e.Message);
        }
    }

    private static (ConformanceOutcome, string) Compare(JsonElement test, ConditionResult result)
    {
        var actual = $"got {result.Kind} {result}";
        if (test.TryGetProperty("eval_error", out _) || test.TryGetProperty("any_eval_errors", out _))
        {
            return (result.IsError ? ConformanceOutcome.Passed : ConformanceOutcome.Failed, actual);
        }

        if (result.IsError || result.IsUnknown)
        {
            return (ConformanceOutcome.Failed, actual);
        }

        object? expected = true;
        if (test.TryGetProperty("value", out var v))
        {
            expected = ConformanceValues.Value(v);
        }

        return ConformanceComparer.Same(expected, result.Value)
            ? (ConformanceOutcome.Passed, actual)
            : (ConformanceOutcome.Failed, actual + $", expected {expected}");
    }
}

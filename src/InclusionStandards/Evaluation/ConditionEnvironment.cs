using System.Collections.Immutable;
using System.Reflection;
using System.Text.RegularExpressions;
using InclusionStandards.Conditions;
using InclusionStandards.Model;
using InclusionStandards.Rules.Facts;

namespace InclusionStandards.Evaluation;

/// <summary>
/// The condition-language environment of a catalog (standards format §4): every root field of the evidence
/// schema (with <c>organisation</c>, <c>period</c>, <c>assessmentDate</c>) as a variable, plus
/// <c>outcome('id')</c> and <c>indicator('id')</c>. Immutable and thread-safe.
/// </summary>
internal sealed partial class ConditionEnvironment
{
    private static readonly CelFunction OutcomeFunction = CelFunction.FromMethod(
        "outcome", [CelType.String], CelType.String, typeof(DerivedValues).GetMethod(nameof(DerivedValues.Outcome), BindingFlags.Public | BindingFlags.Static)!);

    private static readonly CelFunction IndicatorFunction = CelFunction.FromMethod(
        "indicator", [CelType.String], CelType.Double, typeof(DerivedValues).GetMethod(nameof(DerivedValues.Indicator), BindingFlags.Public | BindingFlags.Static)!);

    public ConditionEnvironment(EvidenceRecordTypes types)
    {
        Types = types;
        var env = CelEnvironment.Default.WithFunction(OutcomeFunction).WithFunction(IndicatorFunction).WithFunction(Validation.StandardsFunctions.MonthsBetweenFunction).WithFunction(Validation.StandardsFunctions.WithinMonthsFunction);
        foreach (var field in types.Root.Fields)
        {
            env = env.WithVariable(field.Name, CelType.Of(field.Type));
        }

        Root = env;
    }

    /// <summary>The record types of the evidence schema.</summary>
    public EvidenceRecordTypes Types { get; }

    /// <summary>The environment of organisation-level conditions.</summary>
    public CelEnvironment Root { get; }

    /// <summary>The environment of a per-element condition: the root variables and the element variable last.</summary>
    public CelEnvironment ForElement(string name, RecordType type) => Root.WithVariable(name, type);

    /// <summary>The arguments for the root variables, from an evidence root record (missing fields are null).</summary>
    public object?[] RootArguments(Record root)
    {
        var args = new object?[Types.Root.Fields.Length];
        for (var i = 0; i < args.Length; i++)
        {
            args[i] = root.GetValue(i);
        }

        return args;
    }

    /// <summary>The criteria ids a condition reads through <c>outcome('…')</c>.</summary>
    public static IEnumerable<string> OutcomeCalls(string text) => OutcomeCall().Matches(text).Select(m => m.Groups[2].Value);

    /// <summary>The indicator ids a condition reads through <c>indicator('…')</c>.</summary>
    public static IEnumerable<string> IndicatorCalls(string text) => IndicatorCall().Matches(text).Select(m => m.Groups[2].Value);

    [GeneratedRegex(@"\boutcome\(\s*(['""])([^'""]+)\1\s*\)")]
    private static partial Regex OutcomeCall();

    [GeneratedRegex(@"\bindicator\(\s*(['""])([^'""]+)\1\s*\)")]
    private static partial Regex IndicatorCall();
}

using System.Collections.Immutable;
using System.Reflection;
using InclusionStandards.Conditions.Runtime;

namespace InclusionStandards.Conditions;

/// <summary>
/// The built-in domain functions for workforce-equality indicators (see <c>docs/conditions.md</c>). They are
/// registered through the same <see cref="CelFunction"/> mechanism as host functions. Thread-safe.
/// </summary>
public static class DomainFunctions
{
    /// <summary>All domain function overloads, as registered in <see cref="CelEnvironment.Default"/>.</summary>
    public static ImmutableArray<CelFunction> All { get; } = Build();

    /// <summary><c>proportion(n, d)</c>: n / d. Error when d is zero.</summary>
    public static double Proportion(double numerator, double denominator) =>
        denominator == 0 ? throw new CelErrorException("proportion: the denominator is zero") : numerator / denominator;

    /// <summary><c>percent(n, d)</c>: 100 × n / d. Error when d is zero.</summary>
    public static double Percent(double numerator, double denominator) =>
        denominator == 0 ? throw new CelErrorException("percent: the denominator is zero") : 100 * numerator / denominator;

    /// <summary>
    /// <c>relativeLikelihood(aNum, aDen, bNum, bDen)</c>: (aNum / aDen) ÷ (bNum / bDen), e.g. the likelihood of white
    /// applicants being appointed from shortlisting relative to BME applicants (WRES indicator 2). Error when a
    /// denominator or the comparison proportion is zero.
    /// </summary>
    public static double RelativeLikelihood(double aNumerator, double aDenominator, double bNumerator, double bDenominator)
    {
        if (aDenominator == 0 || bDenominator == 0)
        {
            throw new CelErrorException("relativeLikelihood: a denominator is zero");
        }

        // (aNum / aDen) / (bNum / bDen), computed as one division so that e.g. 30/100 against 20/100 is exactly 1.5.
        return bNumerator == 0
            ? throw new CelErrorException("relativeLikelihood: the comparison group's proportion is zero")
            : aNumerator * bDenominator / (aDenominator * bNumerator);
    }

    /// <summary><c>ppGap(aNum, aDen, bNum, bDen)</c>: the percentage-point gap percent(aNum, aDen) − percent(bNum, bDen).</summary>
    public static double PercentagePointGap(double aNumerator, double aDenominator, double bNumerator, double bDenominator) =>
        Percent(aNumerator, aDenominator) - Percent(bNumerator, bDenominator);

    /// <summary><c>ppGap(aPercent, bPercent)</c>: aPercent − bPercent, for figures already given as percentages.</summary>
    public static double PercentagePointGap(double aPercent, double bPercent) => aPercent - bPercent;

    /// <summary><c>withinBand(x, lo, hi)</c>: lo ≤ x ≤ hi (inclusive). Error when lo &gt; hi.</summary>
    public static bool WithinBand(double value, double low, double high) =>
        low > high ? throw new CelErrorException($"withinBand: the band [{low}, {high}] is empty") : value >= low && value <= high;

    /// <summary><c>abs(x)</c>: the absolute value.</summary>
    public static double Abs(double value) => Math.Abs(value);

    /// <summary><c>round(x, digits)</c>: rounds half away from zero to 0–10 decimal places.</summary>
    public static double Round(double value, long digits) =>
        digits is < 0 or > 10 ? throw new CelErrorException("round: digits must be between 0 and 10") : Math.Round(value, (int)digits, MidpointRounding.AwayFromZero);

    /// <summary>
    /// <c>wilsonLow(ratePercent, base)</c>: the lower end, in percent, of the 95 % Wilson score interval for a survey
    /// rate of <paramref name="ratePercent"/> % among <paramref name="respondents"/> respondents. Error when the base is
    /// not positive or the rate is outside 0–100.
    /// </summary>
    public static double WilsonLow(double ratePercent, long respondents) => Wilson(ratePercent, respondents).Low;

    /// <summary><c>wilsonHigh(ratePercent, base)</c>: the upper end, in percent, of the 95 % Wilson score interval (see <see cref="WilsonLow"/>).</summary>
    public static double WilsonHigh(double ratePercent, long respondents) => Wilson(ratePercent, respondents).High;

    /// <summary>
    /// <c>surveyRate(ratePercent, base, minBase)</c>: the rate itself when at least <paramref name="minimumBase"/>
    /// respondents answered; otherwise an error that says the result is of low confidence (with the 95 % Wilson
    /// interval), so the criterion reading it is insufficient evidence rather than met or not met on a handful of answers.
    /// </summary>
    public static double SurveyRate(double ratePercent, long respondents, long minimumBase)
    {
        if (respondents >= minimumBase)
        {
            return ratePercent;
        }

        var (low, high) = respondents > 0 ? Wilson(ratePercent, respondents) : (0, 100);
        throw new CelErrorException(string.Create(System.Globalization.CultureInfo.InvariantCulture,
            $"low confidence: the rate of {ratePercent:0.#}% rests on {respondents} respondents, fewer than the minimum of {minimumBase}; its 95% interval is {low:0.#}% to {high:0.#}%"));
    }

    private static (double Low, double High) Wilson(double ratePercent, long respondents)
    {
        if (respondents <= 0)
        {
            throw new CelErrorException("wilson interval: the base must be at least one respondent");
        }

        if (ratePercent is < 0 or > 100 || double.IsNaN(ratePercent))
        {
            throw new CelErrorException("wilson interval: the rate must be a percentage between 0 and 100");
        }

        const double z = 1.959963984540054; // the two-sided 95 % normal quantile
        var n = (double)respondents;
        var p = ratePercent / 100;
        var centre = (p + z * z / (2 * n)) / (1 + z * z / n);
        var half = z / (1 + z * z / n) * Math.Sqrt(p * (1 - p) / n + z * z / (4 * n * n));
        return (100 * Math.Max(0, centre - half), 100 * Math.Min(1, centre + half));
    }

    private static ImmutableArray<CelFunction> Build()
    {
        var list = new List<CelFunction>();
        void Add(string name, string method, int arity, CelType result, Type[]? types = null)
        {
            var m = typeof(DomainFunctions).GetMethod(method, BindingFlags.Public | BindingFlags.Static, types ?? Enumerable.Repeat(typeof(double), arity).ToArray())!;
            foreach (var t in new[] { CelType.Int, CelType.Double })
            {
                var ps = m.GetParameters().Select(p => p.ParameterType == typeof(long) ? CelType.Int : t).ToArray();
                list.Add(CelFunction.FromMethod(name, ps, result, m));
            }
        }

        Add("proportion", nameof(Proportion), 2, CelType.Double);
        Add("percent", nameof(Percent), 2, CelType.Double);
        Add("relativeLikelihood", nameof(RelativeLikelihood), 4, CelType.Double);
        Add("ppGap", nameof(PercentagePointGap), 4, CelType.Double);
        Add("ppGap", nameof(PercentagePointGap), 2, CelType.Double);
        Add("withinBand", nameof(WithinBand), 3, CelType.Bool);
        Add("abs", nameof(Abs), 1, CelType.Double);
        Add("round", nameof(Round), 2, CelType.Double, [typeof(double), typeof(long)]);
        Add("wilsonLow", nameof(WilsonLow), 2, CelType.Double, [typeof(double), typeof(long)]);
        Add("wilsonHigh", nameof(WilsonHigh), 2, CelType.Double, [typeof(double), typeof(long)]);
        Add("surveyRate", nameof(SurveyRate), 3, CelType.Double, [typeof(double), typeof(long), typeof(long)]);
        list.Add(CelFunction.FromMethod("abs", [CelType.Int], CelType.Int, typeof(Math).GetMethod(nameof(Math.Abs), [typeof(long)])!));
        list.RemoveAll(f => f.Name == "abs" && f.Parameters[0].Equals(CelType.Int) && f.Result.Equals(CelType.Double));
        return [.. list];
    }
}

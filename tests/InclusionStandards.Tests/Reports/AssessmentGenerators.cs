using InclusionStandards.Evaluation;
using InclusionStandards.Scoring;
using System.Collections.Immutable;
using FsCheck;
using FsCheck.Fluent;
using InclusionStandards.Assessments;
using InclusionStandards.Model;
using OrganisationInfo = InclusionStandards.Model.OrganisationInfo;
using AssessmentPeriod = InclusionStandards.Model.AssessmentPeriod;
using Outcome = InclusionStandards.Model.Outcome;

namespace InclusionStandards.Tests.Reports;

/// <summary>FsCheck generators of random but valid assessments (finite numbers, well-formed UTF-16 text).</summary>
internal static class AssessmentGenerators
{
    private static readonly string[] Tokens =
        ["a", "Z", "0", "9", " ", "-", ".", "\"", "\\", "/", "\n", "\r", "\t", "\u0001", "\u007f", "é", "ß", "中", "😀", "<", ">", "&", "'", "\u2028", "NHS", "£"];

    public static Gen<string> Text =>
        Gen.Choose(0, 12).SelectMany(n => Gen.ArrayOf(Gen.Elements(Tokens), n)).Select(parts => string.Concat(parts));

    public static Gen<string?> OptionalText => Gen.Frequency((3, Text.Select(s => (string?)s)), (1, Gen.Constant<string?>(null)));

    public static Gen<double> Number => Gen.Frequency(
        (4, ArbMap.Default.GeneratorFor<double>().Where(double.IsFinite)),
        (1, Gen.Elements(0.0, -0.0, 0.1, 1.0 / 3, double.MaxValue, double.MinValue, double.Epsilon, 1e-300, 123456789.125)));

    public static Gen<double?> OptionalNumber => Gen.Frequency((3, Number.Select(d => (double?)d)), (1, Gen.Constant<double?>(null)));

    public static Gen<DateOnly> Date => Gen.Choose(0, DateOnly.MaxValue.DayNumber).Select(DateOnly.FromDayNumber);

    public static Gen<Outcome> Outcomes => Gen.Elements(Enum.GetValues<Outcome>());

    public static Arbitrary<Assessment> Assessments => Assessment.ToArbitrary();

    private static Gen<ImmutableArray<T>> List<T>(Gen<T> gen, int max = 4) =>
        Gen.Choose(0, max).SelectMany(n => Gen.ArrayOf(gen, n)).Select(a => a.ToImmutableArray());

    private static Gen<EvidenceValue> Evidence =>
        from path in Text from value in OptionalText from sensitive in ArbMap.Default.GeneratorFor<bool>() from unit in OptionalText
        select new EvidenceValue(path, value, sensitive, unit);

    private static Gen<CriterionResult> Criterion(int depth) =>
        from ids in Gen.ArrayOf(Text, 4)
        from subject in OptionalText
        from outcome in Outcomes
        from score in OptionalNumber
        from reasons in List(Text)
        from evidence in List(Evidence)
        from missing in List(Text)
        from rules in List(Text)
        from error in OptionalText
        from elements in depth > 0 ? List(Criterion(depth - 1), 3) : Gen.Constant(ImmutableArray<CriterionResult>.Empty)
        select new CriterionResult
        {
            CriterionId = ids[0], StandardId = ids[1], ScopeId = ids[2], Title = ids[3], Subject = subject, Outcome = outcome,
            Score = score, Reasons = reasons, EvidenceUsed = evidence, MissingEvidence = missing, RulesFired = rules,
            Error = error, Elements = elements,
        };

    private static Gen<IndicatorResult> Indicator =>
        from ids in Gen.ArrayOf(Text, 4)
        from numbers in Gen.ArrayOf(OptionalNumber, 3)
        from outcome in Gen.Frequency((3, Outcomes.Select(o => (Outcome?)o)), (1, Gen.Constant<Outcome?>(null)))
        from draft in ArbMap.Default.GeneratorFor<bool>()
        from missing in List(Text)
        from inputs in List(Evidence)
        select new IndicatorResult
        {
            IndicatorId = ids[0], StandardId = ids[1], Title = ids[2], Unit = ids[3], Value = numbers[0], BandFrom = numbers[1],
            BandTo = numbers[2], Outcome = outcome, Draft = draft, MissingEvidence = missing, Inputs = inputs,
        };

    private static Gen<ScopeResult> Scope =>
        from ids in Gen.ArrayOf(Text, 4)
        from optional in Gen.ArrayOf(OptionalText, 3)
        from numbers in Gen.ArrayOf(OptionalNumber, 2)
        from counts in List(ArbMap.Default.GeneratorFor<int>(), 5)
        from notes in List(Text)
        select new ScopeResult
        {
            Kind = ids[0], ScopeId = ids[1], Title = ids[2], Scheme = ids[3], Subject = optional[0], Rating = optional[1],
            LimitedBy = optional[2], Score = numbers[0], MaxScore = numbers[1], OutcomeCounts = counts, Notes = notes,
        };

    private static Gen<Assessment> Assessment =>
        from org in Gen.ArrayOf(Text, 3)
        from dates in Gen.ArrayOf(Date, 3)
        from hash in Text
        from standards in List(Gen.ArrayOf(Text, 5).Select(s => new StandardReference(s[0], s[1], s[2], s[3], s[4])))
        from criteria in List(Criterion(1))
        from indicators in List(Indicator)
        from scopes in List(Scope)
        from missing in List(Text)
        from firings in ArbMap.Default.GeneratorFor<int>()
        select new Assessment
        {
            Organisation = new OrganisationInfo(org[0], org[1], org[2]), Period = new AssessmentPeriod(dates[0], dates[1]),
            AssessmentDate = dates[2], CatalogHash = hash, Standards = standards, Criteria = criteria, Indicators = indicators,
            Scopes = scopes, MissingEvidence = missing, RuleFirings = firings,
        };
}

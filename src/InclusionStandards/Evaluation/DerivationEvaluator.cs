using System.Collections.Immutable;
using InclusionStandards.Compilation;
using InclusionStandards.Conditions;
using InclusionStandards.Evidence;
using InclusionStandards.Rules.Facts;

namespace InclusionStandards.Evaluation;

/// <summary>
/// Evaluates a rule of a <c>kind: rules</c> file against one organisation's evidence: every combination of elements of
/// its positive patterns whose conditions hold and for which no element of a <c>not</c> pattern matches derives one
/// finding. Missing evidence is unknown, as in criteria: a combination that holds only if some unknown condition does is
/// derived undecided (its outcome null, the missing paths named) rather than dropped or counted. A rule stops, with an
/// error finding, after <see cref="MaxEvaluations"/> condition evaluations (patterns over large lists multiply).
/// </summary>
internal sealed class DerivationEvaluator(EvidenceInspector inspector, EvidenceSchemaInfo schema)
{
    /// <summary>The most condition evaluations one rule may make for one organisation.</summary>
    public const int MaxEvaluations = 100_000;

    public RuleResult Evaluate(CompiledDerivationRule rule, EvaluationFacts facts)
    {
        var search = new Search(this, rule, facts);
        try
        {
            search.Run(0, new Uncertainty([], null));
        }
        catch (BudgetExceeded)
        {
            // Nothing it found can be trusted: the criterion, and every element it could have been about, is undecided.
            search.Found.Clear();
            var error = $"the rule stopped after {MaxEvaluations:N0} condition evaluations; its patterns combine too many elements (narrow them with 'where')";
            IEnumerable<string?> subjects = [null];
            if (rule.ElementPattern is { } e && facts.Document.Elements.TryGetValue(rule.Patterns[e].List, out var records))
            {
                subjects = subjects.Concat(records.Select((r, i) => (string?)ElementFact.KeyOf(r, KeyOf(r), i)));
            }

            search.Found.AddRange(subjects.Select(subject => new DerivedFinding
            {
                RuleId = rule.Id, CriterionId = rule.Criterion, Subject = subject, Potential = rule.Outcome, Reason = rule.Reason,
                Salience = rule.Definition.Salience, Error = error,
            }));
        }

        return new RuleResult(rule.Id, [.. search.Found.Distinct()]);
    }

    /// <summary>What is not yet known about a partial match: the evidence paths missing so far, and the first error.</summary>
    private sealed record Uncertainty(ImmutableArray<string> Missing, string? Error)
    {
        public bool IsCertain => Missing.IsEmpty && Error is null;

        public Uncertainty With(ConditionResult r) => r.Kind switch
        {
            ConditionResultKind.Unknown => this with { Missing = Missing.AddRange(r.MissingPaths) },
            ConditionResultKind.Error => this with { Error = Error ?? r.ErrorMessage },
            ConditionResultKind.Value => this with { Error = Error ?? $"a 'where' gave {r} where true or false was expected" },
            _ => this,
        };
    }

    private sealed class BudgetExceeded : Exception;

    private sealed class Search(DerivationEvaluator owner, CompiledDerivationRule rule, EvaluationFacts facts)
    {
        private readonly List<ElementFact> _bound = [];
        private readonly List<string> _boundNames = [];
        private int _evaluations;

        public List<DerivedFinding> Found { get; } = [];

        public void Run(int k, Uncertainty uncertainty)
        {
            if (k == rule.Patterns.Length)
            {
                Found.Add(Derive(uncertainty));
                return;
            }

            var p = rule.Patterns[k];
            var document = facts.Document;
            if (!document.Root.Has(p.List))
            {
                // Whether any element matches cannot be known: the match is undecided on the list itself.
                var unknown = uncertainty with { Missing = uncertainty.Missing.Add(p.List) };
                if (p.Negated)
                {
                    Run(k + 1, unknown);
                }
                else
                {
                    Found.Add(Derive(unknown));
                }

                return;
            }

            var records = document.Elements.TryGetValue(p.List, out var r) ? r : [];
            if (p.Negated)
            {
                var blocked = uncertainty;
                for (var i = 0; i < records.Length; i++)
                {
                    var result = Test(p, records[i]);
                    if (result.IsTrue)
                    {
                        return; // an element matches: the 'not' fails
                    }

                    if (result.Kind != ConditionResultKind.False)
                    {
                        blocked = blocked.With(Rename(result, p.As, Element(p, records[i], i)));
                    }
                }

                Run(k + 1, blocked);
                return;
            }

            for (var i = 0; i < records.Length; i++)
            {
                var result = Test(p, records[i]);
                if (result.Kind == ConditionResultKind.False)
                {
                    continue;
                }

                var element = Element(p, records[i], i);
                _bound.Add(element);
                _boundNames.Add(p.As);
                Run(k + 1, result.IsTrue ? uncertainty : uncertainty.With(Rename(result, p.As, element)));
                _bound.RemoveAt(_bound.Count - 1);
                _boundNames.RemoveAt(_boundNames.Count - 1);
            }
        }

        private ConditionResult Test(CompiledRulePattern p, Record candidate)
        {
            if (p.Where is not { } where)
            {
                return ConditionResult.True;
            }

            var result = Evaluate(p, where, candidate);
            return result.IsError && p.ReadsSensitive ? ConditionResult.Error(SensitiveEvidence.WithheldError) : result;
        }

        private ConditionResult Evaluate(CompiledRulePattern p, CompiledCondition where, Record candidate)
        {
            if (++_evaluations > MaxEvaluations)
            {
                throw new BudgetExceeded();
            }

            var args = new object?[facts.RootArguments.Length + p.BoundBefore + 1];
            facts.RootArguments.CopyTo(args, 0);
            for (var i = 0; i < p.BoundBefore; i++)
            {
                args[facts.RootArguments.Length + i] = _bound[i].Record;
            }

            args[^1] = candidate;
            return where.Evaluate(args);
        }

        private ElementFact Element(CompiledRulePattern p, Record record, int index) =>
            new(p.List, index, ElementFact.KeyOf(record, owner.KeyOf(record), index), record);

        /// <summary>Missing paths of a condition, named by element key (<c>programmes[p-01].evaluation</c>) rather than by variable.</summary>
        private ConditionResult Rename(ConditionResult result, string candidateName, ElementFact candidate)
        {
            if (result.Kind != ConditionResultKind.Unknown)
            {
                return result;
            }

            return ConditionResult.Unknown(result.MissingPaths.Select(m =>
            {
                var renamed = owner.PathOf(m, facts.Document, candidateName, candidate);
                for (var i = 0; i < _bound.Count && renamed == m; i++)
                {
                    renamed = owner.PathOf(m, facts.Document, _boundNames[i], _bound[i]);
                }

                return renamed == m ? owner.PathOf(m, facts.Document, null, null) : renamed;
            }));
        }

        private DerivedFinding Derive(Uncertainty uncertainty) => new()
        {
            RuleId = rule.Id,
            CriterionId = rule.Criterion,
            Subject = rule.ElementPattern is { } e && rule.Patterns[e].BoundBefore < _bound.Count ? _bound[rule.Patterns[e].BoundBefore].Key : null,
            Outcome = uncertainty.IsCertain ? rule.Outcome : null,
            Potential = rule.Outcome,
            Reason = rule.Reason,
            Matched = [.. _bound.Select(b => $"{b.List}[{b.Key}]")],
            Missing = [.. uncertainty.Missing.Distinct().Order(StringComparer.Ordinal)],
            Error = uncertainty.Error,
            Salience = rule.Definition.Salience,
        };
    }

    private string? KeyOf(Record record) => schema.KeyOf(record.Type);

    private string PathOf(string path, EvidenceDocument document, string? name, ElementFact? element) => inspector.EvidencePath(path, document, name, element);
}

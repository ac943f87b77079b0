using System.Collections.Immutable;
using InclusionStandards.Diagnostics;
using InclusionStandards.Model;

namespace InclusionStandards.Validation;

/// <summary>Checks values: one evidence schema with a proper Organisation, element keys, bands and ranges.</summary>
internal sealed class CheckStage : IValidationStage
{
    public string Name => "check";

    public void Run(ValidationContext context)
    {
        var schemas = context.Catalog.OfKind<EvidenceSchema>().ToList();
        if (schemas.Count != 1)
        {
            // Located at the second schema, or (none found) at the first standard read: every diagnostic has a place.
            var where = schemas.Count > 1 ? schemas[1].Location : context.Catalog.Standards.FirstOrDefault()?.Location;
            context.Error(DiagnosticCodes.EvidenceSchemaCount, $"A catalog has exactly one evidence-schema document; found {schemas.Count}" +
                (schemas.Count == 0 ? " (if the standards folder has one, it failed to load: see its errors)" : string.Empty) +
                ". Validate the whole standards folder, not single files.", where);
        }

        foreach (var schema in schemas)
        {
            CheckSchema(context, schema);
        }

        foreach (var scheme in context.Catalog.OfKind<ScoringScheme>())
        {
            if (scheme.Method == ScoringMethod.Levels && scheme.Levels.IsEmpty)
            {
                context.Error(DiagnosticCodes.MissingKey, "A 'levels' scheme needs 'levels' (mean outcome value → level score).", scheme.Location);
            }

            if (scheme.Ratings.IsEmpty)
            {
                context.Error(DiagnosticCodes.MissingKey, "A scoring scheme needs 'ratings' (bands on the score).", scheme.Location);
            }

            if (scheme.OutcomeValues.IsEmpty)
            {
                context.Error(DiagnosticCodes.MissingKey, "A scoring scheme needs 'outcomeValues' (met, partially-met, not-met).", scheme.Location);
            }

            BandCheck.Run(context, "levels", scheme.Levels.Select(l => (l.Label, l.From, l.To, l.Location)).ToList());
            BandCheck.Run(context, "ratings", scheme.Ratings.Select(l => (l.Label, l.From, l.To, l.Location)).ToList());
            foreach (var limiter in scheme.Limiters.Where(l => !scheme.Ratings.Any(r => r.Label == l.CapAt)))
            {
                context.Error(DiagnosticCodes.UnknownRating, $"capAt '{limiter.CapAt}' is not a rating label of this scheme.", limiter.CapAtLocation ?? limiter.Location);
            }

            foreach (var limiter in scheme.Limiters.Where(l => l.When.Text.Length > 0 && LimiterCondition.Parse(l.When.Text) is null))
            {
                context.Error(DiagnosticCodes.LimiterCondition,
                    $"A limiter's 'when' is 'anyLevelAtMost(n)' (some part scored n or less) or 'countLevelAtMost(n) >= k' (at least k parts did), with n a level score and k a count, written in ASCII digits and at most 1,000,000; '{limiter.When.Text}' is not, so the cap would never apply.",
                    limiter.When.Location);
            }

            CheckScales(context, scheme);
        }

        foreach (var e in context.Catalog.EnumerateCriteria().Where(e => e.Standard is not DomainStandard && e.Criterion.Category is not null))
        {
            context.Warning(DiagnosticCodes.KeyWithoutEffect,
                $"'category' sorts a domain's criteria into its evidence categories; criterion '{e.Criterion.Id}' is in a {KebabCase.Of(e.Standard.Kind)}, where it has no effect.",
                e.Criterion.CategoryLocation ?? e.Criterion.Location);
        }

        RuleChecks.Run(context);

        foreach (var d in context.Catalog.OfKind<DomainStandard>().Where(d => !d.EvidenceCategories.IsEmpty))
        {
            foreach (var c in d.Statements.SelectMany(s => s.Criteria).Where(c => c.Category is null))
            {
                context.Error(DiagnosticCodes.MissingKey, $"Criterion '{c.Id}' needs a 'category' (one of {string.Join(", ", d.EvidenceCategories)}).", c.Location);
            }
        }

        foreach (var (indicator, _) in context.Catalog.EnumerateIndicators())
        {
            if (indicator.Band is { } b && b.From > b.To)
            {
                context.Error(DiagnosticCodes.EmptyBand, $"The band of '{indicator.Id}' runs from {b.From} to {b.To}; 'from' must not exceed 'to'.", b.Location);
            }
        }

        foreach (var v in context.Catalog.OfKind<Taxonomy>().SelectMany(t => t.Vocabularies))
        {
            foreach (var dup in v.Terms.GroupBy(t => t.Id).Where(g => g.Count() > 1).SelectMany(g => g.Skip(1)))
            {
                context.Error(DiagnosticCodes.DuplicateId, $"The term '{dup.Id}' appears twice in vocabulary '{v.Id}'.", dup.Location);
            }
        }
    }

    /// <summary>
    /// Bands that reach the highest value a scope can score (the
    /// lowest is not required: the lowest rating band may start above zero, like CQC's Inadequate at 25 %).
    /// </summary>
    private static void CheckScales(ValidationContext context, ScoringScheme scheme)
    {
        if (scheme.OutcomeValues.IsEmpty)
        {
            return;
        }

        var low = scheme.OutcomeValues.Values.Min();
        var high = scheme.OutcomeValues.Values.Max();
        if (scheme.Method == ScoringMethod.Levels && scheme.Levels.Length > 0)
        {
            var first = scheme.Levels.MinBy(l => l.From)!;
            var last = scheme.Levels.MaxBy(l => l.To)!;
            if (first.From > low || last.To < high)
            {
                context.Warning(DiagnosticCodes.BandsShort,
                    $"The levels run from {Number(first.From)} to {Number(last.To)}, but a mean outcome value can be anywhere from {Number(low)} to {Number(high)}: a scope outside the levels gets no level and is not scored.",
                    first.From > low ? first.Location : last.Location);
            }
        }

        var top = scheme.Method switch
        {
            ScoringMethod.Proportion => 100,
            ScoringMethod.Levels when scheme.Aggregate is null or ScoringAggregate.Percentage => 100,
            _ => (double?)null,
        };
        if (top is { } t && scheme.Ratings.Length > 0 && scheme.Ratings.MaxBy(r => r.To) is { } best && best.To < t)
        {
            context.Warning(DiagnosticCodes.BandsShort,
                $"The ratings stop at {Number(best.To)}, but a score can reach {Number(t)}: the best-scoring organisations would get no rating.",
                best.Location);
        }
    }

    private static string Number(double d) => d.ToString("0.###", System.Globalization.CultureInfo.InvariantCulture);

    private static void CheckSchema(ValidationContext context, EvidenceSchema schema)
    {
        var org = schema.FindType(EvidenceSchema.OrganisationTypeName);
        if (org is null)
        {
            context.Error(DiagnosticCodes.OrganisationType, "The evidence schema must declare the type 'Organisation' (odsCode, name, type).", schema.Location);
        }
        else
        {
            foreach (var name in new[] { "odsCode", "name", "type" })
            {
                if (org.FindField(name) is not { Type.Kind: TypeReferenceKind.String })
                {
                    context.Error(DiagnosticCodes.OrganisationType, $"The type 'Organisation' needs a string field '{name}'.", org.Location);
                }
            }
        }

        if (schema.FindRootField("organisation") is not { Type: { Kind: TypeReferenceKind.Named, Name: EvidenceSchema.OrganisationTypeName } })
        {
            context.Error(DiagnosticCodes.OrganisationType, "The evidence root needs 'organisation: { type: Organisation, … }'.", schema.Location);
        }

        foreach (var t in schema.Types.Where(t => t.Key is not null && t.FindField(t.Key!) is not { Type.Kind: TypeReferenceKind.String }))
        {
            context.Error(DiagnosticCodes.InvalidKey, $"The key '{t.Key}' of type '{t.Name}' must be one of its string fields.", t.Location);
        }

        foreach (var f in schema.Types.SelectMany(t => t.Fields).Concat(schema.Root).Where(f => f.Min > f.Max))
        {
            context.Error(DiagnosticCodes.EmptyBand, $"Field '{f.Name}' has min {f.Min} above max {f.Max}.", f.Location);
        }

        foreach (var (fields, owner, typeName) in schema.Types.Select(t => (t.Fields, $"type '{t.Name}'", (string?)t.Name)).Append((schema.Root, "the evidence root", null)))
        {
            foreach (var f in fields.Where(f => f.Group is not null && f.AtMost is null && !IsShare(f)))
            {
                context.Error(DiagnosticCodes.InvalidAtMost, $"'group' of '{f.Name}' sums it with the other parts of a breakdown, which needs the total they can never exceed: add 'atMost' (only shares in percent, unit percent with max 100, are parts of one whole without it).", f.Location);
            }

            foreach (var f in fields)
            {
                foreach (var (key, bound, at) in new[] { ("atMost", f.AtMost, f.AtMostLocation), ("usuallyAtMost", f.UsuallyAtMost, f.UsuallyAtMostLocation) })
                {
                    if (bound is not null && BoundProblem(schema, fields, owner, typeName, f, key, bound) is { } problem)
                    {
                        context.Error(DiagnosticCodes.InvalidAtMost, problem, at ?? f.Location);
                    }
                }

                if (f.ShareOf is { } of && (!IsNumber(f.Type) || fields.FirstOrDefault(x => x.Name == of) is not { } count || count == f || !IsNumber(count.Type)))
                {
                    var numeric = fields.Where(x => IsNumber(x.Type) && x != f).Select(x => x.Name).ToList();
                    context.Error(DiagnosticCodes.InvalidAtMost,
                        $"'shareOf' of '{f.Name}' must name the int or double field of {owner} counting those it is a share of, and '{f.Name}' must be a number; '{of}' is not one.{Loading.Levenshtein.DidYouMean(of, numeric)}",
                        f.Location);
                }
            }
        }
    }

    /// <summary>Why an <c>atMost</c> or <c>usuallyAtMost</c> cannot be checked; null when it can.</summary>
    private static string? BoundProblem(EvidenceSchema schema, ImmutableArray<EvidenceFieldDefinition> fields, string owner, string? typeName, EvidenceFieldDefinition f, string key, string bound)
    {
        var isRecord = f.Type.Kind == TypeReferenceKind.Named;
        if (!IsNumber(f.Type) && !isRecord)
        {
            return $"'{f.Name}' has '{key}', but it is not a number (int or double) or a record: only a count or an amount (or a record of them) can be bounded.";
        }

        bool Fits(EvidenceFieldDefinition? other) => other is not null && other != f && (isRecord ? other.Type.Kind == TypeReferenceKind.Named && other.Type.Name == f.Type.Name : IsNumber(other.Type));
        var wanted = isRecord ? $"a field of type {f.Type.Name}" : "an int or double field";
        if (!EvidenceBoundPaths.IsPath(bound))
        {
            if (Fits(fields.FirstOrDefault(x => x.Name == bound)))
            {
                return null;
            }

            var candidates = fields.Where(x => x != f && (isRecord ? x.Type.Name == f.Type.Name : IsNumber(x.Type))).Select(x => x.Name).ToList();
            return $"'{key}' of '{f.Name}' must name {wanted} of {owner}, or a path from the evidence root; '{bound}' is not one.{Loading.Levenshtein.DidYouMean(bound, candidates)}";
        }

        var holders = bound.Contains('*', StringComparison.Ordinal)
            ? (typeName is null ? [] : EvidenceBoundPaths.Holders(schema, typeName).ToList())
            : [string.Empty];
        if (holders.Count == 0)
        {
            return $"'{key}' of '{f.Name}' uses '*' (the name of the field holding this record), but no field holds {owner}.";
        }

        foreach (var holder in holders)
        {
            var path = EvidenceBoundPaths.Substitute(bound, holder);
            if (!Fits(EvidenceBoundPaths.Resolve(schema, path)))
            {
                return $"'{key}' of '{f.Name}' must be a path from the evidence root, through records, to {wanted}; '{path}'{(holder.Length > 0 ? $" (with * = '{holder}')" : string.Empty)} is not one.";
            }
        }

        return null;
    }

    /// <summary>A share in percent of one whole (0–100): fields of this kind may form a <c>group</c> without <c>atMost</c>.</summary>
    internal static bool IsShare(EvidenceFieldDefinition f) => IsNumber(f.Type) && f.Unit == "percent" && f.Max is <= 100 && f.Min is >= 0;

    private static bool IsNumber(TypeReference type) => type.Kind is TypeReferenceKind.Int or TypeReferenceKind.Double;
}

using InclusionStandards.Diagnostics;
using InclusionStandards.Evaluation;
using InclusionStandards.Evidence;

namespace InclusionStandards.Assessments;

/// <summary>
/// Evaluates many organisations in parallel over one shared <see cref="CompiledStandards"/>: inputs are taken in
/// chunks, each chunk is evaluated with <see cref="Parallel.ForEach{TSource}(IEnumerable{TSource}, Action{TSource})"/>,
/// and results are yielded in input order — deterministic output and flat memory for large batches.
/// Bad inputs are returned with their diagnostics; they never stop the others. Thread-safe.
/// </summary>
public sealed class BatchEvaluator
{
    private readonly Evaluator _evaluator;

    /// <summary>Creates a batch evaluator.</summary>
    /// <param name="standards">The compiled standards shared by all evaluations.</param>
    /// <param name="chunkSize">How many inputs are evaluated together before results are yielded; default 256.</param>
    public BatchEvaluator(CompiledStandards standards, int chunkSize = 256)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(chunkSize, 1);
        _evaluator = new Evaluator(standards);
        ChunkSize = chunkSize;
    }

    /// <summary>How many inputs are evaluated together.</summary>
    public int ChunkSize { get; }

    /// <summary>Evaluates every input; results in input order.</summary>
    /// <param name="inputs">Read results (from files or CSV rows), evaluated when they hold a document.</param>
    /// <param name="assessmentDate">
    /// The assessment date for every input; when <see langword="null"/>, each document's own date, else its period end.
    /// </param>
    /// <param name="progress">Called once per finished input (from worker threads).</param>
    public IEnumerable<BatchResult> Evaluate(IEnumerable<EvidenceReadResult> inputs, DateOnly? assessmentDate, Action? progress = null) =>
        Evaluate(inputs, assessmentDate, static (result, _) => result, progress);

    /// <summary>
    /// Evaluates every input and turns each result into <typeparamref name="T"/> on the worker thread that evaluated it
    /// (e.g. serialises it, so that writing the results does not wait for one thread); results in input order.
    /// </summary>
    /// <typeparam name="T">What each result becomes.</typeparam>
    /// <param name="inputs">Read results (from files or CSV rows), evaluated when they hold a document.</param>
    /// <param name="assessmentDate">The assessment date for every input (see the other overload).</param>
    /// <param name="project">Called once per input with its result and its evidence (null when it could not be read); must be thread-safe.</param>
    /// <param name="progress">Called once per finished input (from worker threads).</param>
    public IEnumerable<T> Evaluate<T>(IEnumerable<EvidenceReadResult> inputs, DateOnly? assessmentDate, Func<BatchResult, EvidenceDocument?, T> project, Action? progress = null)
    {
        ArgumentNullException.ThrowIfNull(inputs);
        ArgumentNullException.ThrowIfNull(project);
        return Run(inputs, assessmentDate, project, progress);
    }

    private IEnumerable<T> Run<T>(IEnumerable<EvidenceReadResult> inputs, DateOnly? assessmentDate, Func<BatchResult, EvidenceDocument?, T> project, Action? progress)
    {
        var index = 0;
        foreach (var chunk in inputs.Chunk(ChunkSize))
        {
            if (Array.IndexOf(chunk, null) is var at and >= 0)
            {
                throw new ArgumentException($"Input {index + at + 1} is null; every input is a read result (EvidenceReader.Parse, ReadFile or a CSV row).", nameof(inputs));
            }

            var results = new T[chunk.Length];
            var start = index;
            Parallel.For(0, chunk.Length, i =>
            {
                results[i] = project(EvaluateOne(start + i, chunk[i], assessmentDate), chunk[i].Document);
                progress?.Invoke();
            });
            foreach (var r in results)
            {
                yield return r;
            }

            index += chunk.Length;
        }
    }

    /// <summary>
    /// The inputs with every organisation and period after its first made an EVD119 error (lazily, in order): what a
    /// batch of exports should be evaluated on (the CLI does), so that no organisation is counted twice or given two
    /// answers. Evaluating one document repeatedly (a benchmark, a test) does not go through it.
    /// </summary>
    /// <param name="inputs">Read results, e.g. the rows of CSV exports and evidence files.</param>
    public static IEnumerable<EvidenceReadResult> RefuseDuplicates(IEnumerable<EvidenceReadResult> inputs)
    {
        ArgumentNullException.ThrowIfNull(inputs);
        return Filter(inputs);

        static IEnumerable<EvidenceReadResult> Filter(IEnumerable<EvidenceReadResult> inputs)
        {
            var seen = new Dictionary<(string, DateOnly, DateOnly), string>();
            foreach (var input in inputs)
            {
                yield return input is null ? input! : Once(input, seen);
            }
        }
    }

    /// <summary>
    /// EVD119: an organisation and period already in the batch (an export listing a trust twice, identical or not) is not
    /// evaluated again — its results would be counted twice, or two different answers given for one organisation.
    /// </summary>
    private static EvidenceReadResult Once(EvidenceReadResult input, Dictionary<(string, DateOnly, DateOnly), string> seen)
    {
        if (input.Document is not { } doc)
        {
            return input;
        }

        var key = (doc.Organisation.OdsCode.Trim().ToUpperInvariant(), doc.Period.Start, doc.Period.End);
        if (seen.TryAdd(key, doc.Source))
        {
            return input;
        }

        var first = seen[key];
        var error = Diagnostic.Error(EvidenceCodes.DuplicateOrganisationPeriod, string.Create(System.Globalization.CultureInfo.InvariantCulture,
            $"The organisation '{doc.Organisation.OdsCode}' for the period {doc.Period.Start:yyyy-MM-dd} to {doc.Period.End:yyyy-MM-dd} is already in this batch ({first}); it is not evaluated twice. Keep one."),
            Located(doc.Source));
        return input with { Document = null, Diagnostics = [.. input.Diagnostics, error] };
    }

    /// <summary>A source's location: <c>file.csv:line</c> names the row, a file its first line.</summary>
    private static SourceLocation Located(string source)
    {
        var colon = source.LastIndexOf(':');
        return colon > 0 && int.TryParse(source.AsSpan(colon + 1), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var line)
            ? new SourceLocation(source[..colon], line, 1)
            : new SourceLocation(source, 1, 1);
    }

    private BatchResult EvaluateOne(int index, EvidenceReadResult input, DateOnly? date)
    {
        var source = input.Document?.Source ?? input.Diagnostics.FirstOrDefault()?.Location?.File ?? $"input {index + 1}";
        if (!input.Succeeded)
        {
            return new BatchResult(index, source, null, input.Diagnostics);
        }

        var doc = input.Document!;
        if (date is { } given && given < doc.Period.Start)
        {
            return new BatchResult(index, doc.Source, null,
                [.. input.Diagnostics, Diagnostic.Error(EvidenceCodes.BadPeriod, PeriodMessages.AssessedBeforePeriod(given, doc.Period), new SourceLocation(doc.Source, 1, 1))]);
        }

        var asOf = date ?? doc.AssessmentDate ?? doc.Period.End;
        var assessment = _evaluator.Evaluate(doc, asOf);
        var fileAsOf = doc.AssessmentDate ?? doc.Period.End;
        var later = doc.EvidenceDates // dated after a --date earlier than the file's date; the reader warned of those after the file's
            .Where(d => EvidenceReader.IsAfter(d.Value, asOf) && !EvidenceReader.IsAfter(d.Value, fileAsOf))
            .Select(d => EvidenceReader.DatedAfter(d.Value, d.Location, d.Path, asOf)).ToList();
        return new BatchResult(index, doc.Source, assessment, later.Count == 0 ? input.Diagnostics : [.. input.Diagnostics, .. later]);
    }
}

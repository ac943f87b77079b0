using InclusionStandards.Diagnostics;

namespace InclusionStandards.Cli;

/// <summary>
/// The catalog of the diagnostic codes the command-line tool itself reports (documented in <c>docs/diagnostics.md</c>,
/// "Other tools"): <c>CLI</c> and three digits for the tool, <c>DIFF</c> and three digits for <c>inclusion diff</c>; each
/// constant is named by what went wrong and carries its severity and meaning (<see cref="DiagnosticCodeAttribute"/>).
/// The library's codes (<c>STD</c>, <c>EVD</c>, <c>CEL</c>, <c>EVL</c>) are in <see cref="DiagnosticCodes"/>; these stay in
/// the tool because no library user reports them. A code is never renumbered nor reused for another meaning.
/// </summary>
internal static class CliCodes
{
    /// <summary>CLI001: an unexpected failure inside the tool; the message names it, never a stack trace.</summary>
    [DiagnosticCode(DiagnosticSeverity.Error, "An unexpected failure inside the tool; the message names it, never a stack trace.")]
    public const string UnexpectedFailure = "CLI001";

    /// <summary>CLI002: --date is not a date in YYYY-MM-DD form.</summary>
    [DiagnosticCode(DiagnosticSeverity.Error, "--date is not a date in YYYY-MM-DD form.")]
    public const string InvalidDate = "CLI002";

    /// <summary>CLI003: explain: no criterion with that id in the evaluated standards, or no element with that key.</summary>
    [DiagnosticCode(DiagnosticSeverity.Error, "explain: no criterion with that id in the evaluated standards, or no element with that key.")]
    public const string UnknownCriterion = "CLI003";

    /// <summary>CLI004: the --out directory does not exist (or is a file), or --out names a directory instead of a file.</summary>
    [DiagnosticCode(DiagnosticSeverity.Error, "The --out directory does not exist (or is a file), or --out names a directory instead of a file.")]
    public const string OutPathUnusable = "CLI004";

    /// <summary>CLI005: --jsonl (JSON Lines) together with --format md or html.</summary>
    [DiagnosticCode(DiagnosticSeverity.Error, "--jsonl (JSON Lines) together with --format md or html.")]
    public const string JsonLinesWithFormat = "CLI005";

    /// <summary>CLI006: the --mapping file loads but holds no column mapping (kind: csv-mapping).</summary>
    [DiagnosticCode(DiagnosticSeverity.Error, "The --mapping file loads but holds no column mapping (kind: csv-mapping).")]
    public const string NoColumnMapping = "CLI006";

    /// <summary>CLI007: the folders given hold no evidence file at their top level; nothing is evaluated.</summary>
    [DiagnosticCode(DiagnosticSeverity.Error, "The folders given hold no evidence file at their top level; nothing is evaluated.")]
    public const string NoEvidenceFiles = "CLI007";

    /// <summary>CLI008: the evidence holds no organisation at all (a CSV file with only its header row).</summary>
    [DiagnosticCode(DiagnosticSeverity.Error, "The evidence holds no organisation at all (a CSV file with only its header row).")]
    public const string NoOrganisation = "CLI008";

    /// <summary>CLI009: explain and plan read one organisation's YAML or JSON evidence; a CSV file or folder is not one.</summary>
    [DiagnosticCode(DiagnosticSeverity.Error, "explain and plan read one organisation's YAML or JSON evidence; a CSV file or folder is not one.")]
    public const string NotOneEvidenceFile = "CLI009";

    /// <summary>CLI020: an output path that is refused: empty, too long, an input of the run, a link, a device or a FIFO.</summary>
    [DiagnosticCode(DiagnosticSeverity.Error, "An output path that is refused: empty, too long, an input of the run, a link, a device or a FIFO.")]
    public const string OutputRefused = "CLI020";

    /// <summary>CLI021: the system refused to write the output (no permission, read-only or special file system).</summary>
    [DiagnosticCode(DiagnosticSeverity.Error, "The system refused to write the output (no permission, read-only or special file system).")]
    public const string OutputUnwritable = "CLI021";

    /// <summary>CLI022: a response file (@file) cannot be used: missing, not a regular file, over 1 MB or not UTF-8.</summary>
    [DiagnosticCode(DiagnosticSeverity.Error, "A response file (@file) cannot be used: missing, not a regular file, over 1 MB or not UTF-8.")]
    public const string ResponseFileUnusable = "CLI022";

    /// <summary>CLI023: the paths hold no rule test; "0 passed" would pass any CI.</summary>
    [DiagnosticCode(DiagnosticSeverity.Error, "The paths hold no rule test; \"0 passed\" would pass any CI.")]
    public const string NoRuleTests = "CLI023";

    /// <summary>CLI030: an option the command does not have; refused before anything runs, with the closest option suggested.</summary>
    [DiagnosticCode(DiagnosticSeverity.Error, "An option the command does not have; refused before anything runs, with the closest option suggested.")]
    public const string UnknownOption = "CLI030";

    /// <summary>CLI031: the --history path does not exist, holds no results file, or a file in it is not results of evaluate.</summary>
    [DiagnosticCode(DiagnosticSeverity.Error, "The --history path does not exist, holds no results file, or a file in it is not results of evaluate.")]
    public const string HistoryUnreadable = "CLI031";

    /// <summary>CLI032: --out-dir is a file or a link, its parent folder does not exist, or it holds other files.</summary>
    [DiagnosticCode(DiagnosticSeverity.Error, "--out-dir is a file or a link, its parent folder does not exist, or it holds other files.")]
    public const string OutDirUnusable = "CLI032";

    /// <summary>CLI033: init: --type is not an organisation type, --out exists, or the folder of --out does not exist.</summary>
    [DiagnosticCode(DiagnosticSeverity.Error, "init: --type is not an organisation type, --out exists, or the folder of --out does not exist.")]
    public const string InitRefused = "CLI033";

    /// <summary>CLI034: the command line cannot be parsed (a value not allowed, a required option or argument missing, one too many).</summary>
    [DiagnosticCode(DiagnosticSeverity.Error, "The command line cannot be parsed (a value not allowed, a required option or argument missing, one too many).")]
    public const string CommandLineInvalid = "CLI034";

    /// <summary>CLI040: a Markdown or HTML comparison page over more than 1,000 organisations (it holds them all in memory).</summary>
    [DiagnosticCode(DiagnosticSeverity.Error, "A Markdown or HTML comparison page over more than 1,000 organisations (it holds them all in memory).")]
    public const string ComparisonTooLarge = "CLI040";

    /// <summary>DIFF001 (warning): diff: a standard's content changed but its version did not.</summary>
    [DiagnosticCode(DiagnosticSeverity.Warning, "diff: a standard's content changed but its version did not.")]
    public const string DiffVersionNotBumped = "DIFF001";

    /// <summary>DIFF002 (warning): diff: a standard's version went down (SemVer precedence).</summary>
    [DiagnosticCode(DiagnosticSeverity.Warning, "diff: a standard's version went down (SemVer precedence).")]
    public const string DiffVersionWentDown = "DIFF002";

    /// <summary>Every code of the catalog, ordered by code.</summary>
    public static IReadOnlyList<DiagnosticCodeInfo> All { get; } = DiagnosticCodeInfo.Of(typeof(CliCodes));
}

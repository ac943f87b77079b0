using Microsoft.Extensions.Logging;

namespace InclusionStandards.Hosting;

/// <summary>The library's log messages, source-generated (event ids 1000–1099; stable).</summary>
internal static partial class Log
{
    [LoggerMessage(EventId = 1000, Level = LogLevel.Information, Message = "Compiled {StandardCount} standards (catalog {CatalogHash}, {CriterionCount} criteria) in {ElapsedMs:F0} ms; engine: {Engine}")]
    public static partial void StandardsCompiled(ILogger logger, int standardCount, string catalogHash, int criterionCount, double elapsedMs, string engine);

    [LoggerMessage(EventId = 1001, Level = LogLevel.Information, Message = "Standard {StandardId} from {File} replaces the one from {ReplacedFile}")]
    public static partial void StandardReplaced(ILogger logger, string standardId, string file, string replacedFile);

    [LoggerMessage(EventId = 1002, Level = LogLevel.Error, Message = "The standards cannot be used: {ErrorCount} errors; the first: {FirstError}")]
    public static partial void StandardsFailed(ILogger logger, int errorCount, string firstError);

    [LoggerMessage(EventId = 1003, Level = LogLevel.Warning, Message = "Standards warning: {Diagnostic}")]
    public static partial void StandardsWarning(ILogger logger, string diagnostic);

    [LoggerMessage(EventId = 1010, Level = LogLevel.Information, Message = "Assessed {Organisation} from {Source} in {ElapsedMs:F1} ms: {Met} met, {NotMet} not met, {Insufficient} with insufficient evidence")]
    public static partial void Assessed(ILogger logger, string organisation, string source, double elapsedMs, int met, int notMet, int insufficient);

    [LoggerMessage(EventId = 1011, Level = LogLevel.Warning, Message = "Evidence {Source} rejected: {ErrorCount} errors; the first: {FirstError}")]
    public static partial void EvidenceRejected(ILogger logger, string source, int errorCount, string firstError);

    [LoggerMessage(EventId = 1012, Level = LogLevel.Error, Message = "Assessing {Source} failed")]
    public static partial void AssessmentFailed(ILogger logger, Exception exception, string source);
}

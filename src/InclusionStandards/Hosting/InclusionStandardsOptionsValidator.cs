using Microsoft.Extensions.Options;

namespace InclusionStandards.Hosting;

/// <summary>
/// Validates <see cref="InclusionStandardsOptions"/> and, when they are sound, loads and compiles the standards,
/// reporting every problem at once: option errors, then each standards diagnostic as <c>file:line:col: error CODE: message</c>.
/// </summary>
internal sealed class InclusionStandardsOptionsValidator : IValidateOptions<InclusionStandardsOptions>
{
    private readonly StandardsProvider _provider;

    public InclusionStandardsOptionsValidator(StandardsProvider provider) => _provider = provider;

    public ValidateOptionsResult Validate(string? name, InclusionStandardsOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var failures = new List<string>();
        for (var i = 0; i < options.StandardsDirectories.Count; i++)
        {
            var directory = options.StandardsDirectories[i];
            if (string.IsNullOrWhiteSpace(directory))
            {
                failures.Add($"StandardsDirectories[{i}] is empty; give a directory of standards YAML.");
            }
            else if (!Directory.Exists(directory))
            {
                failures.Add($"StandardsDirectories[{i}]: the directory '{directory}' does not exist.");
            }
        }

        if (!options.UseEmbeddedStandards && options.StandardsDirectories.Count == 0)
        {
            failures.Add("No standards: UseEmbeddedStandards is false and StandardsDirectories is empty.");
        }

        if (options.Engine is null)
        {
            failures.Add("Engine is null; leave the default (StandardsEngine.Own) or choose an engine.");
        }

        if (options.EvidenceLimits is null)
        {
            failures.Add("EvidenceLimits is null; leave the default or give limits.");
        }
        else
        {
            AddIfNotPositive(failures, "EvidenceLimits.MaxFileBytes", options.EvidenceLimits.MaxFileBytes);
            AddIfNotPositive(failures, "EvidenceLimits.MaxDepth", options.EvidenceLimits.MaxDepth);
            AddIfNotPositive(failures, "EvidenceLimits.MaxListLength", options.EvidenceLimits.MaxListLength);
            AddIfNotPositive(failures, "EvidenceLimits.MaxNodes", options.EvidenceLimits.MaxNodes);
        }

        if (failures.Count == 0)
        {
            var (_, errors) = _provider.Prepare(options);
            failures.AddRange(errors.Select(e => $"standards: {e}"));
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    private static void AddIfNotPositive(List<string> failures, string name, long value)
    {
        if (value <= 0)
        {
            failures.Add($"{name} must be positive (is {value}).");
        }
    }
}

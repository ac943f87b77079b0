using System.Collections.Immutable;
using InclusionStandards.Diagnostics;

namespace InclusionStandards.Loading;

/// <summary>Thrown by <see cref="LoadResult.EnsureValid"/> when standards have errors; carries every diagnostic.</summary>
public sealed class StandardsLoadException : Exception
{
    /// <summary>Creates the exception from the diagnostics of a load.</summary>
    public StandardsLoadException(ImmutableArray<Diagnostic> diagnostics)
        : base(Format(diagnostics)) => Diagnostics = diagnostics;

    /// <summary>The diagnostics (errors and warnings).</summary>
    public ImmutableArray<Diagnostic> Diagnostics { get; }

    private static string Format(ImmutableArray<Diagnostic> diagnostics)
    {
        var errors = diagnostics.Where(d => d.IsError).ToList();
        return $"The standards have {errors.Count} error(s):\n" + string.Join("\n", errors.Take(20));
    }
}

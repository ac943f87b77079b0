using System.Collections.Immutable;
using InclusionStandards.Rules.Model;

namespace InclusionStandards.Rules;

/// <summary>
/// A compiled, immutable rule set (the Rete network); creates sessions. Obtained from
/// <see cref="RuleCompiler.Compile(IEnumerable{RuleDefinition})"/>. <b>Thread-safe</b>: share one instance across
/// threads and create sessions concurrently.
/// </summary>
public interface ISessionFactory
{
    /// <summary>The compiled rules, in the order they were given.</summary>
    ImmutableArray<RuleDefinition> Rules { get; }

    /// <summary>Creates an empty session. Cheap: memories are allocated as facts arrive.</summary>
    /// <param name="options">Options; <see langword="null"/> for <see cref="SessionOptions.Default"/>.</param>
    ISession CreateSession(SessionOptions? options = null);
}

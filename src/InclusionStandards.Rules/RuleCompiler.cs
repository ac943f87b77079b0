using InclusionStandards.Rules.Compilation;
using InclusionStandards.Rules.Model;

namespace InclusionStandards.Rules;

/// <summary>
/// Compiles rules into an immutable Rete network (an <see cref="ISessionFactory"/>). Stateless and thread-safe.
/// </summary>
/// <remarks>
/// Stages: validate names and declarations → bind condition parameters and check their types → split conditions
/// into alpha tests (one fact), hash-join keys (<c>a.X == b.Y</c>) and beta tests → share alpha nodes across rules
/// → compile expression trees to typed delegates (no Roslyn, no reflection emit beyond
/// <see cref="System.Linq.Expressions.LambdaExpression.Compile()"/>). Values captured by closures in conditions are
/// read once, at compile time.
/// </remarks>
public static class RuleCompiler
{
    /// <summary>Compiles the rules (their order is the order of <see cref="ISessionFactory.Rules"/>).</summary>
    /// <exception cref="RuleDefinitionException">A rule is invalid; the message names the rule and the problem.</exception>
    public static ISessionFactory Compile(IEnumerable<RuleDefinition> rules)
    {
        ArgumentNullException.ThrowIfNull(rules);
        return NetworkBuilder.Build(rules.ToList());
    }
}

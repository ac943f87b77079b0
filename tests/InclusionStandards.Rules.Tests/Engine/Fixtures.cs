using InclusionStandards.Rules.Builder;

namespace InclusionStandards.Rules.Tests.Engine;

public sealed record Person(string Name, int Age);

public sealed record Customer(string Name, bool Vip);

public sealed record Order(int Id, string Customer, double Amount);

public sealed record Alert(string Text);

public abstract record Animal(string Name);

public sealed record Dog(string Name) : Animal(Name);

public sealed record Cat(string Name) : Animal(Name);

/// <summary>A mutable fact, to check that updates of changed objects undo their old matches.</summary>
public sealed class Account
{
    public Account(string owner, double balance)
    {
        Owner = owner;
        Balance = balance;
    }

    public string Owner { get; set; }

    public double Balance { get; set; }
}

internal static class Fixture
{
    /// <summary>Compiles the rules written by <paramref name="write"/> and opens a session.</summary>
    public static ISession Session(Action<RuleSetBuilder> write, SessionOptions? options = null)
    {
        var set = new RuleSetBuilder();
        write(set);
        return RuleCompiler.Compile(set.Build()).CreateSession(options);
    }

    /// <summary>The names of the rules fired so far, in order.</summary>
    public static List<string> Fired(this ISession session) => session.Firings.Select(f => f.Rule.Name).ToList();
}

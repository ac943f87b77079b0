namespace InclusionStandards.Rules.Tests.Engine.Properties;

/// <summary>A small mutable fact type (mutable so that updates change join keys).</summary>
public sealed class A(int id, int k, int v)
{
    public int Id { get; } = id;

    public int K { get; set; } = k;

    public int V { get; set; } = v;

    public override string ToString() => $"A{Id}(k{K},v{V})";
}

/// <summary>The second small fact type.</summary>
public sealed class B(int id, int k, int v)
{
    public int Id { get; } = id;

    public int K { get; set; } = k;

    public int V { get; set; } = v;

    public override string ToString() => $"B{Id}(k{K},v{V})";
}

/// <summary>A derived fact: rule <see cref="Rule"/> matched A <see cref="A"/> (and B <see cref="B"/>, or −1).</summary>
public sealed record Out(string Rule, int A, int B);

public enum Shape
{
    Single,
    Join,
    JoinLess,
    Not,
    Exists,
    Count,
    Sum,
    ForAll,
    Chain,
}

/// <summary>A random rule: its shape, its constant, and its salience (results must not depend on the firing order).</summary>
public sealed record RuleSpec(Shape Shape, int C, int Salience = 0)
{
    public override string ToString() => Salience == 0 ? $"{Shape}({C})" : $"{Shape}({C}, salience {Salience})";
}

public enum OpKind
{
    InsertA,
    InsertB,
    Update,
    Retract,
    Fire,
}

public sealed record Op(OpKind Kind, int Pick, int K, int V)
{
    public override string ToString() => $"{Kind}#{Pick}(k{K},v{V})";
}

public sealed record Scenario(RuleSpec[] Rules, Op[] Ops)
{
    public override string ToString() => $"rules [{string.Join(", ", Rules.AsEnumerable())}] ops [{string.Join(", ", Ops.AsEnumerable())}]";
}

using System.Collections.Immutable;

namespace InclusionStandards.Conditions.Syntax;

/// <summary>A node of the condition syntax tree. Identity is by reference; <see cref="Offset"/> is into the text.</summary>
internal abstract class Expr(int offset)
{
    public int Offset { get; } = offset;
}

/// <summary>A literal: long (int), ulong (uint), double, bool, string, byte[] (bytes) or null.</summary>
internal sealed class LiteralExpr(int offset, object? value, CelType type) : Expr(offset)
{
    public object? Value { get; } = value;

    public CelType Type { get; } = type;
}

/// <summary>An identifier (a variable, a type name, or the start of a qualified name).</summary>
internal sealed class IdentExpr(int offset, string name) : Expr(offset)
{
    public string Name { get; } = name;
}

/// <summary>Field selection <c>a.f</c>, or <c>has(a.f)</c> when <see cref="TestOnly"/>.</summary>
internal sealed class SelectExpr(int offset, Expr operand, string field, bool testOnly) : Expr(offset)
{
    public Expr Operand { get; } = operand;

    public string Field { get; } = field;

    public bool TestOnly { get; } = testOnly;
}

/// <summary>A function or operator call; operators use CEL's internal names such as <c>_+_</c>.</summary>
internal sealed class CallExpr(int offset, Expr? target, string function, ImmutableArray<Expr> args) : Expr(offset)
{
    public Expr? Target { get; } = target;

    public string Function { get; } = function;

    public ImmutableArray<Expr> Args { get; } = args;
}

/// <summary>A list literal.</summary>
internal sealed class ListExpr(int offset, ImmutableArray<Expr> elements) : Expr(offset)
{
    public ImmutableArray<Expr> Elements { get; } = elements;
}

/// <summary>A map literal.</summary>
internal sealed class MapExpr(int offset, ImmutableArray<KeyValuePair<Expr, Expr>> entries) : Expr(offset)
{
    public ImmutableArray<KeyValuePair<Expr, Expr>> Entries { get; } = entries;
}

/// <summary>The comprehension macros.</summary>
internal enum MacroKind
{
    All,
    Exists,
    ExistsOne,
    Map,
    Filter,
}

/// <summary>A macro over a list or map: <c>range.all(v, body)</c>, or <c>range.map(v, filter, body)</c>.</summary>
internal sealed class ComprehensionExpr(int offset, MacroKind kind, Expr range, string variable, Expr body, Expr? filter)
    : Expr(offset)
{
    public MacroKind Kind { get; } = kind;

    public Expr Range { get; } = range;

    public string Variable { get; } = variable;

    public Expr Body { get; } = body;

    public Expr? Filter { get; } = filter;
}

/// <summary>Source spans of nodes.</summary>
internal static class Spans
{
    /// <summary>The offset where the text of <paramref name="e"/> starts (its leftmost token).</summary>
    public static int Start(Expr e) => e switch
    {
        SelectExpr { TestOnly: false } s => Math.Min(s.Offset, Start(s.Operand)),
        CallExpr { Target: { } t } => Math.Min(e.Offset, Start(t)),
        CallExpr c when c.Args.Length > 0 && c.Function.StartsWith('_') => Math.Min(e.Offset, Start(c.Args[0])),
        ComprehensionExpr c => Math.Min(e.Offset, Start(c.Range)),
        _ => e.Offset,
    };
}

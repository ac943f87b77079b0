namespace InclusionStandards.Tests.Hardening;

/// <summary>What a <see cref="Mutation"/> does to a text.</summary>
internal enum MutationKind
{
    DeleteLine,
    DuplicateLine,
    SwapLines,
    ChangeScalar,
    InsertGarbage,
    Truncate,
    Indent,
    Dedent,
    ReplaceCharacter,
}

/// <summary>One edit of a YAML text; positions are reduced modulo the text's size when applied.</summary>
internal sealed record Mutation(MutationKind Kind, int A, int B, string Garbage);

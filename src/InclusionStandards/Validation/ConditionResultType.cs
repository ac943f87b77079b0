namespace InclusionStandards.Validation;

/// <summary>The result type a condition must have where it is used.</summary>
internal enum ConditionResultType
{
    /// <summary>A criterion's applies/met/partiallyMet or a rule's where: bool.</summary>
    Bool,

    /// <summary>An indicator's value: double or int.</summary>
    Number,
}

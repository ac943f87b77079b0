namespace InclusionStandards.Validation;

/// <summary>A named validation stage over the whole catalog. Stages add diagnostics; they never throw for bad input.</summary>
internal interface IValidationStage
{
    /// <summary>The stage name (resolve, check, conditions).</summary>
    string Name { get; }

    void Run(ValidationContext context);
}

namespace InclusionStandards.Model;

/// <summary>The life-cycle status of a standard or of an item in it.</summary>
public enum StandardStatus
{
    /// <summary><c>draft</c>: not verified against the published source, or still being written.</summary>
    Draft,

    /// <summary><c>proposed</c>: ready for review.</summary>
    Proposed,

    /// <summary><c>published</c>: in force.</summary>
    Published,

    /// <summary><c>retired</c>: kept for history, no longer assessed.</summary>
    Retired,
}

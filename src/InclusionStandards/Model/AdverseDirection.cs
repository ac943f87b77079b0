namespace InclusionStandards.Model;

/// <summary>Which side of an indicator's band (or target) is adverse.</summary>
public enum AdverseDirection
{
    /// <summary><c>above</c>: values above the band are adverse.</summary>
    Above,

    /// <summary><c>below</c>: values below the band are adverse.</summary>
    Below,

    /// <summary><c>outside</c>: values on either side are adverse.</summary>
    Outside,
}

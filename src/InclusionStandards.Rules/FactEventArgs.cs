namespace InclusionStandards.Rules;

/// <summary>Data of a working-memory event. Immutable.</summary>
public sealed class FactEventArgs : EventArgs
{
    /// <summary>Creates the event data.</summary>
    public FactEventArgs(object fact, bool isLogical)
    {
        Fact = fact;
        IsLogical = isLogical;
    }

    /// <summary>The fact.</summary>
    public object Fact { get; }

    /// <summary>True when the fact was inserted logically (and is subject to truth maintenance).</summary>
    public bool IsLogical { get; }
}

namespace InclusionStandards.Rules;

/// <summary>Data of a <see cref="ISession.RuleFired"/> event. Immutable.</summary>
public sealed class RuleFiredEventArgs : EventArgs
{
    /// <summary>Creates the event data.</summary>
    public RuleFiredEventArgs(RuleFiring firing) => Firing = firing;

    /// <summary>The explanation of the firing.</summary>
    public RuleFiring Firing { get; }
}

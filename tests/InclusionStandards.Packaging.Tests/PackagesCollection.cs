namespace InclusionStandards.Packaging.Tests;

/// <summary>The tests that share one pack (they run one after another).</summary>
[CollectionDefinition(Name)]
public sealed class PackagesCollection : ICollectionFixture<PackagesFixture>
{
    public const string Name = "packed packages";
}

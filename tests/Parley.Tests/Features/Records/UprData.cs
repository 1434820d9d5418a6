namespace Parley.Tests.Features.Records;

/// <summary>
/// The test classes that share <see cref="UprStores"/>: the UPR Info files are loaded once per kind of store for the
/// whole test run, not once per class, since the load is the slowest step of those tests.
/// </summary>
[CollectionDefinition(Name)]
public sealed class UprData : ICollectionFixture<UprStores>
{
    public const string Name = "UPR data";
}

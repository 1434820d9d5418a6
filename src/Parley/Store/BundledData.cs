namespace Parley.Store;

/// <summary>The U.S.–Vietnam data set shipped inside the executable, in the interchange format.</summary>
public static class BundledData
{
    public const string ResourceName = "Parley.Store.Bundled.us-vietnam.json";

    public static byte[] Read()
    {
        using var stream = typeof(BundledData).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"the bundled data set {ResourceName} is missing from the build");
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    }
}

namespace Parley.Tests.Support;

/// <summary>Finds ../shared (the seeds and public data sets), which sits beside the checkout locally and in CI.</summary>
public static class SharedFolder
{
    public static string Path(params string[] parts)
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = System.IO.Path.Combine(dir.FullName, "shared");
            if (Directory.Exists(System.IO.Path.Combine(candidate, "seeds"))) return System.IO.Path.Combine([candidate, .. parts]);
        }
        throw new DirectoryNotFoundException("../shared was not found beside the checkout");
    }
}

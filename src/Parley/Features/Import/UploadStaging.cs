namespace Parley.Features.Import;

/// <summary>
/// Where uploaded files wait between the preview and the confirmation, and where the framework spools large request
/// bodies while reading them: a folder made for this server process with a random name under the system's temporary
/// folder, readable only by the server's user (0700), removed when the process ends. An upload's own folder is removed
/// after the import, after a rejected preview, and once it is older than <see cref="Expiry"/> (a preview never
/// confirmed). Uploads can hold case files; other users of the machine must not read them, nor plant a folder or link
/// under a name they can guess.
/// </summary>
public static class UploadStaging
{
    /// <summary>A preview not confirmed within this time is removed; confirming later asks for the file again.</summary>
    public static readonly TimeSpan Expiry = TimeSpan.FromHours(1);

    private const UnixFileMode OwnerOnly = UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute;

    private static readonly Lazy<string> RootFolder = new(() =>
    {
        // mkdtemp: a new folder of an unguessable name, 0700 from the start.
        var root = Directory.CreateTempSubdirectory("parley-").FullName;
        AppDomain.CurrentDomain.ProcessExit += (_, _) => RemoveQuietly(root);
        return root;
    });

    /// <summary>This process's private folder.</summary>
    public static string Root => RootFolder.Value;

    /// <summary>The folder holding one folder per upload waiting for confirmation.</summary>
    public static string Uploads => CreatePrivate(Path.Combine(Root, "uploads"));

    /// <summary>
    /// Makes the framework spool request bodies (form files over 64 KB, buffered API bodies) into <see cref="Root"/>
    /// instead of the shared temporary folder, where they would be readable by other users. An administrator's own
    /// ASPNETCORE_TEMP is left as it is. Must run before the first request is read.
    /// </summary>
    public static void SpoolRequestBodiesHere()
    {
        if (string.IsNullOrEmpty(Environment.GetEnvironmentVariable("ASPNETCORE_TEMP")))
            Environment.SetEnvironmentVariable("ASPNETCORE_TEMP", Root);
    }

    /// <summary>A new, empty folder for one upload.</summary>
    public static string NewFolder(string token) => CreatePrivate(Path.Combine(Uploads, token));

    /// <summary>A file in an upload's folder that only the server's user can read or write.</summary>
    public static FileStream CreateFile(string path)
    {
        var options = new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.Write };
        if (!OperatingSystem.IsWindows()) options.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
        return new FileStream(path, options);
    }

    /// <summary>Removes the folders of previews older than <see cref="Expiry"/>.</summary>
    public static void RemoveExpired()
    {
        var uploads = Path.Combine(Root, "uploads");
        if (!Directory.Exists(uploads)) return;
        var before = DateTime.UtcNow - Expiry;
        foreach (var folder in new DirectoryInfo(uploads).GetDirectories().Where(d => d.LastWriteTimeUtc < before))
            RemoveQuietly(folder.FullName);
    }

    public static void Remove(string folder)
    {
        if (Directory.Exists(folder)) Directory.Delete(folder, recursive: true);
    }

    private static string CreatePrivate(string path) =>
        OperatingSystem.IsWindows() ? Directory.CreateDirectory(path).FullName : Directory.CreateDirectory(path, OwnerOnly).FullName;

    private static void RemoveQuietly(string folder)
    {
        try { Remove(folder); }
        catch (IOException) { }
        catch (UnauthorizedAccessException) { }
    }
}

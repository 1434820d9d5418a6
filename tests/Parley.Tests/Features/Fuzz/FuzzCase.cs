using Parley.Features.Import;
using Parley.Features.Interchange;
using Parley.Tests.Support;

namespace Parley.Tests.Features.Fuzz;

/// <summary>
/// One malformed file given to the importer in-process, and the properties every such import must keep: it ends
/// in a result or a <see cref="UserError"/> (never another exception), every problem names the file (and a line
/// or field), messages speak of fields rather than .NET types, and a refused import leaves every table as it was.
/// </summary>
public static class FuzzCase
{
    public static async Task<bool> ImportAsync(TempStore store, byte[] bytes, ImportRequest request, string what)
    {
        await using var db = store.Open();
        db.Actor = "fuzz";
        var before = await StoreSnapshot.TakeAsync(db);
        ImportResult? result = null;
        try
        {
            using var stream = new MemoryStream(bytes);
            result = await FileImporter.ImportAsync(db, stream, request, ImportProgress.None);
        }
        catch (UserError e)
        {
            Assert.True(e.Message.Contains(request.FileName, StringComparison.Ordinal) || e.Message.Contains("--", StringComparison.Ordinal),
                $"'{e.Message}' names neither the file nor the option to fix ({what}; {FuzzSettings.Replay})");
        }
        catch (Exception e)
        {
            Assert.Fail($"{e.GetType().Name} importing {request.FileName} after {what}: {e.Message} {e.InnerException?.Message}\n{e.StackTrace}\n({FuzzSettings.Replay})");
        }

        await using var check = store.Open();
        var after = await StoreSnapshot.TakeAsync(check);
        if (result is { Succeeded: true }) return true;
        Assert.True(before.SequenceEqual(after), $"refused import changed the store: {StoreSnapshot.Difference(before, after)} ({what}; {FuzzSettings.Replay})");
        foreach (var problem in result?.Problems ?? [])
        {
            Assert.True(problem.Place.StartsWith(request.FileName, StringComparison.Ordinal), $"problem without the file: {problem} ({what})");
            Assert.False(string.IsNullOrWhiteSpace(problem.Message), $"problem without a message at {problem.Place} ({what})");
            Assert.DoesNotContain("System.", problem.Message);
        }
        return false;
    }
}

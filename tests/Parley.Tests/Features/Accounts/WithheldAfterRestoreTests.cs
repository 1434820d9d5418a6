using System.Net;
using Microsoft.EntityFrameworkCore;
using Parley.Domain;
using Parley.Tests.Support;

namespace Parley.Tests.Features.Accounts;

/// <summary>
/// The names withheld follow the data whatever changed it: `parley restore` into the store of a running server
/// brings cases the server has never seen, and their names are withheld from the next request on.
/// </summary>
public class WithheldAfterRestoreTests
{
    private const string Password = "lantern orchard seventeen";
    private const string Lam = "Trần Văn Lâm";

    [Fact]
    public async Task A_case_restored_under_a_running_server_has_its_name_withheld_at_once()
    {
        using var served = new TempStore();
        using var other = new TempStore();
        await Cli.OkAsync("init", "--db", served.Path);
        Assert.Equal(0, (await Cli.RunWithInputAsync(Password + "\n", "users", "add", "alice", "--role", "viewer", "--password-stdin", "--db", served.Path)).Exit);
        // The other store starts as a copy, so alice can sign in to either.
        await Cli.OkAsync("backup", "--out", other.Path, "--db", served.Path);

        // Both hold the same embassy note and one case each; only in the other is Trần Văn Lâm a case.
        var note = served.File("note.json");
        await File.WriteAllTextAsync(note, """
            { "format": "parley", "version": 1, "statements": [
              { "key": "note-lam", "title": "Embassy note", "kind": "remark", "text": "Consular access was asked for Trần Văn Lâm in Huế." } ] }
            """);
        await Cli.OkAsync("import", note, "--db", served.Path);
        await Cli.OkAsync("import", note, "--db", other.Path);
        var lam = other.File("lam.json");
        await File.WriteAllTextAsync(lam, $$"""
            { "format": "parley", "version": 1, "cases": [ { "key": "tran-van-lam", "personName": "{{Lam}}", "status": "detained", "party": "vn" } ] }
            """);
        await Cli.OkAsync("import", lam, "--db", other.Path);
        var xuan = served.File("xuan.json");
        await File.WriteAllTextAsync(xuan, """
            { "format": "parley", "version": 1, "cases": [ { "key": "pham-thi-xuan", "personName": "Phạm Thị Xuân", "status": "detained", "party": "vn" } ] }
            """);
        await Cli.OkAsync("import", xuan, "--db", served.Path);

        var (server, address) = await ParleyProcess.ServeAsync("serve", "--db", served.Path);
        using var _ = server;
        using var viewer = await SignInAsync(address, server);
        Assert.Contains(Lam, await viewer.GetStringAsync("/records/statements/note-lam"));

        // The other store is brought to the same length of audit trail as the served one, so the newest change has
        // the same number in both: what the server's kept list of names was keyed on.
        long servedNewest;
        await using (var db = served.Open()) servedNewest = await NewestChangeAsync(db);
        for (var i = 0; ; i++)
        {
            await using (var db = other.Open())
            {
                var newest = await NewestChangeAsync(db);
                Assert.True(newest <= servedNewest, $"the other store's trail ({newest}) is already longer than the served one's ({servedNewest})");
                if (newest == servedNewest) break;
            }
            var filler = other.File($"filler-{i}.json");
            await File.WriteAllTextAsync(filler, $$"""{ "format": "parley", "version": 1, "statements": [ { "key": "filler-{{i}}", "title": "Filler {{i}}", "kind": "remark" } ] }""");
            await Cli.OkAsync("import", filler, "--db", other.Path);
        }
        var backup = other.File("other.backup");
        await Cli.OkAsync("backup", "--out", backup, "--db", other.Path);

        // An operator restores it while the server runs, from another process.
        using (var restore = ParleyProcess.Start("restore", backup, "--db", served.Path))
        {
            await restore.Process.WaitForExitAsync();
            Assert.True(restore.Process.ExitCode == 0, restore.Output);
        }

        // The same session when the restored store still knows it (signing in again would not change the trail either).
        using var response = await viewer.GetAsync("/records/statements/note-lam");
        using (var reader = response.StatusCode == HttpStatusCode.OK ? null : await SignInAsync(address, server))
        {
            var page = reader is null ? await response.Content.ReadAsStringAsync() : await reader.GetStringAsync("/records/statements/note-lam");
            Assert.DoesNotContain(Lam, page);
            Assert.Contains("Consular access was asked for [name withheld] in Huế.", page);
            var api = await (reader ?? viewer).GetStringAsync("/api/v1/statements/note-lam");
            Assert.Empty(PlantedNames.Leaks(System.Text.RegularExpressions.Regex.Unescape(api), [Lam]));
        }
    }

    private static Task<long> NewestChangeAsync(Parley.Store.ParleyDb db) =>
        db.AuditEntries.Where(a => a.Action != AuditAction.Read).MaxAsync(a => a.Id);

    private static async Task<HttpClient> SignInAsync(Uri address, ParleyProcess server)
    {
        var http = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false, CookieContainer = new CookieContainer() }) { BaseAddress = address };
        var signIn = await SignedInApp.PostFormAsync(http, "/login", new() { ["UserName"] = "alice", ["Password"] = Password });
        Assert.True(signIn.StatusCode == HttpStatusCode.Redirect, $"alice could not sign in:\n{server.Output}");
        return http;
    }
}

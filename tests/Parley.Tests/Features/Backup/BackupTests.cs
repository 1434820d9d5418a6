using Parley.Features.Interchange;
using Parley.Features.Setup;
using Parley.Tests.Support;
using Parley.Web;

namespace Parley.Tests.Features.Backup;

public class BackupTests
{
    [Fact]
    public async Task A_backup_taken_while_the_server_runs_restores_to_a_store_that_exports_identically()
    {
        using var store = new TempStore();
        await StoreSetup.EnsureReadyAsync(store.Location);
        await using var app = ParleyWebApp.Build(new WebSettings(store.Location, "http://127.0.0.1:0"));
        await app.StartAsync();
        using var http = new HttpClient { BaseAddress = new Uri(app.Urls.First()) };
        Assert.True((await http.GetAsync("/")).IsSuccessStatusCode);
        var backup = store.File("backup.db");
        var restored = store.File("restored.db");

        var made = await Cli.OkAsync("backup", "--out", backup, "--db", store.Path);
        var back = await Cli.OkAsync("restore", backup, "--db", restored);

        Assert.Contains("online backup", made.Out);
        Assert.Contains("Restored", back.Out);
        var original = await Cli.OkAsync("export", "--db", store.Path);
        var copy = await Cli.OkAsync("export", "--db", restored);
        Assert.Equal(original.Out, copy.Out);
    }

    [Fact]
    public async Task Restoring_over_a_changed_store_brings_back_the_backed_up_records()
    {
        using var store = new TempStore();
        await Cli.OkAsync("init", "--db", store.Path);
        var before = (await Cli.OkAsync("export", "--db", store.Path)).Out;
        var backup = store.File("backup.db");
        await Cli.OkAsync("backup", "--out", backup, "--db", store.Path);
        var extra = store.File("extra.json");
        await File.WriteAllTextAsync(extra, """{"format":"parley","version":1,"parties":[{"key":"th","name":"Thailand","kind":"state"}]}""");
        await Cli.OkAsync("import", extra, "--db", store.Path);

        await Cli.OkAsync("restore", backup, "--db", store.Path);

        Assert.Equal(before, (await Cli.OkAsync("export", "--db", store.Path)).Out);
    }

    [Fact]
    public async Task A_damaged_backup_is_refused_and_the_store_is_left_as_it_was()
    {
        using var store = new TempStore();
        await Cli.OkAsync("init", "--db", store.Path);
        var before = (await Cli.OkAsync("export", "--db", store.Path)).Out;
        var backup = store.File("backup.db");
        await Cli.OkAsync("backup", "--out", backup, "--db", store.Path);
        var bytes = await File.ReadAllBytesAsync(backup);
        for (var i = 4096; i < bytes.Length; i += 997) bytes[i] ^= 0x5A;
        await File.WriteAllBytesAsync(backup, bytes);

        var run = await Cli.RunAsync("restore", backup, "--db", store.Path);

        Assert.Equal(1, run.Exit);
        Assert.Contains("nothing was restored", run.Error + run.Out);
        Assert.Equal(before, (await Cli.OkAsync("export", "--db", store.Path)).Out);
    }

    [Fact]
    public async Task A_json_backup_whose_checksum_does_not_match_is_refused()
    {
        using var store = new TempStore();
        await Cli.OkAsync("init", "--db", store.Path);
        var json = store.File("backup.json");
        await Cli.OkAsync("export", "--out", json, "--db", store.Path);
        await File.WriteAllTextAsync(json + ".sha256", new string('0', 64) + "\n");

        var run = await Cli.RunAsync("restore", json, "--db", store.File("new.db"));

        Assert.Equal(1, run.Exit);
        Assert.Contains("does not match its checksum", run.Error);
    }

    [Fact]
    public async Task A_json_backup_with_its_checksum_restores_into_an_empty_store()
    {
        using var store = new TempStore();
        await Cli.OkAsync("init", "--db", store.Path);
        await using (var db = store.Open())
        {
            var bytes = await ExportCommand.ExportBytesAsync(db);
            await File.WriteAllBytesAsync(store.File("backup.json"), bytes);
            await File.WriteAllTextAsync(store.File("backup.json.sha256"),
                Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(bytes)) + "  backup.json\n");
        }

        await Cli.OkAsync("restore", store.File("backup.json"), "--db", store.File("new.db"));

        Assert.Equal((await Cli.OkAsync("export", "--db", store.Path)).Out, (await Cli.OkAsync("export", "--db", store.File("new.db"))).Out);
    }
}

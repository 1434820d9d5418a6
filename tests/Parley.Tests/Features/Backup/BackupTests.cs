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
    public async Task A_backup_whose_recommendation_was_edited_with_sqlite3_is_refused_and_the_store_is_left_as_it_was()
    {
        using var store = new TempStore();
        await Cli.OkAsync("init", "--db", store.Path);
        var backup = store.File("backup.db");
        await Cli.OkAsync("backup", "--out", backup, "--db", store.Path);
        await AddThailandAsync(store);
        var before = (await Cli.OkAsync("export", "--db", store.Path)).Out;

        await Sqlite3Async(backup, "UPDATE Recommendations SET Text = 'Release all political prisoners' WHERE Id = (SELECT MIN(Id) FROM Recommendations);");
        var run = await Cli.RunAsync("restore", backup, "--db", store.Path);

        Assert.Equal(1, run.Exit);
        Assert.Contains("does not match the SHA-256 in its manifest", run.Error);
        Assert.Contains("nothing was restored", run.Error);
        Assert.Equal(before, (await Cli.OkAsync("export", "--db", store.Path)).Out);
    }

    [Fact]
    public async Task A_signed_backup_edited_and_given_a_fresh_checksum_is_refused_for_its_signature()
    {
        using var store = new TempStore();
        await Cli.OkAsync("init", "--db", store.Path);
        var backup = store.File("backup.db");
        Assert.Equal(0, (await ParleyAsync(Secret, "backup", "--out", backup, "--db", store.Path)).Exit);
        Assert.Contains("\"signature\": \"hmac-sha256:", await File.ReadAllTextAsync(backup + ".manifest.json"));
        var before = (await Cli.OkAsync("export", "--db", store.Path)).Out;

        await Sqlite3Async(backup, "UPDATE Recommendations SET Text = 'Release all political prisoners' WHERE Id = (SELECT MIN(Id) FROM Recommendations);");
        var manifest = await File.ReadAllTextAsync(backup + ".manifest.json");
        var oldSum = System.Text.RegularExpressions.Regex.Match(manifest, "\"sha256\": \"([0-9a-f]{64})\"").Groups[1].Value;
        var newSum = Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(await File.ReadAllBytesAsync(backup)));
        await File.WriteAllTextAsync(backup + ".manifest.json", manifest.Replace(oldSum, newSum));
        var run = await ParleyAsync(Secret, "restore", backup, "--db", store.Path);

        Assert.Equal(1, run.Exit);
        Assert.Contains("does not match the configured backup signing secret", run.Output);
        Assert.Equal(before, (await Cli.OkAsync("export", "--db", store.Path)).Out);
    }

    [Fact]
    public async Task A_signed_backup_restores_only_with_the_secret_it_was_made_with()
    {
        using var store = new TempStore();
        await Cli.OkAsync("init", "--db", store.Path);
        var backup = store.File("backup.db");
        Assert.Equal(0, (await ParleyAsync(Secret, "backup", "--out", backup, "--db", store.Path)).Exit);
        await AddThailandAsync(store);
        var changed = (await Cli.OkAsync("export", "--db", store.Path)).Out;

        var withoutSecret = await ParleyAsync(null, "restore", backup, "--db", store.Path);
        var wrongSecret = await ParleyAsync("another secret, thirty-two chars", "restore", backup, "--db", store.Path);

        Assert.Equal(1, withoutSecret.Exit);
        Assert.Contains("is signed, but no backup signing secret is configured here", withoutSecret.Output);
        Assert.Equal(1, wrongSecret.Exit);
        Assert.Contains("does not match the configured backup signing secret", wrongSecret.Output);
        Assert.Equal(changed, (await Cli.OkAsync("export", "--db", store.Path)).Out);

        Assert.Equal(0, (await ParleyAsync(Secret, "restore", backup, "--db", store.Path)).Exit);
        Assert.DoesNotContain("\"th\"", (await Cli.OkAsync("export", "--db", store.Path)).Out);
    }

    [Fact]
    public async Task An_unsigned_backup_is_refused_where_a_signing_secret_is_configured()
    {
        using var store = new TempStore();
        await Cli.OkAsync("init", "--db", store.Path);
        var backup = store.File("backup.db");
        await Cli.OkAsync("backup", "--out", backup, "--db", store.Path);

        var run = await ParleyAsync(Secret, "restore", backup, "--db", store.Path);

        Assert.Equal(1, run.Exit);
        Assert.Contains("is not signed, but a backup signing secret is configured here", run.Output);
    }

    [Fact]
    public async Task A_backup_without_its_manifest_is_refused()
    {
        using var store = new TempStore();
        await Cli.OkAsync("init", "--db", store.Path);
        var backup = store.File("backup.db");
        await Cli.OkAsync("backup", "--out", backup, "--db", store.Path);
        File.Delete(backup + ".manifest.json");

        var run = await Cli.RunAsync("restore", backup, "--db", store.File("new.db"));

        Assert.Equal(1, run.Exit);
        Assert.Contains("manifest.json is missing", run.Error);
        Assert.False(File.Exists(store.File("new.db")));
    }

    [Fact]
    public async Task The_manifest_names_the_schema_and_counts_the_records_of_each_kind()
    {
        using var store = new TempStore();
        await Cli.OkAsync("init", "--db", store.Path);
        var backup = store.File("backup.db");
        await Cli.OkAsync("backup", "--out", backup, "--db", store.Path);

        using var manifest = System.Text.Json.JsonDocument.Parse(await File.ReadAllTextAsync(backup + ".manifest.json"));
        var described = manifest.RootElement.GetProperty("manifest");

        Assert.Equal(Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(await File.ReadAllBytesAsync(backup))),
            described.GetProperty("sha256").GetString());
        Assert.Equal(14, described.GetProperty("counts").GetProperty("recommendations").GetInt32());
        await using var db = store.Open();
        Assert.Equal(await Parley.Store.ParleyStore.SchemaVersionAsync(db), described.GetProperty("schema").GetString());
    }

    [Fact]
    public async Task A_restore_does_not_bring_back_an_access_token_revoked_after_the_backup()
    {
        await using var app = await SignedInApp.StartAsync();
        using var api = app.Client(app.Token("editor"));
        Assert.Equal(System.Net.HttpStatusCode.OK, (await api.GetAsync("/api/v1/parties")).StatusCode);
        var backup = app.Store.File("backup.db");
        await Cli.OkAsync("backup", "--out", backup, "--db", app.Store.Db);
        var listed = (await Cli.OkAsync("tokens", "list", "--db", app.Store.Db)).Out;
        var id = System.Text.RegularExpressions.Regex.Match(listed, @"^\s*(\d+)\s+editor\b", System.Text.RegularExpressions.RegexOptions.Multiline).Groups[1].Value;
        await Cli.OkAsync("tokens", "revoke", id, "--db", app.Store.Db);
        Assert.Equal(System.Net.HttpStatusCode.Unauthorized, (await api.GetAsync("/api/v1/parties")).StatusCode);

        await Cli.OkAsync("restore", backup, "--db", app.Store.Db);

        Assert.Equal(System.Net.HttpStatusCode.Unauthorized, (await api.GetAsync("/api/v1/parties")).StatusCode);
        await using var db = app.Store.Open();
        // The audit trail goes on too: the revocation made after the backup is still in it, then the restore.
        var trail = db.AuditEntries.OrderBy(e => e.Id).ToList();
        Assert.Contains(trail, e => e.Kind == "AccessToken" && e.Action == Parley.Domain.AuditAction.Update);
        Assert.Equal("Store", trail[^1].Kind);
    }

    [Fact]
    public async Task A_backup_restored_where_no_store_exists_revokes_every_token_in_it()
    {
        await using var app = await SignedInApp.StartAsync();
        var backup = app.Store.File("backup.db");
        await Cli.OkAsync("backup", "--out", backup, "--db", app.Store.Path);
        var fresh = app.Store.File("fresh.db");

        var run = await Cli.OkAsync("restore", backup, "--db", fresh);

        Assert.Contains("every access token in the backup is revoked", run.Out);
        await using var restored = ParleyWebApp.Build(new WebSettings(Parley.Store.StoreLocation.Parse(fresh), "http://127.0.0.1:0"));
        await restored.StartAsync();
        using var api = new HttpClient { BaseAddress = new Uri(restored.Urls.First()) };
        api.DefaultRequestHeaders.Authorization = new("Bearer", app.Token("editor"));
        Assert.Equal(System.Net.HttpStatusCode.Unauthorized, (await api.GetAsync("/api/v1/parties")).StatusCode);
        Assert.Equal((await Cli.OkAsync("export", "--db", app.Store.Path)).Out, (await Cli.OkAsync("export", "--db", fresh)).Out);
    }

    [Fact]
    public async Task A_postgresql_backup_is_json_with_a_manifest_restores_into_an_empty_store_and_is_refused_when_edited()
    {
        if (Stores.SkipPostgres) return;
        using var store = await TempStore.InitialisedAsync(StoreKind.Postgres);
        using var empty = TempStore.Create(StoreKind.Postgres);
        using var other = TempStore.Create(StoreKind.Postgres);
        var backup = store.File("backup.json");
        Assert.Equal(0, (await ParleyAsync(Secret, "backup", "--out", backup, "--db", store.Db)).Exit);
        Assert.Contains("\"format\": \"json\"", await File.ReadAllTextAsync(backup + ".manifest.json"));

        Assert.Equal(0, (await ParleyAsync(Secret, "restore", backup, "--db", empty.Db)).Exit);
        Assert.Equal((await Cli.OkAsync("export", "--db", store.Db)).Out, (await Cli.OkAsync("export", "--db", empty.Db)).Out);

        var json = await File.ReadAllTextAsync(backup);
        var text = System.Text.RegularExpressions.Regex.Match(json, "\"text\": \"([^\"]+)\"").Groups[1].Value;
        await File.WriteAllTextAsync(backup, json.Replace(text, "Release all political prisoners"));
        var run = await ParleyAsync(Secret, "restore", backup, "--db", other.Db);
        Assert.Equal(1, run.Exit);
        Assert.Contains("does not match the SHA-256 in its manifest", run.Output);
        Assert.True(await other.IsMissingAsync());
    }

    private const string Secret = "a test signing secret of forty characters";

    private static async Task AddThailandAsync(TempStore store)
    {
        var extra = store.File("extra.json");
        await File.WriteAllTextAsync(extra, """{"format":"parley","version":1,"parties":[{"key":"th","name":"Thailand","kind":"state"}]}""");
        await Cli.OkAsync("import", extra, "--db", store.Path);
    }

    /// <summary>`parley` as its own process with the signing secret in its environment (none: the variable is emptied).</summary>
    private static async Task<(int Exit, string Output)> ParleyAsync(string? secret, params string[] args)
    {
        using var process = ParleyProcess.Start(new Dictionary<string, string> { ["PARLEY_BACKUP_SECRET"] = secret ?? "" }, args);
        await process.Process.WaitForExitAsync();
        return (process.Process.ExitCode, process.Output);
    }

    /// <summary>Edits a store with the sqlite3 command-line shell, as someone with the file (and no Parley) would.</summary>
    private static async Task Sqlite3Async(string file, string sql)
    {
        var start = new System.Diagnostics.ProcessStartInfo("sqlite3") { RedirectStandardError = true };
        start.ArgumentList.Add(file);
        start.ArgumentList.Add(sql);
        using var sqlite3 = System.Diagnostics.Process.Start(start)!;
        var error = await sqlite3.StandardError.ReadToEndAsync();
        await sqlite3.WaitForExitAsync();
        Assert.True(sqlite3.ExitCode == 0, $"sqlite3 failed: {error}");
    }
}

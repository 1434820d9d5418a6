using Microsoft.EntityFrameworkCore;
using Parley.Domain;
using Parley.Tests.Support;

namespace Parley.Tests.Features.Import;

/// <summary>An editor's UPR issue-mapping changes travel in exports, JSON (PostgreSQL) backups and `parley migrate`.</summary>
public class IssueMappingTransferTests
{
    private static async Task EditMappingAsync(TempStore store)
    {
        await using var db = store.Open();
        (await db.IssueLabelMappings.SingleAsync(m => m.Key == "Labour")).Areas = ["labour-rights", "association-assembly"];
        db.IssueLabelMappings.Add(new IssueLabelMapping { Key = "Fisheries", Areas = ["labour-rights"] });
        await db.SaveChangesAsync();
    }

    private static async Task<Dictionary<string, string>> MappingOfAsync(TempStore store)
    {
        await using var db = store.Open();
        return await db.IssueLabelMappings.AsNoTracking().ToDictionaryAsync(m => m.Key, m => string.Join(';', m.Areas));
    }

    [Theory, MemberData(nameof(Stores.Both), MemberType = typeof(Stores))]
    public async Task An_edited_mapping_survives_a_backup_and_restore(StoreKind kind)
    {
        using var store = await TempStore.InitialisedAsync(kind);
        await EditMappingAsync(store);
        using var restored = TempStore.Create(kind);
        var backup = store.File(kind == StoreKind.Sqlite ? "backup.db" : "backup.json");

        await Cli.OkAsync("backup", "--out", backup, "--db", store.Db);
        await Cli.OkAsync("restore", backup, "--db", restored.Db);

        var back = await MappingOfAsync(restored);
        Assert.Equal("labour-rights;association-assembly", back["Labour"]);
        Assert.Equal("labour-rights", back["Fisheries"]);
        Assert.Equal(await MappingOfAsync(store), back);
    }

    [Theory, MemberData(nameof(Stores.Both), MemberType = typeof(Stores))]
    public async Task Migrate_carries_the_edited_mapping_and_the_exports_still_match(StoreKind target)
    {
        using var from = await TempStore.InitialisedAsync(StoreKind.Sqlite);
        await EditMappingAsync(from);
        using var to = TempStore.Create(target);

        await Cli.OkAsync("migrate", "--from", from.Db, "--to", to.Db);

        Assert.Equal(await MappingOfAsync(from), await MappingOfAsync(to));
        Assert.Equal((await Cli.OkAsync("export", "--db", from.Db)).Out, (await Cli.OkAsync("export", "--db", to.Db)).Out);
    }

    [Fact]
    public async Task Only_edited_labels_are_exported_and_importing_them_elsewhere_sets_them_with_an_audited_note()
    {
        using var source = await TempStore.InitialisedAsync(StoreKind.Sqlite);
        Assert.DoesNotContain("issueMapping", (await Cli.OkAsync("export", "--db", source.Db)).Out);

        await EditMappingAsync(source);
        var file = source.File("edited.json");
        await Cli.OkAsync("export", "--out", file, "--db", source.Db);
        var json = await File.ReadAllTextAsync(file);
        Assert.Contains("\"label\": \"Fisheries\"", json);
        Assert.DoesNotContain("\"label\": \"Women's rights\"", json);

        using var other = await TempStore.InitialisedAsync(StoreKind.Sqlite);
        var run = await Cli.OkAsync("import", file, "--db", other.Db);

        Assert.Contains("the UPR issue mapping: 2 label(s) set", run.Error);
        Assert.Equal(await MappingOfAsync(source), await MappingOfAsync(other));
        await using var db = other.Open();
        var audit = await db.AuditEntries.AsNoTracking().Where(a => a.Kind == nameof(IssueLabelMapping)).Select(a => new { a.Action, a.RecordKey }).ToListAsync();
        Assert.Contains(audit, a => a.Action == AuditAction.Update && a.RecordKey == "Labour");
        Assert.Contains(audit, a => a.Action == AuditAction.Create && a.RecordKey == "Fisheries");
    }

    [Fact]
    public async Task A_mapping_naming_an_unknown_area_is_refused_at_its_place_and_nothing_is_stored()
    {
        using var store = await TempStore.InitialisedAsync(StoreKind.Sqlite);
        var before = await MappingOfAsync(store);
        var file = store.File("bad.json");
        await File.WriteAllTextAsync(file, """
            {
              "format": "parley",
              "version": 1,
              "issueMapping": [
                { "label": "Labour", "areas": ["labour-rights"] },
                { "label": "labour", "areas": ["atlantis"] }
              ]
            }
            """);

        var run = await Cli.RunAsync("import", file, "--db", store.Db);

        Assert.Equal(1, run.Exit);
        Assert.Contains("bad.json:6: issueMapping[1].label", run.Error);
        Assert.Contains("issueMapping[1].areas[0]", run.Error);
        Assert.Contains("'atlantis'", run.Error);
        Assert.Equal(before, await MappingOfAsync(store));
    }
}

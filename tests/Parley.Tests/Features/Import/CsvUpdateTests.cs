using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Parley.Domain;
using Parley.Tests.Support;

namespace Parley.Tests.Features.Import;

/// <summary>`parley import FILE --kind KIND --update`: rows matched by key update the stored records, field by field.</summary>
public class CsvUpdateTests
{
    private static async Task<string> ExportAsync(TempStore store) => (await Cli.OkAsync("export", "--db", store.Db)).Out;

    [Theory, MemberData(nameof(Stores.Both), MemberType = typeof(Stores))]
    public async Task Update_changes_only_the_fields_the_file_changes_and_audits_each_record_as_an_update(StoreKind kind)
    {
        using var store = await TempStore.InitialisedAsync(kind);
        var file = store.File("cases.csv");
        await File.WriteAllTextAsync(file, "key,status,sentence\nnguyen-van-binh,sentenced,4 years\nhoang-thi-minh-hong,released,3 years\nnew-case,detained,\n");

        var run = await Cli.RunAsync("import", file, "--kind", "cases", "--update", "--db", store.Db);

        // The new row lacks the required personName: a partial file may only update.
        Assert.Equal(1, run.Exit);
        Assert.Contains("cases.csv:4: personName: missing required field(s)", run.Error);
        await File.WriteAllTextAsync(file, "key,status,sentence\nnguyen-van-binh,sentenced,4 years\nhoang-thi-minh-hong,released,3 years\n");

        run = await Cli.OkAsync("import", file, "--kind", "cases", "--update", "--db", store.Db);

        Assert.Matches(@"cases\s+added\s+0\s+updated\s+1\s+unchanged\s+1\s+skipped\s+0", run.Out);
        Assert.Contains("updated: cases 'nguyen-van-binh' (line 2): status, sentence", run.Out);
        await using var db = store.Open();
        var binh = await db.Cases.AsNoTracking().Include(c => c.Citations).SingleAsync(c => c.Key == "nguyen-van-binh");
        Assert.Equal((CaseStatus.Sentenced, "4 years", "Nguyễn Văn Bình", "labor reformer"), (binh.Status, binh.Sentence, binh.PersonName, binh.PersonRole));
        Assert.NotEmpty(binh.Citations);
        var audit = await db.AuditEntries.AsNoTracking().Where(a => a.Action == AuditAction.Update).ToListAsync();
        var entry = Assert.Single(audit);
        Assert.Equal(("Case", "nguyen-van-binh"), (entry.Kind, entry.RecordKey));
        var before = JsonDocument.Parse(entry.Before!).RootElement;
        var after = JsonDocument.Parse(entry.After!).RootElement;
        Assert.Equal(("Unknown", "Sentenced"), (before.GetProperty("Status").GetString(), after.GetProperty("Status").GetString()));
        Assert.Equal("4 years", after.GetProperty("Sentence").GetString());
    }

    [Theory, MemberData(nameof(Stores.Both), MemberType = typeof(Stores))]
    public async Task Without_update_a_reimport_adds_nothing_says_so_and_names_the_rows_that_differ(StoreKind kind)
    {
        using var store = await TempStore.InitialisedAsync(kind);
        var file = store.File("cases.csv");
        await Cli.OkAsync("export", "--format", "csv", "--kind", "cases", "--out", file, "--db", store.Db);
        var before = await ExportAsync(store);

        var same = await Cli.OkAsync("import", file, "--kind", "cases", "--db", store.Db);
        Assert.Contains("Nothing to add: all 16 record(s) are already stored.", same.Out);

        await File.WriteAllTextAsync(file, (await File.ReadAllTextAsync(file)).Replace(",labor reformer,", ",trade union organiser,"));
        var differs = await Cli.OkAsync("import", file, "--kind", "cases", "--db", store.Db);

        Assert.Contains("differs: cases 'nguyen-van-binh' (line 11): personRole", differs.Out);
        Assert.Contains("1 stored record(s) differ from the file and were left as they are; --update applies the file's values.", differs.Out);
        Assert.Equal(before, await ExportAsync(store));

        var dry = await Cli.OkAsync("import", file, "--kind", "cases", "--update", "--dry-run", "--db", store.Db);
        Assert.Contains("Dry run: 0 record(s) would be added, 1 would be updated, 15 already stored; nothing was written.", dry.Out);
        Assert.Equal(before, await ExportAsync(store));

        await Cli.OkAsync("import", file, "--kind", "cases", "--update", "--db", store.Db);
        var again = await Cli.OkAsync("import", file, "--kind", "cases", "--update", "--db", store.Db);
        Assert.Contains("Nothing to add: all 16 record(s) are already stored.", again.Out);
        Assert.Contains("trade union organiser", await ExportAsync(store));
    }

    [Theory, MemberData(nameof(Stores.Both), MemberType = typeof(Stores))]
    public async Task An_update_with_bad_rows_lists_every_problem_by_line_and_field_and_writes_nothing(StoreKind kind)
    {
        using var store = await TempStore.InitialisedAsync(kind);
        var before = await ExportAsync(store);
        var file = store.File("cases.csv");
        await File.WriteAllTextAsync(file,
            "key,status,party,personName\nnguyen-van-binh,released,vn,Nguyễn Văn Bình\nhoang-thi-minh-hong,freed,vn,Hoàng Thị Minh Hồng\n" +
            "nguyen-van-binh,released,vn,Nguyễn Văn Bình\nnew-case,detained,atlantis,Someone\n");

        var run = await Cli.RunAsync("import", file, "--kind", "cases", "--update", "--db", store.Db);

        Assert.Equal(1, run.Exit);
        Assert.Contains("cases.csv:3: status: 'freed' is not allowed", run.Error);
        Assert.Contains("cases.csv:4: key: 'nguyen-van-binh' appears twice in the file (also on line 2)", run.Error);
        Assert.Contains("cases.csv:5: cases[", run.Error);
        Assert.Contains("'new-case'.party: no party with key 'atlantis'", run.Error);
        Assert.Contains("3 problem(s) found; nothing was written.", run.Error);
        Assert.Equal(before, await ExportAsync(store));
        await using var db = store.Open();
        Assert.False(await db.AuditEntries.AnyAsync(a => a.Action == AuditAction.Update));
    }

    [Theory, MemberData(nameof(Stores.Both), MemberType = typeof(Stores))]
    public async Task An_update_adds_new_rows_and_updates_links_in_one_run(StoreKind kind)
    {
        using var store = await TempStore.InitialisedAsync(kind);
        var file = store.File("cases.csv");
        await File.WriteAllTextAsync(file,
            "key,personName,status,party,issueAreas\nnguyen-van-binh,Nguyễn Văn Bình,detained,vn,labour-rights\nle-van-c,Lê Văn C,detained,vn,labour-rights;detention-due-process\n");

        var run = await Cli.OkAsync("import", file, "--kind", "cases", "--update", "--db", store.Db);

        Assert.Contains("Imported 1 record(s), 1 updated", run.Out);
        Assert.Contains("updated: cases 'nguyen-van-binh' (line 2): status, issueAreas", run.Out);
        await using var db = store.Open();
        var binh = await db.Cases.AsNoTracking().Include(c => c.IssueAreas).SingleAsync(c => c.Key == "nguyen-van-binh");
        Assert.Equal(["labour-rights"], binh.IssueAreas.Select(a => a.Key));
        Assert.Equal(2, (await db.Cases.AsNoTracking().Include(c => c.IssueAreas).SingleAsync(c => c.Key == "le-van-c")).IssueAreas.Count);
        var search = await Cli.OkAsync("search", "Lê Văn C", "--db", store.Db);
        Assert.Contains("le-van-c", search.Out);
    }
}

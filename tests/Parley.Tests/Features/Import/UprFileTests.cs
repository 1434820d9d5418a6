using System.Text;
using Microsoft.EntityFrameworkCore;
using Parley.Domain;
using Parley.Tests.Support;

namespace Parley.Tests.Features.Import;

/// <summary>UPR files in every encoding and line ending Parley accepts, and what re-importing and updating do.</summary>
public class UprFileTests
{
    private const string Header = "To,To-Rgrp,To-Org,Text,From,From-Rgrp,From-Org,Response,Action,Issue,Session";

    private static string Rows(string response = "Accepted") =>
        $"Morocco,Africa,\"AU, OIC\",Support the work of the Instance Equité et Réconciliation,Viet Nam,Asia,ASEAN,{response},4,\"Justice,Labour\",1\n" +
        "Paraguay,GRULAC,OAS,Protect the Guaraní language,Côte d'Ivoire,Africa,AU,Noted,3,Indigenous peoples,13\n";

    private static async Task<string> ImportedTextsAsync(TempStore store)
    {
        await using var db = store.Open();
        return string.Join("|", await db.Recommendations.Where(r => r.Mechanism == "UPR").OrderBy(r => r.Session).Select(r => r.Text).ToListAsync());
    }

    public static TheoryData<string, string> Encodings => new()
    {
        { "utf-8", "\n" }, { "utf-8-bom", "\r\n" }, { "utf-16", "\r\n" }, { "windows-1252", "\r" }, { "mac-roman", "\r" }, { "mac-roman", "\n" },
    };

    [Theory]
    [MemberData(nameof(Encodings))]
    public async Task Accented_names_survive_every_encoding_and_line_ending(string encoding, string newline)
    {
        using var store = new TempStore();
        await Cli.OkAsync("init", "--db", store.Path);
        System.Text.Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        var text = (Header + "\n" + Rows()).Replace("\n", newline);
        var bytes = encoding switch
        {
            "utf-8" => Encoding.UTF8.GetBytes(text),
            "utf-8-bom" => [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(text)],
            "utf-16" => [.. Encoding.Unicode.GetPreamble(), .. Encoding.Unicode.GetBytes(text)],
            "windows-1252" => Encoding.GetEncoding(1252).GetBytes(text),
            _ => Encoding.GetEncoding(10000).GetBytes(text),
        };
        var file = store.File("upr.csv");
        await File.WriteAllBytesAsync(file, bytes);

        var run = await Cli.OkAsync("import", file, "--db", store.Path);

        Assert.Contains("Imported", run.Out);
        var texts = await ImportedTextsAsync(store);
        Assert.Contains("Instance Equité et Réconciliation", texts);
        Assert.Contains("the Guaraní language", texts);
        await using var db = store.Open();
        Assert.True(await db.Parties.AnyAsync(p => p.Name == "Côte d'Ivoire" && p.Key == "cote-d-ivoire"));
        var morocco = await db.Recommendations.Include(r => r.Citations).ThenInclude(c => c.Source).Include(r => r.FromParty).Include(r => r.IssueAreas)
            .SingleAsync(r => r.Text.Contains("Equité"));
        Assert.Equal("vn", morocco.FromParty!.Key);
        Assert.Equal("line 2", morocco.Citations.Single().Locator);
        Assert.Equal("upr-info-upr", morocco.Citations.Single().Source.Key);
        Assert.Equal(["labour-rights", "rule-of-law"], morocco.IssueAreas.Select(a => a.Key).Order().ToArray());
        Assert.Equal(2, (await db.Recommendations.SingleAsync(r => r.Session == 13)).Cycle);
    }

    [Fact]
    public async Task A_named_encoding_overrides_detection()
    {
        using var store = new TempStore();
        await Cli.OkAsync("init", "--db", store.Path);
        System.Text.Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        var file = store.File("upr.csv");
        await File.WriteAllBytesAsync(file, Encoding.GetEncoding(10000).GetBytes(Header + "\r" + Rows().Replace("\n", "\r")));

        await Cli.OkAsync("import", file, "--encoding", "windows-1252", "--db", store.Path);

        // Read as Windows-1252, Mac Roman's é (0x8E) is Ž: the user asked for it.
        Assert.Contains("Instance EquitŽ", await ImportedTextsAsync(store));
    }

    [Fact]
    public async Task Re_importing_adds_nothing_and_update_changes_the_matched_rows()
    {
        using var store = new TempStore();
        await Cli.OkAsync("init", "--db", store.Path);
        var file = store.File("upr.csv");
        await File.WriteAllTextAsync(file, Header + "\n" + Rows());
        await Cli.OkAsync("import", file, "--db", store.Path);

        var again = await Cli.OkAsync("import", file, "--db", store.Path);
        Assert.Contains("Nothing to add: all 3 record(s) are already stored.", again.Out);

        await File.WriteAllTextAsync(file, Header + "\n" + Rows("Rejected"));
        var skipped = await Cli.OkAsync("import", file, "--db", store.Path);
        Assert.Contains("Nothing to add", skipped.Out);
        var updated = await Cli.OkAsync("import", file, "--update", "--db", store.Path);
        Assert.Matches(@"recommendations\s+added\s+0\s+updated\s+1\s+skipped\s+1", updated.Out);
        Assert.Matches(@"updated: recommendations 'upr-[0-9a-f]+' \(line 2\): response", updated.Out);

        await using var db = store.Open();
        var changed = await db.Recommendations.SingleAsync(r => r.Text.Contains("Equité"));
        Assert.Equal(RecommendationResponse.Rejected, changed.Response);
        // Added in bulk: one audit entry for the file's new rows, naming each; the update is audited per record.
        Assert.Equal(1, await db.AuditEntries.CountAsync(a => a.RecordKey == changed.Key && a.Action == AuditAction.Update));
        var added = await db.AuditEntries.SingleAsync(a => a.RecordKey == "upr-info-upr" && a.Kind == "Recommendation" && a.Action == AuditAction.Create);
        Assert.Contains(changed.Key, added.After);
        Assert.Equal(2, await db.Recommendations.CountAsync(r => r.Mechanism == "UPR"));
    }

    [Fact]
    public async Task A_mapping_file_renames_columns_and_maps_issue_labels()
    {
        using var store = new TempStore();
        await Cli.OkAsync("init", "--db", store.Path);
        var file = store.File("upr.csv");
        await File.WriteAllTextAsync(file, Header.Replace("Text", "Recommendation") + "\n" + Rows());
        var mapping = store.File("mapping.json");
        await File.WriteAllTextAsync(mapping, """{"columns": {"Recommendation": "Text"}, "issues": {"Labour": ["economic-rights"]}}""");

        await Cli.OkAsync("import", file, "--format", "upr-csv", "--mapping", mapping, "--db", store.Path);

        await using var db = store.Open();
        var areas = await db.Recommendations.Where(r => r.Text.Contains("Equité")).SelectMany(r => r.IssueAreas).Select(a => a.Key).ToListAsync();
        Assert.Equal(["economic-rights", "rule-of-law"], areas.Order().ToArray());
    }
}

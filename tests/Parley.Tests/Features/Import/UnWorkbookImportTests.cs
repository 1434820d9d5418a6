using Microsoft.EntityFrameworkCore;
using Parley.Domain;
using Parley.Tests.Support;

namespace Parley.Tests.Features.Import;

/// <summary>
/// The UN's recommendation layouts as the UN serves them for download, XLSX workbooks: read from the first sheet,
/// checked cell by cell with the row a user finds in the spreadsheet, imported exactly as the CSV layouts are.
/// The workbooks are written here in the real column layouts; the texts are made up, not copied from UN data.
/// </summary>
public class UnWorkbookImportTests
{
    private static readonly object?[] MatrixHeader = ["Recommendation", "Position", "Source of position", "Themes", "Affected persons", "SDGs"];

    private static void WriteMatrix(string path) => Workbook.Write(path, "Recommendations",
    [
        MatrixHeader,
        ["110.1 Ratify the convention on enforced disappearance without delay (France);", "Noted", "A/HRC/57/6/Add.1", "A12 Acceptance of international norms\nD32 Enforced disappearances", "- general", "SDG 16"],
        null,
        ["110.2 Release the defenders held for what they wrote (Germany, Norway);", "Noted", "A/HRC/57/6/Add.1", "D43 Freedom of opinion and expression;H1 Human rights defenders", "- human rights defenders;- journalists", "SDG 16"],
        ["110.3 Ratify ILO Convention No. 87 (Chile);", "Supported", "A/HRC/57/6/Add.1", "D45 Freedom of association", "- workers", "SDG 8"],
    ]);

    [Theory, MemberData(nameof(Stores.Both), MemberType = typeof(Stores))]
    public async Task An_OHCHR_matrix_workbook_imports_like_its_CSV_citing_the_sheet_row_and_again_adds_nothing(StoreKind kind)
    {
        using var store = await TempStore.InitialisedAsync(kind);
        var file = store.File("viet-nam-matrix.xlsx");
        WriteMatrix(file);

        var dry = await Cli.OkAsync("import", file, "--under-review", "Viet Nam", "--dry-run", "--db", store.Db);
        Assert.Matches(@"recommendations\s+would add\s+4\b", dry.Out);
        await using (var db = store.Open()) Assert.False(await db.Recommendations.AnyAsync(r => r.Text.StartsWith("Release the defenders")));

        var run = await Cli.OkAsync("import", file, "--under-review", "Viet Nam", "--db", store.Db);

        Assert.Matches(@"recommendations\s+added\s+4\b", run.Out);
        await using (var db = store.Open())
        {
            var release = await db.Recommendations.Include(r => r.FromParty).Include(r => r.IssueAreas).Include(r => r.Citations).ThenInclude(c => c.Source)
                .Where(r => r.Text == "Release the defenders held for what they wrote").ToListAsync();
            Assert.Equal(["Germany", "Norway"], release.Select(r => r.FromParty!.Name).Order());
            Assert.All(release, r => Assert.Equal(RecommendationResponse.Noted, r.Response));
            Assert.Equal(["freedom-of-expression", "human-rights-defenders", "press-freedom"], release[0].IssueAreas.Select(a => a.Key).Order());
            // Row 4: the header is row 1 and row 3 is left empty, as the spreadsheet shows it.
            Assert.Equal("row 4, para. 110.2; position: A/HRC/57/6/Add.1", release[0].Citations.Single().Locator);
            Assert.Contains("XLSX workbook", release[0].Citations.Single().Source.Note);
            var ilo = await db.Recommendations.SingleAsync(r => r.Text.StartsWith("Ratify ILO"));
            Assert.Equal(RecommendationResponse.Accepted, ilo.Response);
        }

        var again = await Cli.OkAsync("import", file, "--under-review", "Viet Nam", "--db", store.Db);
        Assert.Contains("Nothing to add", again.Out);
    }

    [Theory, MemberData(nameof(Stores.Both), MemberType = typeof(Stores))]
    public async Task A_Universal_Human_Rights_Index_workbook_reads_typed_dates_and_keys_by_annotation(StoreKind kind)
    {
        using var store = await TempStore.InitialisedAsync(kind);
        var file = store.File("uhri.xlsx");
        Workbook.Write(file, "Export",
        [
            ["Annotation id", "Symbol", "Text", "Publication date", "Countries", "Affected persons", "Themes", "SDGs", "Body"],
            ["a1b2c3", "CAT/C/VNM/CO/1", "The State party should give every detainee a lawyer from the outset.", new DateOnly(2018, 12, 28), "Viet Nam", "persons deprived of their liberty", "Conditions of detention;Torture and other cruel inhuman or degrading treatment", "SDG 16", "CAT"],
            ["d4e5f6", "A/HRC/41/7", "Consider joining the second optional protocol (Portugal);", "03/04/2019", "Viet Nam", "general", "Death penalty", "SDG 16", "UPR"],
        ]);

        var run = await Cli.OkAsync("import", file, "--db", store.Db);

        Assert.Matches(@"recommendations\s+added\s+2\b", run.Out);
        await using var db = store.Open();
        var cat = await db.Recommendations.Include(r => r.IssueAreas).Include(r => r.Citations).SingleAsync(r => r.Key == "uhri-a1b2c3");
        Assert.Equal("2018-12-28", cat.Date.ToString());
        Assert.Equal(["detention-due-process", "torture"], cat.IssueAreas.Select(a => a.Key).Order());
        Assert.Equal("row 2, annotation a1b2c3; CAT/C/VNM/CO/1", cat.Citations.Single().Locator);
        var upr = await db.Recommendations.Include(r => r.FromParty).SingleAsync(r => r.Key == "uhri-d4e5f6");
        Assert.Equal("Portugal", upr.FromParty!.Name);
        Assert.Equal("2019-04-03", upr.Date.ToString());
    }

    [Fact]
    public async Task A_workbook_with_bad_rows_names_each_sheet_row_and_column_and_writes_nothing()
    {
        using var store = await TempStore.InitialisedAsync(StoreKind.Sqlite);
        var file = store.File("matrix.xlsx");
        Workbook.Write(file, "Recommendations",
        [
            ["Recommendation", "Position", "State under review"],
            ["110.1 Ratify the convention (France);", "Supported", "Viet Nam"],
            ["Ratify the convention without a paragraph", "Noted", "Viet Nam"],
            null,
            ["110.3 Abolish the death penalty (Italy);", "Maybe", "Viet Nam"],
        ]);
        int before;
        await using (var db = store.Open()) before = await db.Recommendations.CountAsync();

        var run = await Cli.RunAsync("import", file, "--db", store.Path);

        Assert.NotEqual(0, run.Exit);
        Assert.Contains("matrix.xlsx:3: Recommendation: expected 'paragraph text (recommending state)'", run.Error);
        Assert.Contains("matrix.xlsx:5: Position: 'Maybe' is not a position; use Supported or Noted", run.Error);
        Assert.Contains("nothing was written", run.Error);
        await using var after = store.Open();
        Assert.Equal(before, await after.Recommendations.CountAsync());
    }

    [Fact]
    public async Task A_damaged_workbook_or_one_of_another_layout_is_refused_with_the_reason_and_nothing_is_written()
    {
        using var store = await TempStore.InitialisedAsync(StoreKind.Sqlite);
        var damaged = store.File("damaged.xlsx");
        await File.WriteAllBytesAsync(damaged, [(byte)'P', (byte)'K', 3, 4, .. "not really a workbook"u8.ToArray()]);
        var other = store.File("budget.xlsx");
        Workbook.Write(other, "Budget", [["Item", "Amount"], ["Travel", 1200.0]]);
        int before;
        await using (var db = store.Open()) before = await db.Recommendations.CountAsync();

        var broken = await Cli.RunAsync("import", damaged, "--db", store.Path);
        var unknown = await Cli.RunAsync("import", other, "--db", store.Path);

        Assert.NotEqual(0, broken.Exit);
        Assert.Contains("damaged.xlsx: not a readable XLSX workbook", broken.Error);
        Assert.NotEqual(0, unknown.Exit);
        Assert.Contains("budget.xlsx: an XLSX workbook is read when its first sheet holds an OHCHR recommendations matrix", unknown.Error);
        await using var after = store.Open();
        Assert.Equal(before, await after.Recommendations.CountAsync());
    }
}

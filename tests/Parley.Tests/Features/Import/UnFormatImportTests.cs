using Microsoft.EntityFrameworkCore;
using Parley.Domain;
using Parley.Tests.Support;

namespace Parley.Tests.Features.Import;

/// <summary>
/// The UN's own recommendation layouts: the OHCHR UPR matrix (thematic list) and the Universal Human Rights Index
/// export. Small files written here in the real column layouts; the texts are made up, not copied from UN data.
/// </summary>
public class UnFormatImportTests
{
    private const string Matrix =
        "Recommendation,Position,Source of position,Themes,Affected persons,SDGs\n" +
        "\"110.1 Ratify the convention on enforced disappearance without delay (France);\",Noted,A/HRC/57/6/Add.1,\"A12 Acceptance of international norms\nD32 Enforced disappearances\",- general,SDG 16\n" +
        "\"110.2 Release the defenders held for what they wrote (Germany, Norway);\",Noted,A/HRC/57/6/Add.1,D43 Freedom of opinion and expression;H1 Human rights defenders,- human rights defenders;- journalists,SDG 16\n" +
        "\"110.3 Ratify ILO Convention No. 87 (Chile);\",Supported,A/HRC/57/6/Add.1,D45 Freedom of association;X9 Space weather,- workers,SDG 8\n";

    private const string Uhri =
        "Annotation id,Symbol,Text,Publication date,Countries,Affected persons,Themes,SDGs,Body\n" +
        "a1b2c3,CAT/C/VNM/CO/1,The State party should give every detainee a lawyer from the outset.,2018-12-28,Viet Nam,persons deprived of their liberty,Conditions of detention;Torture and other cruel inhuman or degrading treatment,SDG 16,CAT\n" +
        "d4e5f6,A/HRC/41/7,Consider joining the second optional protocol (Portugal);,03/04/2019,Viet Nam;Lao People's Democratic Republic,general,Death penalty,SDG 16,UPR\n";

    [Theory, MemberData(nameof(Stores.Both), MemberType = typeof(Stores))]
    public async Task An_OHCHR_matrix_is_told_from_its_header_and_imports_one_recommendation_per_state_with_positions_and_mapped_themes(StoreKind kind)
    {
        using var store = await TempStore.InitialisedAsync(kind);
        var file = store.File("viet-nam-matrix.csv");
        await File.WriteAllTextAsync(file, Matrix);

        var run = await Cli.OkAsync("import", file, "--under-review", "Viet Nam", "--db", store.Db);

        Assert.Matches(@"recommendations\s+added\s+4\b", run.Out);
        Assert.Contains("issue label 'Space weather' (1 row(s)) has no entry", run.Error);
        await using var db = store.Open();
        var rows = await db.Recommendations.Include(r => r.FromParty).Include(r => r.ToParty).Include(r => r.IssueAreas)
            .Include(r => r.Citations).ThenInclude(c => c.Source).Where(r => r.Mechanism == "UPR").ToListAsync();
        Assert.Equal(4, rows.Count);
        Assert.All(rows, r => Assert.Equal("vn", r.ToParty!.Key));
        var release = rows.Where(r => r.Text == "Release the defenders held for what they wrote").ToList();
        Assert.Equal(["Germany", "Norway"], release.Select(r => r.FromParty!.Name).Order());
        Assert.All(release, r => Assert.Equal(RecommendationResponse.Noted, r.Response));
        Assert.Equal(["freedom-of-expression", "human-rights-defenders", "press-freedom"], release[0].IssueAreas.Select(a => a.Key).Order());
        Assert.Equal("line 4, para. 110.2; position: A/HRC/57/6/Add.1", release[0].Citations.Single().Locator);
        Assert.Equal("ohchr-upr-matrix-viet-nam-matrix", release[0].Citations.Single().Source.Key);
        var ilo = rows.Single(r => r.Text.StartsWith("Ratify ILO", StringComparison.Ordinal));
        Assert.Equal(RecommendationResponse.Accepted, ilo.Response);
        Assert.Equal(["association-assembly", "labour-rights"], ilo.IssueAreas.Select(a => a.Key).Order());
        Assert.Equal(["enforced-disappearances", "international-instruments"], rows.Single(r => r.Text.StartsWith("Ratify the convention", StringComparison.Ordinal)).IssueAreas.Select(a => a.Key).Order());

        var again = await Cli.OkAsync("import", file, "--under-review", "Viet Nam", "--db", store.Db);
        Assert.Contains("Nothing to add", again.Out);
        Assert.Equal(4, await db.Recommendations.CountAsync(r => r.Mechanism == "UPR"));
    }

    [Fact]
    public async Task A_matrix_with_bad_rows_lists_each_problem_with_its_line_and_writes_nothing()
    {
        using var store = await TempStore.InitialisedAsync(StoreKind.Sqlite);
        var file = store.File("matrix.csv");
        await File.WriteAllTextAsync(file,
            "Recommendation,Position,State under review\n" +
            "\"110.1 Ratify the convention (France);\",Supported,Viet Nam\n" +
            "Ratify the convention without a paragraph,Noted,Viet Nam\n" +
            "\"110.3 Abolish the death penalty (Italy);\",Maybe,Viet Nam\n");
        int before;
        await using (var db = store.Open()) before = await db.Recommendations.CountAsync();

        var run = await Cli.RunAsync("import", file, "--db", store.Path);

        Assert.NotEqual(0, run.Exit);
        Assert.Contains("matrix.csv:3: Recommendation: expected 'paragraph text (recommending state)'", run.Error);
        Assert.Contains("matrix.csv:4: Position: 'Maybe' is not a position; use Supported or Noted", run.Error);
        Assert.Contains("nothing was written", run.Error);
        await using var after = store.Open();
        Assert.Equal(before, await after.Recommendations.CountAsync());
    }

    [Fact]
    public async Task A_matrix_of_one_state_without_its_name_asks_for_under_review()
    {
        using var store = await TempStore.InitialisedAsync(StoreKind.Sqlite);
        var file = store.File("matrix.csv");
        await File.WriteAllTextAsync(file, Matrix);

        var run = await Cli.RunAsync("import", file, "--format", "upr-matrix", "--db", store.Path);

        Assert.NotEqual(0, run.Exit);
        Assert.Contains("matrix.csv:1: header: the file has no 'State under review' column: name the state with --under-review NAME", run.Error);
    }

    [Theory, MemberData(nameof(Stores.Both), MemberType = typeof(Stores))]
    public async Task A_Universal_Human_Rights_Index_export_imports_keyed_by_annotation_with_body_date_and_themes_and_again_adds_nothing(StoreKind kind)
    {
        using var store = await TempStore.InitialisedAsync(kind);
        var file = store.File("uhri.csv");
        await File.WriteAllTextAsync(file, Uhri);

        var dry = await Cli.OkAsync("import", file, "--dry-run", "--db", store.Db);
        Assert.Matches(@"recommendations\s+would add\s+3\b", dry.Out);
        await using (var db = store.Open()) Assert.False(await db.Recommendations.AnyAsync(r => r.Key.StartsWith("uhri-")));

        var run = await Cli.OkAsync("import", file, "--db", store.Db);

        Assert.Matches(@"recommendations\s+added\s+3\b", run.Out);
        await using (var db = store.Open())
        {
            var cat = await db.Recommendations.Include(r => r.IssueAreas).Include(r => r.ToParty).Include(r => r.Citations).SingleAsync(r => r.Key == "uhri-a1b2c3");
            Assert.Equal("CAT", cat.Mechanism);
            Assert.Equal("2018-12-28", cat.Date.ToString());
            Assert.Equal("vn", cat.ToParty!.Key);
            Assert.Equal(["detention-due-process", "torture"], cat.IssueAreas.Select(a => a.Key).Order());
            Assert.Equal("line 2, annotation a1b2c3; CAT/C/VNM/CO/1", cat.Citations.Single().Locator);
            var upr = await db.Recommendations.Include(r => r.FromParty).Include(r => r.ToParty).Where(r => r.Key.StartsWith("uhri-d4e5f6")).ToListAsync();
            Assert.Equal(2, upr.Count);
            Assert.All(upr, r => Assert.Equal("Portugal", r.FromParty!.Name));
            Assert.All(upr, r => Assert.Equal("2019-04-03", r.Date.ToString()));
            Assert.Contains(upr, r => r.ToParty!.Key == "vn");
        }

        var again = await Cli.OkAsync("import", file, "--db", store.Db);
        Assert.Contains("Nothing to add", again.Out);
    }

    [Fact]
    public async Task A_Universal_Human_Rights_Index_export_with_bad_rows_names_each_line_and_field_and_writes_nothing()
    {
        using var store = new TempStore();
        var file = store.File("uhri.csv");
        await File.WriteAllTextAsync(file,
            "Annotation id,Symbol,Text,Publication date,Countries,Affected persons,Themes,SDGs,Body\n" +
            "x1,,A text,2018-13-45,Viet Nam,,,,CAT\n" +
            "x1,S/1,,,,,,,\n");

        var run = await Cli.RunAsync("import", file, "--db", store.Path);

        Assert.NotEqual(0, run.Exit);
        foreach (var expected in new[]
        {
            "uhri.csv:2: Symbol: the document symbol is missing",
            "uhri.csv:2: Publication date: '2018-13-45' is not a date",
            "uhri.csv:3: Annotation id: 'x1' is already on line 2",
            "uhri.csv:3: Text: the text is missing",
            "uhri.csv:3: Countries: no country",
            "uhri.csv:3: Body: the body is missing",
        })
            Assert.Contains(expected, run.Error);
        await using var db = store.Open();
        Assert.Equal(0, await db.Recommendations.CountAsync());
    }
}

using System.Globalization;
using System.Text;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Microsoft.EntityFrameworkCore;
using Microsoft.VisualBasic.FileIO;
using Parley.Domain;
using Parley.Features.Records;
using Parley.Tests.Support;

namespace Parley.Tests.Features.Records;

/// <summary>A list's export holds exactly the rows its filters, words and sort select, with the columns chosen.</summary>
public class ListExportTests
{
    private static List<string[]> Csv(byte[] bytes)
    {
        using var parser = new TextFieldParser(new MemoryStream(bytes), Encoding.UTF8) { TextFieldType = FieldType.Delimited, HasFieldsEnclosedInQuotes = true };
        parser.SetDelimiters(",");
        var rows = new List<string[]>();
        while (!parser.EndOfData) rows.Add(parser.ReadFields()!);
        return rows;
    }

    private static List<string[]> Xlsx(byte[] bytes)
    {
        using var document = SpreadsheetDocument.Open(new MemoryStream(bytes), false);
        var sheet = document.WorkbookPart!.WorksheetParts.Single().Worksheet;
        return sheet.Descendants<Row>().Select(r => r.Elements<Cell>().Select(c => c.InnerText).ToArray()).ToList();
    }

    [Theory, MemberData(nameof(Stores.Both), MemberType = typeof(Stores))]
    public async Task Exporting_a_filtered_large_list_gives_exactly_its_rows_with_the_chosen_columns(StoreKind kind)
    {
        var store = await TempStore.InitialisedAsync(kind);
        var count = RecordKind<Recommendation>.InMemoryLimit + 100;
        await Cli.OkAsync("generate", "--recommendations", count.ToString(CultureInfo.InvariantCulture), "--rounds", "2", "--db", store.Db);
        await using var app = await SignedInApp.StartAsync(store: store);
        var http = app.Client(app.Token("viewer"));

        List<(string Response, string Date)> expected;
        await using (var db = store.Open())
        {
            var year = (await db.Recommendations.Where(r => r.Date != null).Select(r => r.Date).FirstAsync())!.Value.Year;
            var rows = await db.Recommendations.Where(r => r.Response == RecommendationResponse.Noted).OrderBy(r => r.Key).ToListAsync();
            expected = rows.Where(r => r.Date?.Year == year).Select(r => (EnumText.Of(r.Response), r.Date!.Value.ToString())).ToList();
            Assert.NotEmpty(expected);
            var query = $"?response=Noted&year={year}&cols=response,date";
            var page = await http.GetStringAsync("/records/recommendations" + query);
            Assert.Contains($"{expected.Count} recommendations", page);
            Assert.Contains($"handler=csv&amp;response=Noted&amp;year={year}&amp;cols=response%2Cdate", page);

            var csv = Csv(await http.GetByteArrayAsync("/records/recommendations" + query + "&handler=csv"));
            var xlsx = Xlsx(await http.GetByteArrayAsync("/records/recommendations" + query + "&handler=xlsx"));
            foreach (var table in new[] { csv, xlsx })
            {
                Assert.Equal(["Response", "Date"], table[0].Select(h => h.TrimStart('\uFEFF')));
                Assert.Equal(expected, table.Skip(1).Select(r => (r[0], r[1])).ToList());
            }
        }
    }

    [Theory, MemberData(nameof(Stores.Both), MemberType = typeof(Stores))]
    public async Task A_large_list_searches_words_and_sorts_by_a_column_in_the_database(StoreKind kind)
    {
        var store = await TempStore.InitialisedAsync(kind);
        var count = RecordKind<Recommendation>.InMemoryLimit + 100;
        await Cli.OkAsync("generate", "--recommendations", count.ToString(CultureInfo.InvariantCulture), "--rounds", "2", "--db", store.Db);
        await using var app = await SignedInApp.StartAsync(store: store);
        var http = app.Client(app.Token("viewer"));

        await using var db = store.Open();
        var word = (await db.Recommendations.OrderBy(r => r.Key).Select(r => r.Text).FirstAsync()).Split(' ').First(w => w.Length > 5);
        // In the store's own key order (collations differ between SQLite and PostgreSQL).
        var all = await db.Recommendations.OrderBy(r => r.Key).Select(r => new { r.Key, r.Text }).ToListAsync();
        var matching = all.Where(r => r.Text.Contains(word, StringComparison.OrdinalIgnoreCase)).ToList();
        var sorted = await db.Recommendations.OrderByDescending(r => r.Response).ThenBy(r => r.Key).Select(r => r.Key).Take(25).ToListAsync();

        var searched = await http.GetStringAsync("/records/recommendations?q=" + Uri.EscapeDataString(word.ToUpperInvariant()));
        var bySort = await http.GetStringAsync("/records/recommendations?sort=response&dir=desc");

        Assert.Contains($">{matching.Count} recommendation", searched);
        Assert.Equal(matching.Take(25).Select(r => r.Key), LargeListTests.Keys(searched));
        Assert.Equal(sorted, LargeListTests.Keys(bySort));
        Assert.DoesNotContain("does not filter", searched);
    }
}

using Microsoft.EntityFrameworkCore;
using System.Text.RegularExpressions;
using Parley.Tests.Support;

namespace Parley.Tests.Features.Records;

public class RecordListTests
{
    private static int Rows(string html) => Regex.Count(html, "<tr>\\s*<td><a href=\"/records/");

    [Fact]
    public async Task A_long_list_is_paged_25_at_a_time_with_links_to_the_next_page()
    {
        await using var app = await RunningApp.StartAsync();

        var first = await app.PageAsync("/records/lexicon");
        var second = await app.PageAsync("/records/lexicon?page=2");

        // The bundled lexicon grows with the data set: the paging follows its size, more than one page of 25.
        int total;
        await using (var db = app.Store.Open()) total = await db.LexiconEntries.CountAsync();
        Assert.True(total > 25, $"{total} lexicon entries: too few to page");
        Assert.Contains($"{total} lexicon, page 1 of {(total + 24) / 25}", first);
        Assert.Equal(25, Rows(first));
        Assert.Contains("href=\"/records/lexicon?page=2\"", first);
        Assert.Equal(Math.Min(25, total - 25), Rows(second));
        Assert.Contains("rel=\"prev\"", second);
    }

    [Fact]
    public async Task Filters_and_search_narrow_the_list_and_keep_a_stable_url()
    {
        await using var app = await RunningApp.StartAsync();

        var labour = await app.PageAsync("/records/institutions?issue-area=labour-rights");
        var searched = await app.PageAsync("/records/institutions?q=public+security");
        var vietnam = await app.PageAsync("/records/institutions?party=vn");

        Assert.Contains("1 institution", labour);
        Assert.Contains("/records/institutions/vn-molisa", labour);
        Assert.Contains("/records/institutions/vn-mps\"", searched);
        Assert.DoesNotContain("/records/institutions/us-aba\"", searched);
        Assert.DoesNotContain("/records/institutions/us-aba\"", vietnam);
        Assert.Contains("<option value=\"vn\" selected=\"selected\">", vietnam);
    }

    [Fact]
    public async Task Sorting_by_a_column_reverses_with_dir_desc()
    {
        await using var app = await RunningApp.StartAsync();

        var ascending = await app.PageAsync("/records/issue-areas?sort=name");
        var descending = await app.PageAsync("/records/issue-areas?sort=name&dir=desc");

        var keys = (string html) => Regex.Matches(html, "<td><a href=\"/records/issue-areas/([^\"]+)\"").Select(m => m.Groups[1].Value).ToList();
        Assert.Equal("anti-corruption", keys(ascending)[0]);
        Assert.Equal(keys(ascending).AsEnumerable().Reverse(), keys(descending));
    }

    [Fact]
    public async Task An_unknown_kind_is_not_found()
    {
        await using var app = await RunningApp.StartAsync();

        var response = await app.Http.GetAsync("/records/spaceships");

        Assert.Equal(System.Net.HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task A_missing_record_answers_not_found_with_a_way_back_to_its_list()
    {
        await using var app = await RunningApp.StartAsync();

        var response = await app.Http.GetAsync("/records/cases/nobody");
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(System.Net.HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains("No case with the identifier “nobody”", System.Net.WebUtility.HtmlDecode(html));
        Assert.Contains("href=\"/records/cases?q=nobody\"", html);
    }
}

using System.CommandLine;
using System.Text.Json;
using Parley.Store;

namespace Parley.Features.Search;

/// <summary>`parley search QUERY`: the search box at the terminal, best matches first, with facet counts.</summary>
public static class SearchCommand
{
    // Readable at a terminal: Vietnamese letters and the <mark> tags of the HTML snippets are written as they are.
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        WriteIndented = true,
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static Command Create(CliContext cli)
    {
        var text = new Argument<string>("QUERY") { Description = "Words to find (all must match), \"a phrase\", or word* for words that start with it; case and accents do not matter" };
        var kind = new Option<string?>("--kind") { Description = $"Only this kind: {string.Join(", ", SearchIndexer.Kinds)}", HelpName = "KIND" };
        kind.AcceptOnlyFromAmong([.. SearchIndexer.Kinds]);
        var limit = new Option<int>("--limit") { Description = $"How many matches to show (at most {SearchEngine.MaxLimit})", DefaultValueFactory = _ => SearchEngine.DefaultLimit, HelpName = "N" };
        var json = new Option<bool>("--json") { Description = "Print the results as JSON, as the API returns them" };
        var exact = new Option<bool>("--exact-counts") { Description = $"Count the matches and facets exactly also past {SearchLimits.Defaults.ExactLimit:N0} matches ({SearchLimits.ExactLimitVariable}; slower), instead of estimating them" };
        var command = new Command("search", "Search recommendations, commitments, cases, provisions, programmes, statements and sources, best match first.");
        command.Arguments.Add(text);
        command.Options.Add(kind);
        command.Options.Add(limit);
        command.Options.Add(json);
        command.Options.Add(exact);
        command.SetAction(async (parse, ct) =>
        {
            if (parse.GetValue(limit) is < 1 or > SearchEngine.MaxLimit) throw new UserError($"--limit must be from 1 to {SearchEngine.MaxLimit}");
            await using var db = await ParleyStore.OpenExistingAsync(cli.Location(parse), ct);
            var outcome = await SearchEngine.SearchAsync(db, parse.GetValue(text), new SearchFilters(Kind: parse.GetValue(kind)), parse.GetValue(limit), ct: ct, exactFacets: parse.GetValue(exact),
                limits: SearchLimits.FromEnvironment());
            if (outcome.Results is not { } results) throw new UserError($"cannot search for that: {outcome.Error}");
            if (parse.GetValue(json))
            {
                cli.Out.WriteLine(JsonSerializer.Serialize(results, Json));
                return 0;
            }
            Print(cli.Out, results);
            return 0;
        });
        return command;
    }

    private static void Print(TextWriter output, SearchResults results)
    {
        output.WriteLine(results.Total switch
        {
            0 => $"No match for {results.Query}.",
            1 => $"1 match for {results.Query}.",
            var n => $"{char.ToUpperInvariant(results.Matches[0])}{results.Matches[1..]} for {results.Query}{(n > results.Hits.Count ? $"; the best {results.Hits.Count} shown" : "")}.",
        });
        foreach (var hit in results.Hits)
        {
            output.WriteLine();
            output.WriteLine($"{hit.Kind} {hit.Key}: {hit.Title.ReplaceLineEndings(" ")}");
            output.WriteLine($"  {hit.Snippet}");
        }
        if (results.Total == 0) return;
        output.WriteLine();
        if (results.FacetsNote is { } note) output.WriteLine($"({note}; --exact-counts counts them exactly)");
        foreach (var (facet, values) in results.Facets.Where(f => f.Value.Count > 0))
            output.WriteLine($"{facet,-7} {string.Join(", ", values.Take(8).Select(v => $"{v.Value} ({(results.FacetsEstimated ? "about " : "")}{v.Count:N0})"))}");
    }
}

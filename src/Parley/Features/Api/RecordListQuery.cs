namespace Parley.Features.Api;

/// <summary>
/// The query parameters of a list. <c>sort</c> names a field (<c>title</c>, <c>-date</c> for descending; default <c>key</c>);
/// <c>q</c> searches every text field; the filters apply where they fit the kind, and a filter that does not is refused.
/// </summary>
public sealed record RecordListQuery(
    int? Page, int? PageSize, string? Sort, string? Q,
    string? Channel, string? Party, string? IssueArea, string? Status, string? Year,
    string? Kind, string? Round, string? Institution, string? Instrument, string? Provision, string? Framework,
    string? Parent, string? Lexicon, string? Category, string? Language)
{
    public const int DefaultPageSize = 50;
    public const int MaxPageSize = 200;

    public IEnumerable<(string Name, string Value)> Filters()
    {
        (string, string?)[] all =
        [
            ("channel", Channel), ("party", Party), ("issueArea", IssueArea), ("status", Status), ("year", Year), ("kind", Kind),
            ("round", Round), ("institution", Institution), ("instrument", Instrument), ("provision", Provision), ("framework", Framework),
            ("parent", Parent), ("lexicon", Lexicon), ("category", Category), ("language", Language),
        ];
        return all.Where(f => !string.IsNullOrWhiteSpace(f.Item2)).Select(f => (f.Item1, f.Item2!.Trim()));
    }
}

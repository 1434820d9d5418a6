using Parley.Domain;
using Parley.Features.Records.Fields;
using static Parley.Features.Records.RecordKinds;
using Parley.Features.Api;
using Parley.Features.Interchange.Document;

namespace Parley.Features.Records.Kinds;

/// <summary>Issue areas: the taxonomy of themes; their page lists everything filed under them.</summary>
public static class IssueAreaRecords
{
    public static RecordKind<IssueArea> Kind { get; } = new()
    {
        Slug = "issue-areas", Singular = "issue area", Plural = "Issue areas",
        New = key => new IssueArea { Key = key },
        Label = a => a.Name,
        Api = new ApiKind<IssueArea, IssueAreaDoc>
        {
            Filters = new Dictionary<string, Func<IQueryable<IssueArea>, string, IQueryable<IssueArea>>>
            {
                ["parent"] = (q, v) => q.Where(x => x.Parent != null && x.Parent.Key == v),
            },
            ToDocument = (x, a) => new IssueAreaDoc(a.Key, a.Name, x.Key<IssueArea>(a.ParentId), a.Description, x.Cite(a.Citations)),
            Create = (m, d) => new IssueArea { Key = d.Key, Name = m.Required(d.Name, "name"), Description = d.Description },
            Link = (m, d, e, at) => e.Parent = m.Optional<IssueArea>(d.Parent, at, "parent"),
            // Only issue areas link to their own kind in a chain a document could close into a loop.
            Check = (m, areas) =>
            {
                foreach (var (_, area, at) in areas)
                {
                    var seen = new HashSet<IssueArea>(ReferenceEqualityComparer.Instance);
                    for (var node = area; node is not null; node = node.Parent)
                    {
                        if (seen.Add(node)) continue;
                        m.Problem(at, "parent", "issue areas form a cycle through their parents");
                        break;
                    }
                }
            },
        },
        Fields =
        [
            new TextField<IssueArea>("name", "Name", a => a.Name, (a, v) => a.Name = v ?? "") { Required = true, MaxLength = 300 },
            new LinkField<IssueArea, IssueArea>("parent", "Part of", a => a.Parent, (a, v) => a.Parent = v) { Hint = "A power or leverage on the wider area covers this one." },
            new TextField<IssueArea>("description", "Description", a => a.Description, (a, v) => a.Description = v) { Multiline = true },
        ],
        Columns =
        [
            new("name", "Name", a => DisplayValue.Of(a.Name)),
            new("parent", "Part of", a => DisplayValue.Of(RefTo(a.Parent))),
        ],
        Filters = [ListFilter<IssueArea>.One("parent", "Part of", a => a.Parent)],
        InboundFromModel = new Dictionary<Type, string>
        {
            [typeof(IssueArea)] = "Narrower areas",
            [typeof(Round)] = "Rounds with it on the agenda",
            [typeof(Institution)] = "Institutions with powers on it",
            [typeof(Framework)] = "Frameworks giving leverage on it",
        },
    };
}

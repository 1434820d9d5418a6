using Parley.Domain;
using Parley.Features.Records.Fields;
using Parley.Features.Api;
using Parley.Features.Interchange.Document;
using static Parley.Features.Api.FilterValue;
using static Parley.Features.Interchange.RecordExporter;

namespace Parley.Features.Records.Kinds;

/// <summary>Parties: states, blocs and organisations; their page lists everything that names them.</summary>
public static class PartyRecords
{
    public static RecordKind<Party> Kind { get; } = new()
    {
        Slug = "parties", Singular = "party", Plural = "Parties",
        New = key => new Party { Key = key },
        Label = p => p.Name,
        Api = new ApiKind<Party, PartyDoc>
        {
            Filters = new Dictionary<string, Func<IQueryable<Party>, string, IQueryable<Party>>>
            {
                ["kind"] = (q, v) => { var kind = Word<PartyKind>(v); return q.Where(x => x.Kind == kind); },
            },
            ToDocument = (x, p) => new PartyDoc(p.Key, p.Name, p.Kind, Listed(p.Aliases), x.Cite(p.Citations)),
            Create = (m, d) => new Party { Key = d.Key, Name = m.Required(d.Name, "name"), Kind = d.Kind, Aliases = d.Aliases ?? [] },
        },
        Fields =
        [
            new TextField<Party>("name", "Name", p => p.Name, (p, v) => p.Name = v ?? "") { Required = true, MaxLength = 300 },
            new EnumField<Party, Domain.PartyKind>("kind", "Kind", p => p.Kind, (p, v) => p.Kind = v),
            new LinesField<Party>("aliases", "Also known as", p => p.Aliases, (p, v) => p.Aliases = v),
        ],
        Columns =
        [
            new("name", "Name", p => DisplayValue.Of(p.Name)),
            new("kind", "Kind", p => DisplayValue.Of(EnumText.Words(p.Kind))),
            new("aliases", "Also known as", p => DisplayValue.Of(string.Join(", ", p.Aliases))),
        ],
        Filters = [ListFilter<Party>.Enum("kind", "Kind", p => p.Kind)],
        InboundFromModel = new Dictionary<Type, string>
        {
            [typeof(Commitment)] = "Commitments made",
            [typeof(Recommendation)] = "Recommendations made or received",
        },
    };
}

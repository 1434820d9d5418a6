using Parley.Domain;
using Parley.Features.Records.Fields;
using static Parley.Features.Records.RecordKinds;

namespace Parley.Features.Records.Kinds;

/// <summary>Parties: states, blocs and organisations; their page lists everything that names them.</summary>
public static class PartyRecords
{
    public static RecordKind<Party> Kind { get; } = new()
    {
        Slug = "parties", Singular = "party", Plural = "Parties",
        New = key => new Party { Key = key },
        Label = p => p.Name,
        Fields =
        [
            new TextField<Party>("name", "Name", p => p.Name, (p, v) => p.Name = v ?? "") { Required = true, MaxLength = 300 },
            new EnumField<Party, Domain.PartyKind>("kind", "Kind", p => p.Kind, (p, v) => p.Kind = v),
            new LinesField<Party>("aliases", "Also known as", p => p.Aliases, (p, v) => p.Aliases = v),
        ],
        Columns =
        [
            new("name", "Name", p => DisplayValue.Of(p.Name)),
            new("kind", "Kind", p => DisplayValue.Of(EnumText.Of(p.Kind))),
            new("aliases", "Also known as", p => DisplayValue.Of(string.Join(", ", p.Aliases))),
        ],
        Filters = [ListFilter<Party>.Enum("kind", "Kind", p => p.Kind)],
        Inbound =
        [
            new("Institutions", (db, p, ct) => RefsAsync(db.Institutions.Where(x => x.PartyId == p.Id), ct)),
            new("Channels", (db, p, ct) => RefsAsync(db.Channels.Where(x => x.Parties.Any(y => y.Id == p.Id)), ct)),
            new("Commitments made", (db, p, ct) => RefsAsync(db.Commitments.Where(x => x.PartyId == p.Id), ct)),
            new("Recommendations made or received", (db, p, ct) => RefsAsync(db.Recommendations.Where(x => x.FromPartyId == p.Id || x.ToPartyId == p.Id), ct)),
            new("Cases", (db, p, ct) => RefsAsync(db.Cases.Where(x => x.PartyId == p.Id), ct)),
            new("Legal instruments", (db, p, ct) => RefsAsync(db.LegalInstruments.Where(x => x.PartyId == p.Id), ct)),
            new("Frameworks", (db, p, ct) => RefsAsync(db.Frameworks.Where(x => x.Members.Any(y => y.Id == p.Id) || x.Events.Any(e => e.PartyId == p.Id)), ct)),
            new("Statements", (db, p, ct) => RefsAsync(db.Statements.Where(x => x.PartyId == p.Id), ct)),
            new("Risk assessments", (db, p, ct) => RefsAsync(db.RiskAssessments.Where(x => x.PartyId == p.Id), ct)),
        ],
    };
}

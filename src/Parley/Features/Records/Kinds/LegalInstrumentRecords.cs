using Microsoft.EntityFrameworkCore;
using Parley.Domain;
using Parley.Features.Records.Fields;
using static Parley.Features.Records.RecordKinds;
using Parley.Features.Api;
using Parley.Features.Interchange.Document;
using static Parley.Features.Api.FilterValue;
using static Parley.Features.Interchange.RecordExporter;

namespace Parley.Features.Records.Kinds;

/// <summary>Codes, laws, decrees, directives and treaties with their dates in force; their page lists their provisions.</summary>
public static class LegalInstrumentRecords
{
    public static RecordKind<LegalInstrument> Kind { get; } = new()
    {
        Slug = "legal-instruments", Singular = "legal instrument", Plural = "Legal instruments",
        New = key => new LegalInstrument { Key = key },
        Label = l => l.Title,
        Api = new ApiKind<LegalInstrument, LegalInstrumentDoc>
        {
            Filters = new Dictionary<string, Func<IQueryable<LegalInstrument>, string, IQueryable<LegalInstrument>>>
            {
                ["party"] = (q, v) => q.Where(x => x.Party.Key == v),
                ["kind"] = (q, v) => { var kind = Word<InstrumentKind>(v); return q.Where(x => x.Kind == kind); },
                ["year"] = (q, v) => { var year = Year(v); return q.Where(x => x.Year == year); },
            },
            ToDocument = (x, i) => new LegalInstrumentDoc(i.Key, i.Title, x.Key<Party>(i.PartyId), i.Kind, i.Year, x.Key<Institution>(i.IssuerId), i.Summary,
                Listed(i.Aliases), i.Adopted, i.InForceFrom, i.InForceUntil, x.Key<LegalInstrument>(i.ReplacedById), x.Key<LegalInstrument>(i.AmendsId), x.Cite(i.Citations)),
            Create = (m, d) => new LegalInstrument
            {
                Key = d.Key, Title = m.Required(d.Title, "title"), Kind = d.Kind, Year = d.Year, Summary = d.Summary, Aliases = d.Aliases ?? [],
                Adopted = d.Adopted, InForceFrom = d.InForceFrom, InForceUntil = d.InForceUntil,
            },
            Link = (m, d, e, at) =>
            {
                e.Party = m.Link<Party>(d.Party, at, "party");
                e.Issuer = m.Optional<Institution>(d.Issuer, at, "issuer");
                e.ReplacedBy = m.Optional<LegalInstrument>(d.ReplacedBy, at, "replacedBy");
                e.Amends = m.Optional<LegalInstrument>(d.Amends, at, "amends");
            },
        },
        Fields =
        [
            new TextField<LegalInstrument>("title", "Title", l => l.Title, (l, v) => l.Title = v ?? "") { Required = true, MaxLength = 300 },
            new LinkField<LegalInstrument, Party>("party", "Party", l => l.Party, (l, v) => l.Party = v!) { Required = true },
            new EnumField<LegalInstrument, InstrumentKind>("kind", "Kind", l => l.Kind, (l, v) => l.Kind = v),
            new NumberField<LegalInstrument>("year", "Year", l => l.Year, (l, v) => l.Year = v) { Min = 1800, Max = 2200 },
            new LinkField<LegalInstrument, Institution>("issuer", "Issued by", l => l.Issuer, (l, v) => l.Issuer = v),
            new TextField<LegalInstrument>("summary", "Summary", l => l.Summary, (l, v) => l.Summary = v) { Multiline = true },
            new LinesField<LegalInstrument>("aliases", "Other names (abbreviations, short titles)", l => l.Aliases, (l, v) => l.Aliases = v),
            new DateField<LegalInstrument>("adopted", "Adopted", l => l.Adopted, (l, v) => l.Adopted = v),
            new DateField<LegalInstrument>("inForceFrom", "In force from", l => l.InForceFrom, (l, v) => l.InForceFrom = v),
            new DateField<LegalInstrument>("inForceUntil", "In force until (last day)", l => l.InForceUntil, (l, v) => l.InForceUntil = v),
            new LinkField<LegalInstrument, LegalInstrument>("replacedBy", "Replaced by", l => l.ReplacedBy, (l, v) => l.ReplacedBy = v),
            new LinkField<LegalInstrument, LegalInstrument>("amends", "Amends", l => l.Amends, (l, v) => l.Amends = v),
        ],
        Columns =
        [
            new("title", "Title", l => DisplayValue.Of(l.Title)),
            new("kind", "Kind", l => DisplayValue.Of(EnumText.Words(l.Kind))),
            new("year", "Year", l => DisplayValue.Of(l.Year?.ToString(System.Globalization.CultureInfo.InvariantCulture)), l => l.Year),
            new("party", "Party", l => DisplayValue.Of(RefTo(l.Party))),
            new("in-force", "In force", l => DisplayValue.Of(InForce(l)), l => (l.InForceFrom ?? l.Adopted)?.ToString()),
        ],
        Filters =
        [
            ListFilter<LegalInstrument>.One("party", "Party", l => l.Party),
            ListFilter<LegalInstrument>.Enum("kind", "Kind", l => l.Kind),
            ListFilter<LegalInstrument>.Year(l => l.Year),
        ],
        Inbound =
        [
            new("Provisions", (db, l, ct) => RefsAsync(db.Provisions.Where(x => x.InstrumentId == l.Id), ct)),
            new("Replaces", (db, l, ct) => RefsAsync(db.LegalInstruments.Where(x => x.ReplacedById == l.Id), ct)),
            new("Amended by", (db, l, ct) => RefsAsync(db.LegalInstruments.Where(x => x.AmendsId == l.Id), ct)),
            new("Parties' status with this treaty", (db, l, ct) => RefsAsync(db.TreatyStatuses.Include(x => x.Party).Include(x => x.Treaty).Where(x => x.TreatyId == l.Id), ct)),
        ],
    };

    /// <summary>The time in force as a list shows it: "2019-01-01 – 2026-06-30", "since 2026-07-01", "until 2017".</summary>
    private static string? InForce(LegalInstrument l) => (l.InForceFrom ?? l.Adopted, l.InForceUntil) switch
    {
        (null, null) => null,
        ({ } from, null) => $"since {from}",
        (null, { } until) => $"until {until}",
        ({ } from, { } until) => $"{from} – {until}",
    };
}

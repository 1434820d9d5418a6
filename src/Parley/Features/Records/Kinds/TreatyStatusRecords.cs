using Parley.Domain;
using Parley.Features.Api;
using Parley.Features.Interchange.Document;
using Parley.Features.Records.Fields;
using static Parley.Features.Api.FilterValue;
using static Parley.Features.Records.RecordKinds;

namespace Parley.Features.Records.Kinds;

/// <summary>Where each party stands with each treaty (signed, ratified, acceded, not party), with the dates of each step.</summary>
public static class TreatyStatusRecords
{
    public static RecordKind<TreatyStatus> Kind { get; } = new()
    {
        Slug = "treaty-statuses", Singular = "treaty status", Plural = "Treaty statuses",
        New = key => new TreatyStatus { Key = key },
        Label = s => $"{s.Party?.Name ?? s.Key}: {s.Treaty?.Title ?? ""} ({EnumText.Of(s.Participation)})",
        Api = new ApiKind<TreatyStatus, TreatyStatusDoc>
        {
            Filters = new Dictionary<string, Func<IQueryable<TreatyStatus>, string, IQueryable<TreatyStatus>>>
            {
                ["party"] = (q, v) => q.Where(x => x.Party.Key == v),
                ["treaty"] = (q, v) => q.Where(x => x.Treaty.Key == v),
                ["status"] = (q, v) => { var participation = Word<TreatyParticipation>(v); return q.Where(x => x.Participation == participation); },
            },
            ToDocument = (x, s) => new TreatyStatusDoc(s.Key, x.Key<Party>(s.PartyId), x.Key<LegalInstrument>(s.TreatyId), s.Participation, s.Signed, s.Bound, s.InForce,
                s.Reservations, s.Note, x.Cite(s.Citations)),
            Create = (m, d) => new TreatyStatus
            {
                Key = d.Key, Participation = d.Participation, Signed = d.Signed, Bound = d.Bound, InForce = d.InForce, Reservations = d.Reservations, Note = d.Note,
            },
            Link = (m, d, e, at) =>
            {
                e.Party = m.Link<Party>(d.Party, at, "party");
                e.Treaty = m.Link<LegalInstrument>(d.Treaty, at, "treaty");
            },
        },
        Fields =
        [
            new LinkField<TreatyStatus, Party>("party", "Party", s => s.Party, (s, v) => s.Party = v!) { Required = true },
            new LinkField<TreatyStatus, LegalInstrument>("treaty", "Treaty", s => s.Treaty, (s, v) => s.Treaty = v!) { Required = true },
            new EnumField<TreatyStatus, TreatyParticipation>("participation", "Status", s => s.Participation, (s, v) => s.Participation = v),
            new DateField<TreatyStatus>("signed", "Signed", s => s.Signed, (s, v) => s.Signed = v),
            new DateField<TreatyStatus>("bound", "Bound (ratified, acceded or approved)", s => s.Bound, (s, v) => s.Bound = v),
            new DateField<TreatyStatus>("inForce", "In force for the party", s => s.InForce, (s, v) => s.InForce = v),
            new TextField<TreatyStatus>("reservations", "Reservations", s => s.Reservations, (s, v) => s.Reservations = v) { Multiline = true },
            new TextField<TreatyStatus>("note", "Note", s => s.Note, (s, v) => s.Note = v) { Multiline = true },
        ],
        Columns =
        [
            new("party", "Party", s => DisplayValue.Of(RefTo(s.Party))),
            new("treaty", "Treaty", s => DisplayValue.Of(RefTo(s.Treaty))),
            new("status", "Status", s => DisplayValue.Of(EnumText.Words(s.Participation)), s => s.Participation),
            new("bound", "Bound", s => DisplayValue.Of(s.Bound?.ToString()), s => s.Bound?.ToString()),
        ],
        Filters =
        [
            ListFilter<TreatyStatus>.One("party", "Party", s => s.Party),
            ListFilter<TreatyStatus>.One("treaty", "Treaty", s => s.Treaty),
            ListFilter<TreatyStatus>.Enum("status", "Status", s => s.Participation),
        ],
    };
}

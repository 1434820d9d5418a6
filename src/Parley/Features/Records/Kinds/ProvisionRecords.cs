using Parley.Domain;
using Parley.Features.Records.Fields;
using static Parley.Features.Records.RecordKinds;
using Parley.Features.Api;
using Parley.Features.Interchange.Document;
using static Parley.Features.Interchange.RecordExporter;
using Parley.Features.Search;
using static Parley.Features.Search.SearchLinks;

namespace Parley.Features.Records.Kinds;

/// <summary>Provisions of legal instruments with their vague terms; their page lists the cases charged under them.</summary>
public static class ProvisionRecords
{
    public static RecordKind<Provision> Kind { get; } = new()
    {
        Slug = "provisions", Singular = "provision", Plural = "Provisions",
        New = key => new Provision { Key = key },
        Label = p => p.Title is null ? p.Label : $"{p.Label}: {p.Title}",
        Search = new SearchText<Provision>("provision", (p, links) =>
        {
            var instrument = links.Find(p.Instrument, p.InstrumentId);
            return new(Join(instrument?.Title, p.Label, p.Title), Join([p.Text, .. p.VagueTerms]),
                links.PartyKey(instrument?.Party, instrument?.PartyId), instrument?.Year, null, links.Areas(p.IssueAreas));
        }, "IssueAreas", "Instrument.Party"),
        Api = new ApiKind<Provision, ProvisionDoc>
        {
            Filters = new Dictionary<string, Func<IQueryable<Provision>, string, IQueryable<Provision>>>
            {
                ["instrument"] = (q, v) => q.Where(x => x.Instrument.Key == v),
                ["issueArea"] = (q, v) => q.Where(x => x.IssueAreas.Any(a => a.Key == v)),
            },
            ToDocument = (x, p) => new ProvisionDoc(p.Key, x.Key<LegalInstrument>(p.InstrumentId), p.Label, p.Title, p.Text, Listed(p.VagueTerms), Keys(p.IssueAreas),
                p.InForceFrom, p.InForceUntil, Keys(p.Successors), x.Cite(p.Citations)),
            Create = (m, d) => new Provision
            {
                Key = d.Key, Label = m.Required(d.Label, "label"), Title = d.Title, Text = d.Text, VagueTerms = d.VagueTerms ?? [],
                InForceFrom = d.InForceFrom, InForceUntil = d.InForceUntil,
            },
            Link = (m, d, e, at) =>
            {
                e.Instrument = m.Link<LegalInstrument>(d.Instrument, at, "instrument");
                e.IssueAreas = m.Links<IssueArea>(d.IssueAreas, at, "issueAreas");
                e.Successors = m.Links<Provision>(d.Successors, at, "successors");
            },
        },
        Fields =
        [
            new LinkField<Provision, LegalInstrument>("instrument", "Legal instrument", p => p.Instrument, (p, v) => p.Instrument = v!) { Required = true },
            new TextField<Provision>("label", "Number", p => p.Label, (p, v) => p.Label = v ?? "") { Required = true, MaxLength = 100, Hint = "As the instrument gives it: \"Article 117\"." },
            new TextField<Provision>("title", "Title", p => p.Title, (p, v) => p.Title = v),
            new TextField<Provision>("text", "Text or summary", p => p.Text, (p, v) => p.Text = v) { Multiline = true },
            new LinesField<Provision>("vagueTerms", "Vague terms", p => p.VagueTerms, (p, v) => p.VagueTerms = v),
            new LinksField<Provision, IssueArea>("issueAreas", "Issue areas", p => p.IssueAreas),
            new DateField<Provision>("inForceFrom", "This wording in force from", p => p.InForceFrom, (p, v) => p.InForceFrom = v) { Hint = "Only when it differs from the instrument's date." },
            new DateField<Provision>("inForceUntil", "This wording in force until (last day)", p => p.InForceUntil, (p, v) => p.InForceUntil = v),
            new LinksField<Provision, Provision>("successors", "Continued by (next version, or its counterpart in a replacing law)", p => p.Successors),
        ],
        Columns =
        [
            new("label", "Number", p => DisplayValue.Of(p.Label)),
            new("title", "Title", p => DisplayValue.Of(p.Title)),
            new("instrument", "Legal instrument", p => DisplayValue.Of(RefTo(p.Instrument))),
            new("vague", "Vague terms", p => DisplayValue.Of(string.Join("; ", p.VagueTerms)), p => p.VagueTerms.Count),
        ],
        Filters =
        [
            ListFilter<Provision>.One("instrument", "Legal instrument", p => p.Instrument),
            ListFilter<Provision>.Link("issue-area", "Issue area", p => p.IssueAreas),
        ],
        Inbound =
        [
            new("Cases charged under it", (db, p, ct) => RefsAsync(db.Cases.Where(x => x.Charges.Any(y => y.Id == p.Id)), ct)),
            new("Continues (earlier versions)", (db, p, ct) => RefsAsync(db.Provisions.Where(x => x.Successors.Any(y => y.Id == p.Id)), ct)),
        ],
    };
}

using Parley.Domain;
using Parley.Features.Records.Fields;
using static Parley.Features.Records.RecordKinds;

namespace Parley.Features.Records.Kinds;

/// <summary>Cases: people detained or tried, the provisions charged and the rounds they were raised in.</summary>
public static class CaseRecords
{
    public static RecordKind<Case> Kind { get; } = new()
    {
        Slug = "cases", Singular = "case", Plural = "Cases",
        New = key => new Case { Key = key },
        Label = c => c.PersonName,
        Fields =
        [
            new TextField<Case>("personName", "Person", c => c.PersonName, (c, v) => c.PersonName = v ?? "") { Required = true, MaxLength = 300 },
            new TextField<Case>("personRole", "Who they are", c => c.PersonRole, (c, v) => c.PersonRole = v) { Hint = "In the source's words: \"environmental activist\"." },
            new LinkField<Case, Party>("party", "Party (state holding them)", c => c.Party, (c, v) => c.Party = v),
            new EnumField<Case, CaseStatus>("status", "Status", c => c.Status, (c, v) => c.Status = v),
            new TextField<Case>("sentence", "Sentence", c => c.Sentence, (c, v) => c.Sentence = v),
            new TextField<Case>("summary", "Summary", c => c.Summary, (c, v) => c.Summary = v) { Multiline = true },
            new LinksField<Case, IssueArea>("issueAreas", "Issue areas", c => c.IssueAreas),
            new LinksField<Case, Provision>("charges", "Charged under", c => c.Charges),
            new RowsField<Case, CaseEvent>("events", "Events", c => c.Events,
            [
                new EnumField<CaseEvent, CaseEventKind>("kind", "What happened", e => e.Kind, (e, v) => e.Kind = v),
                new DateField<CaseEvent>("date", "Date", e => e.Date, (e, v) => e.Date = v),
                new TextField<CaseEvent>("description", "Description", e => e.Description, (e, v) => e.Description = v),
            ]),
            new LinksField<Case, Round>("raisedIn", "Raised in rounds", c => c.RaisedIn),
        ],
        Columns =
        [
            new("person", "Person", c => DisplayValue.Of(c.PersonName)),
            new("status", "Status", c => DisplayValue.Of(EnumText.Of(c.Status))),
            new("party", "Party", c => DisplayValue.Of(RefTo(c.Party))),
            new("charges", "Charged under", c => DisplayValue.Of(c.Charges.Select(p => RefTo(p)!))),
            new("first-event", "First event", c => DisplayValue.Of(c.Events.Select(e => e.Date).OfType<PartialDate>().Order().Select(d => d.ToString()).FirstOrDefault())),
        ],
        Filters =
        [
            ListFilter<Case>.Enum("status", "Status", c => c.Status),
            ListFilter<Case>.One("party", "Party", c => c.Party),
            ListFilter<Case>.Link("issue-area", "Issue area", c => c.IssueAreas),
            ListFilter<Case>.Link("provision", "Charged under", c => c.Charges),
            ListFilter<Case>.Link("round", "Raised in", c => c.RaisedIn),
            new("year", "Year of an event", (_, records) => Task.FromResult<IReadOnlyList<Choice>>(records.SelectMany(c => c.Events).Select(e => e.Date?.Year).OfType<int>()
                    .Distinct().OrderDescending().Select(y => new Choice(y.ToString(System.Globalization.CultureInfo.InvariantCulture), y.ToString(System.Globalization.CultureInfo.InvariantCulture))).ToList()),
                (c, year) => c.Events.Any(e => e.Date?.Year.ToString(System.Globalization.CultureInfo.InvariantCulture) == year)),
        ],
    };
}

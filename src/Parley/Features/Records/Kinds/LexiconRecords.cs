using Parley.Domain;
using Parley.Features.Records.Fields;
using Parley.Features.Api;
using Parley.Features.Interchange.Document;
using static Parley.Features.Api.FilterValue;

namespace Parley.Features.Records.Kinds;

/// <summary>Lexicon entries the framing and legal-clarity checks look for.</summary>
public static class LexiconRecords
{
    public static RecordKind<LexiconEntry> Kind { get; } = new()
    {
        Slug = "lexicon", Singular = "lexicon entry", Plural = "Lexicon", Counted = "lexicon entries",
        New = key => new LexiconEntry { Key = key },
        Label = l => l.Term,
        Api = new ApiKind<LexiconEntry, LexiconEntryDoc>
        {
            Filters = new Dictionary<string, Func<IQueryable<LexiconEntry>, string, IQueryable<LexiconEntry>>>
            {
                ["lexicon"] = (q, v) => { var lexicon = Word<LexiconKind>(v); return q.Where(x => x.Lexicon == lexicon); },
                ["category"] = (q, v) => { var category = Word<LexiconCategory>(v); return q.Where(x => x.Category == category); },
                ["language"] = (q, v) => q.Where(x => x.Language == v),
            },
            ToDocument = (x, l) => new LexiconEntryDoc(l.Key, l.Lexicon, l.Category, l.Term, l.Language, l.Why, l.Suggestion, x.Cite(l.Citations)),
            Create = (m, d) => new LexiconEntry
            {
                Key = d.Key, Lexicon = d.Lexicon, Category = d.Category, Term = m.Required(d.Term, "term"), Language = m.Required(d.Language, "language"),
                Why = d.Why, Suggestion = d.Suggestion,
            },
        },
        Fields =
        [
            new TextField<LexiconEntry>("term", "Term", l => l.Term, (l, v) => l.Term = v ?? "") { Required = true, MaxLength = 300 },
            new EnumField<LexiconEntry, LexiconKind>("lexicon", "Lexicon", l => l.Lexicon, (l, v) => l.Lexicon = v),
            new EnumField<LexiconEntry, LexiconCategory>("category", "Category", l => l.Category, (l, v) => l.Category = v),
            new TextField<LexiconEntry>("language", "Language (ISO code)", l => l.Language, (l, v) => l.Language = v ?? "") { Required = true, MaxLength = 8, Hint = "en, vi…" },
            new TextField<LexiconEntry>("why", "Why it matters", l => l.Why, (l, v) => l.Why = v) { Multiline = true },
            new TextField<LexiconEntry>("suggestion", "Say instead", l => l.Suggestion, (l, v) => l.Suggestion = v),
        ],
        Columns =
        [
            new("term", "Term", l => DisplayValue.Of(l.Term)),
            new("lexicon", "Lexicon", l => DisplayValue.Of(EnumText.Words(l.Lexicon))),
            new("category", "Category", l => DisplayValue.Of(EnumText.Words(l.Category))),
            new("language", "Language", l => DisplayValue.Of(l.Language)),
        ],
        Filters =
        [
            ListFilter<LexiconEntry>.Enum("lexicon", "Lexicon", l => l.Lexicon),
            ListFilter<LexiconEntry>.Enum("category", "Category", l => l.Category),
        ],
    };
}

using Parley.Domain;
using Parley.Features.Records.Fields;

namespace Parley.Features.Records.Kinds;

/// <summary>Lexicon entries the framing and legal-clarity checks look for.</summary>
public static class LexiconRecords
{
    public static RecordKind<LexiconEntry> Kind { get; } = new()
    {
        Slug = "lexicon", Singular = "lexicon entry", Plural = "Lexicon",
        New = key => new LexiconEntry { Key = key },
        Label = l => l.Term,
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
            new("lexicon", "Lexicon", l => DisplayValue.Of(EnumText.Of(l.Lexicon))),
            new("category", "Category", l => DisplayValue.Of(EnumText.Of(l.Category))),
            new("language", "Language", l => DisplayValue.Of(l.Language)),
        ],
        Filters =
        [
            ListFilter<LexiconEntry>.Enum("lexicon", "Lexicon", l => l.Lexicon),
            ListFilter<LexiconEntry>.Enum("category", "Category", l => l.Category),
        ],
    };
}

namespace Parley.Domain;

/// <summary>What sort of document a source is.</summary>
public enum SourceKind
{
    PolicyAnalysis,
    Article,
    LegalText,
    Dataset,
    OfficialDocument,
    NewsReport,
    Other,
}

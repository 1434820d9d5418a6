namespace Parley.Domain;

/// <summary>A dated event in a case.</summary>
public enum CaseEventKind
{
    Arrest,
    Charge,
    Trial,
    Sentence,
    Appeal,
    Release,
    Raised,
    Other,
}

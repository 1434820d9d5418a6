using Parley.Web.Localization;

namespace Parley.Features.Records;

/// <summary>How a save from a form ended: saved (with the record's key), refused with field problems, or refused because someone else saved first.</summary>
public sealed record SaveOutcome(string? Key, IReadOnlyDictionary<string, Message> Errors, Message? Conflict, bool NotFound = false)
{
    public bool Saved => Key is not null && Errors.Count == 0 && Conflict is null && !NotFound;
}

using Parley.Web.Localization;

namespace Parley.Features.Records;

/// <summary>How a delete ended: done, or refused because other records still link to it (listed).</summary>
public sealed record DeleteOutcome(bool Deleted, bool NotFound, Message? Refusal, IReadOnlyList<RecordRef> LinkedFrom);

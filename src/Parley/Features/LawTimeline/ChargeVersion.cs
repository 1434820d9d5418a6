using Parley.Domain;

namespace Parley.Features.LawTimeline;

/// <summary>
/// One charge of a case read through time: the article as recorded, the version in force on the case's first dated
/// event (null when no event is dated, or no version was in force then) and the version that carries it on today.
/// </summary>
public sealed record ChargeVersion(Provision Charged, CaseEvent? FirstEvent, Provision? ThenInForce, Provision? NowInForce);

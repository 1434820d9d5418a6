using Parley.Domain;

namespace Parley.Features.Powers;

/// <summary>A power an institution holds on an issue area, and where it comes from when not granted on the area itself.</summary>
public sealed record HeldPower(Power Power, string? Via)
{
    public bool Direct => Via is null;
}

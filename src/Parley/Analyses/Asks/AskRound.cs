using Parley.Domain;

namespace Parley.Analyses.Asks;

/// <summary>
/// The round being prepared: its channel, the date it is prepared for (the round's date when known), its delegation and
/// agenda, the channel's other rounds (their spacing sets "by the next round"), and the party the asks are addressed to.
/// </summary>
public sealed record AskRound(Channel Channel, Round Round, DateOnly Date, IReadOnlyList<Round> ChannelRounds, Party AddressedTo);

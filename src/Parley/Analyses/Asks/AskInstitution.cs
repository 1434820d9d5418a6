using Parley.Domain;

namespace Parley.Analyses.Asks;

/// <summary>An institution an ask is addressed to, the power on record that makes it the one to ask, and whether it is at the table.</summary>
public sealed record AskInstitution(string Key, string Name, Power? Power, bool AtTable, string Why);

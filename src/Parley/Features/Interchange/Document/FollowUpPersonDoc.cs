namespace Parley.Features.Interchange.Document;

/// <summary>Someone who follows a follow-up: a Parley user (by user name) or a contact with an e-mail address.</summary>
public sealed record FollowUpPersonDoc(string Name, string? UserName = null, string? Email = null, string? Institution = null);

using Parley.Domain;

namespace Parley.Features.FollowUp;

/// <summary>A person who follows an assignment.</summary>
public sealed record PersonDocument(string Name, string? UserName, string? Email, string? Institution)
{
    public static PersonDocument Of(FollowUpPerson p) => new(p.Name, p.UserName, p.Email, p.Institution?.Key);
}

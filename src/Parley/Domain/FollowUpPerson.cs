namespace Parley.Domain;

/// <summary>Someone who follows an assignment: a Parley user (by user name) or a contact reached by e-mail, for an institution.</summary>
public class FollowUpPerson
{
    public string Name { get; set; } = "";
    public string? UserName { get; set; }
    public string? Email { get; set; }
    /// <summary>The institution the person speaks for; they see what that institution leads or supports.</summary>
    public int? InstitutionId { get; set; }
    public Institution? Institution { get; set; }
}

namespace Parley.Store;

/// <summary>A personal access token for API clients; only its hash is stored, and it can be revoked.</summary>
public class AccessToken
{
    public int Id { get; set; }
    public string UserId { get; set; } = "";
    public ParleyUser User { get; set; } = null!;
    public string Name { get; set; } = "";
    public string Hash { get; set; } = "";
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset? RevokedAt { get; set; }
    public DateTimeOffset? LastUsedAt { get; set; }
}

namespace Parley.Features.Backup;

/// <summary>
/// The secret that signs backup manifests, set by the admin outside the repository: PARLEY_BACKUP_SECRET, or
/// Parley:BackupSecret in appsettings.json beside the program (or Parley__BackupSecret in the environment).
/// None configured: backups carry a checksum only.
/// </summary>
public static class BackupSecret
{
    public const string Variable = "PARLEY_BACKUP_SECRET";
    public const string Setting = "Parley:BackupSecret";
    public const string Names = $"{Variable} or {Setting}";

    /// <summary>Shorter secrets can be guessed; a random 32-byte value in base64 (openssl rand -base64 32) is 44 characters.</summary>
    public const int MinimumLength = 16;

    public static string? FromConfiguration()
    {
        var configuration = new ConfigurationBuilder()
            .AddJsonFile(Path.Combine(AppContext.BaseDirectory, "appsettings.json"), optional: true)
            .AddEnvironmentVariables()
            .Build();
        var secret = Environment.GetEnvironmentVariable(Variable) is { Length: > 0 } value ? value : configuration[Setting];
        if (string.IsNullOrEmpty(secret)) return null;
        return secret.Length >= MinimumLength ? secret
            : throw new UserError($"the backup signing secret ({Names}) must be at least {MinimumLength} characters long");
    }
}

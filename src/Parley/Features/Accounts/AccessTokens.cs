using System.Security.Cryptography;
using System.Text;

namespace Parley.Features.Accounts;

/// <summary>Personal access tokens: made from 32 random bytes, shown once, stored only as a SHA-256 hash.</summary>
public static class AccessTokens
{
    public const string Prefix = "parley_";

    public static string NewToken() => Prefix + Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)).TrimEnd('=').Replace('+', '-').Replace('/', '_');

    public static string Hash(string token) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(token)));
}

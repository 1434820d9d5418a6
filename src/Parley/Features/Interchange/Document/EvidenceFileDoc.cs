using Parley.Domain;

namespace Parley.Features.Interchange.Document;

/// <summary>
/// A file given as evidence for a progress report, whole: its content is written in base64 (JSON's way of carrying
/// bytes), with its size and SHA-256 so that a reader can check the copy; an import refuses a file whose content does
/// not match them or is not of a kind kept as evidence.
/// </summary>
public sealed record EvidenceFileDoc(string Name, string ContentType, long Size, string Sha256, byte[] Content, DateTimeOffset UploadedAt, string? UploadedBy = null)
{
    public static EvidenceFileDoc Of(EvidenceFile f) => new(f.FileName, f.ContentType, f.Size, f.Sha256, f.Content, f.UploadedAt, f.UploadedBy);
}

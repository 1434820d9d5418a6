using System.Text.Json.Serialization;

namespace Parley.Features.FollowUp;

/// <summary>
/// A report's evidence file as a page links to it and the API and `follow-up list --json` describe it: where to
/// download it, its name, checked type, size and fingerprint; never its content.
/// </summary>
public sealed record EvidenceLink(int Id, int ReportNumber, string FileName, string ContentType, long Size, string Sha256)
{
    public string Href => $"/follow-up/evidence/{Id}";

    [JsonIgnore] public string Label => $"{FileName} ({EvidenceUpload.Size(Size)})";
}

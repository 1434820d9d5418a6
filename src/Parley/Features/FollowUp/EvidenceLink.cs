namespace Parley.Features.FollowUp;

/// <summary>A report's evidence file as a page links to it: where to download it, its name and its size.</summary>
public sealed record EvidenceLink(int Id, int ReportNumber, string FileName, long Size)
{
    public string Href => $"/follow-up/evidence/{Id}";
    public string Label => $"{FileName} ({EvidenceUpload.Size(Size)})";
}

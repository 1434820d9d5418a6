namespace Parley.Domain;

/// <summary>
/// A file given as evidence for one progress report (a decree, minutes, a photograph), kept in the store itself so that
/// a backup, an export and a copy to another store carry it. One file per report: the report is named by its follow-up
/// and its number there. The content type is the one its first bytes show, not the one the uploader's browser claimed.
/// </summary>
public class EvidenceFile
{
    public int Id { get; set; }
    public int FollowUpAssignmentId { get; set; }
    /// <summary>The report's number within its follow-up (<see cref="ProgressReport.Number"/>).</summary>
    public int ReportNumber { get; set; }
    /// <summary>The file's name as given, without folders or characters a file system or a download header cannot hold.</summary>
    public string FileName { get; set; } = "";
    public string ContentType { get; set; } = "";
    public long Size { get; set; }
    /// <summary>The SHA-256 of the content, in lower-case hexadecimal: proves a copy is the same file.</summary>
    public string Sha256 { get; set; } = "";
    public byte[] Content { get; set; } = [];
    public string? UploadedBy { get; set; }
    public DateTimeOffset UploadedAt { get; set; }
}

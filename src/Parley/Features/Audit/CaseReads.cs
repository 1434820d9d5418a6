using Parley.Domain;
using Parley.Store;

namespace Parley.Features.Audit;

/// <summary>
/// Case records name detained people: every read of one case's details (its page, GET /api/v1/cases/{key}) is put
/// in the audit trail with who and when, so an admin can see who looked at whom.
/// </summary>
public static class CaseReads
{
    public static async Task RecordAsync(ParleyDb db, string key, CancellationToken ct = default)
    {
        AuditNote.Add(db, nameof(Case), key, AuditAction.Read, null, null);
        await db.SaveChangesAsync(ct);
    }
}

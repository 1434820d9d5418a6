using Microsoft.EntityFrameworkCore;
using Parley.Store;

namespace Parley.Features.FollowUp;

/// <summary>The due list of the whole store, of one person or of one institution: the CLI, the page and the API ask here.</summary>
public static class DueQuery
{
    public static async Task<IReadOnlyList<DueItem>> FindAsync(ParleyDb db, DateOnly today, int within, string? user, string? institution, CancellationToken ct)
    {
        var all = await FollowUpQuery.AllAsync(db, ct);
        var chosen = all;
        if (!string.IsNullOrWhiteSpace(user))
        {
            var name = user.Trim();
            var email = name.Contains('@') ? name : await db.Users.Where(u => u.UserName == name).Select(u => u.Email).SingleOrDefaultAsync(ct);
            chosen = DueList.Of(chosen, name.Contains('@') ? null : name, email);
        }
        if (!string.IsNullOrWhiteSpace(institution))
        {
            if (!await db.Institutions.AnyAsync(i => i.Key == institution.Trim(), ct))
                throw new UserError($"institution: no institution with key '{institution}'");
            chosen = DueList.OfInstitution(chosen, institution.Trim());
        }
        return DueList.Find(chosen, today, within);
    }
}

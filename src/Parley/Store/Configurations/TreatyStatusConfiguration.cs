using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Parley.Domain;

namespace Parley.Store.Configurations;

internal sealed class TreatyStatusConfiguration : IEntityTypeConfiguration<TreatyStatus>
{
    public void Configure(EntityTypeBuilder<TreatyStatus> builder)
    {
        builder.HasRecordKey();
        builder.HasOne(x => x.Party).WithMany().HasForeignKey(x => x.PartyId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(x => x.Treaty).WithMany().HasForeignKey(x => x.TreatyId).OnDelete(DeleteBehavior.Restrict);
        // One status per party and treaty: a later step (ratification after signature) updates it, with its dates.
        builder.HasIndex(x => new { x.PartyId, x.TreatyId }).IsUnique();
        builder.OwnsCitations("TreatyStatusCitations");
    }
}

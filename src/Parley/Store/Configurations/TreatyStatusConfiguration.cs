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
        builder.OwnsCitations("TreatyStatusCitations");
    }
}

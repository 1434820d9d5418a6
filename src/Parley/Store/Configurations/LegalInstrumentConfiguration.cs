using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Parley.Domain;

namespace Parley.Store.Configurations;

internal sealed class LegalInstrumentConfiguration : IEntityTypeConfiguration<LegalInstrument>
{
    public void Configure(EntityTypeBuilder<LegalInstrument> builder)
    {
        builder.HasRecordKey();
        builder.Property(x => x.Title).IsRequired().HasMaxLength(300);
        builder.HasOne(x => x.Party).WithMany().HasForeignKey(x => x.PartyId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(x => x.Issuer).WithMany().HasForeignKey(x => x.IssuerId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(x => x.ReplacedBy).WithMany().HasForeignKey(x => x.ReplacedById).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(x => x.Amends).WithMany().HasForeignKey(x => x.AmendsId).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(x => x.Provisions).WithOne(p => p.Instrument).HasForeignKey(p => p.InstrumentId).OnDelete(DeleteBehavior.Restrict);
        builder.OwnsCitations("LegalInstrumentCitations");
    }
}

using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Parley.Domain;

namespace Parley.Store.Configurations;

internal sealed class InstitutionConfiguration : IEntityTypeConfiguration<Institution>
{
    public void Configure(EntityTypeBuilder<Institution> builder)
    {
        builder.HasRecordKey();
        builder.Property(x => x.Name).IsRequired().HasMaxLength(300);
        builder.HasOne(x => x.Party).WithMany().HasForeignKey(x => x.PartyId).OnDelete(DeleteBehavior.Restrict);
        builder.OwnsMany(x => x.Powers, power =>
        {
            power.ToTable("InstitutionPowers");
            power.WithOwner().HasForeignKey("InstitutionId");
            power.Property<int>("Id");
            power.HasKey("Id");
            power.HasOne(p => p.IssueArea).WithMany().HasForeignKey(p => p.IssueAreaId).OnDelete(DeleteBehavior.Restrict);
            power.HasOne(p => p.Source).WithMany().HasForeignKey(p => p.SourceId).OnDelete(DeleteBehavior.Restrict);
        });
        builder.OwnsCitations("InstitutionCitations");
    }
}

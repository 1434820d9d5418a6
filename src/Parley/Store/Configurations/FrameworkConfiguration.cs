using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Parley.Domain;

namespace Parley.Store.Configurations;

internal sealed class FrameworkConfiguration : IEntityTypeConfiguration<Framework>
{
    public void Configure(EntityTypeBuilder<Framework> builder)
    {
        builder.HasRecordKey();
        builder.Property(x => x.Name).IsRequired().HasMaxLength(300);
        builder.Links(x => x.Members, "FrameworkMembers", "FrameworkId", "PartyId");
        builder.OwnsMany(x => x.Events, e =>
        {
            e.ToTable("FrameworkEvents");
            e.WithOwner().HasForeignKey("FrameworkId");
            e.Property<int>("Id");
            e.HasKey("Id");
            e.HasOne(x => x.Party).WithMany().HasForeignKey(x => x.PartyId).OnDelete(DeleteBehavior.Restrict);
        });
        builder.OwnsMany(x => x.Leverage, l =>
        {
            l.ToTable("FrameworkLeverage");
            l.WithOwner().HasForeignKey("FrameworkId");
            l.Property<int>("Id");
            l.HasKey("Id");
            l.HasOne(x => x.IssueArea).WithMany().HasForeignKey(x => x.IssueAreaId).OnDelete(DeleteBehavior.Restrict);
        });
        builder.OwnsCitations("FrameworkCitations");
    }
}

using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Parley.Domain;

namespace Parley.Store.Configurations;

internal sealed class RoundConfiguration : IEntityTypeConfiguration<Round>
{
    public void Configure(EntityTypeBuilder<Round> builder)
    {
        builder.HasRecordKey();
        builder.Property(x => x.Title).IsRequired().HasMaxLength(300);
        builder.HasOne(x => x.Channel).WithMany().HasForeignKey(x => x.ChannelId).OnDelete(DeleteBehavior.Restrict);
        builder.OwnsMany(x => x.Delegates, seat =>
        {
            seat.ToTable("RoundDelegates");
            seat.WithOwner().HasForeignKey("RoundId");
            seat.Property<int>("Id");
            seat.HasKey("Id");
            seat.HasOne(d => d.Institution).WithMany().HasForeignKey(d => d.InstitutionId).OnDelete(DeleteBehavior.Restrict);
        });
        builder.OwnsMany(x => x.Agenda, item =>
        {
            item.ToTable("RoundAgendaItems");
            item.WithOwner().HasForeignKey("RoundId");
            item.Property<int>("Id");
            item.HasKey("Id");
            item.HasOne(a => a.IssueArea).WithMany().HasForeignKey(a => a.IssueAreaId).OnDelete(DeleteBehavior.Restrict);
        });
        builder.OwnsCitations("RoundCitations");
    }
}

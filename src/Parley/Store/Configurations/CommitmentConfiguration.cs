using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Parley.Domain;

namespace Parley.Store.Configurations;

internal sealed class CommitmentConfiguration : IEntityTypeConfiguration<Commitment>
{
    public void Configure(EntityTypeBuilder<Commitment> builder)
    {
        builder.HasRecordKey();
        builder.Property(x => x.Title).IsRequired().HasMaxLength(500);
        builder.HasOne(x => x.Party).WithMany().HasForeignKey(x => x.PartyId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(x => x.OwnerInstitution).WithMany().HasForeignKey(x => x.OwnerInstitutionId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(x => x.Channel).WithMany().HasForeignKey(x => x.ChannelId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(x => x.Round).WithMany().HasForeignKey(x => x.RoundId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(x => x.Recommendation).WithMany().HasForeignKey(x => x.RecommendationId).OnDelete(DeleteBehavior.Restrict);
        builder.Links(x => x.IssueAreas, "CommitmentIssueAreas", "CommitmentId", "IssueAreaId");
        builder.Links(x => x.Frameworks, "CommitmentFrameworks", "CommitmentId", "FrameworkId");
        builder.HasMany(x => x.DependsOn).WithMany().UsingEntity("CommitmentDependencies",
            r => r.HasOne(typeof(Commitment)).WithMany().HasForeignKey("DependsOnId").OnDelete(DeleteBehavior.Restrict),
            l => l.HasOne(typeof(Commitment)).WithMany().HasForeignKey("CommitmentId").OnDelete(DeleteBehavior.Cascade));
        builder.OwnsMany(x => x.History, change =>
        {
            change.ToTable("CommitmentStatusChanges");
            change.WithOwner().HasForeignKey("CommitmentId");
            change.Property<int>("Id");
            change.HasKey("Id");
            change.HasOne(c => c.Round).WithMany().HasForeignKey(c => c.RoundId).OnDelete(DeleteBehavior.Restrict);
        });
        builder.OwnsCitations("CommitmentCitations");
    }
}

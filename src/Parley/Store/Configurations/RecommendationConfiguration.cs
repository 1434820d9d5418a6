using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Parley.Domain;

namespace Parley.Store.Configurations;

internal sealed class RecommendationConfiguration : IEntityTypeConfiguration<Recommendation>
{
    public void Configure(EntityTypeBuilder<Recommendation> builder)
    {
        builder.HasRecordKey();
        builder.Property(x => x.Text).IsRequired();
        builder.HasOne(x => x.FromParty).WithMany().HasForeignKey(x => x.FromPartyId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(x => x.ToParty).WithMany().HasForeignKey(x => x.ToPartyId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(x => x.Round).WithMany().HasForeignKey(x => x.RoundId).OnDelete(DeleteBehavior.Restrict);
        builder.Links(x => x.IssueAreas, "RecommendationIssueAreas", "RecommendationId", "IssueAreaId");
        builder.OwnsCitations("RecommendationCitations");
    }
}

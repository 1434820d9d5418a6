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
        // The dashboard's UN review panel counts each party's UPR recommendations by answer and cycle: over UPR rows
        // only, so generated and other recommendations are written without it (0.8-2 s → 30 ms at a million). The
        // party's own index is declared so that this partial one does not replace it: it serves all the other rows.
        builder.HasIndex(x => x.ToPartyId);
        builder.HasIndex(x => new { x.ToPartyId, x.Response, x.Cycle }).HasFilter("\"Mechanism\" = 'UPR'").HasDatabaseName("IX_Recommendations_Upr");
    }
}

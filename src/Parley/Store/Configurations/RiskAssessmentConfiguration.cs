using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Parley.Domain;

namespace Parley.Store.Configurations;

internal sealed class RiskAssessmentConfiguration : IEntityTypeConfiguration<RiskAssessment>
{
    public void Configure(EntityTypeBuilder<RiskAssessment> builder)
    {
        builder.HasRecordKey();
        builder.HasOne(x => x.IssueArea).WithMany().HasForeignKey(x => x.IssueAreaId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(x => x.Party).WithMany().HasForeignKey(x => x.PartyId).OnDelete(DeleteBehavior.Restrict);
        builder.OwnsCitations("RiskAssessmentCitations");
    }
}

using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Parley.Domain;

namespace Parley.Store.Configurations;

internal sealed class ProvisionConfiguration : IEntityTypeConfiguration<Provision>
{
    public void Configure(EntityTypeBuilder<Provision> builder)
    {
        builder.HasRecordKey();
        builder.Property(x => x.Label).IsRequired().HasMaxLength(100);
        builder.Links(x => x.IssueAreas, "ProvisionIssueAreas", "ProvisionId", "IssueAreaId");
        builder.Links(x => x.Successors, "ProvisionSuccessors", "ProvisionId", "SuccessorId");
        builder.OwnsCitations("ProvisionCitations");
    }
}

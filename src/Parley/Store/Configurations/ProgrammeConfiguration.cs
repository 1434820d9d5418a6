using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Parley.Domain;

namespace Parley.Store.Configurations;

internal sealed class ProgrammeConfiguration : IEntityTypeConfiguration<Programme>
{
    public void Configure(EntityTypeBuilder<Programme> builder)
    {
        builder.HasRecordKey();
        builder.Property(x => x.Name).IsRequired().HasMaxLength(300);
        builder.HasOne(x => x.Funder).WithMany().HasForeignKey(x => x.FunderId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(x => x.Implementer).WithMany().HasForeignKey(x => x.ImplementerId).OnDelete(DeleteBehavior.Restrict);
        builder.Links(x => x.Partners, "ProgrammePartners", "ProgrammeId", "InstitutionId");
        builder.Links(x => x.IssueAreas, "ProgrammeIssueAreas", "ProgrammeId", "IssueAreaId");
        builder.OwnsCitations("ProgrammeCitations");
    }
}

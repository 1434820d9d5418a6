using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Parley.Domain;

namespace Parley.Store.Configurations;

internal sealed class CaseConfiguration : IEntityTypeConfiguration<Case>
{
    public void Configure(EntityTypeBuilder<Case> builder)
    {
        builder.ToTable("Cases");
        builder.HasRecordKey();
        builder.Property(x => x.PersonName).IsRequired().HasMaxLength(300);
        builder.HasOne(x => x.Party).WithMany().HasForeignKey(x => x.PartyId).OnDelete(DeleteBehavior.Restrict);
        builder.Links(x => x.IssueAreas, "CaseIssueAreas", "CaseId", "IssueAreaId");
        builder.Links(x => x.Charges, "CaseCharges", "CaseId", "ProvisionId");
        builder.Links(x => x.RaisedIn, "CaseRounds", "CaseId", "RoundId");
        builder.OwnsMany(x => x.Events, e =>
        {
            e.ToTable("CaseEvents");
            e.WithOwner().HasForeignKey("CaseId");
            e.Property<int>("Id");
            e.HasKey("Id");
        });
        builder.OwnsCitations("CaseCitations");
    }
}

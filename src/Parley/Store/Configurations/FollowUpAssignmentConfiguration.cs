using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Parley.Domain;

namespace Parley.Store.Configurations;

internal sealed class FollowUpAssignmentConfiguration : IEntityTypeConfiguration<FollowUpAssignment>
{
    public void Configure(EntityTypeBuilder<FollowUpAssignment> builder)
    {
        builder.ToTable("FollowUpAssignments");
        builder.HasRecordKey();
        builder.Property(x => x.Title).IsRequired().HasMaxLength(500);
        // A record with a follow-up is not deleted from under it: the follow-up is removed (or moved) first.
        builder.HasOne(x => x.Recommendation).WithMany().HasForeignKey(x => x.RecommendationId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(x => x.Commitment).WithMany().HasForeignKey(x => x.CommitmentId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(x => x.IssueArea).WithMany().HasForeignKey(x => x.IssueAreaId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(x => x.Party).WithMany().HasForeignKey(x => x.PartyId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(x => x.LeadInstitution).WithMany().HasForeignKey(x => x.LeadInstitutionId).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(x => x.SupportingInstitutions).WithMany().UsingEntity("FollowUpAssignmentSupporters",
            r => r.HasOne(typeof(Institution)).WithMany().HasForeignKey("InstitutionId").OnDelete(DeleteBehavior.Restrict),
            l => l.HasOne(typeof(FollowUpAssignment)).WithMany().HasForeignKey("FollowUpAssignmentId").OnDelete(DeleteBehavior.Cascade));
        builder.OwnsMany(x => x.People, person =>
        {
            person.ToTable("FollowUpPeople");
            person.WithOwner().HasForeignKey("FollowUpAssignmentId");
            person.Property<int>("Id");
            person.HasKey("Id");
            person.Property(p => p.Name).IsRequired().HasMaxLength(ModelBuilderExtensions.NameLength);
            person.Property(p => p.UserName).HasMaxLength(256);
            person.Property(p => p.Email).HasMaxLength(320);
            person.HasOne(p => p.Institution).WithMany().HasForeignKey(p => p.InstitutionId).OnDelete(DeleteBehavior.Restrict);
        });
        builder.OwnsMany(x => x.Actions, action =>
        {
            action.ToTable("FollowUpActions");
            action.WithOwner().HasForeignKey("FollowUpAssignmentId");
            action.Property<int>("Id");
            action.HasKey("Id");
            action.Property(a => a.What).IsRequired().HasMaxLength(2000);
            action.Property(a => a.Who).HasMaxLength(ModelBuilderExtensions.NameLength);
        });
        builder.OwnsMany(x => x.Indicators, indicator =>
        {
            indicator.ToTable("FollowUpIndicators");
            indicator.WithOwner().HasForeignKey("FollowUpAssignmentId");
            indicator.Property<int>("Id");
            indicator.HasKey("Id");
            indicator.Property(i => i.Measure).IsRequired().HasMaxLength(2000);
            indicator.Property(i => i.Baseline).HasMaxLength(500);
            indicator.Property(i => i.Target).HasMaxLength(500);
            indicator.Property(i => i.Verification).HasMaxLength(2000);
        });
        builder.OwnsMany(x => x.Reports, report =>
        {
            report.ToTable("FollowUpReports");
            report.WithOwner().HasForeignKey("FollowUpAssignmentId");
            report.Property<int>("Id");
            report.HasKey("Id");
            report.Property(r => r.Text).IsRequired().HasMaxLength(20000);
            report.Property(r => r.Value).HasMaxLength(500);
            report.Property(r => r.EvidenceSource).HasMaxLength(2000);
            report.Property(r => r.EvidenceLink).HasMaxLength(2000);
            report.Property(r => r.ReportedBy).HasMaxLength(256);
        });
    }
}

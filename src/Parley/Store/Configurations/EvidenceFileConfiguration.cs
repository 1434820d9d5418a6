using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Parley.Domain;

namespace Parley.Store.Configurations;

internal sealed class EvidenceFileConfiguration : IEntityTypeConfiguration<EvidenceFile>
{
    public void Configure(EntityTypeBuilder<EvidenceFile> builder)
    {
        builder.ToTable("FollowUpEvidenceFiles");
        // A follow-up removed takes its files with it; a report has at most one.
        builder.HasOne<FollowUpAssignment>().WithMany(a => a.EvidenceFiles).HasForeignKey(f => f.FollowUpAssignmentId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(f => new { f.FollowUpAssignmentId, f.ReportNumber }).IsUnique();
        builder.Property(f => f.FileName).IsRequired().HasMaxLength(255);
        builder.Property(f => f.ContentType).IsRequired().HasMaxLength(200);
        builder.Property(f => f.Sha256).IsRequired().HasMaxLength(64);
        builder.Property(f => f.Content).IsRequired();
        builder.Property(f => f.UploadedBy).HasMaxLength(256);
    }
}

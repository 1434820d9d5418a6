using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Parley.Features.Asks;

/// <summary>The AskDecisions table: one decision per round and ask.</summary>
internal sealed class AskDecisionConfiguration : IEntityTypeConfiguration<AskDecision>
{
    public void Configure(EntityTypeBuilder<AskDecision> builder)
    {
        builder.ToTable("AskDecisions");
        builder.HasIndex(x => x.Key).IsUnique();
        builder.Property(x => x.Key).IsRequired().HasMaxLength(300);
        builder.Property(x => x.AskKey).IsRequired().HasMaxLength(200);
        builder.Property(x => x.Action).IsRequired().HasMaxLength(1000);
        builder.Property(x => x.Indicator).HasMaxLength(1000);
        builder.Property(x => x.Verification).HasMaxLength(1000);
        builder.HasIndex(x => new { x.RoundId, x.AskKey }).IsUnique();
        builder.HasOne(x => x.Round).WithMany().HasForeignKey(x => x.RoundId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne(x => x.Institution).WithMany().HasForeignKey(x => x.InstitutionId).OnDelete(DeleteBehavior.SetNull);
        builder.HasOne(x => x.IssueArea).WithMany().HasForeignKey(x => x.IssueAreaId).OnDelete(DeleteBehavior.SetNull);
        builder.HasOne(x => x.Commitment).WithMany().HasForeignKey(x => x.CommitmentId).OnDelete(DeleteBehavior.SetNull);
    }
}

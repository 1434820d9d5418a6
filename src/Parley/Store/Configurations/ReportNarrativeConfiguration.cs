using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Parley.Domain;

namespace Parley.Store.Configurations;

internal sealed class ReportNarrativeConfiguration : IEntityTypeConfiguration<ReportNarrative>
{
    public void Configure(EntityTypeBuilder<ReportNarrative> builder)
    {
        builder.ToTable("ReportNarratives");
        builder.Property(x => x.Report).IsRequired().HasMaxLength(300);
        builder.Property(x => x.Slot).IsRequired().HasMaxLength(300);
        builder.Property(x => x.Text).IsRequired().HasMaxLength(20000);
        builder.Property(x => x.UpdatedBy).IsRequired().HasMaxLength(320);
        builder.HasIndex(x => new { x.Report, x.Slot }).IsUnique();
    }
}

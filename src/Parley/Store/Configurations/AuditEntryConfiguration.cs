using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Parley.Domain;

namespace Parley.Store.Configurations;

internal sealed class AuditEntryConfiguration : IEntityTypeConfiguration<AuditEntry>
{
    public void Configure(EntityTypeBuilder<AuditEntry> builder)
    {
        builder.Property(x => x.Actor).IsRequired().HasMaxLength(256);
        builder.Property(x => x.Kind).IsRequired().HasMaxLength(64);
        builder.Property(x => x.RecordKey).IsRequired().HasMaxLength(ModelBuilderExtensions.KeyLength);
        builder.HasIndex(x => new { x.Kind, x.RecordKey });
        builder.HasIndex(x => x.At);
    }
}

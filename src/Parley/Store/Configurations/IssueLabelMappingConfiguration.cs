using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Parley.Domain;

namespace Parley.Store.Configurations;

internal sealed class IssueLabelMappingConfiguration : IEntityTypeConfiguration<IssueLabelMapping>
{
    public void Configure(EntityTypeBuilder<IssueLabelMapping> builder)
    {
        builder.ToTable("IssueLabelMappings");
        builder.HasRecordKey();
        // Area keys never hold ';' (the key pattern forbids it), so one text column reads the same on both providers
        // and the migration can seed it with plain strings.
        builder.Property(x => x.Areas).HasConversion(
                areas => string.Join(';', areas),
                text => text.Split(';', StringSplitOptions.RemoveEmptyEntries).ToList(),
                new ValueComparer<List<string>>((a, b) => a!.SequenceEqual(b!), a => string.Join(';', a).GetHashCode(StringComparison.Ordinal), a => a.ToList()))
            .HasMaxLength(1000).IsRequired();
    }
}

using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Parley.Features.Tagging;

internal sealed class StoredThemeModelConfiguration : IEntityTypeConfiguration<StoredThemeModel>
{
    public void Configure(EntityTypeBuilder<StoredThemeModel> builder)
    {
        builder.ToTable("ThemeModels");
        builder.Property(x => x.Version).HasMaxLength(64).IsRequired();
        builder.Property(x => x.DataVersion).HasMaxLength(64).IsRequired();
        builder.HasIndex(x => x.Version).IsUnique();
        builder.Property(x => x.Data).IsRequired();
    }
}

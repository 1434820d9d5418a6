using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Parley.Features.Records;

/// <summary>The SavedViews table: one name per user and kind.</summary>
internal sealed class SavedViewConfiguration : IEntityTypeConfiguration<SavedView>
{
    public void Configure(EntityTypeBuilder<SavedView> builder)
    {
        builder.ToTable("SavedViews");
        builder.Property(x => x.Owner).IsRequired().HasMaxLength(256);
        builder.Property(x => x.Kind).IsRequired().HasMaxLength(64);
        builder.Property(x => x.Name).IsRequired().HasMaxLength(SavedViews.NameLength);
        builder.Property(x => x.Query).IsRequired().HasMaxLength(SavedViews.QueryLength);
        builder.Ignore(x => x.Href);
        builder.HasIndex(x => new { x.Owner, x.Kind, x.Name }).IsUnique();
    }
}

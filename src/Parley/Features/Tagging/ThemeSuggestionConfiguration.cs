using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Parley.Features.Tagging;

internal sealed class ThemeSuggestionConfiguration : IEntityTypeConfiguration<ThemeSuggestion>
{
    public void Configure(EntityTypeBuilder<ThemeSuggestion> builder)
    {
        builder.ToTable("ThemeSuggestions");
        builder.Property(x => x.Label).HasMaxLength(200).IsRequired();
        builder.Property(x => x.Words).HasMaxLength(1000).IsRequired();
        builder.Property(x => x.ModelVersion).HasMaxLength(64).IsRequired();
        builder.Property(x => x.DecidedBy).HasMaxLength(256);
        builder.HasIndex(x => new { x.RecommendationId, x.Label }).IsUnique();
        builder.HasIndex(x => x.Status);
        // Suggestions go with their recommendation.
        builder.HasOne(x => x.Recommendation).WithMany().HasForeignKey(x => x.RecommendationId).OnDelete(DeleteBehavior.Cascade);
    }
}

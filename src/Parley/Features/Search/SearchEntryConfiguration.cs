using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Parley.Store.Configurations;

namespace Parley.Features.Search;

/// <summary>The SearchEntries table; its full-text index (FTS5 table or tsvector column) is added by the AddSearch migration (fixed SQL there).</summary>
internal sealed class SearchEntryConfiguration : IEntityTypeConfiguration<SearchEntry>
{
    public void Configure(EntityTypeBuilder<SearchEntry> builder)
    {
        builder.ToTable("SearchEntries");
        builder.Property(x => x.Kind).IsRequired().HasMaxLength(32);
        builder.Property(x => x.RecordKey).IsRequired().HasMaxLength(ModelBuilderExtensions.KeyLength);
        builder.Property(x => x.Party).HasMaxLength(ModelBuilderExtensions.KeyLength);
        builder.Property(x => x.Status).HasMaxLength(32);
        builder.HasIndex(x => new { x.Kind, x.RecordKey }).IsUnique();
    }
}

using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Parley.Domain;

namespace Parley.Store.Configurations;

internal sealed class LexiconEntryConfiguration : IEntityTypeConfiguration<LexiconEntry>
{
    public void Configure(EntityTypeBuilder<LexiconEntry> builder)
    {
        builder.HasRecordKey();
        builder.Property(x => x.Term).IsRequired().HasMaxLength(300);
        builder.Property(x => x.Language).IsRequired().HasMaxLength(8);
        builder.OwnsCitations("LexiconEntryCitations");
    }
}

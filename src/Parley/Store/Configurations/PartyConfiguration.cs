using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Parley.Domain;

namespace Parley.Store.Configurations;

internal sealed class PartyConfiguration : IEntityTypeConfiguration<Party>
{
    public void Configure(EntityTypeBuilder<Party> builder)
    {
        builder.HasRecordKey();
        builder.Property(x => x.Name).IsRequired().HasMaxLength(ModelBuilderExtensions.NameLength);
        builder.OwnsCitations("PartyCitations");
    }
}

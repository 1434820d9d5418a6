using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Parley.Domain;

namespace Parley.Store.Configurations;

internal sealed class ChannelConfiguration : IEntityTypeConfiguration<Channel>
{
    public void Configure(EntityTypeBuilder<Channel> builder)
    {
        builder.HasRecordKey();
        builder.Property(x => x.Name).IsRequired().HasMaxLength(300);
        builder.Links(x => x.Parties, "ChannelParties", "ChannelId", "PartyId");
        builder.Links(x => x.IssueAreas, "ChannelIssueAreas", "ChannelId", "IssueAreaId");
        builder.OwnsCitations("ChannelCitations");
    }
}

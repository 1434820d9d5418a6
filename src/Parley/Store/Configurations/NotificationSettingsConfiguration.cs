using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Parley.Domain;

namespace Parley.Store.Configurations;

internal sealed class NotificationSettingsConfiguration : IEntityTypeConfiguration<NotificationSettings>
{
    public void Configure(EntityTypeBuilder<NotificationSettings> builder)
    {
        builder.ToTable("NotificationSettings");
        builder.Property(x => x.Recipient).IsRequired().HasMaxLength(320);
        builder.HasIndex(x => x.Recipient).IsUnique();
        builder.Property(x => x.CalendarSecretHash).HasMaxLength(128);
        builder.HasIndex(x => x.CalendarSecretHash).IsUnique();
    }
}

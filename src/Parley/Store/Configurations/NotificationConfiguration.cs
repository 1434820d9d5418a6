using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Parley.Domain;

namespace Parley.Store.Configurations;

internal sealed class NotificationConfiguration : IEntityTypeConfiguration<Notification>
{
    public void Configure(EntityTypeBuilder<Notification> builder)
    {
        builder.ToTable("Notifications");
        builder.Property(x => x.Recipient).IsRequired().HasMaxLength(320);
        builder.Property(x => x.Email).HasMaxLength(320);
        builder.Property(x => x.Topic).IsRequired().HasMaxLength(400);
        builder.Property(x => x.Subject).IsRequired().HasMaxLength(500);
        builder.Property(x => x.Body).IsRequired().HasMaxLength(100_000);
        builder.Property(x => x.MailError).HasMaxLength(2000);
        // The same reminder is made once per person.
        builder.HasIndex(x => new { x.Recipient, x.Topic }).IsUnique();
        builder.HasIndex(x => x.Mail);
    }
}

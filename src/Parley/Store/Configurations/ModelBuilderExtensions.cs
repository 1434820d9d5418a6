using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Parley.Domain;

namespace Parley.Store.Configurations;

/// <summary>The configuration every keyed, sourced record shares: a unique key and its own citations table.</summary>
internal static class ModelBuilderExtensions
{
    public const int KeyLength = 120;

    /// <summary>The longest name of a party, institution or other named record the store holds.</summary>
    public const int NameLength = 300;

    public static void HasRecordKey<T>(this EntityTypeBuilder<T> builder) where T : class, IKeyed
    {
        builder.Property(x => x.Key).HasMaxLength(KeyLength).IsRequired();
        builder.HasIndex(x => x.Key).IsUnique();
    }

    public static void OwnsCitations<T>(this EntityTypeBuilder<T> builder, string table) where T : class, ISourced
    {
        builder.OwnsMany(x => x.Citations, citation =>
        {
            citation.ToTable(table);
            citation.WithOwner().HasForeignKey("OwnerId");
            citation.Property<int>("Id");
            citation.HasKey("Id");
            citation.HasOne(c => c.Source).WithMany().HasForeignKey(c => c.SourceId).OnDelete(DeleteBehavior.Restrict);
        });
        builder.Navigation(x => x.Citations).AutoInclude(false);
    }

    /// <summary>A many-to-many link table whose rows vanish with either side but never dangle.</summary>
    public static void Links<T, TOther>(this EntityTypeBuilder<T> builder,
        System.Linq.Expressions.Expression<Func<T, IEnumerable<TOther>?>> navigation, string table, string ownKey, string otherKey)
        where T : class where TOther : class
    {
        builder.HasMany(navigation).WithMany().UsingEntity(table,
            r => r.HasOne(typeof(TOther)).WithMany().HasForeignKey(otherKey).OnDelete(DeleteBehavior.Cascade),
            l => l.HasOne(typeof(T)).WithMany().HasForeignKey(ownKey).OnDelete(DeleteBehavior.Cascade));
    }
}

using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using Parley.Domain;

namespace Parley.Store;

/// <summary>
/// The one store of Parley. Provider-specific subclasses (<see cref="SqliteParleyDb"/>, <see cref="PostgresParleyDb"/>)
/// exist only so each provider keeps its own migration set; everything else talks to this type.
/// </summary>
public abstract class ParleyDb(DbContextOptions options) : IdentityDbContext<ParleyUser>(options)
{
    /// <summary>Who is making the changes saved next; stamped on every audit entry.</summary>
    public string Actor { get; set; } = DefaultActor;

    /// <summary>Where the changes come from ("cli", "web", "api", "import").</summary>
    public string Origin { get; set; } = DefaultOrigin;

    private const string DefaultActor = "system";
    private const string DefaultOrigin = "cli";

    /// <summary>
    /// A context from the web server's pool, with who acts set back to a new context's defaults. It is one request's,
    /// so it reads the data version once (<see cref="DataVersion"/>) rather than once per kept value.
    /// </summary>
    public static T Fresh<T>(T db) where T : ParleyDb
    {
        db.Actor = DefaultActor;
        db.Origin = DefaultOrigin;
        db.KeepsDataVersion = true;
        db.DataVersionRead = null;
        return db;
    }

    /// <summary>True for a web request's context: <see cref="DataVersionRead"/> is kept for the rest of the request.</summary>
    internal bool KeepsDataVersion { get; private set; }

    /// <summary>The data version this context read last, until it writes (see <see cref="DataVersionWrites"/>).</summary>
    internal long? DataVersionRead { get; set; }

    public DbSet<Source> Sources => Set<Source>();
    public DbSet<Party> Parties => Set<Party>();
    public DbSet<IssueArea> IssueAreas => Set<IssueArea>();
    public DbSet<Institution> Institutions => Set<Institution>();
    public DbSet<Channel> Channels => Set<Channel>();
    public DbSet<Round> Rounds => Set<Round>();
    public DbSet<Recommendation> Recommendations => Set<Recommendation>();
    public DbSet<Commitment> Commitments => Set<Commitment>();
    public DbSet<Case> Cases => Set<Case>();
    public DbSet<LegalInstrument> LegalInstruments => Set<LegalInstrument>();
    public DbSet<Provision> Provisions => Set<Provision>();
    public DbSet<TreatyStatus> TreatyStatuses => Set<TreatyStatus>();
    public DbSet<Programme> Programmes => Set<Programme>();
    public DbSet<Framework> Frameworks => Set<Framework>();
    public DbSet<Statement> Statements => Set<Statement>();
    public DbSet<LexiconEntry> LexiconEntries => Set<LexiconEntry>();
    public DbSet<RiskAssessment> RiskAssessments => Set<RiskAssessment>();
    public DbSet<AuditEntry> AuditEntries => Set<AuditEntry>();
    public DbSet<AccessToken> AccessTokens => Set<AccessToken>();
    public DbSet<UserSession> UserSessions => Set<UserSession>();
    public DbSet<IssueLabelMapping> IssueLabelMappings => Set<IssueLabelMapping>();
    public DbSet<FollowUpAssignment> FollowUpAssignments => Set<FollowUpAssignment>();
    public DbSet<EvidenceFile> EvidenceFiles => Set<EvidenceFile>();
    public DbSet<Notification> Notifications => Set<Notification>();
    public DbSet<NotificationSettings> NotificationSettings => Set<NotificationSettings>();
    public DbSet<ReportNarrative> ReportNarratives => Set<ReportNarrative>();

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        // Enumerations are stored by name so the tables read well and survive reordering of members.
        configurationBuilder.Properties<Enum>().HaveConversion<string>().HaveMaxLength(32);
        configurationBuilder.Properties<PartialDate>().HaveConversion<PartialDateConverter>().HaveMaxLength(10);
    }

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.ApplyConfigurationsFromAssembly(typeof(ParleyDb).Assembly);

        // Every keyed record carries a version, bumped on each save, so a second editor's stale save is refused.
        foreach (var entity in builder.Model.GetEntityTypes().Where(t => typeof(IKeyed).IsAssignableFrom(t.ClrType)))
            builder.Entity(entity.ClrType).Property<int>(AuditStamp.VersionProperty).IsConcurrencyToken();
    }

    // Features' own save side effects (search entries, account changes) run as interceptors (SaveInterceptors), after the stamp.
    // A save changes the data version: the one read before it is dropped, whether the save went through or not.
    public override int SaveChanges(bool acceptAllChangesOnSuccess)
    {
        AuditStamp.Stamp(this);
        try { return base.SaveChanges(acceptAllChangesOnSuccess); }
        finally { DataVersionRead = null; }
    }

    public override async Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default)
    {
        AuditStamp.Stamp(this);
        try { return await base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken); }
        finally { DataVersionRead = null; }
    }
}

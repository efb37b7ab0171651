using Microsoft.EntityFrameworkCore;
using NaftaTracker.Domain;

namespace NaftaTracker.Store;

public class TrackerDbContext(DbContextOptions<TrackerDbContext> options) : DbContext(options)
{
    public DbSet<Article> Articles => Set<Article>();
    public DbSet<Party> Parties => Set<Party>();
    public DbSet<Person> People => Set<Person>();
    public DbSet<PersonAlias> PersonAliases => Set<PersonAlias>();
    public DbSet<Issue> Issues => Set<Issue>();
    public DbSet<Position> Positions => Set<Position>();
    public DbSet<Quote> Quotes => Set<Quote>();
    public DbSet<Deadline> Deadlines => Set<Deadline>();
    public DbSet<Event> Events => Set<Event>();

    protected override void OnModelCreating(ModelBuilder modelBuilder) =>
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(TrackerDbContext).Assembly);
}

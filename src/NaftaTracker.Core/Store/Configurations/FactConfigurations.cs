using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using NaftaTracker.Domain;

namespace NaftaTracker.Store.Configurations;

/// <summary>Shared mapping of the value objects every fact carries: a partial date and an evidence span.</summary>
internal static class FactMapping
{
    public static void MapPartialDate<T>(this EntityTypeBuilder<T> b, System.Linq.Expressions.Expression<Func<T, PartialDate>> property, string prefix)
        where T : class =>
        b.ComplexProperty(property, d =>
        {
            d.Property(p => p.Date).HasColumnName(prefix + "Date");
            d.Property(p => p.Precision).HasColumnName(prefix + "Precision");
        });

    public static void MapEvidence<T>(this EntityTypeBuilder<T> b, System.Linq.Expressions.Expression<Func<T, Evidence?>> property)
        where T : class =>
        b.ComplexProperty(property, e =>
        {
            e.Property(p => p.Start).HasColumnName("EvidenceStart");
            e.Property(p => p.End).HasColumnName("EvidenceEnd");
            e.Property(p => p.Text).HasColumnName("EvidenceText").IsRequired();
        });
}

internal sealed class PositionConfiguration : IEntityTypeConfiguration<Position>
{
    public void Configure(EntityTypeBuilder<Position> b)
    {
        b.Property(p => p.Summary).HasMaxLength(500).IsRequired();
        b.MapPartialDate(p => p.StatedOn, "StatedOn");
        b.MapEvidence(p => p.Evidence);
        b.HasOne(p => p.Issue).WithMany(i => i.Positions).HasForeignKey(p => p.IssueId);
        b.HasOne(p => p.Party).WithMany().HasForeignKey(p => p.PartyId);
        b.HasOne(p => p.Article).WithMany().HasForeignKey(p => p.ArticleId);
    }
}

internal sealed class QuoteConfiguration : IEntityTypeConfiguration<Quote>
{
    public void Configure(EntityTypeBuilder<Quote> b)
    {
        b.Property(q => q.Text).IsRequired();
        b.MapPartialDate(q => q.SaidOn, "SaidOn");
        b.HasOne(q => q.Article).WithMany(a => a.Quotes).HasForeignKey(q => q.ArticleId);
        b.HasOne(q => q.Speaker).WithMany(p => p.Quotes).HasForeignKey(q => q.SpeakerId).OnDelete(DeleteBehavior.SetNull);
        b.HasMany(q => q.Issues).WithMany().UsingEntity("QuoteIssues");
        b.HasIndex(q => new { q.ArticleId, q.Start });
    }
}

internal sealed class DeadlineConfiguration : IEntityTypeConfiguration<Deadline>
{
    public void Configure(EntityTypeBuilder<Deadline> b)
    {
        b.Property(d => d.Label).HasMaxLength(500).IsRequired();
        b.MapPartialDate(d => d.Due, "Due");
        b.MapEvidence(d => d.Evidence);
        b.HasOne(d => d.Article).WithMany().HasForeignKey(d => d.ArticleId);
        b.HasOne(d => d.Party).WithMany().HasForeignKey(d => d.PartyId).OnDelete(DeleteBehavior.SetNull);
        b.HasOne(d => d.Issue).WithMany().HasForeignKey(d => d.IssueId).OnDelete(DeleteBehavior.SetNull);
    }
}

internal sealed class EventConfiguration : IEntityTypeConfiguration<Event>
{
    public void Configure(EntityTypeBuilder<Event> b)
    {
        b.Property(e => e.Title).HasMaxLength(500).IsRequired();
        b.MapPartialDate(e => e.On, "On");
        b.MapEvidence(e => e.Evidence);
        b.HasOne(e => e.Article).WithMany().HasForeignKey(e => e.ArticleId);
        b.HasOne(e => e.Party).WithMany().HasForeignKey(e => e.PartyId).OnDelete(DeleteBehavior.SetNull);
        b.HasOne(e => e.Person).WithMany().HasForeignKey(e => e.PersonId).OnDelete(DeleteBehavior.SetNull);
    }
}

using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using NaftaTracker.Domain;

namespace NaftaTracker.Store.Configurations;

internal sealed class ArticleConfiguration : IEntityTypeConfiguration<Article>
{
    public void Configure(EntityTypeBuilder<Article> b)
    {
        b.Property(a => a.Title).HasMaxLength(500).IsRequired();
        b.Property(a => a.Outlet).HasMaxLength(200);
        b.Property(a => a.Url).HasMaxLength(2000);
        b.Property(a => a.ContentHash).HasMaxLength(64).IsRequired();
        b.HasIndex(a => a.ContentHash).IsUnique();
        b.HasIndex(a => a.PublishedOn);
    }
}

using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using NaftaTracker.Domain;

namespace NaftaTracker.Store.Configurations;

internal sealed class IssueConfiguration : IEntityTypeConfiguration<Issue>
{
    public void Configure(EntityTypeBuilder<Issue> b)
    {
        b.Property(i => i.Key).HasMaxLength(64).IsRequired();
        b.HasIndex(i => i.Key).IsUnique();
        b.Property(i => i.Title).HasMaxLength(200).IsRequired();
    }
}

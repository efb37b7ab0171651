using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace NaftaTracker.Core.Store.Migrations
{
    /// <summary>The full-text index (SQLite FTS5). Not part of the EF model: written by Search/SearchIndexer,
    /// read by Search/SearchService with parameterised SQL. See docs/search-and-feeds.md.</summary>
    public partial class SearchIndex : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql(
                "CREATE VIRTUAL TABLE SearchEntries USING fts5(" +
                "Kind UNINDEXED, RefId UNINDEXED, ArticleId UNINDEXED, Start UNINDEXED, End UNINDEXED, " +
                "Title, Body, Tags, " +
                "tokenize='porter unicode61 remove_diacritics 2');");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("DROP TABLE IF EXISTS SearchEntries;");
        }
    }
}

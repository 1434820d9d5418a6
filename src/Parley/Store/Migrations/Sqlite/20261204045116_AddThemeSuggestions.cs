using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Parley.Store.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class AddThemeSuggestions : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "ThemeModels",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Version = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    TrainedAt = table.Column<DateTimeOffset>(type: "TEXT", nullable: false),
                    DataVersion = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Examples = table.Column<int>(type: "INTEGER", nullable: false),
                    Data = table.Column<byte[]>(type: "BLOB", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ThemeModels", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "ThemeSuggestions",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    RecommendationId = table.Column<int>(type: "INTEGER", nullable: false),
                    Label = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Score = table.Column<double>(type: "REAL", nullable: false),
                    Words = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    ModelVersion = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    SuggestedAt = table.Column<DateTimeOffset>(type: "TEXT", nullable: false),
                    DecidedBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    DecidedAt = table.Column<DateTimeOffset>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ThemeSuggestions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ThemeSuggestions_Recommendations_RecommendationId",
                        column: x => x.RecommendationId,
                        principalTable: "Recommendations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_ThemeModels_Version",
                table: "ThemeModels",
                column: "Version",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ThemeSuggestions_RecommendationId_Label",
                table: "ThemeSuggestions",
                columns: new[] { "RecommendationId", "Label" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ThemeSuggestions_Status",
                table: "ThemeSuggestions",
                column: "Status");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "ThemeModels");

            migrationBuilder.DropTable(
                name: "ThemeSuggestions");
        }
    }
}

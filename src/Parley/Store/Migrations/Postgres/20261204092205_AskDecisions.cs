using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Parley.Store.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class AskDecisions : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "AskDecisions",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Key = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    RoundId = table.Column<int>(type: "integer", nullable: false),
                    AskKey = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Accepted = table.Column<bool>(type: "boolean", nullable: false),
                    Action = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false),
                    InstitutionId = table.Column<int>(type: "integer", nullable: true),
                    Deadline = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: true),
                    Indicator = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    Verification = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    Instrument = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    IssueAreaId = table.Column<int>(type: "integer", nullable: true),
                    CommitmentId = table.Column<int>(type: "integer", nullable: true),
                    Version = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AskDecisions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_AskDecisions_Commitments_CommitmentId",
                        column: x => x.CommitmentId,
                        principalTable: "Commitments",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.SetNull);
                    table.ForeignKey(
                        name: "FK_AskDecisions_Institutions_InstitutionId",
                        column: x => x.InstitutionId,
                        principalTable: "Institutions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.SetNull);
                    table.ForeignKey(
                        name: "FK_AskDecisions_IssueAreas_IssueAreaId",
                        column: x => x.IssueAreaId,
                        principalTable: "IssueAreas",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.SetNull);
                    table.ForeignKey(
                        name: "FK_AskDecisions_Rounds_RoundId",
                        column: x => x.RoundId,
                        principalTable: "Rounds",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_AskDecisions_CommitmentId",
                table: "AskDecisions",
                column: "CommitmentId");

            migrationBuilder.CreateIndex(
                name: "IX_AskDecisions_InstitutionId",
                table: "AskDecisions",
                column: "InstitutionId");

            migrationBuilder.CreateIndex(
                name: "IX_AskDecisions_IssueAreaId",
                table: "AskDecisions",
                column: "IssueAreaId");

            migrationBuilder.CreateIndex(
                name: "IX_AskDecisions_Key",
                table: "AskDecisions",
                column: "Key",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_AskDecisions_RoundId_AskKey",
                table: "AskDecisions",
                columns: new[] { "RoundId", "AskKey" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "AskDecisions");
        }
    }
}

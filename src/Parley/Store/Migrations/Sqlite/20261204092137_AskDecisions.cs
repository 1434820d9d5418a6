using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Parley.Store.Migrations.Sqlite
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
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Key = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    RoundId = table.Column<int>(type: "INTEGER", nullable: false),
                    AskKey = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Accepted = table.Column<bool>(type: "INTEGER", nullable: false),
                    Action = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    InstitutionId = table.Column<int>(type: "INTEGER", nullable: true),
                    Deadline = table.Column<string>(type: "TEXT", maxLength: 10, nullable: true),
                    Indicator = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    Verification = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    Instrument = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    IssueAreaId = table.Column<int>(type: "INTEGER", nullable: true),
                    CommitmentId = table.Column<int>(type: "INTEGER", nullable: true),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
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

using System.Collections.Generic;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Parley.Store.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class LawVersionsAndTreatyStatus : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "InForceFrom",
                table: "Provisions",
                type: "character varying(10)",
                maxLength: 10,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "InForceUntil",
                table: "Provisions",
                type: "character varying(10)",
                maxLength: 10,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Adopted",
                table: "LegalInstruments",
                type: "character varying(10)",
                maxLength: 10,
                nullable: true);

            migrationBuilder.AddColumn<List<string>>(
                name: "Aliases",
                table: "LegalInstruments",
                type: "text[]",
                nullable: false,
                // Stored instruments have no other names yet.
                defaultValueSql: "'{}'::text[]");

            migrationBuilder.AddColumn<int>(
                name: "AmendsId",
                table: "LegalInstruments",
                type: "integer",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "InForceFrom",
                table: "LegalInstruments",
                type: "character varying(10)",
                maxLength: 10,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "InForceUntil",
                table: "LegalInstruments",
                type: "character varying(10)",
                maxLength: 10,
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "ReplacedById",
                table: "LegalInstruments",
                type: "integer",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "ProvisionSuccessors",
                columns: table => new
                {
                    ProvisionId = table.Column<int>(type: "integer", nullable: false),
                    SuccessorId = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ProvisionSuccessors", x => new { x.ProvisionId, x.SuccessorId });
                    table.ForeignKey(
                        name: "FK_ProvisionSuccessors_Provisions_ProvisionId",
                        column: x => x.ProvisionId,
                        principalTable: "Provisions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_ProvisionSuccessors_Provisions_SuccessorId",
                        column: x => x.SuccessorId,
                        principalTable: "Provisions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "TreatyStatuses",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Key = table.Column<string>(type: "character varying(120)", maxLength: 120, nullable: false),
                    PartyId = table.Column<int>(type: "integer", nullable: false),
                    TreatyId = table.Column<int>(type: "integer", nullable: false),
                    Participation = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    Signed = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: true),
                    Bound = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: true),
                    InForce = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: true),
                    Reservations = table.Column<string>(type: "text", nullable: true),
                    Note = table.Column<string>(type: "text", nullable: true),
                    Version = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_TreatyStatuses", x => x.Id);
                    table.ForeignKey(
                        name: "FK_TreatyStatuses_LegalInstruments_TreatyId",
                        column: x => x.TreatyId,
                        principalTable: "LegalInstruments",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_TreatyStatuses_Parties_PartyId",
                        column: x => x.PartyId,
                        principalTable: "Parties",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "TreatyStatusCitations",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    SourceId = table.Column<int>(type: "integer", nullable: false),
                    Locator = table.Column<string>(type: "text", nullable: true),
                    OwnerId = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_TreatyStatusCitations", x => x.Id);
                    table.ForeignKey(
                        name: "FK_TreatyStatusCitations_Sources_SourceId",
                        column: x => x.SourceId,
                        principalTable: "Sources",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_TreatyStatusCitations_TreatyStatuses_OwnerId",
                        column: x => x.OwnerId,
                        principalTable: "TreatyStatuses",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_LegalInstruments_AmendsId",
                table: "LegalInstruments",
                column: "AmendsId");

            migrationBuilder.CreateIndex(
                name: "IX_LegalInstruments_ReplacedById",
                table: "LegalInstruments",
                column: "ReplacedById");

            migrationBuilder.CreateIndex(
                name: "IX_ProvisionSuccessors_SuccessorId",
                table: "ProvisionSuccessors",
                column: "SuccessorId");

            migrationBuilder.CreateIndex(
                name: "IX_TreatyStatusCitations_OwnerId",
                table: "TreatyStatusCitations",
                column: "OwnerId");

            migrationBuilder.CreateIndex(
                name: "IX_TreatyStatusCitations_SourceId",
                table: "TreatyStatusCitations",
                column: "SourceId");

            migrationBuilder.CreateIndex(
                name: "IX_TreatyStatuses_Key",
                table: "TreatyStatuses",
                column: "Key",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_TreatyStatuses_PartyId",
                table: "TreatyStatuses",
                column: "PartyId");

            migrationBuilder.CreateIndex(
                name: "IX_TreatyStatuses_TreatyId",
                table: "TreatyStatuses",
                column: "TreatyId");

            migrationBuilder.AddForeignKey(
                name: "FK_LegalInstruments_LegalInstruments_AmendsId",
                table: "LegalInstruments",
                column: "AmendsId",
                principalTable: "LegalInstruments",
                principalColumn: "Id",
                onDelete: ReferentialAction.Restrict);

            migrationBuilder.AddForeignKey(
                name: "FK_LegalInstruments_LegalInstruments_ReplacedById",
                table: "LegalInstruments",
                column: "ReplacedById",
                principalTable: "LegalInstruments",
                principalColumn: "Id",
                onDelete: ReferentialAction.Restrict);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "FK_LegalInstruments_LegalInstruments_AmendsId",
                table: "LegalInstruments");

            migrationBuilder.DropForeignKey(
                name: "FK_LegalInstruments_LegalInstruments_ReplacedById",
                table: "LegalInstruments");

            migrationBuilder.DropTable(
                name: "ProvisionSuccessors");

            migrationBuilder.DropTable(
                name: "TreatyStatusCitations");

            migrationBuilder.DropTable(
                name: "TreatyStatuses");

            migrationBuilder.DropIndex(
                name: "IX_LegalInstruments_AmendsId",
                table: "LegalInstruments");

            migrationBuilder.DropIndex(
                name: "IX_LegalInstruments_ReplacedById",
                table: "LegalInstruments");

            migrationBuilder.DropColumn(
                name: "InForceFrom",
                table: "Provisions");

            migrationBuilder.DropColumn(
                name: "InForceUntil",
                table: "Provisions");

            migrationBuilder.DropColumn(
                name: "Adopted",
                table: "LegalInstruments");

            migrationBuilder.DropColumn(
                name: "Aliases",
                table: "LegalInstruments");

            migrationBuilder.DropColumn(
                name: "AmendsId",
                table: "LegalInstruments");

            migrationBuilder.DropColumn(
                name: "InForceFrom",
                table: "LegalInstruments");

            migrationBuilder.DropColumn(
                name: "InForceUntil",
                table: "LegalInstruments");

            migrationBuilder.DropColumn(
                name: "ReplacedById",
                table: "LegalInstruments");
        }
    }
}

using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Parley.Store.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class FollowUpAssignmentsAndNotifications : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "FollowUpAssignments",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Key = table.Column<string>(type: "TEXT", maxLength: 120, nullable: false),
                    Title = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    RecommendationId = table.Column<int>(type: "INTEGER", nullable: true),
                    CommitmentId = table.Column<int>(type: "INTEGER", nullable: true),
                    IssueAreaId = table.Column<int>(type: "INTEGER", nullable: true),
                    PartyId = table.Column<int>(type: "INTEGER", nullable: true),
                    Cycle = table.Column<int>(type: "INTEGER", nullable: true),
                    LeadInstitutionId = table.Column<int>(type: "INTEGER", nullable: true),
                    AssignedOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_FollowUpAssignments", x => x.Id);
                    table.ForeignKey(
                        name: "FK_FollowUpAssignments_Commitments_CommitmentId",
                        column: x => x.CommitmentId,
                        principalTable: "Commitments",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_FollowUpAssignments_Institutions_LeadInstitutionId",
                        column: x => x.LeadInstitutionId,
                        principalTable: "Institutions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_FollowUpAssignments_IssueAreas_IssueAreaId",
                        column: x => x.IssueAreaId,
                        principalTable: "IssueAreas",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_FollowUpAssignments_Parties_PartyId",
                        column: x => x.PartyId,
                        principalTable: "Parties",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_FollowUpAssignments_Recommendations_RecommendationId",
                        column: x => x.RecommendationId,
                        principalTable: "Recommendations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "Notifications",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Recipient = table.Column<string>(type: "TEXT", maxLength: 320, nullable: false),
                    Email = table.Column<string>(type: "TEXT", maxLength: 320, nullable: true),
                    Topic = table.Column<string>(type: "TEXT", maxLength: 400, nullable: false),
                    Subject = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    Body = table.Column<string>(type: "TEXT", maxLength: 100000, nullable: false),
                    CreatedAt = table.Column<DateTimeOffset>(type: "TEXT", nullable: false),
                    ReadAt = table.Column<DateTimeOffset>(type: "TEXT", nullable: true),
                    Mail = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    MailAttempts = table.Column<int>(type: "INTEGER", nullable: false),
                    MailError = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    MailSentAt = table.Column<DateTimeOffset>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Notifications", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "NotificationSettings",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Recipient = table.Column<string>(type: "TEXT", maxLength: 320, nullable: false),
                    Reminders = table.Column<bool>(type: "INTEGER", nullable: false),
                    WeeklyDigest = table.Column<bool>(type: "INTEGER", nullable: false),
                    ByEmail = table.Column<bool>(type: "INTEGER", nullable: false),
                    InApp = table.Column<bool>(type: "INTEGER", nullable: false),
                    CalendarSecretHash = table.Column<string>(type: "TEXT", maxLength: 128, nullable: true),
                    LastDigestOn = table.Column<DateOnly>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_NotificationSettings", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "FollowUpActions",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Number = table.Column<int>(type: "INTEGER", nullable: false),
                    What = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    Who = table.Column<string>(type: "TEXT", maxLength: 300, nullable: true),
                    TargetDate = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    FollowUpAssignmentId = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_FollowUpActions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_FollowUpActions_FollowUpAssignments_FollowUpAssignmentId",
                        column: x => x.FollowUpAssignmentId,
                        principalTable: "FollowUpAssignments",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "FollowUpAssignmentSupporters",
                columns: table => new
                {
                    FollowUpAssignmentId = table.Column<int>(type: "INTEGER", nullable: false),
                    InstitutionId = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_FollowUpAssignmentSupporters", x => new { x.FollowUpAssignmentId, x.InstitutionId });
                    table.ForeignKey(
                        name: "FK_FollowUpAssignmentSupporters_FollowUpAssignments_FollowUpAssignmentId",
                        column: x => x.FollowUpAssignmentId,
                        principalTable: "FollowUpAssignments",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_FollowUpAssignmentSupporters_Institutions_InstitutionId",
                        column: x => x.InstitutionId,
                        principalTable: "Institutions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "FollowUpIndicators",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Number = table.Column<int>(type: "INTEGER", nullable: false),
                    Measure = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    Baseline = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    Target = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    Frequency = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    Verification = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    FollowUpAssignmentId = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_FollowUpIndicators", x => x.Id);
                    table.ForeignKey(
                        name: "FK_FollowUpIndicators_FollowUpAssignments_FollowUpAssignmentId",
                        column: x => x.FollowUpAssignmentId,
                        principalTable: "FollowUpAssignments",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "FollowUpPeople",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Name = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    UserName = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    Email = table.Column<string>(type: "TEXT", maxLength: 320, nullable: true),
                    InstitutionId = table.Column<int>(type: "INTEGER", nullable: true),
                    FollowUpAssignmentId = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_FollowUpPeople", x => x.Id);
                    table.ForeignKey(
                        name: "FK_FollowUpPeople_FollowUpAssignments_FollowUpAssignmentId",
                        column: x => x.FollowUpAssignmentId,
                        principalTable: "FollowUpAssignments",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_FollowUpPeople_Institutions_InstitutionId",
                        column: x => x.InstitutionId,
                        principalTable: "Institutions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "FollowUpReports",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Number = table.Column<int>(type: "INTEGER", nullable: false),
                    Date = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Text = table.Column<string>(type: "TEXT", maxLength: 20000, nullable: false),
                    Value = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    EvidenceSource = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    EvidenceLink = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    State = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    Reviewed = table.Column<bool>(type: "INTEGER", nullable: false),
                    ActionNumber = table.Column<int>(type: "INTEGER", nullable: true),
                    IndicatorNumber = table.Column<int>(type: "INTEGER", nullable: true),
                    ReportedBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    FollowUpAssignmentId = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_FollowUpReports", x => x.Id);
                    table.ForeignKey(
                        name: "FK_FollowUpReports_FollowUpAssignments_FollowUpAssignmentId",
                        column: x => x.FollowUpAssignmentId,
                        principalTable: "FollowUpAssignments",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_FollowUpActions_FollowUpAssignmentId",
                table: "FollowUpActions",
                column: "FollowUpAssignmentId");

            migrationBuilder.CreateIndex(
                name: "IX_FollowUpAssignments_CommitmentId",
                table: "FollowUpAssignments",
                column: "CommitmentId");

            migrationBuilder.CreateIndex(
                name: "IX_FollowUpAssignments_IssueAreaId",
                table: "FollowUpAssignments",
                column: "IssueAreaId");

            migrationBuilder.CreateIndex(
                name: "IX_FollowUpAssignments_Key",
                table: "FollowUpAssignments",
                column: "Key",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_FollowUpAssignments_LeadInstitutionId",
                table: "FollowUpAssignments",
                column: "LeadInstitutionId");

            migrationBuilder.CreateIndex(
                name: "IX_FollowUpAssignments_PartyId",
                table: "FollowUpAssignments",
                column: "PartyId");

            migrationBuilder.CreateIndex(
                name: "IX_FollowUpAssignments_RecommendationId",
                table: "FollowUpAssignments",
                column: "RecommendationId");

            migrationBuilder.CreateIndex(
                name: "IX_FollowUpAssignmentSupporters_InstitutionId",
                table: "FollowUpAssignmentSupporters",
                column: "InstitutionId");

            migrationBuilder.CreateIndex(
                name: "IX_FollowUpIndicators_FollowUpAssignmentId",
                table: "FollowUpIndicators",
                column: "FollowUpAssignmentId");

            migrationBuilder.CreateIndex(
                name: "IX_FollowUpPeople_FollowUpAssignmentId",
                table: "FollowUpPeople",
                column: "FollowUpAssignmentId");

            migrationBuilder.CreateIndex(
                name: "IX_FollowUpPeople_InstitutionId",
                table: "FollowUpPeople",
                column: "InstitutionId");

            migrationBuilder.CreateIndex(
                name: "IX_FollowUpReports_FollowUpAssignmentId",
                table: "FollowUpReports",
                column: "FollowUpAssignmentId");

            migrationBuilder.CreateIndex(
                name: "IX_Notifications_Mail",
                table: "Notifications",
                column: "Mail");

            migrationBuilder.CreateIndex(
                name: "IX_Notifications_Recipient_Topic",
                table: "Notifications",
                columns: new[] { "Recipient", "Topic" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_NotificationSettings_CalendarSecretHash",
                table: "NotificationSettings",
                column: "CalendarSecretHash",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_NotificationSettings_Recipient",
                table: "NotificationSettings",
                column: "Recipient",
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "FollowUpActions");

            migrationBuilder.DropTable(
                name: "FollowUpAssignmentSupporters");

            migrationBuilder.DropTable(
                name: "FollowUpIndicators");

            migrationBuilder.DropTable(
                name: "FollowUpPeople");

            migrationBuilder.DropTable(
                name: "FollowUpReports");

            migrationBuilder.DropTable(
                name: "Notifications");

            migrationBuilder.DropTable(
                name: "NotificationSettings");

            migrationBuilder.DropTable(
                name: "FollowUpAssignments");
        }
    }
}

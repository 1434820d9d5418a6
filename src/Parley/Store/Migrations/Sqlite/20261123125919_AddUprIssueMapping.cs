using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Parley.Store.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class AddUprIssueMapping : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "IssueLabelMappings",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Key = table.Column<string>(type: "TEXT", maxLength: 120, nullable: false),
                    Areas = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_IssueLabelMappings", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_IssueLabelMappings_Key",
                table: "IssueLabelMappings",
                column: "Key",
                unique: true);

            // A new store and an upgraded one alike start from the UPR issue-label mapping parley shipped when this
            // migration was written (frozen here; later changes to the shipped file do not rewrite a store's labels).
            migrationBuilder.InsertData(
                table: "IssueLabelMappings",
                columns: new[] { "Key", "Areas", "Version" },
                values: new object[,]
                {
                    { "Asylum-seekers - refugees", "refugees-displaced", 0 },
                    { "CP rights - general", "civil-political", 0 },
                    { "Civil society", "civil-society", 0 },
                    { "Corruption", "anti-corruption", 0 },
                    { "Counter-terrorism", "counter-terrorism", 0 },
                    { "Death penalty", "death-penalty", 0 },
                    { "Detention", "detention-due-process", 0 },
                    { "Development", "economic-rights", 0 },
                    { "Disabilities", "disability-rights", 0 },
                    { "ESC rights - general", "economic-rights", 0 },
                    { "Elections", "elections", 0 },
                    { "Enforced disappearances", "enforced-disappearances", 0 },
                    { "Environment", "environment", 0 },
                    { "Extrajudicial executions", "extrajudicial-executions", 0 },
                    { "Freedom of association and peaceful assembly", "association-assembly", 0 },
                    { "Freedom of movement", "freedom-of-movement", 0 },
                    { "Freedom of opinion and expression", "freedom-of-expression", 0 },
                    { "Freedom of religion and belief", "religious-freedom", 0 },
                    { "Freedom of the press", "press-freedom", 0 },
                    { "General", "", 0 },
                    { "HIV - Aids", "right-to-health", 0 },
                    { "Human rights defenders", "human-rights-defenders", 0 },
                    { "Human rights education and training", "human-rights-education", 0 },
                    { "Human rights violations by state agents", "state-agent-violations", 0 },
                    { "Impunity", "rule-of-law", 0 },
                    { "Indigenous peoples", "indigenous-peoples", 0 },
                    { "Internally displaced persons", "refugees-displaced", 0 },
                    { "International humanitarian law", "humanitarian-law", 0 },
                    { "International instruments", "international-instruments", 0 },
                    { "Justice", "rule-of-law", 0 },
                    { "Labour", "labour-rights", 0 },
                    { "Migrants", "migrants", 0 },
                    { "Minorities", "minority-rights", 0 },
                    { "NHRI", "human-rights-institutions", 0 },
                    { "National plan of action", "human-rights-institutions", 0 },
                    { "Other", "", 0 },
                    { "Poverty", "social-protection", 0 },
                    { "Public security", "rule-of-law", 0 },
                    { "Racial discrimination", "racial-discrimination", 0 },
                    { "Right to education", "right-to-education", 0 },
                    { "Right to food", "social-protection", 0 },
                    { "Right to health", "right-to-health", 0 },
                    { "Right to housing", "social-protection", 0 },
                    { "Right to land", "land-rights", 0 },
                    { "Right to water", "social-protection", 0 },
                    { "Rights of the Child", "childrens-rights", 0 },
                    { "Sexual Orientation and Gender Identity", "lgbtq-rights", 0 },
                    { "Special procedures", "un-mechanisms", 0 },
                    { "Technical assistance and cooperation", "technical-assistance", 0 },
                    { "Torture and other CID treatment", "torture", 0 },
                    { "Trafficking", "human-trafficking", 0 },
                    { "Treaty bodies", "un-mechanisms", 0 },
                    { "UPR process", "un-mechanisms", 0 },
                    { "Women's rights", "womens-rights", 0 }
                });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "IssueLabelMappings");
        }
    }
}

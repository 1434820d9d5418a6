using System.Text.Json;
using Parley.Features.Audit;

namespace Parley.Tests.Features.Audit;

public class AuditChangesTests
{
    private static AuditEntryView Entry(string action, string? before, string? after) =>
        new(1, DateTimeOffset.UnixEpoch, "alice", "web", action, "Round", "r1",
            before is null ? null : JsonDocument.Parse(before).RootElement, after is null ? null : JsonDocument.Parse(after).RootElement);

    [Fact]
    public void An_update_shows_only_the_fields_that_changed_with_old_and_new_values()
    {
        var changes = AuditChanges.Of(Entry("update",
            """{ "Title": "Old", "Place": "Hanoi", "Delegates": [ { "Institution": "vn-mfa" } ] }""",
            """{ "Title": "New", "Place": "Hanoi", "Delegates": [ { "Institution": "vn-molisa" } ] }"""));

        Assert.Equal(["Delegates", "Title"], changes.Select(c => c.Field));
        Assert.Equal(new FieldChange("Title", "Old", "New"), changes[1]);
        Assert.Contains("vn-molisa", changes[0].After);
    }

    [Fact]
    public void A_create_lists_the_fields_it_set_and_leaves_out_empty_ones()
    {
        var changes = AuditChanges.Of(Entry("create", null, """{ "Title": "New", "Place": null, "Citations": [] }"""));

        Assert.Equal([new FieldChange("Title", null, "New")], changes);
    }
}

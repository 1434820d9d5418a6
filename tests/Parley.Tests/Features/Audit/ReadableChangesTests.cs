using System.Text.Json;
using Parley.Features.Audit;

namespace Parley.Tests.Features.Audit;

/// <summary>A history reads as field: old → new in words, not as JSON.</summary>
public class ReadableChangesTests
{
    private static JsonElement Json(string json) => JsonDocument.Parse(json).RootElement;

    [Fact]
    public void An_update_shows_only_the_fields_that_changed_in_words_with_keys_read_as_labels()
    {
        var changes = ReadableChanges.Of(
            Json("""{ "Title": "Old", "Place": "Hanoi", "Instrument": "JointStatement", "OwnerInstitution": "vn-mfa", "Delegates": [ { "Institution": "vn-mfa", "Role": null } ] }"""),
            Json("""{ "Title": "New", "Place": "Hanoi", "Instrument": "Law", "OwnerInstitution": "vn-molisa", "Delegates": [ { "Institution": "vn-molisa", "Role": "head" } ] }"""),
            new Dictionary<string, string> { ["vn-molisa"] = "Ministry of Labour" });

        Assert.Equal(["Delegates", "Instrument", "Owner institution", "Title"], changes.Select(c => c.Field));
        Assert.Equal(new ReadableChange("Title", "Old", "New"), changes[3]);
        Assert.Equal(new ReadableChange("Instrument", "joint statement", "Law"), changes[1]);
        Assert.Equal(new ReadableChange("Owner institution", "vn-mfa", "Ministry of Labour"), changes[2]);
        Assert.Equal("Institution: Ministry of Labour; Role: head", changes[0].After);
    }

    [Fact]
    public void A_create_leaves_out_empty_fields_and_the_records_own_key_and_shows_text_as_typed()
    {
        var changes = ReadableChanges.Of(null, """{ "Key": "r1", "Title": "Đối thoại \u0111\u1ed1i", "Place": null, "Citations": [], "Aliases": ["a", "b"] }""");

        Assert.Equal([new ReadableChange("Aliases", null, "a, b"), new ReadableChange("Title", null, "Đối thoại đối")], changes);
    }
}

using Parley.Domain;
using Parley.Features.Powers;

namespace Parley.Tests.Features.Powers;

public class PowerMatrixTests
{
    private static readonly IssueArea Civil = new() { Id = 1, Key = "civil", Name = "Civil" };
    private static readonly IssueArea Expression = new() { Id = 2, Key = "expression", Name = "Expression", ParentId = 1 };
    private static readonly IssueArea Online = new() { Id = 3, Key = "online", Name = "Online", ParentId = 2 };
    private static readonly IssueArea Labour = new() { Id = 4, Key = "labour", Name = "Labour" };
    private static readonly Dictionary<int, IssueArea> Areas = new[] { Civil, Expression, Online, Labour }.ToDictionary(a => a.Id);

    [Fact]
    public void A_power_on_a_parent_area_covers_its_grandchildren_but_not_other_areas()
    {
        var security = new Institution { Key = "mps", Powers = [new InstitutionPower { Power = Power.Execute, IssueAreaId = Civil.Id }] };

        var online = PowerMatrix.Held(security, Online, Areas);

        Assert.Equal([new HeldPower(Power.Execute, "Civil")], online);
        Assert.Empty(PowerMatrix.Held(security, Labour, Areas));
        Assert.True(PowerMatrix.Held(security, Civil, Areas).Single().Direct);
    }

    [Fact]
    public void A_power_with_no_issue_area_applies_to_every_area()
    {
        var assembly = new Institution { Key = "na", Powers = [new InstitutionPower { Power = Power.Approve }] };

        Assert.All(Areas.Values, a => Assert.Equal(Power.Approve, PowerMatrix.Held(assembly, a, Areas).Single().Power));
    }

    [Fact]
    public void A_power_granted_on_the_area_itself_is_shown_once_as_direct()
    {
        var ministry = new Institution { Key = "m", Powers =
        [
            new InstitutionPower { Power = Power.Negotiate },
            new InstitutionPower { Power = Power.Negotiate, IssueAreaId = Expression.Id },
        ] };

        var held = PowerMatrix.Held(ministry, Expression, Areas);

        Assert.Equal([new HeldPower(Power.Negotiate, null)], held);
    }
}

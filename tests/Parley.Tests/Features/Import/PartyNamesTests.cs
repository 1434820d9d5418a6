using Parley.Domain;
using Parley.Features.Import;

namespace Parley.Tests.Features.Import;

/// <summary>Party names in import files are matched with the same folding as search and name withholding.</summary>
public class PartyNamesTests
{
    [Fact]
    public void A_party_name_typed_without_the_Vietnamese_d_finds_the_party_spelt_with_it()
    {
        var names = new PartyNames([new Party { Key = "vn-mofa", Name = "Bộ Ngoại giao Đại Việt" }]);

        Assert.Equal("vn-mofa", names.Find("BO NGOAI GIAO DAI VIET")?.Key);
        Assert.Equal("vn-mofa", names.Find("Bo\u200B Ngoai giao Dai Viet")?.Key);
    }

    [Fact]
    public void A_new_party_s_key_keeps_the_Vietnamese_d_as_a_d()
    {
        var names = new PartyNames([new Party { Key = "dai-viet", Name = "Đại Việt" }]);

        Assert.Equal("dai-viet-2", names.NewKey("Đại Việt"));
        Assert.Equal("cote-d-ivoire", names.NewKey("Côte d’Ivoire"));
    }
}

namespace Parley.Features.Generate;

/// <summary>The words synthetic records are built from: issue-area phrases, actions, Vietnamese names and places.</summary>
internal static class Vocabulary
{
    /// <summary>Phrases by issue-area key; an area not listed here borrows the general ones.</summary>
    public static readonly IReadOnlyDictionary<string, string[]> AreaPhrases = new Dictionary<string, string[]>
    {
        ["rule-of-law"] = ["the independence of the judiciary", "access to legal counsel", "the publication of court judgments", "judicial review of administrative decisions"],
        ["civil-political"] = ["the right to participate in public affairs", "independent candidates in National Assembly elections", "the rights of human rights defenders"],
        ["economic-rights"] = ["compensation for land acquisition", "the right to adequate housing", "fair conditions for smallholders"],
        ["environment"] = ["environmental defenders", "public consultation on coal power projects", "the Just Energy Transition Partnership", "pollution monitoring by civil society"],
        ["labour-rights"] = ["independent labour unions", "the right to strike", "ILO Convention 87 on freedom of association", "collective bargaining outside the VGCL"],
        ["lgbtq-rights"] = ["legal gender recognition", "protection from discrimination on grounds of sexual orientation", "same-sex partnerships"],
        ["social-protection"] = ["social insurance for informal workers", "support for ethnic minority households", "disability allowances"],
        ["womens-rights"] = ["gender-based violence", "the participation of women in decision-making", "equal pay for women workers"],
        ["anti-corruption"] = ["asset declarations by officials", "whistle-blower protection", "the independence of anti-corruption bodies"],
        ["anti-money-laundering"] = ["beneficial ownership registers", "FATF grey-list requirements", "suspicious transaction reporting"],
        ["association-assembly"] = ["a law on associations", "registration of non-governmental organisations", "peaceful assembly without prior permission", "a law on demonstrations"],
        ["detention-due-process"] = ["pre-trial detention limits", "incommunicado detention", "access to family during investigation", "house arrest of activists"],
        ["freedom-of-expression"] = ["independent journalists", "Article 117 of the Criminal Code", "Article 331 of the Criminal Code", "bloggers detained for their posts"],
        ["legal-education"] = ["legal aid clinics at law schools", "training of judges and prosecutors", "the Vietnam Bar Federation"],
        ["religious-freedom"] = ["registration of religious groups", "unregistered Protestant congregations", "the Law on Belief and Religion", "Hoa Hao and Cao Dai followers"],
        ["torture"] = ["deaths in police custody", "the Convention against Torture", "recording of interrogations", "independent monitoring of detention facilities"],
        ["wildlife-trafficking"] = ["wildlife trafficking networks", "prosecution of ivory traders", "CITES enforcement"],
        ["online-expression"] = ["Decree 53 on data localisation", "content removal requests to platforms", "the Cybersecurity Law", "arrests for Facebook posts"],
    };

    public static readonly string[] GeneralPhrases = ["human rights dialogue follow-up", "the Universal Periodic Review", "implementation of accepted recommendations", "cooperation with UN special procedures"];

    public static readonly string[] Openings =
    [
        "Ensure", "Guarantee", "Take concrete steps to strengthen", "Review legislation on", "Repeal or amend provisions restricting",
        "Adopt a national plan on", "Consider ratifying instruments concerning", "Establish an independent mechanism for", "Protect", "Promote",
    ];

    public static readonly string[] Closings =
    [
        "in line with international standards", "with the participation of civil society", "and report on progress before the next cycle",
        "including through technical cooperation", "without discrimination", "by the end of the current cycle",
    ];

    public static readonly string[] Mechanisms = ["UPR", "treaty body", "special procedure", "policy analysis"];

    public static readonly string[] FamilyNames = ["Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Huỳnh", "Phan", "Vũ", "Võ", "Đặng", "Bùi", "Đỗ", "Hồ", "Ngô", "Dương", "Lý"];
    public static readonly string[] MiddleNames = ["Văn", "Thị", "Đức", "Minh", "Hữu", "Thanh", "Ngọc", "Quang", "Kim", "Xuân"];
    public static readonly string[] GivenNames = ["Hồng", "Bình", "Hùng", "Lan", "Dũng", "Hương", "Tuấn", "Thủy", "Khánh", "Phương", "Đạt", "Trang", "Sơn", "Nga", "Quý", "Thảo"];

    public static readonly string[] Roles = ["blogger", "environmental activist", "labour organiser", "land rights petitioner", "journalist", "lawyer", "religious leader", "human rights defender"];

    public static readonly string[] Places = ["Hà Nội", "Hồ Chí Minh City", "Đà Nẵng", "Hải Phòng", "Cần Thơ", "Huế", "Nghệ An", "Đắk Lắk", "Washington, D.C.", "Brussels"];
}

namespace Parley.Domain;

/// <summary>How often an indicator is to be reported on.</summary>
public enum ReportingFrequency
{
    Monthly,
    Quarterly,
    HalfYearly,
    Yearly,
}

namespace Parley.Features.FollowUp;

/// <summary>What progress statistics are grouped by: issue area, lead institution, channel, UN review cycle, recommending state.</summary>
public enum ProgressDimension
{
    Area,
    Institution,
    Channel,
    Cycle,
    State,
}

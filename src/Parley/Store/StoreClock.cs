namespace Parley.Store;

/// <summary>
/// "Today" for everything Parley dates (follow-up deadlines, analyses as of today, the round being prepared, the age
/// of a record's facts) is the calendar day in the store's time zone: the zone named by PARLEY_TIME_ZONE (an IANA
/// name such as Asia/Ho_Chi_Minh), or UTC when it is not set. A deadline of 30 June is overdue from 1 July in that
/// zone, wherever the server or the reader is, and every page and command agrees on which day it is.
/// </summary>
public static class StoreClock
{
    public const string TimeZoneVariable = "PARLEY_TIME_ZONE";

    /// <summary>The calendar day it is at <paramref name="now"/> in <paramref name="zone"/>.</summary>
    public static DateOnly Today(DateTimeOffset now, TimeZoneInfo zone) => DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(now, zone).DateTime);

    /// <summary>The store's time zone; a name the system does not know is a mistake the user is told about.</summary>
    public static TimeZoneInfo Zone()
    {
        var name = Environment.GetEnvironmentVariable(TimeZoneVariable);
        if (string.IsNullOrWhiteSpace(name)) return TimeZoneInfo.Utc;
        return TimeZoneInfo.TryFindSystemTimeZoneById(name.Trim(), out var zone) ? zone
            : throw new UserError($"{TimeZoneVariable}: '{name}' is not a time zone this system knows (try Asia/Ho_Chi_Minh or UTC)");
    }

    /// <summary>Today in the store's time zone.</summary>
    public static DateOnly Today() => Today(DateTimeOffset.UtcNow, Zone());
}

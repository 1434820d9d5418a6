using Ical.Net;
using Ical.Net.CalendarComponents;
using Ical.Net.DataTypes;
using Ical.Net.Serialization;
using Parley.Domain;
using Parley.Features.Accounts;

namespace Parley.Features.FollowUp;

/// <summary>
/// A person's calendar (iCalendar, RFC 5545, written by Ical.Net): the rounds with a date, and the follow-up deadlines
/// (actions' target dates, indicators' next reports) as all-day events. A pure function of the records given; the
/// text passes the owner's withholding so the feed shows only what its owner may read.
/// </summary>
public static class CalendarFeed
{
    public const string MediaType = "text/calendar";

    public static string Write(IEnumerable<Round> rounds, IEnumerable<FollowUpAssignment> assignments, Withholding withholding, DateTimeOffset now, string host)
    {
        var calendar = new Calendar { ProductId = "-//Parley//Follow-up calendar//EN" };
        calendar.AddProperty("X-WR-CALNAME", "Parley: rounds and follow-up deadlines");
        var stamp = new CalDateTime(now.UtcDateTime, "UTC");
        foreach (var round in rounds.Where(r => r.Date is not null).OrderBy(r => r.Date!.Value.Earliest))
        {
            var date = round.Date!.Value;
            var exact = date.Day is not null;
            // A round known only to the month or year is shown on its first day, and says so.
            calendar.Events.Add(Event($"round-{round.Key}@{host}", stamp, date.Earliest,
                withholding.Text($"{round.Title}{(exact ? "" : $" (date known only as {date})")}"),
                withholding.Text(string.Join("\n", new[] { round.Channel?.Name, round.Place, round.Outcomes }.OfType<string>()))));
        }
        foreach (var assignment in assignments.OrderBy(a => a.Key, StringComparer.Ordinal))
        {
            foreach (var action in assignment.Actions.Where(a => a.TargetDate is not null).OrderBy(a => a.Number))
                calendar.Events.Add(Event($"follow-up-{assignment.Key}-action-{action.Number}@{host}", stamp, action.TargetDate!.Value,
                    withholding.Text($"Due: {action.What}"),
                    withholding.Text($"Action {action.Number} of the follow-up “{assignment.Title}”{(action.Who is { } who ? $", by {who}" : "")}.")));
            foreach (var indicator in assignment.Indicators.OrderBy(i => i.Number))
                calendar.Events.Add(Event($"follow-up-{assignment.Key}-indicator-{indicator.Number}@{host}", stamp, DueList.NextReport(assignment, indicator),
                    withholding.Text($"Report due: {indicator.Measure}"),
                    withholding.Text($"Indicator {indicator.Number} of the follow-up “{assignment.Title}”: its next progress report.")));
        }
        return new CalendarSerializer().SerializeToString(calendar) ?? "";
    }

    private static CalendarEvent Event(string uid, CalDateTime stamp, DateOnly day, string summary, string description) => new()
    {
        Uid = uid,
        DtStamp = stamp,
        DtStart = new CalDateTime(day.Year, day.Month, day.Day),
        DtEnd = new CalDateTime(day.AddDays(1).Year, day.AddDays(1).Month, day.AddDays(1).Day),
        Summary = summary,
        Description = description.Length > 0 ? description : null,
    };
}

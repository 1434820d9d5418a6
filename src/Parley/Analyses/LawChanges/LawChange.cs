using Parley.Domain;

namespace Parley.Analyses.LawChanges;

/// <summary>
/// One change in the law on a date: an instrument adopted, a law or an article entering into force or ceasing to be
/// in force, with what replaced, amended or continued it.
/// </summary>
/// <param name="On">The day it happened, as precisely as recorded (the last day in force for an ending).</param>
/// <param name="What">"adopted", "entered into force" or "ceased to be in force".</param>
/// <param name="Kind">"legal instrument" or "provision", as the record's kind is named.</param>
/// <param name="Key">The record's key.</param>
/// <param name="Name">The law's title, or the article's label with its law's title.</param>
/// <param name="Then">What it replaces, amends or continues, or what replaced or continued it; null when nothing.</param>
public sealed record LawChange(PartialDate On, string What, string Kind, string Key, string Name, string? Then);

namespace Parley;

/// <summary>A mistake the user can fix (a missing file, a bad value); shown as one line, never as a stack trace.</summary>
public sealed class UserError(string message) : Exception(message);

namespace Parley.Domain;

/// <summary>
/// How far a recommendation or commitment is implemented. A progress report supports one of the states from
/// <see cref="NotStarted"/> on; <see cref="NoInformation"/> is only ever derived.
/// </summary>
public enum ImplementationState
{
    NoInformation,
    NotStarted,
    InProgress,
    PartiallyImplemented,
    Implemented,
    Regressed,
}

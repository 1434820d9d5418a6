namespace Parley.Features.Api;

/// <summary>What the audit endpoints and the API reference need to know of a kind, whatever its types.</summary>
public interface IApiKind
{
    /// <summary>The URL segment: "legal-instruments".</summary>
    string Route { get; }

    /// <summary>In words, singular: "legal instrument".</summary>
    string Label { get; }

    /// <summary>The entity's type name, as audit entries name the kind: "LegalInstrument".</summary>
    string EntityName { get; }

    /// <summary>Holds personal data (cases): never readable anonymously.</summary>
    bool Sensitive { get; }

    IReadOnlyCollection<string> FilterNames { get; }
}

using Parley.Features.Interchange;
using Parley.Features.Interchange.Document;
using Parley.Store;

namespace Parley.Features.Api;

/// <summary>What export, import, the API and the audit pages need to know of a kind, whatever its types.</summary>
public interface IApiKind
{
    /// <summary>The URL segment: "legal-instruments".</summary>
    string Route { get; }

    /// <summary>In words, singular: "legal instrument".</summary>
    string Label { get; }

    /// <summary>The entity's type name, as audit entries name the kind: "LegalInstrument".</summary>
    string EntityName { get; }

    Type EntityType { get; }

    /// <summary>The record's type in the interchange document.</summary>
    Type DocumentType { get; }

    /// <summary>The kind's list in the document: "issueAreas".</summary>
    string DocumentName { get; }

    /// <summary>Holds personal data (cases): never readable anonymously.</summary>
    bool Sensitive { get; }

    /// <summary>Grows with the store: its keys are read for the records that link to it, not whole.</summary>
    bool KeysOnDemand { get; }

    IReadOnlyCollection<string> FilterNames { get; }

    void MapEndpoints(RouteGroupBuilder api);

    /// <summary>Sets the kind's list of <paramref name="document"/> to every stored record of the kind.</summary>
    Task ExportInto(ParleyDocument document, RecordExporter exporter, ParleyDb db, CancellationToken ct);

    /// <summary>The stored records among <paramref name="keys"/>, as documents (untracked).</summary>
    Task<List<object>> DocumentsAsync(ParleyDb db, RecordExporter exporter, string[] keys, CancellationToken ct);

    /// <summary>Loads the records among <paramref name="keys"/> into the tracker, with the links an update replaces.</summary>
    Task TrackAsync(ParleyDb db, string[] keys, CancellationToken ct);

    /// <summary>Registers the kind's records of a document in an import; the action returned resolves their links.</summary>
    Action ImportFrom(DocumentImporter importer, ParleyDocument document);
}

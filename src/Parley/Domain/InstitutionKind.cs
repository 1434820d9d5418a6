namespace Parley.Domain;

/// <summary>The family an institution belongs to, which shapes what it can decide.</summary>
public enum InstitutionKind
{
    Ministry,
    Legislature,
    PartyOrgan,
    Executive,
    Security,
    Military,
    Court,
    Procuracy,
    BarAssociation,
    LawSchool,
    Union,
    Ngo,
    Agency,
    ThinkTank,
    Other,
}

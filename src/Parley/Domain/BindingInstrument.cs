namespace Parley.Domain;

/// <summary>The instrument that binds a commitment, from weakest to strongest.</summary>
public enum BindingInstrument
{
    None,
    JointStatement,
    Mou,
    Agreement,
    Treaty,
}

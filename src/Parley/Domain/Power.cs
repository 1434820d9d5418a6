namespace Parley.Domain;

/// <summary>A link in the decision chain: what an institution can do on an issue area.</summary>
public enum Power
{
    Negotiate,
    Propose,
    Approve,
    Endorse,
    Execute,
}

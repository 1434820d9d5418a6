namespace Parley.Domain;

/// <summary>Whether a dialogue channel is between two parties or many.</summary>
public enum ChannelKind
{
    Bilateral,
    Multilateral,
}

namespace Napsm.Core.Model;

/// <summary>
/// A decision rule: which coalitions of voters can pass a decision. Every rule denotes a monotone simple game over the voters of
/// the body it belongs to (or the parties of a treaty, for an entry-into-force condition). Build rules with <see cref="Rule"/>.
/// </summary>
/// <remarks>Rules are immutable records with structural equality; the set of subtypes is closed.</remarks>
public abstract record DecisionRule
{
    private protected DecisionRule()
    {
    }

    /// <summary>The rule in the design-file notation, e.g. <c>all(atLeast 9, veto[cn, fr])</c>; for messages, not for parsing.</summary>
    public abstract override string ToString();

    // Records cannot hide their protected copy constructor, so an abstract member nobody outside the library can implement
    // keeps the hierarchy closed: engines may switch over the subtypes exhaustively.
    private protected abstract void CloseHierarchy();
}

/// <summary>How the options of a rule read in messages.</summary>
internal static class Options
{
    public static string Describe(VoteBase @base, DecisionRule? quorum) =>
        (@base switch { VoteBase.Present => " of those present", VoteBase.PresentAndVoting => " of those present and voting", _ => "" }) +
        (quorum is null ? "" : ", quorum " + quorum);
}

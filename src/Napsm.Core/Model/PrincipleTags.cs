using NodaTime;

namespace Napsm.Core.Model;

/// <summary>The principle tags the validator understands.</summary>
public static class PrincipleTags
{
    /// <summary>Members are sovereign equals: bodies should give them equal voting power.</summary>
    public const string SovereignEquality = "sovereign-equality";

    /// <summary>Decisions by consensus: no body should pass a decision over an objection.</summary>
    public const string Consensus = "consensus";

    /// <summary>Non-intervention in internal affairs: monitoring or enforcement needs the consent of the member concerned.</summary>
    public const string NonIntervention = "non-intervention";

    /// <summary>"Commitment for commitment, action for action": phases should be reciprocal.</summary>
    public const string ActionForAction = "action-for-action";

    /// <summary>Refraining from the threat or use of force.</summary>
    public const string NonUseOfForce = "non-use-of-force";

    /// <summary>Peaceful settlement of disputes.</summary>
    public const string PeacefulSettlement = "peaceful-settlement";

    /// <summary>Every tag the validator understands, in order.</summary>
    public static IReadOnlyList<string> All { get; } = ValueList<string>.From([SovereignEquality, Consensus, NonIntervention, ActionForAction, NonUseOfForce, PeacefulSettlement]);
}

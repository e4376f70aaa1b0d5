namespace Napsm.Core.Model;

/// <summary>
/// What a head count or weighted rule's threshold is a share of: every voter (today's meaning), those present, or those present and
/// voting. The base matters only where voters may abstain or be absent; see docs/format.md ("Abstention, quorum and base").
/// </summary>
public enum VoteBase
{
    /// <summary>Of every voter counted (all the voters, or the <c>of</c> list), present or not: the default.</summary>
    Members,

    /// <summary>Of the voters counted who are present: those voting yes, voting no or abstaining.</summary>
    Present,

    /// <summary>Of the voters counted who vote yes or no ("present and voting"): abstentions and absences do not count.</summary>
    PresentAndVoting,
}

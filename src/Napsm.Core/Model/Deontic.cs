using NodaTime;

namespace Napsm.Core.Model;

/// <summary>What a norm does to its subject.</summary>
public enum Deontic
{
    /// <summary>The subject is obliged to do the action.</summary>
    Must,

    /// <summary>The subject is forbidden to do the action.</summary>
    MustNot,

    /// <summary>The subject is permitted to do the action.</summary>
    May,
}

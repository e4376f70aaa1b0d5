namespace Napsm.Core.Treaties;

/// <summary>Where a treaty stands on the way to entry into force, as of a date.</summary>
public enum TreatyState
{
    /// <summary>It has entered into force (it stays in force whatever happens to ratifications afterwards).</summary>
    InForce,

    /// <summary>Its rule is met but it waits for its delay, its <c>notBefore</c> date or a treaty it requires.</summary>
    Pending,

    /// <summary>Its rule is not met yet, but the parties still able to ratify could meet it.</summary>
    Open,

    /// <summary>It can never enter into force as things stand: the parties still able to ratify cannot meet its rule.</summary>
    Blocked,
}

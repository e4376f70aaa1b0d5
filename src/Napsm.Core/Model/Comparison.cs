namespace Napsm.Core.Model;

/// <summary>How a coalition's count or weight is compared with a threshold.</summary>
public enum Comparison
{
    /// <summary>The coalition passes when its count or weight is at least the threshold.</summary>
    AtLeast,

    /// <summary>The coalition passes when its count or weight is strictly more than the threshold.</summary>
    MoreThan,
}

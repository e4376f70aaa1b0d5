namespace Napsm.Core.Model;

/// <summary>How a threshold is written: a plain number, a percentage or a fraction of a total.</summary>
public enum ThresholdKind
{
    /// <summary>An absolute number: a head count, or a quota of weight (<c>9</c>, <c>62</c>, <c>55.5</c>).</summary>
    Count,

    /// <summary>A percentage of the total (<c>"55%"</c>).</summary>
    Percentage,

    /// <summary>A fraction of the total (<c>"2/3"</c>).</summary>
    Fraction,
}

using Napsm.Core.Model;
using Napsm.Core.Scheduling;
using Napsm.Core.Treaties;

namespace Napsm.Core.Analysis;

/// <summary>The treaties' recorded ratifications as a schedule takes them (the treaty engine's status, handed to scheduling).</summary>
public static class RecordedRatifications
{
    /// <summary>
    /// For each treaty with recorded events: its status as of its date (<see cref="Design.TreatyDate(Treaty)"/>), the date it entered
    /// into force or the earliest it still can, as <c>napsm treaty</c> reports them.
    /// </summary>
    /// <param name="design">The design.</param>
    /// <returns>One entry per treaty with recorded ratifications, in the design's order.</returns>
    public static IReadOnlyList<RecordedEntryIntoForce> Of(Design design)
    {
        ArgumentNullException.ThrowIfNull(design);
        var result = new List<RecordedEntryIntoForce>();
        // One context for all the treaties: asked treaty by treaty, TreatyStatus.Of would build the design's treaty table each time.
        using var context = new AnalysisContext();
        foreach (var treaty in design.Treaties)
        {
            if (treaty.EntryIntoForce is null || treaty.Ratifications.Count == 0) continue;
            var asOf = design.TreatyDate(treaty);
            var status = TreatyStatus.Of(design, treaty, asOf, context: context);
            var entered = status.State == TreatyState.InForce ? status.EnteredIntoForce : null;
            result.Add(new RecordedEntryIntoForce(treaty.Id, asOf, entered, entered is null ? status.EarliestEntryIntoForce : null));
        }

        return result;
    }
}

using Napsm.Core.Model;
using Napsm.Core.Scheduling;
using Napsm.Core.Treaties;
using Napsm.Core.Validation.Rules;
using NodaTime;

namespace Napsm.Core.Validation;

// Scheduling and treaty engines (NAPSM04xx, NAPSM05xx): each answer computed at most once per run, through the engines' public queries.
public sealed partial class ValidationContext
{
    private TemporalNetwork? _network;
    private ScheduleResult? _schedule;
    private PhaseGraph? _phases;
    private ReciprocityReport? _reciprocity;
    private TreatyDependencyGraph? _dependencies;
    private IReadOnlyList<Treaties.TreatyStatus>? _treatyStatuses;
    private IReadOnlyList<LaterRequirement>? _laterRequirements;
    private readonly HashSet<(string Id, string Pointer)> _reportedOnce = [];

    /// <summary>The design's temporal network.</summary>
    internal TemporalNetwork Network => _network ??= TemporalNetwork.FromDesign(Design);

    /// <summary>The schedule: consistency, conflicts, approximated periods.</summary>
    internal ScheduleResult Schedule => _schedule ??= Network.Analyze();

    /// <summary>The phase order.</summary>
    internal PhaseGraph Phases => _phases ??= PhaseGraph.FromDesign(Design);

    /// <summary>Exchanges of commitments.</summary>
    internal ReciprocityReport Reciprocity => _reciprocity ??= ReciprocityReport.FromNetwork(Design, Network, Schedule, Options.Limits.MaxWork);

    /// <summary>What waits for what among treaties, phases and commitments.</summary>
    internal TreatyDependencyGraph Dependencies => _dependencies ??= TreatyDependencyGraph.FromDesign(Design);

    /// <summary>The date treaty analyses are taken on (see <see cref="Design.TreatyDate()"/>).</summary>
    internal LocalDate TreatyDate => Design.TreatyDate();

    /// <summary>The entry-into-force status of the treaty at an index of <c>Design.Treaties</c>, as of <see cref="TreatyDate"/>.</summary>
    internal Treaties.TreatyStatus TreatyStatus(int treatyIndex) =>
        (_treatyStatuses ??= Treaties.TreatyStatus.OfAll(Design, TreatyDate, (int)Math.Min(int.MaxValue, Options.Limits.MaxWork)))[treatyIndex];

    /// <summary>Treaty requirements the schedule puts after the treaty (see <see cref="TimeChecks.FindLaterRequirements"/>).</summary>
    internal IReadOnlyList<LaterRequirement> LaterRequirements => _laterRequirements ??= TimeChecks.FindLaterRequirements(this);

    /// <summary>Reports a diagnostic unless one with the same id and primary pointer was already reported (for NAPSM0312, which several rules may hit).</summary>
    internal void ReportOnce(Diagnostic diagnostic)
    {
        if (_reportedOnce.Add((diagnostic.Id, diagnostic.Location.JsonPointer))) Report(diagnostic);
    }
}

/// <summary>A treaty requirement that the schedule puts after the treaty: its indices, its bound, and the order the schedule forces.</summary>
internal sealed record LaterRequirement(int Treaty, int Requirement, TemporalConstraint Constraint, ForcedOrder Forced);

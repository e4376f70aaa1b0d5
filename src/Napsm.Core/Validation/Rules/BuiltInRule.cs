namespace Napsm.Core.Validation.Rules;

/// <summary>
/// The base of the built-in rules: one class per rule or per family of rules, declaring its descriptors (from <see cref="BuiltIn"/>).
/// To add a rule: add its descriptor to <c>Descriptors.*.cs</c> (if not there), write a class deriving from this one, list it in
/// <see cref="BuiltInRules.All"/>, and add <c>Cases/NAPSM####.bad.json</c>, <c>.bad.expected.txt</c> and <c>.good.json</c> to the tests.
/// </summary>
internal abstract class BuiltInRule : IValidationRule
{
    protected BuiltInRule(params DiagnosticDescriptor[] descriptors) => Descriptors = descriptors;

    public IReadOnlyList<DiagnosticDescriptor> Descriptors { get; }

    public abstract void Analyze(ValidationContext context);
}

/// <summary>The built-in rules, in the order they run (the report is sorted afterwards, so the order only matters for shared caches).</summary>
internal static class BuiltInRules
{
    public static IReadOnlyList<IValidationRule> All { get; } =
    [
        new DuplicateIdRule(),
        new DanglingReferenceRule(),
        new EmptyElementRule(),
        new SourceRule(),
        new ConfusableRule(),
        new RepeatedMemberRule(),
        new MemberWithoutRoleRule(),
        new ReportingCycleRule(),
        new UncoveredIssueAreaRule(),
        new ChairNotVoterRule(),
        new SingleVoterRule(),
        new CommitmentWithoutUndertakerRule(),
        new NormConflictRule(),
        new ConsensusKeptRule(),
        new NonInterventionRule(),
        new SovereignEqualityRule(),
        new MinorityDecidesRule(),
        new PhaseCycleRule(),
        new InfeasibleTimingRule(),
        new ReciprocityRule(),
        new UnanchoredPeriodRule(),
        new DateBeyondCalendarRule(),
        new TreatyCycleRule(),
        new EntryIntoForceRule(),
        new LaterRequirementRule(),
        new RatificationRule(),
        new EventAfterAsOfRule(),
        new VotingRules(),
        new MatterRules(),
        new AlignmentRules(),
        new AmendmentRules(),
        new AmendmentStrengthRules(),
        new CompoundRules(),
    ];
}

using System.ComponentModel;
using System.Text.Json.Serialization;
using Napsm.Core.Model;
using NodaTime;

// The JSON shapes of the design-file format. Property order here is the canonical order of saved files; the descriptions become
// the JSON Schema's. The model itself knows nothing of JSON: DesignMapper translates between these and the model.
namespace Napsm.Core.Serialization;

/// <summary>How a string property is interpreted, for the schema.</summary>
internal enum TextKind
{
    Id,
    Voter,
    IdOrStar,
    Reference,
    Event,
    Date,
    Period,
    NonNegativePeriod,
    Deontic,
    RatificationKind,
}

/// <summary>Marks a string (or list of strings) property with its meaning, so the schema can constrain it.</summary>
[AttributeUsage(AttributeTargets.Property)]
internal sealed class TextAttribute(TextKind kind) : Attribute
{
    public TextKind Kind { get; } = kind;
}

internal sealed class DesignDto
{
    [JsonPropertyName("$schema"), Description("The JSON Schema the file follows, for editors; ignored by the loader.")]
    public string? Schema { get; set; }

    [Description("The design-file format version; must be 1.")]
    public required int Format { get; set; }

    [Text(TextKind.Id), Description("The design's id.")]
    public required string Id { get; set; }

    [Description("The design's name.")]
    public required string Name { get; set; }

    [Description("A short description.")]
    public string? Description { get; set; }

    [Description("The date the design describes (yyyy-MM-dd); horizons and treaty status are counted from it.")]
    public LocalDate? AsOf { get; set; }

    [Description("The design this one evolves from: a path relative to this file, or a design id.")]
    public string? EvolvesFrom { get; set; }

    [Description("The documents the design's facts come from.")]
    public List<SourceDto>? Sources { get; set; }

    [Description("The issue areas the institution must cover (military, economic, …).")]
    public List<string>? IssueAreas { get; set; }

    [Description("The members: states or organisations.")]
    public List<MemberDto>? Members { get; set; }

    [Description("The bodies: organs that decide.")]
    public List<BodyDto>? Bodies { get; set; }

    [Description("The guiding principles.")]
    public List<PrincipleDto>? Principles { get; set; }

    [Description("The phases of implementation.")]
    public List<PhaseDto>? Phases { get; set; }

    [Description("The treaties.")]
    public List<TreatyDto>? Treaties { get; set; }

    [Description("Timing constraints between events.")]
    public List<TimingDto>? Timing { get; set; }

    [Description("Alignment scenarios: blocs of members that vote together and members no one governs with.")]
    public List<AlignmentDto>? Alignments { get; set; }

    [Description("How the design changes itself: the rule over all members that adopts an amendment, and the ratification it needs. Without it, only every member together can change the design.")]
    public AmendmentDto? Amendment { get; set; }

    [Description("Stricter amendment rules for parts of the design; the most specific entry covering a change governs it.")]
    public List<AmendmentEntryDto>? Amendments { get; set; }

    [Description("Who admits new members: a rule over all members. Without it, the amendment rule.")]
    public AccessionDto? Accession { get; set; }

    [Description("Diagnostics the authors accept, with their reasons.")]
    public List<SuppressionDto>? Suppress { get; set; }
}

internal sealed class AmendmentDto
{
    [Description("The decision rule over all members that adopts an amendment.")]
    public required DecisionRule Rule { get; set; }

    [Description("The ratification an adopted amendment needs before it takes effect: a rule over members, as a treaty's entry into force, with an optional delay.")]
    public EntryIntoForceDto? Ratification { get; set; }

    [Text(TextKind.Id), Description("The id of the source of the amendment procedure.")]
    public string? Source { get; set; }

    [Description("A note.")]
    public string? Note { get; set; }
}

internal sealed class AmendmentEntryDto
{
    [Text(TextKind.Id), Description("Unique among amendment entries.")]
    public required string Id { get; set; }

    [Description("The parts covered: members, bodies, principles, phases, treaties, amendment, or one element as kind/id (bodies/council).")]
    public required List<string> Covers { get; set; }

    [Description("The decision rule over all members that adopts a change to the parts covered.")]
    public required DecisionRule Rule { get; set; }

    [Description("The ratification such a change needs before it takes effect.")]
    public EntryIntoForceDto? Ratification { get; set; }

    [Text(TextKind.Id), Description("The id of the source.")]
    public string? Source { get; set; }

    [Description("A note.")]
    public string? Note { get; set; }
}

internal sealed class AccessionDto
{
    [Description("The decision rule over all members that admits a new member.")]
    public required DecisionRule Rule { get; set; }

    [Text(TextKind.Id), Description("The id of the source of the accession procedure.")]
    public string? Source { get; set; }

    [Description("A note.")]
    public string? Note { get; set; }
}

internal sealed class AlignmentDto
{
    [Text(TextKind.Id), Description("Unique among alignments.")]
    public required string Id { get; set; }

    [Description("A name for the scenario.")]
    public string? Name { get; set; }

    [Description("The blocs: each a list of member ids that vote together (a priori unions); a member in no bloc votes alone.")]
    public List<List<string>>? Blocs { get; set; }

    [Description("Members whose support never counts: no one governs with them.")]
    public List<string>? Excluded { get; set; }

    [Text(TextKind.Id), Description("The id of the source for the scenario.")]
    public string? Source { get; set; }

    [Description("A note on the scenario.")]
    public string? Note { get; set; }
}

internal sealed class SourceDto
{
    [Text(TextKind.Id), Description("The id other elements cite the source by.")]
    public required string Id { get; set; }

    [Description("The document's title.")]
    public required string Title { get; set; }

    [Description("Where in the document: an article, paragraph or table (\"Art. 27(3)\").")]
    public string? Locator { get; set; }

    [Description("The document's date (yyyy-MM-dd).")]
    public LocalDate? Date { get; set; }

    [Description("A link to the document.")]
    public string? Url { get; set; }

    [Description("A note on the source.")]
    public string? Note { get; set; }
}

internal sealed class MemberDto
{
    [Text(TextKind.Id), Description("The member's id, unique among members.")]
    public required string Id { get; set; }

    [Description("The member's name.")]
    public required string Name { get; set; }

    [Description("What kind of member: state, organisation, …")]
    public string? Kind { get; set; }

    [Text(TextKind.Id), Description("The id of the source for the member's participation.")]
    public string? Source { get; set; }

    [Description("Named numeric attributes (population, votes, …): an exact decimal number, or an object with value, asOf and source.")]
    public Dictionary<string, AttributeValue>? Attributes { get; set; }
}

internal sealed class BodyDto
{
    [Text(TextKind.Id), Description("The body's id, unique among bodies.")]
    public required string Id { get; set; }

    [Description("The body's name.")]
    public required string Name { get; set; }

    [Description("What kind of body: council, working-group, commission, secretariat, …")]
    public string? Kind { get; set; }

    [Text(TextKind.Voter), Description("The voters: member ids, or \"body:ID\" for a body that votes as that body decides (a compound body; its members vote in it).")]
    public required List<string> Voters { get; set; }

    [Description("The decision rule (of the matter \"default\"): which coalitions of the voters can pass a decision. Required unless decisions names the matters.")]
    public DecisionRule? Rule { get; set; }

    [Description("The matters the body decides, each with its own rule and optional quorum, beside or instead of rule.")]
    public List<DecisionDto>? Decisions { get; set; }

    [Description("The issue areas the body may decide on.")]
    public List<string>? Mandate { get; set; }

    [Text(TextKind.Id), Description("The id of the member who chairs the body.")]
    public string? Chair { get; set; }

    [Text(TextKind.Id), Description("The id of the body this one reports to.")]
    public string? ReportsTo { get; set; }

    [Text(TextKind.Id), Description("The id of the source for the body.")]
    public string? Source { get; set; }
}

internal sealed class DecisionDto
{
    [Text(TextKind.Id), Description("The matter's id (procedural, substantive, budget, …), unique within the body; \"default\" is the body's rule.")]
    public required string Matter { get; set; }

    [Description("The decision rule on the matter.")]
    public required DecisionRule Rule { get; set; }

    [Description("A rule over who is present (yes, no or abstaining): unless the present voters pass it, nothing on the matter passes.")]
    public DecisionRule? Quorum { get; set; }

    [Text(TextKind.Id), Description("The id of the source for the matter's rule.")]
    public string? Source { get; set; }
}

internal sealed class PrincipleDto
{
    [Text(TextKind.Id), Description("The principle's id, unique among principles.")]
    public required string Id { get; set; }

    [Description("The principle's title.")]
    public required string Title { get; set; }

    [Text(TextKind.Id), Description("The id of the source the principle comes from.")]
    public string? Source { get; set; }

    [Description("Tags from the known vocabulary (sovereign-equality, consensus, non-intervention, action-for-action, non-use-of-force, peaceful-settlement).")]
    public List<string>? Tags { get; set; }

    [Description("Machine-checkable norms.")]
    public List<NormDto>? Norms { get; set; }
}

internal sealed class NormDto
{
    [Text(TextKind.IdOrStar), Description("Who the norm binds: a member id, or \"*\" for every member.")]
    public required string Subject { get; set; }

    [Text(TextKind.Deontic), Description("must, mustNot or may.")]
    public required string Deontic { get; set; }

    [Description("The action, as a short identifier such as use-force.")]
    public required string Action { get; set; }

    [Description("Conditions that must all hold for the norm to apply; empty means always.")]
    public List<string>? When { get; set; }

    [Description("Conditions any one of which suspends the norm (such as self-defence).")]
    public List<string>? Unless { get; set; }
}

internal sealed class PhaseDto
{
    [Text(TextKind.Id), Description("The phase's id, unique among phases.")]
    public required string Id { get; set; }

    [Description("The phase's name.")]
    public required string Name { get; set; }

    [Text(TextKind.Id), Description("The ids of the phases that must end before this one starts.")]
    public List<string>? After { get; set; }

    [Description("When the phase may run: any of start, end and within.")]
    public WindowDto? Window { get; set; }

    [Text(TextKind.Reference), Description("Entry conditions: treaty:ID (in force), phase:ID (ended) or commitment:ID (met).")]
    public List<string>? Requires { get; set; }

    [Text(TextKind.Id), Description("The id of the source for the phase.")]
    public string? Source { get; set; }

    [Description("The commitments undertaken in the phase.")]
    public List<CommitmentDto>? Commitments { get; set; }
}

internal sealed class WindowDto
{
    [Description("The date the phase starts (yyyy-MM-dd).")]
    public LocalDate? Start { get; set; }

    [Description("The date by which the phase ends (yyyy-MM-dd).")]
    public LocalDate? End { get; set; }

    [Text(TextKind.NonNegativePeriod), Description("The longest the phase may last, from its start (ISO 8601 period such as P60D); not negative.")]
    public Period? Within { get; set; }
}

internal sealed class CommitmentDto
{
    [Text(TextKind.Id), Description("The commitment's id, unique among all commitments of the design.")]
    public required string Id { get; set; }

    [Text(TextKind.Id), Description("The ids of the members who undertake it.")]
    public required List<string> By { get; set; }

    [Description("What they undertake, in words.")]
    public required string Action { get; set; }

    [Text(TextKind.Id), Description("The ids of the members it is owed to or benefits.")]
    public List<string>? To { get; set; }

    [Description("The date by which it falls due (yyyy-MM-dd).")]
    public LocalDate? Due { get; set; }

    [Text(TextKind.NonNegativePeriod), Description("The longest after its phase's start by which it falls due (ISO 8601 period such as P60D); not negative.")]
    public Period? Within { get; set; }

    [Text(TextKind.Id), Description("The ids of the commitments given in exchange for this one.")]
    public List<string>? InExchangeFor { get; set; }

    [Text(TextKind.Id), Description("The id of the source for the commitment.")]
    public string? Source { get; set; }
}

internal sealed class TreatyDto
{
    [Text(TextKind.Id), Description("The treaty's id, unique among treaties.")]
    public required string Id { get; set; }

    [Description("The treaty's name.")]
    public required string Name { get; set; }

    [Text(TextKind.Id), Description("The ids of its parties (or prospective parties).")]
    public required List<string> Parties { get; set; }

    [Description("The date it was opened for signature (yyyy-MM-dd).")]
    public LocalDate? OpenedForSignature { get; set; }

    [Text(TextKind.Reference), Description("What must hold before it can enter into force: treaty:ID, phase:ID or commitment:ID.")]
    public List<string>? Requires { get; set; }

    [Description("When it enters into force: a rule over its parties' standing ratifications, a delay, and a date not before which.")]
    public EntryIntoForceDto? EntryIntoForce { get; set; }

    [Description("Ratification, revocation and withdrawal events.")]
    public List<RatificationDto>? Ratifications { get; set; }

    [Description("How a party may leave.")]
    public WithdrawalDto? Withdrawal { get; set; }

    [Text(TextKind.Id), Description("The id of the source for the treaty.")]
    public string? Source { get; set; }
}

internal sealed class EntryIntoForceDto
{
    [Description("The decision rule over the treaty's parties: a coalition of ratifying parties that passes it brings the treaty into force.")]
    public required DecisionRule Rule { get; set; }

    [Text(TextKind.NonNegativePeriod), Description("The delay between the rule first being met and entry into force (ISO 8601 period such as P180D); not negative.")]
    public Period? Delay { get; set; }

    [Description("The earliest date of entry into force (yyyy-MM-dd).")]
    public LocalDate? NotBefore { get; set; }
}

internal sealed class RatificationDto
{
    [Text(TextKind.Id), Description("The id of the party.")]
    public required string Member { get; set; }

    [Description("The date of the event (yyyy-MM-dd).")]
    public required LocalDate Date { get; set; }

    [Text(TextKind.RatificationKind), Description("ratified (the default), revoked or withdrawn.")]
    public string? Kind { get; set; }

    [Text(TextKind.Id), Description("The id of the source for the event.")]
    public string? Source { get; set; }
}

internal sealed class WithdrawalDto
{
    [Text(TextKind.NonNegativePeriod), Description("The notice a withdrawal takes to become effective (ISO 8601 period such as P3M); not negative.")]
    public Period? Notice { get; set; }

    [Text(TextKind.NonNegativePeriod), Description("How long after entry into force a party may first give notice (ISO 8601 period such as P3Y); not negative.")]
    public Period? NotBefore { get; set; }
}

internal sealed class TimingDto
{
    [Text(TextKind.Event), Description("The earlier event: PHASE.start, PHASE.end, COMMITMENT.due or TREATY.inForce.")]
    public required string From { get; set; }

    [Text(TextKind.Event), Description("The later event: PHASE.start, PHASE.end, COMMITMENT.due or TREATY.inForce.")]
    public required string To { get; set; }

    [Text(TextKind.Period), Description("The least time from 'from' to 'to' (ISO 8601 period; may be negative, such as P-5D).")]
    public Period? AtLeast { get; set; }

    [Text(TextKind.Period), Description("The most time from 'from' to 'to' (ISO 8601 period).")]
    public Period? AtMost { get; set; }

    [Text(TextKind.Id), Description("The id of the source for the constraint.")]
    public string? Source { get; set; }

    [Description("A note saying where the constraint comes from.")]
    public string? Note { get; set; }
}

internal sealed class SuppressionDto
{
    [Description("The diagnostic id, such as NAPSM0304.")]
    public required string Id { get; set; }

    [Description("A JSON pointer: only diagnostics at or below it are suppressed; absent means everywhere.")]
    public string? At { get; set; }

    [Description("Why the diagnostic is accepted.")]
    public string? Why { get; set; }
}

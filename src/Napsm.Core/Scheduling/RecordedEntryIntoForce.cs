using NodaTime;

namespace Napsm.Core.Scheduling;

/// <summary>
/// What a treaty's recorded ratifications say of its entry into force, as of a date, for a schedule that takes them into account
/// (<see cref="TemporalNetwork.FromDesign(Model.Design, IReadOnlyList{RecordedEntryIntoForce})"/>).
/// </summary>
/// <param name="Treaty">The treaty's id.</param>
/// <param name="AsOf">The date the ratifications are counted to.</param>
/// <param name="EnteredIntoForce">The date it entered into force, when it had by <paramref name="AsOf"/>; otherwise null.</param>
/// <param name="Earliest">When not in force: the earliest date it can still enter into force; null when unknown or never.</param>
public sealed record RecordedEntryIntoForce(string Treaty, LocalDate AsOf, LocalDate? EnteredIntoForce, LocalDate? Earliest);

using Napsm.Core.Model;

namespace Napsm.Core.Scheduling;

/// <summary>A phase in which only one member commits to anything.</summary>
/// <param name="Phase">The phase id.</param>
/// <param name="Member">The only member with commitments in it.</param>
/// <param name="At">The JSON pointer of the phase.</param>
public sealed record OneSidedPhase(string Phase, string Member, string At);

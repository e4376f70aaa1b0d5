using Napsm.Core.Model;

namespace Napsm.Core.Scheduling;

/// <summary>Two commitments given in exchange for each other (or one for the other), with the phases they belong to.</summary>
/// <param name="Commitment">The commitment that names the other in <c>inExchangeFor</c>.</param>
/// <param name="ExchangedFor">The commitment it is given in exchange for.</param>
/// <param name="At">The JSON pointer of the <c>inExchangeFor</c> entry.</param>
public sealed record Exchange(string Commitment, string ExchangedFor, string At);

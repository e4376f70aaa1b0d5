namespace Napsm.Core.Validation;

/// <summary>
/// The diagnostic another one follows from (its root cause): the root's rule id and primary location. A report lists a derived
/// diagnostic right after its root, and the writers show it there, as a note of the root.
/// </summary>
/// <param name="Id">The root diagnostic's rule id.</param>
/// <param name="Location">The root diagnostic's primary location (with its file position when the design came from a file).</param>
public sealed record DiagnosticCause(string Id, DiagnosticLocation Location);

using System.Globalization;
using Napsm.Core.Model;
using Napsm.Core.Serialization;
using Napsm.Core.Validation;
using Napsm.Core.Voting;
using NodaTime;

namespace Napsm.Core.Analysis;

/// <summary>One field that differs, written as text (<see langword="null"/> when absent).</summary>
/// <param name="Field">The field's name as in the design-file format (<c>rule</c>, <c>voters</c>, <c>due</c>).</param>
/// <param name="Before">The value in the first design.</param>
/// <param name="After">The value in the second design.</param>
public sealed record FieldChange(string Field, string? Before, string? After);

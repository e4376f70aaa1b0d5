using System.Globalization;
using Napsm.Core.Model;
using Napsm.Core.Serialization;
using Napsm.Core.Validation;
using Napsm.Core.Voting;
using NodaTime;

namespace Napsm.Core.Analysis;

/// <summary>Whether an element was added, removed or changed between two designs.</summary>
public enum ChangeKind
{
    /// <summary>Only the second design has it.</summary>
    Added,

    /// <summary>Only the first design has it.</summary>
    Removed,

    /// <summary>Both have it (same id), with different fields.</summary>
    Changed,
}
